package stance

import "lede/analyzer/doc"

// personBeforeRepresentative returns the person's mention that premodifies the
// representative noun at view index j after "the" ("the Reed campaign", "the Lopez
// administration"), -1 otherwise. Such a description speaks for the person as "Reed's
// campaign" does (representatives); only a person's name counts, since "the Apple
// team" or "the Senate office" name a part of an organisation, not its voice. After a
// preposition the description is an object, not the subject.
func (v sentenceView) personBeforeRepresentative(j int) int {
	t := v.toks[j]
	if j < 2 || t.Kind != doc.TokWord || t.Norm != t.Lower || !representatives[t.Lower] {
		return -1
	}
	m := mentionEndingAt(v.d, v.toks[j-1].End)
	if m < 0 || v.d.Mentions[m].Type != doc.EntPerson {
		return -1
	}
	first := v.tokenAfter(v.d.Mentions[m].Start)
	if first < 1 || v.toks[first-1].Lower != "the" {
		return -1
	}
	if first > 1 && isObjectMarker(v.toks[first-2].Lower) {
		return -1 // "a secretary during the Reed administration who endorsed": no subject
	}
	return m
}
