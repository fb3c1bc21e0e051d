package quote

import (
	"sort"

	"lede/analyzer/doc"
)

// passiveClaims reads a passive clause whose verb is a cue: what was said, announced or
// criticised is its subject, and the "by" phrase, when there is one, its source: "The
// proposal was rejected by most voters", "The dissolution of the club was announced".
// The content is the subject phrase, as PolNeAR draws it. A passive whose subject is the
// hearer ("he was asked", "people were charged fees") is no statement: those verbs are
// the addressee class of cues.txt.
func (f *finder) passiveClaims(lo, end int) {
	ci := f.d.ClauseOf(lo)
	if ci < 0 {
		// the first clause whose verb lies in the sentence (the clauses are in the order
		// of their verbs: a search, not a walk from the text's first clause)
		ci = sort.Search(len(f.d.Clauses), func(i int) bool { return f.d.Clauses[i].Verb.FirstToken >= lo })
	}
	for ; ci < len(f.d.Clauses); ci++ {
		cl := f.d.Clauses[ci]
		if cl.Verb.FirstToken >= end {
			break
		}
		v := cl.Verb.Head
		if !cl.Verb.Passive || cl.Verb.Negated || cl.Relative || cl.Subject < 0 || v < lo || v >= end || f.used[v] || f.inMarks[v] {
			continue
		}
		w := f.toks[v].Lower
		if cueOf(w) == cueNone && !isAimVerb(w) || isAddresseeVerb(w) {
			continue
		}
		sp, ok := f.phraseOfChunks(cl.Subject, lo, cl.Verb.FirstToken)
		if !ok || !f.contentOK(sp.a, sp.b) && sp.b-sp.a < 1 {
			continue
		}
		// without its agent a passive cue is too often a report of an act ("Clinton has
		// been attacked", "the rules have been denied")
		if cl.Agent < 0 {
			continue
		}
		src, ok := f.phraseOfChunks(cl.Agent, lo, end)
		if !ok {
			continue
		}
		cue := tokRange{cl.Verb.FirstToken, src.a} // "was rejected by"
		f.addIndirect(sp.a, sp.b, cue, src, noRange)
	}
}

// phraseOfChunks returns the noun phrase headed by chunk c: from its first token over the
// "of" and possessive chains after it, up to (not over) token stop; false when a token in
// it is taken or quoted, or it does not lie in [lo, stop).
func (f *finder) phraseOfChunks(c, lo, stop int) (tokRange, bool) {
	ch := f.d.Chunks[c]
	r := tokRange{ch.FirstToken, ch.EndToken}
	for k := c + 1; k+1 < len(f.d.Chunks); k += 2 {
		p, n := f.d.Chunks[k], f.d.Chunks[k+1]
		if p.FirstToken != r.b || p.Kind != doc.ChunkPP || n.Kind != doc.ChunkNP || n.FirstToken != p.EndToken || n.EndToken > stop {
			break
		}
		r.b = n.EndToken
	}
	if r.a < lo || r.b > stop || r.a >= r.b {
		return noRange, false
	}
	for i := r.a; i < r.b; i++ {
		if f.used[i] || f.inMarks[i] {
			return noRange, false
		}
	}
	return r, true
}
