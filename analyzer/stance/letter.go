package stance

import "lede/analyzer/doc"

// A reader's letter speaks in its signer's voice from its first word (signer.go): what
// its sentences predicate of a named actor is the signer's judgement, read as a quote's
// own words are ("Reed's plan is a disgrace", "Reed is a thoughtful mayor"), though with
// no quotation marks. A letter speaks in the first person somewhere ("I live in
// Manhattan"; a reporter's byline paragraph signs no letter), and only a copula's
// complement judges ("Reed is a disgrace", "Lopez's column is thoughtful": not "Reed
// is losing support", "Reed has two advantages"). Only names are judged (a pronoun's reading of the signer's words
// is one guess too many), never a place, and only where the words say the side (the
// classifier alone gives none); a quote inside the letter is the quoted one's words.

// letterEvidence adds the signer's judgement of each actor named as a clause subject in
// a signed letter, each sentence read as a quote of the signer's.
func (b *builder) letterEvidence(sides []doc.StanceLabel) {
	d := b.d
	signers := letterSigners(d)
	firstPerson := b.lettersInFirstPerson(signers)
	for si, sent := range d.Sentences {
		p := sent.Paragraph
		if p < 0 || p >= len(signers) || signers[p] < 0 || !eligible(&d.Actors[signers[p]]) || !firstPerson[signers[p]] {
			continue
		}
		a := signers[p]
		// the sentence read as the signer's quote: all of it the signer's own words
		q := doc.Quote{Kind: doc.QuoteDirect, Span: sent.Span, Quoted: []doc.Span{sent.Span}, Speaker: a,
			SpeakerSpan: doc.NoSpan, Cue: doc.NoSpan}
		for mi := firstMentionFrom(d, sent.Start); mi < len(d.Mentions) && d.Mentions[mi].Start < sent.End; mi++ {
			m := &d.Mentions[mi]
			if m.End > sent.End || m.Actor < 0 || m.Actor >= len(d.Actors) || m.Actor == a || b.linked[mi] ||
				m.Kind != doc.MentionName || b.quotes.at(m.Start) >= 0 {
				continue
			}
			if t := &d.Actors[m.Actor]; !eligible(t) || t.Type == doc.EntLoc || b.possessesSideTakers(m.Span) {
				continue
			}
			if !b.evaluated(q, m.Span) && !b.clauseSubjectIn(q, m.Span) {
				continue
			}
			w, side, negated := b.predication(q, m.Span)
			if w < 0 || negated || !copulaBefore(d, m.End, w) || sides[mi] != doc.StanceNeutral && sides[mi] != side {
				continue
			}
			e := evidence{holder: a, target: m.Actor, quote: -1, sentence: si, at: si,
				label: side, predicate: d.Tokens[w].Span, lemma: d.Tokens[w].Lower, act: true}
			if e.polarity = verbWeight; side == doc.StanceAgainst {
				e.polarity = -verbWeight
			}
			b.out = append(b.out, e)
		}
	}
}

// lettersInFirstPerson reports, for each signer, whether the paragraphs they sign have
// "I", "my", "me", "we", "our" or "us" outside quotes.
func (b *builder) lettersInFirstPerson(signers []int) map[int]bool {
	d := b.d
	out := map[int]bool{}
	for _, t := range d.Tokens {
		if int(t.Sentence) >= len(d.Sentences) {
			continue
		}
		p := d.Sentences[t.Sentence].Paragraph
		if p < 0 || p >= len(signers) || signers[p] < 0 || b.quotes.at(t.Start) >= 0 {
			continue
		}
		switch t.Lower {
		case "i", "my", "me", "we", "our", "us":
			out[signers[p]] = true
		}
	}
	return out
}

// copulaBefore reports whether a copula comes between byte off (the end of the judged
// name) and the opinion word at token w, with nothing but auxiliaries, adverbs,
// determiners and intensifiers after it, and the word no verb: "Reed is a disgrace", "is
// very thoughtful".
func copulaBefore(d *doc.Doc, off, w int) bool {
	if d.Tokens[w].POS.IsVerb() {
		return false // "Reed is losing support": a progressive, not a complement
	}
	for k := w - 1; k >= 0 && d.Tokens[k].Start >= off; k-- {
		t := d.Tokens[k]
		switch {
		case isCopula(t.Lower):
			return true
		case auxiliaries[t.Lower] || isAdverb(t) || intensifiers[t.Lower] || t.Lower == "a" || t.Lower == "an" || t.Lower == "the":
		default:
			return false
		}
	}
	return false
}
