// Package prf is precision, recall and F1 from counts, alone: the analyzer's own CoNLL
// score (analyzer/entity) uses it, and linking lede/internal/corpus for it brought that
// package's corpus readers into every program, lede.wasm too (regexp, the unicode tables
// and the patterns compiled at start: 0.37 MB of the wasm). corpus.PRF is this one.
package prf

// PRF returns precision, recall and F1 from counts: tp answers right, sys answers given,
// gold answers expected. A ratio with nothing below it is 0.
func PRF(tp, sys, gold int) (p, r, f float64) {
	p, r = Ratio(tp, sys), Ratio(tp, gold)
	return p, r, F1(p, r)
}

// F1 is the harmonic mean of precision and recall, 0 when both are.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Ratio is a/b, 0 when b is.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
