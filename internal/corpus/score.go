// Package corpus holds what the scorers and trainers share and the runtime never needs:
// precision, recall and F1 from counts, and a three-class confusion table. The `lede eval`
// drivers, tools/train-* and the entity tagger's CoNLL score use it, so every figure the
// project reports is computed one way.
package corpus

import "lede/internal/prf"

// PRF returns precision, recall and F1 from counts: tp answers right, sys answers given,
// gold answers expected. A ratio with nothing below it is 0. (The functions live in
// lede/internal/prf, which the analyzer links without this package.)
func PRF(tp, sys, gold int) (p, r, f float64) { return prf.PRF(tp, sys, gold) }

// F1 is the harmonic mean of precision and recall, 0 when both are.
func F1(p, r float64) float64 { return prf.F1(p, r) }

// Ratio is a/b, 0 when b is.
func Ratio(a, b int) float64 { return prf.Ratio(a, b) }

// Confusion counts three-class answers: rows are the gold class, columns the predicted.
type Confusion [3][3]int

// F1 returns each class's F1 (2·tp / (2·tp + fp + fn)).
func (c *Confusion) F1() [3]float64 {
	var f [3]float64
	for k := range f {
		tp, fp, fn := c[k][k], 0, 0
		for j := range 3 {
			if j != k {
				fp += c[j][k]
				fn += c[k][j]
			}
		}
		if 2*tp+fp+fn > 0 {
			f[k] = 2 * float64(tp) / float64(2*tp+fp+fn)
		}
	}
	return f
}

// MacroF1 is the mean of the three classes' F1.
func (c *Confusion) MacroF1() float64 {
	f := c.F1()
	return (f[0] + f[1] + f[2]) / 3
}

// Total is the number of answers counted.
func (c *Confusion) Total() int {
	n := 0
	for _, row := range c {
		for _, v := range row {
			n += v
		}
	}
	return n
}

// Accuracy is the share of answers on the diagonal.
func (c *Confusion) Accuracy() float64 { return Ratio(c[0][0]+c[1][1]+c[2][2], c.Total()) }
