package quote

import "lede/analyzer/doc"

// Pronoun speakers ("he said", "she told the court") are resolved by who the passage is
// about, not by the last name that agrees: the subject of their own sentence when the
// pronoun sits in a clause inside it ("Ban condemned what he called ..."), else the
// speaker of the statement just before, when it agrees in gender and number. The entity
// stage's link stands when neither applies. A speaker found outside the quote's own
// sentence is marked inferred.

// focusSpeaker returns the actor a pronoun speaker of draft di stands for, given the
// actors already chosen for the drafts in text order (order, speaker), and whether it
// came from another sentence. ok is false when the focus says nothing.
func (f *finder) focusSpeaker(di int, order []int, pos int, speaker []int) (actor int, outside, ok bool) {
	q := &f.drafts[di]
	if !q.speaker.ok() || q.speaker.b-q.speaker.a != 1 {
		return -1, false, false
	}
	p := f.toks[q.speaker.a]
	want, plural := pronounGender(p)
	if want == doc.GenderUnknown && !plural {
		return -1, false, false
	}
	agrees := func(a int) bool {
		if a < 0 || a >= len(f.d.Actors) {
			return false
		}
		ac := &f.d.Actors[a]
		if plural {
			return ac.Plural || ac.Type == doc.EntOrg
		}
		if want == doc.GenderNeuter {
			return ac.Type == doc.EntOrg && !ac.Plural
		}
		if ac.Type == doc.EntMisc {
			// a name the tagger left untyped may be a person ("he" says it is one); the
			// entity stage gives such names the neuter gender
			return !ac.Plural
		}
		return ac.Type == doc.EntPerson && !ac.Plural && (ac.Gender == want || ac.Gender == doc.GenderUnknown)
	}
	// the subject of the pronoun's own sentence, when the pronoun is not it
	lo, _ := f.sentenceBounds(q.speaker.a)
	if sub, sok := f.clauseSubject(lo, q.speaker.a); sok && sub.b <= q.speaker.a && !f.isPronounAt(sub.a, false) {
		if a := f.namedActor(sub); agrees(a) {
			return a, false, true
		}
	}
	// the speaker of the statement before, in this paragraph or the one before
	sent := p.Sentence
	para := f.d.Sentences[sent].Paragraph
	for k := pos - 1; k >= 0 && k >= pos-3; k-- {
		j := order[k]
		pj := &f.drafts[j]
		if pj.para < para-1 {
			break
		}
		if speaker[j] < 0 {
			continue
		}
		if agrees(speaker[j]) {
			end := f.d.TokenAt(pj.span.End - 1)
			return speaker[j], end >= len(f.toks) || f.toks[end].Sentence != sent, true
		}
		break
	}
	return -1, false, false
}

// namedActor returns the actor of the name mention at the head of phrase r, or -1.
func (f *finder) namedActor(r tokRange) int {
	h := headOf(f.d, r)
	if h < 0 {
		return -1
	}
	mi := f.d.MentionAt(f.toks[h].Start)
	if mi < 0 || f.d.Mentions[mi].Kind != doc.MentionName {
		return -1
	}
	return f.d.Mentions[mi].Actor
}

// pronounGender returns the gender a third-person pronoun asks for ("he", "she", "it"),
// and whether it is plural ("they"), from the token's word classes.
func pronounGender(t doc.Token) (doc.Gender, bool) {
	c := t.Class
	switch {
	case !c.Has(doc.ClassPronoun | doc.ClassThirdPerson):
		return doc.GenderUnknown, false
	case c.Has(doc.ClassPlural):
		return doc.GenderUnknown, true
	case c.Has(doc.ClassMale):
		return doc.GenderMale, false
	case c.Has(doc.ClassFemale):
		return doc.GenderFemale, false
	}
	return doc.GenderNeuter, false // "it"
}
