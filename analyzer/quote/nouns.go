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

// pollLeads records "In a CNN poll released Monday, CONTENT" with "In" at c, the
// sentence's first word: the poll or survey is the source of what the sentence reports
// ("In the latest survey, 71 percent of voters approved of ..."). A participle phrase
// after the poll ("..., conducted in May,") is part of the frame. A content with a cue
// of saying of its own ("In the poll, most voters said ...") is left to the cue's rule.
func (f *finder) pollLeads(c, end int) bool {
	comma, poll := -1, false
	for i := c + 1; i < end && i <= c+16; i++ {
		t := f.toks[i]
		if f.used[i] || f.inMarks[i] {
			return false
		}
		if t.Norm == "," {
			comma = i
			if i+1 < end && f.toks[i+1].POS == doc.VBN && poll {
				continue // "In the poll, conducted in May, ..."
			}
			break
		}
		if pollNouns[t.Lower] && t.POS.IsNoun() {
			poll = true
		}
	}
	if !poll || comma < 0 || comma == c+1 {
		return false
	}
	sp := tokRange{c + 1, comma}
	for sp.b > sp.a && f.toks[sp.b-1].Norm == "," {
		sp.b--
	}
	if !f.contentOK(comma+1, end) || f.speechCueIn(comma+1, end) {
		return false
	}
	f.addIndirect(comma+1, end, tokRange{c, c + 1}, sp, noRange)
	return true
}

// pollNouns name opinion polls, the source of a sentence that "In a poll, ..." opens.
var pollNouns = words(`poll polls survey surveys`)

// speechCueIn reports whether tokens [a, b) hold a verb of saying.
func (f *finder) speechCueIn(a, b int) bool {
	for i := a; i < b; i++ {
		if f.cueAt(i) == cueSpeech {
			return true
		}
	}
	return false
}
