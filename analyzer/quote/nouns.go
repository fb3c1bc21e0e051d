package quote

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// claimNouns reads a cue noun with no owner before it whose that-clause is the
// statement it reports: "amid complaints that the rules distort the vote", "fears
// that the plant will close". The statement has no source in the sentence; its content
// is the that-clause, to a comma or a second cue. A noun with an owner ("Trump's claim
// that ...") is possessiveClaims'; a that-clause without a subject and a finite verb
// after the noun, or one whose verb has no object and nothing but an adverbial after
// it, is a relative clause ("the claim that won him the seat", "the greatest fear that
// I have ever seen"). Quoted words inside stay a direct pass's: a source-less
// statement makes no partial quote.
func (f *finder) claimNouns(lo, end int) {
	for i := lo; i+2 < end; i++ {
		t := f.toks[i]
		if f.used[i] || f.inMarks[i] || !text.IsLowerWord(t) || f.toks[i+1].Lower != "that" || !nounCue(t.Lower, "that") {
			continue
		}
		if !t.POS.IsNoun() || !f.subjectClauseAt(i+2) {
			continue
		}
		k := i + 1
		stop := k
		for stop < end && !f.used[stop] && f.toks[stop].Norm != "," && !f.secondCueAt(stop, end) {
			stop++
		}
		if !f.contentOK(k, stop) || f.gappedClause(i+2, stop) {
			continue
		}
		f.addStatement(k, stop, tokRange{i, k}, noRange, noRange, false)
		i = stop
	}
}

// subjectClauseAt reports whether a finite clause of the language layer opens at token
// k with its subject ("that [the timetable] ignored ...").
func (f *finder) subjectClauseAt(k int) bool {
	ci := f.d.ClauseAt(k)
	if ci < 0 {
		return false
	}
	cl := f.d.Clauses[ci]
	return !cl.Relative && cl.Subject >= 0 && f.d.Chunks[cl.Subject].FirstToken == k &&
		cl.Verb.Tense != doc.TenseNonFinite && cl.Verb.Tense != doc.TenseNone
}

// gappedClause reports whether the clause opening at token k, within [k, stop), lacks
// the object a relative clause leaves out: its verb has none and is the last word or is
// followed by a preposition or an adverb ("that I have ever seen", "that he made on
// Monday").
func (f *finder) gappedClause(k, stop int) bool {
	ci := f.d.ClauseAt(k)
	if ci < 0 {
		return false
	}
	cl := f.d.Clauses[ci]
	h := cl.Verb.Head
	if h < 0 || cl.Object >= 0 {
		return false
	}
	if h+1 >= stop {
		return true
	}
	p := f.toks[h+1].POS
	return p == doc.IN || p == doc.TO || p.IsAdverb()
}
