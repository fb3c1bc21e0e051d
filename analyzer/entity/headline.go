package entity

import (
	"strings"

	"lede/analyzer/doc"
)

// A Title Case headline capitalises its verbs, so the tagger may read two names and the
// verb between them as one ("Marta Keller Hammers Danube Bank"), or the verb as the start
// or the end of a name beside another ("Marta Keller" + "Hammers Danube Bank"). The
// story's own body names them apart: splitHeadlineNames replaces a headline mention that
// the body's names cover, with at most two words left between them (or, next to another
// mention of the headline, at its edge), by those names, each typed as the body types it.

// maxHeadlineGap is how many uncovered words may lie between two body names.
const maxHeadlineGap = 2

func splitHeadlineNames(d *doc.Doc, sents []Sentence) {
	if len(d.Mentions) == 0 {
		return
	}
	headline := func(si int) bool { return d.Sentences[si].Headline || sents[si].Lowered != nil }
	inHeadline := false
	for _, m := range d.Mentions {
		if headline(m.Sentence) {
			inHeadline = true
			break
		}
	}
	if !inHeadline {
		return // most texts: no name in a headline, nothing to index
	}
	body := map[string]doc.EntityType{} // body name key -> its type (the first seen)
	longest := 0
	for _, m := range d.Mentions {
		if headline(m.Sentence) {
			continue
		}
		a, b := d.TokenAt(m.Start), d.TokenAt(m.End-1)+1
		key := tokenKey(d.Tokens[a:b])
		if _, ok := body[key]; !ok {
			body[key] = m.Type
		}
		longest = max(longest, b-a)
	}
	if len(body) == 0 {
		return
	}
	out := d.Mentions[:0:0]
	changed := false
	// adjacent reports whether mentions i and j (i < j) of one sentence have no token
	// between them
	adjacent := func(i, j int) bool {
		a, b := d.Mentions[i], d.Mentions[j]
		return a.Sentence == b.Sentence && d.TokenAt(a.End-1)+1 == d.TokenAt(b.Start)
	}
	for mi, m := range d.Mentions {
		if !headline(m.Sentence) {
			out = append(out, m)
			continue
		}
		lead := mi > 0 && adjacent(mi-1, mi)
		tail := mi+1 < len(d.Mentions) && adjacent(mi, mi+1)
		parts := coverByNames(d.Tokens[d.TokenAt(m.Start):d.TokenAt(m.End-1)+1], body, longest, lead, tail)
		if parts == nil {
			out = append(out, m)
			continue
		}
		base := d.TokenAt(m.Start)
		for _, p := range parts {
			toks := d.Tokens[base+p[0] : base+p[1]]
			out = append(out, doc.Mention{
				Span: doc.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}, Type: body[tokenKey(toks)],
				Kind: doc.MentionName, Actor: -1, Sentence: m.Sentence,
			})
		}
		changed = true
	}
	if changed {
		d.SetMentions(out)
	}
}

// coverByNames returns the body names that cover toks, left to right, longest first at
// each word, with at most maxHeadlineGap words between two of them, when there are at
// least two; or one, with up to maxHeadlineGap uncovered words at an edge where lead
// (the start) or tail (the end) says another name stands right beside. Else nil.
func coverByNames(toks []doc.Token, body map[string]doc.EntityType, longest int, lead, tail bool) [][2]int {
	var parts [][2]int
	gap, edge := 0, false
	for i := 0; i < len(toks); {
		found := 0
		for n := min(longest, len(toks)-i); n >= 1; n-- {
			if n == len(toks) {
				continue // the whole mention: nothing to split
			}
			if _, ok := body[tokenKey(toks[i:i+n])]; ok {
				found = n
				break
			}
		}
		if found == 0 {
			if gap++; gap > maxHeadlineGap || len(parts) == 0 && !lead {
				return nil
			}
			if len(parts) == 0 {
				edge = true
			}
			i++
			continue
		}
		parts = append(parts, [2]int{i, i + found})
		gap = 0
		i += found
	}
	if gap > 0 {
		if !tail {
			return nil
		}
		edge = true
	}
	if len(parts) == 0 || len(parts) == 1 && !edge {
		return nil
	}
	return parts
}

func tokenKey(toks []doc.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower)
	}
	return b.String()
}

// minTitleWords is the length in words from which a name that is a whole line of its
// own reads as the line's title rather than a name.
const minTitleWords = 5

// dropWholeLineNames removes the name mentions that are a whole paragraph of one
// sentence, five words or more, when the body never names them: a headline the tagger
// read as one name ("Visa Program Up for Renewal Amid Allegations of Fraud") is no
// actor. A name so long written alone on a line is a title; one the body repeats is
// kept.
func dropWholeLineNames(d *doc.Doc) {
	var drop []int
	for mi, m := range d.Mentions {
		if m.Kind == doc.MentionName && wholeLine(d, m) {
			drop = append(drop, mi)
		}
	}
	if len(drop) == 0 {
		return
	}
	out := d.Mentions[:0:0]
	k := 0
	for mi, m := range d.Mentions {
		if k < len(drop) && drop[k] == mi {
			k++
			if !namedElsewhere(d, m) {
				continue
			}
		}
		out = append(out, m)
	}
	if len(out) != len(d.Mentions) {
		d.SetMentions(out)
	}
}

// wholeLine reports whether mention m holds every word of its sentence, the only
// sentence of its paragraph, and has at least minTitleWords words.
func wholeLine(d *doc.Doc, m doc.Mention) bool {
	s := d.Sentences[m.Sentence]
	if p := d.Paragraphs[s.Paragraph]; p.EndSentence-p.FirstSentence != 1 {
		return false
	}
	words := 0
	for ti := s.FirstToken; ti < s.EndToken; ti++ {
		t := d.Tokens[ti]
		if t.Kind != doc.TokWord {
			continue
		}
		if t.Start < m.Start || t.End > m.End {
			return false
		}
		words++
	}
	return words >= minTitleWords
}

// namedElsewhere reports whether another name mention has m's words.
func namedElsewhere(d *doc.Doc, m doc.Mention) bool {
	key := nameKey(d.Slice(m.Span))
	for _, o := range d.Mentions {
		if o.Kind == doc.MentionName && o.Span != m.Span && nameKey(d.Slice(o.Span)) == key {
			return true
		}
	}
	return false
}
