package stance

import (
	"sort"

	"lede/analyzer/doc"
)

// A pronoun subject the entity stage left unlinked ("He made the criticism while showing
// support for Clinton") is resolved the way the quote stage resolves pronoun speakers,
// read off its results on the Doc: the speaker of a quote the pronoun introduces ("he
// said"), else the speaker of the statement just before, in this paragraph or the one
// before, when that speaker agrees in gender and number.

// pronounRef encodes actor a where the readers hold mention indices (actorOf decodes
// it): below speakerRef, so that every mention index and -1 keep their meaning.
func pronounRef(a int) int { return speakerRef - 1 - a }

// refActor decodes a pronounRef; ok is false for anything else.
func refActor(m int) (a int, ok bool) {
	if m >= speakerRef {
		return -1, false
	}
	return speakerRef - 1 - m, true
}

// isRef reports an encoded actor (pronounRef).
func isRef(m int) bool { _, ok := refActor(m); return ok }

// pronounActor returns the actor an unlinked third-person subject pronoun at token tok
// (an index into d.Tokens) stands for, or -1.
func pronounActor(d *doc.Doc, tok int) int {
	t := d.Tokens[tok]
	if !t.Class.Has(doc.ClassPronoun|doc.ClassThirdPerson|doc.ClassNominative) || mentionStartingAt(d, t.Start) >= 0 {
		return -1
	}
	if !t.Class.Any(doc.ClassPlural | doc.ClassMale | doc.ClassFemale) {
		// "it" is no one who speaks: it continues the organisation the narration was
		// about ("the Times gave Clinton an endorsement. ... Meanwhile, it attacked
		// Trump"), even where a quote takes it for its speaker
		if a := recentSubject(d, t); a >= 0 {
			return a
		}
	}
	for _, q := range d.Quotes {
		if q.SpeakerSpan == t.Span {
			return q.Speaker
		}
	}
	para := d.Sentences[t.Sentence].Paragraph
	last := -1 // the quote ending last before the pronoun
	for qi, q := range d.Quotes {
		if q.End <= t.Start && (last < 0 || q.End > d.Quotes[last].End) {
			last = qi
		}
	}
	if last < 0 {
		return -1
	}
	q := d.Quotes[last]
	if q.Speaker < 0 || q.Speaker >= len(d.Actors) || d.Sentences[d.Tokens[d.TokenAt(q.Start)].Sentence].Paragraph < para-1 ||
		!pronounAgrees(t, &d.Actors[q.Speaker]) {
		return -1
	}
	return q.Speaker
}

// pronounAgrees reports whether a third-person pronoun can stand for actor a: "he" or
// "she" a person of that gender (or of unknown gender), "they" a group or an
// organisation, "it" an organisation or a place.
func pronounAgrees(t doc.Token, a *doc.Actor) bool {
	c := t.Class
	switch {
	case c.Has(doc.ClassPlural):
		return a.Plural || a.Type == doc.EntOrg
	case c.Has(doc.ClassMale):
		return a.Type == doc.EntPerson && !a.Plural && a.Gender != doc.GenderFemale
	case c.Has(doc.ClassFemale):
		return a.Type == doc.EntPerson && !a.Plural && a.Gender != doc.GenderMale
	}
	return (a.Type == doc.EntOrg || a.Type == doc.EntLoc) && !a.Plural
}

// quotedPronounEvidence: a third-person subject pronoun in the speaker's own words that
// the entity stage left unlinked (or linked to the speaker) stands for the last actor the same quote named before
// it, when that one agrees and is not the speaker ("I'm not okay with Anderson Cooper
// because I think he treats me very unfairly": Cooper). What its clause says of it
// takes a side (clausePredication); the classifier has no mention to read.
func (b *builder) quotedPronounEvidence(qi int, q doc.Quote) {
	d := b.d
	for k := d.TokenAt(q.Start); k < len(d.Tokens) && d.Tokens[k].Start < q.End; k++ {
		t := d.Tokens[k]
		if !t.Class.Has(doc.ClassPronoun|doc.ClassThirdPerson|doc.ClassNominative) || !ownWords(q, t.Span) ||
			!b.clauseSubjectIn(q, t.Span) {
			continue
		}
		if mi := mentionStartingAt(d, t.Start); mi >= 0 && d.Mentions[mi].Actor != q.Speaker {
			// linked by the entity stage (its own evidence); but a speaker does not call
			// himself "he": a link to the speaker is re-read from the quote
			continue
		}
		a := quotedAntecedent(d, q, t)
		if a < 0 {
			continue
		}
		w, side, negated := b.clausePredication(q, t.Span)
		if w < 0 || negated {
			continue
		}
		e := evidence{holder: q.Speaker, target: a, quote: qi, sentence: -1, at: int(t.Sentence),
			label: side, predicate: d.Tokens[w].Span, lemma: d.Tokens[w].Lower, act: true, polarity: verbWeight}
		if side == doc.StanceAgainst {
			e.polarity = -verbWeight
		}
		b.out = append(b.out, e)
	}
}

