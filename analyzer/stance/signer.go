package stance

import (
	"strings"

	"lede/analyzer/doc"
)

// A reader's letter (or an op-ed) is signed: its body speaks in the first person and a
// paragraph of the signer's name alone follows it ("I despise Reed because ..." then
// "Maria Lopez."). Outside quotes, "I" and "we" of the paragraphs before a signature,
// back to the previous signature, are the signer.

// maxLetterParagraphs bounds how far back from its signature a letter's body reaches
// (in paragraphs), so that a name alone at the end of an article does not sign it all.
const maxLetterParagraphs = 6

// letterSigners returns, for each paragraph of d, the actor who signs it, or -1.
func letterSigners(d *doc.Doc) []int {
	out := make([]int, len(d.Paragraphs))
	for i := range out {
		out[i] = -1
	}
	prev := -1 // the last signature paragraph
	for i, p := range d.Paragraphs {
		a := signatureActor(d, p)
		if a < 0 {
			continue
		}
		for j := i - 1; j > prev && j >= i-maxLetterParagraphs; j-- {
			out[j] = a
		}
		prev = i
	}
	return out
}

// signatureActor returns the person whose name is the whole paragraph p (a final full
// stop and a leading dash aside), or -1.
func signatureActor(d *doc.Doc, p doc.Paragraph) int {
	if !p.Valid(len(d.Text)) {
		return -1
	}
	body := strings.TrimSpace(d.Slice(p.Span))
	lead := len(d.Slice(p.Span)) - len(strings.TrimLeft(d.Slice(p.Span), " \t\n—–-"))
	body = strings.TrimRight(strings.TrimLeft(body, "—–- "), ". ")
	if body == "" || strings.ContainsAny(body, ",;:") {
		return -1
	}
	m := mentionStartingAt(d, p.Start+lead)
	if m < 0 || d.Mentions[m].End-d.Mentions[m].Start != len(body) || d.Mentions[m].Kind != doc.MentionName {
		return -1
	}
	a := d.Mentions[m].Actor
	if a < 0 || a >= len(d.Actors) || d.Actors[a].Type != doc.EntPerson {
		return -1
	}
	return a
}

// signerAt returns the signer of the letter holding view token j, or -1.
func (v sentenceView) signerAt(j int) int {
	if v.signers == nil || v.quoteOf(j) >= 0 {
		return -1
	}
	s := v.toks[j]
	if int(s.Sentence) >= len(v.d.Sentences) {
		return -1
	}
	p := v.d.Sentences[s.Sentence].Paragraph
	if p < 0 || p >= len(v.signers) {
		return -1
	}
	return v.signers[p]
}
