package main

import (
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// linearModel is a multinomial logistic regression: one weight per feature and class.
type linearModel struct {
	w [][3]float64
}

// trainLR fits the model with AdaGrad on the log loss plus an L2 penalty applied to the
// weights an example touches, and returns the mean of the weights after each epoch.
// Examples are visited in an order shuffled by a fixed seed, so the result is the same
// on every run.
func trainLR(ex []example, v *vocabulary, epochs int, l2, rate float64) *linearModel {
	m := &linearModel{w: make([][3]float64, len(v.keys))}
	g2 := make([][3]float64, len(v.keys))
	avg := make([][3]float64, len(v.keys))
	idx := make([][]int, len(ex))
	for i, e := range ex {
		idx[i] = make([]int, len(e.keys))
		for j, k := range e.keys {
			if f, ok := v.index[k]; ok {
				idx[i][j] = f
			} else {
				idx[i][j] = -1
			}
		}
	}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(20240601, shuffleSeed))
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var loss float64
		for _, i := range order {
			e := ex[i]
			var logit [3]float64
			for j, f := range idx[i] {
				if f >= 0 {
					for c := 0; c < 3; c++ {
						logit[c] += float64(e.vals[j]) * m.w[f][c]
					}
				}
			}
			p := softmax(logit)
			loss -= math.Log(max(p[e.class], 1e-12))
			for j, f := range idx[i] {
				if f < 0 {
					continue
				}
				for c := 0; c < 3; c++ {
					y := 0.0
					if c == e.class {
						y = 1
					}
					g := classWeight[e.class]*(p[c]-y)*float64(e.vals[j]) + l2*m.w[f][c]
					g2[f][c] += g * g
					m.w[f][c] -= rate * g / (math.Sqrt(g2[f][c]) + 1e-8)
				}
			}
		}
		if ep == epochs-1 {
			log.Printf("epoch %d: mean log loss %.4f", ep+1, loss/float64(len(ex)))
		}
		if average {
			for f := range m.w {
				for c := 0; c < 3; c++ {
					avg[f][c] += m.w[f][c]
				}
			}
		}
	}
	if average {
		for f := range m.w {
			for c := 0; c < 3; c++ {
				m.w[f][c] = avg[f][c] / float64(epochs)
			}
		}
	}
	return m
}

// average: return the mean of the weights after each epoch (a cheap Polyak average),
// which is steadier than the last epoch's weights.
var average = true

// shuffleSeed seeds the order of examples (flag -seed), to see how much a choice's
// effect on dev exceeds the spread between seeds.
var shuffleSeed uint64 = 6

// classBias is added to the bias feature's logits of the negative and positive class
// when the model is written (flags -negbias, -posbias): a decision threshold, chosen
// by cross-validation on train (-cv with -sweep), not on dev.
var classBias = [3]float64{}

// classWeight scales each class's loss (flags -wneg, -wpos), to trade the classes' recall.
var classWeight = [3]float64{1, 1, 1}

// trainEnsemble trains n models on n example orders (seeds shuffleSeed, +1, ...) and
// averages their weights: a linear model still, with less of the luck of one order.
func trainEnsemble(ex []example, v *vocabulary, n, epochs int, l2, rate float64) *linearModel {
	first := shuffleSeed
	defer func() { shuffleSeed = first }()
	avg := &linearModel{w: make([][3]float64, len(v.keys))}
	for i := 0; i < max(1, n); i++ {
		shuffleSeed = first + uint64(i)
		m := trainLR(ex, v, epochs, l2, rate)
		for f := range m.w {
			for c := 0; c < 3; c++ {
				avg.w[f][c] += m.w[f][c] / float64(max(1, n))
			}
		}
	}
	return avg
}

func softmax(l [3]float64) [3]float64 {
	mx := math.Max(l[0], math.Max(l[1], l[2]))
	var p [3]float64
	var s float64
	for c := range l {
		p[c] = math.Exp(l[c] - mx)
		s += p[c]
	}
	for c := range p {
		p[c] /= s
	}
	return p
}

// modelScale: weights are written as integers in hundredths.
const modelScale = 100

// topFeatures is how many features the model file keeps at most, those of the most
// weight mass (flag -top; 0 keeps all): the stance model is a large part of the wasm,
// and most of its features are rare bigrams of small weight.
var topFeatures int

// mass is a feature's weight mass as the model file writes it: the absolute sum of its
// negative and positive weights relative to the neutral one's, in logit units.
func mass(w [3]float64) float64 { return math.Abs(w[0]-w[1]) + math.Abs(w[2]-w[1]) }

// write renders the model file: features whose weights all round below prune are
// dropped, then all but the topFeatures of the most mass (the bias always stays); keys
// sorted.
func (m *linearModel) write(v *vocabulary, prune float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lede-stance v2 scale %d\n", modelScale)
	keys := make([]int, 0, len(v.keys))
	for f := range v.keys {
		w := m.w[f]
		if math.Abs(w[0]) < prune && math.Abs(w[1]) < prune && math.Abs(w[2]) < prune {
			continue
		}
		keys = append(keys, f)
	}
	if topFeatures > 0 && len(keys) > topFeatures {
		// by mass, ties by key, so that the cut is the same on every run
		sort.Slice(keys, func(i, j int) bool {
			a, b := keys[i], keys[j]
			if v.keys[a] == "b:" || v.keys[b] == "b:" {
				return v.keys[a] == "b:" && v.keys[b] != "b:"
			}
			if ma, mb := mass(m.w[a]), mass(m.w[b]); ma != mb {
				return ma > mb
			}
			return v.keys[a] < v.keys[b]
		})
		keys = keys[:topFeatures]
	}
	sort.Slice(keys, func(i, j int) bool { return v.keys[keys[i]] < v.keys[keys[j]] })
	for _, f := range keys {
		w := m.w[f]
		if v.keys[f] == "b:" {
			w[0] += classBias[0]
			w[2] += classBias[2]
		}
		// negative and positive relative to neutral: softmax is unchanged, and a third
		// of the numbers need not be written
		fmt.Fprintf(&b, "%s\t%d %d\n", v.keys[f],
			int(math.Round((w[0]-w[1])*modelScale)), int(math.Round((w[2]-w[1])*modelScale)))
	}
	return b.String()
}
