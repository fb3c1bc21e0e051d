package quote

// beliefAdjectives reads a statement held through an adjective of certainty or feeling
// after a copula: "Lee is confident that the bill will pass", "the aides were worried
// the deal would collapse", "I'm not sure he knows". The clause after the adjective
// (with its "that") is the content; the copula's subject is the source. Without a
// copula the adjective is no frame ("a confident smile that ...").
func (f *finder) beliefAdjectives(lo, end int) {
	for i := lo + 2; i+2 < end; i++ {
		t := f.toks[i]
		if f.used[i] || f.inMarks[i] || !beliefAdjectiveWords[t.Lower] {
			continue
		}
		j := i - 1
		for j > lo && (adjectiveModifiers[f.toks[j].Lower] || isLyAdverb(f.toks[j])) {
			j--
		}
		if !copulas[f.toks[j].Lower] || f.used[j] {
			continue
		}
		k := i + 1
		if f.toks[k].Lower != "that" && !f.clauseAt(k, end) {
			continue
		}
		sp, ok := f.speakerBefore(lo, j)
		if !ok {
			if sp, ok = f.clauseSubjectOf(lo, j); !ok {
				continue
			}
		}
		stop := f.leadingContentEnd(k, end, sp, cueBelief)
		if !f.contentOK(k, stop) {
			continue
		}
		f.addIndirect(k, stop, tokRange{i, i + 1}, sp, noRange)
		i = stop
	}
}

// beliefAdjectiveWords hold a view of what the clause after them says.
var beliefAdjectiveWords = words(`confident sure convinced hopeful concerned certain aware worried optimistic adamant afraid skeptical fearful`)

// copulas link a subject to a beliefAdjective ("is confident", "remain convinced").
var copulas = words(`is are was were be been am 'm 're 's remain remains remained seem seems seemed feel feels felt`)

// adjectiveModifiers may stand between a copula and its adjective ("is not so sure").
var adjectiveModifiers = words(`not n't still so very quite less more fairly increasingly also now`)