// quotedAntecedent returns the actor of the last name mention in quote q before pronoun
// t, when it agrees with t, is eligible and is not the speaker; else -1.
func quotedAntecedent(d *doc.Doc, q doc.Quote, t doc.Token) int {
	for mi := firstMentionFrom(d, t.Start) - 1; mi >= 0 && d.Mentions[mi].Start >= q.Start; mi-- {
		m := d.Mentions[mi]
		if m.Kind != doc.MentionName || m.Actor < 0 || m.Actor >= len(d.Actors) {
			continue
		}
		a := &d.Actors[m.Actor]
		if m.Actor == q.Speaker || !eligible(a) || !pronounAgrees(t, a) || !ownWords(q, m.Span) {
			return -1 // the nearest name decides: "Reed told Chen he ..." is not resolved past Chen
		}
		return m.Actor
	}
	return -1
}

// subjectLookback is how many paragraphs before a pronoun's own recentSubject reads.
const subjectLookback = 2

// recentSubject is the actor of the nearest name heading a main clause's subject in the
// narration before pronoun t (this paragraph or the subjectLookback before it) that t
// can stand for and that can hold a stance, or -1.
func recentSubject(d *doc.Doc, t doc.Token) int {
	para := d.Sentences[t.Sentence].Paragraph
	tok := d.TokenAt(t.Start)
	for ci := sort.Search(len(d.Clauses), func(i int) bool { return d.Clauses[i].Verb.EndToken > tok }) - 1; ci >= 0; ci-- {
		cl := d.Clauses[ci]
		if d.Sentences[cl.Sentence].Paragraph < para-subjectLookback {
			break
		}
		if cl.Relative || cl.Complement || cl.Subject < 0 || cl.Subject >= len(d.Chunks) || cl.Verb.Tense == doc.TenseNonFinite {
			continue
		}
		m := mentionAtToken(d, d.Chunks[cl.Subject].Head)
		if m < 0 || d.Mentions[m].Kind != doc.MentionName || insideQuote(d, d.Mentions[m].Start) {
			continue
		}
		if a := d.Mentions[m].Actor; a >= 0 && a < len(d.Actors) && pronounAgrees(t, &d.Actors[a]) && eligible(&d.Actors[a]) {
			return a
		}
	}
	return -1
}

// insideQuote reports whether byte off is inside a quote's content.
func insideQuote(d *doc.Doc, off int) bool {
	for _, q := range d.Quotes {
		if q.Start <= off && off < q.End {
			return true
		}
	}
	return false
}

// neuterSubject re-reads a holder that is the pronoun "it" in the narration (mention m,
// outside any quote q) as the organisation the narration was about (recentSubject):
// the entity stage links "it" to the nearest organisation or place named ("the U.S.
// senator ... Meanwhile, it attacked Trump"), the subject of the sentences before is the
// likelier one. -1 when m is no such pronoun or no subject agrees.
func neuterSubject(d *doc.Doc, m, q int) int {
	if m < 0 || q >= 0 || d.Mentions[m].Kind != doc.MentionPronoun {
		return -1
	}
	tok := d.TokenAt(d.Mentions[m].Start)
	if tok >= len(d.Tokens) {
		return -1
	}
	t := d.Tokens[tok]
	if !t.Class.Has(doc.ClassPronoun|doc.ClassThirdPerson|doc.ClassNominative) || t.Class.Any(doc.ClassPlural|doc.ClassMale|doc.ClassFemale) {
		return -1
	}
	return recentSubject(d, t)
}
