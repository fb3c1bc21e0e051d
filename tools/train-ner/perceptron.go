package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/entity/ner"
)

// trainDoc is one training document: words, gold tags and (for a second pass) the
// first pass's tags.
type trainDoc struct {
	words [][]string
	tags  [][]uint8
	// pos and phrases are the language layer's tags (nil unless FamPOS or FamPhrase)
	pos     [][]doc.POS
	phrases [][]uint8
	first   [][]uint8
	lex     *entity.Lexicon // the lexicon of this document's features (nil: the common one)
}

// sentence is one training sentence: per-token feature rows (indices into the weight
// table) and gold tags.
type sentence struct {
	feats []int32
	offs  []int32
	gold  []uint8
}

// trainPerceptron trains an averaged structured perceptron: Viterbi decoding, and for
// a wrong sequence +1 to the gold features and transitions, -1 to the predicted ones.
// Averaging uses the running-sum trick (w - u/c). Features seen once are dropped, and
// after training those whose largest |weight| is below prune. report (optional) is
// called with the averaged model after each epoch.
func trainPerceptron(lex *entity.Lexicon, fams entity.Families, docs []trainDoc, epochs int, prune float64, seed uint64, report func(ep, errs int, m *entity.Model)) *entity.Model {
	return trainEnsemble(lex, fams, docs, epochs, prune, seed, 1, report)
}

// trainEnsemble trains k perceptrons on the same features, each with its own shuffling
// seed (seed, seed+1000, ...), and averages their averaged weights before pruning: the
// model depends less on the order of one shuffle (it keeps the features any of them
// weighted, about 1.4 times as many as one perceptron). With k > 1, report is called
// once, with the averaged model.
func trainEnsemble(lex *entity.Lexicon, fams entity.Families, docs []trainDoc, epochs int, prune float64, seed uint64, k int, report func(ep, errs int, m *entity.Model)) *entity.Model {
	const nt = ner.NTags
	counts := map[uint32]int32{}
	raw := make([][]entity.SentFeatures, len(docs))
	for di, d := range docs {
		dl := lex
		if d.lex != nil {
			dl = d.lex
		}
		raw[di] = entity.DocFeatures(dl, fams, toSentences(d.words, d.pos, d.phrases), d.first)
		for _, s := range raw[di] {
			for _, h := range s.Feats {
				counts[h]++
			}
		}
	}
	var hashes []uint32
	for h, c := range counts {
		if c >= 2 {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	index := make(map[uint32]int32, len(hashes))
	for i, h := range hashes {
		index[h] = int32(i)
	}
	var sents []sentence
	for di, d := range docs {
		for si, sf := range raw[di] {
			s := sentence{gold: d.tags[si], offs: []int32{0}}
			for i := 0; i+1 < len(sf.Offs); i++ {
				for _, h := range sf.Feats[sf.Offs[i]:sf.Offs[i+1]] {
					if r, ok := index[h]; ok {
						s.feats = append(s.feats, r)
					}
				}
				s.offs = append(s.offs, int32(len(s.feats)))
			}
			sents = append(sents, s)
		}
	}
	raw = nil
	if report != nil {
		fmt.Printf("features: %d (of %d seen), sentences %d, families %b\n", len(hashes), len(counts), len(sents), fams)
	}

	// run trains one perceptron and returns its averaged weights and transitions.
	run := func(runSeed uint64) ([]float32, ner.Transitions) {
		w := make([]float32, len(hashes)*nt)
		u := make([]float32, len(hashes)*nt) // sum of c * update
		var tw, tu ner.Transitions
		c := float32(1)
		rng := rand.New(rand.NewPCG(runSeed, 7))
		order := make([]int, len(sents))
		for i := range order {
			order[i] = i
		}
		var pred []uint8
		var emit []float32
		average := func() ([]float32, ner.Transitions) {
			aw := make([]float32, len(w))
			for i := range w {
				aw[i] = w[i] - u[i]/c
			}
			var at ner.Transitions
			for p := range tw {
				for t := range tw[p] {
					at[p][t] = tw[p][t] - tu[p][t]/c
				}
			}
			return aw, at
		}
		for ep := 1; ep <= epochs; ep++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs := 0
			for _, si := range order {
				s := &sents[si]
				n := len(s.gold)
				pred = slices.Grow(pred[:0], n)[:n]
				emit = slices.Grow(emit[:0], n*nt)[:n*nt]
				clear(emit)
				for i := 0; i < n; i++ {
					e := emit[i*nt : i*nt+nt]
					for _, r := range s.feats[s.offs[i]:s.offs[i+1]] {
						row := w[int(r)*nt : int(r)*nt+nt]
						for t := range e {
							e[t] += row[t]
						}
					}
				}
				ner.Decode(emit, n, &tw, pred)
				if !slices.Equal(pred, s.gold) {
					errs++
					prevG, prevP := nt, nt
					for i := 0; i < n; i++ {
						g, p := int(s.gold[i]), int(pred[i])
						if g != p {
							for _, r := range s.feats[s.offs[i]:s.offs[i+1]] {
								w[int(r)*nt+g]++
								u[int(r)*nt+g] += c
								w[int(r)*nt+p]--
								u[int(r)*nt+p] -= c
							}
						}
						if g != p || prevG != prevP {
							tw[prevG][g]++
							tu[prevG][g] += c
							tw[prevP][p]--
							tu[prevP][p] -= c
						}
						prevG, prevP = g, p
					}
				}
				c++
			}
			if report != nil && k == 1 {
				aw, at := average()
				report(ep, errs, newModel(fams, at, hashes, aw))
			}
		}
		return average()
	}
	aw, at := run(seed)
	for r := 1; r < k; r++ {
		w2, t2 := run(seed + uint64(r)*1000)
		for i := range aw {
			aw[i] += w2[i]
		}
		for p := range at {
			for t := range at[p] {
				at[p][t] += t2[p][t]
			}
		}
	}
	if k > 1 {
		for i := range aw {
			aw[i] /= float32(k)
		}
		for p := range at {
			for t := range at[p] {
				at[p][t] /= float32(k)
			}
		}
		if report != nil {
			report(epochs, 0, newModel(fams, at, hashes, aw))
		}
	}
	if prune <= 0 {
		return newModel(fams, at, hashes, aw)
	}
	var keptH []uint32
	var keptW []float32
	for i, h := range hashes {
		row := aw[i*nt : i*nt+nt]
		var mx float64
		for _, x := range row {
			mx = max(mx, math.Abs(float64(x)))
		}
		if mx >= prune {
			keptH = append(keptH, h)
			keptW = append(keptW, row...)
		}
	}
	if report != nil {
		fmt.Printf("pruned to %d features (|w| >= %g)\n", len(keptH), prune)
	}
	return newModel(fams, at, keptH, keptW)
}

func toSentences(words [][]string, pos [][]doc.POS, phrases [][]uint8) []entity.Sentence {
	out := make([]entity.Sentence, len(words))
	for i, w := range words {
		out[i] = entity.NewSentence(w)
		if i < len(pos) {
			out[i].POS, out[i].Phrases = pos[i], phrases[i]
		}
	}
	return out
}

// newModel quantises a perceptron's averaged weights into a model as it is stored.
func newModel(fams entity.Families, tr ner.Transitions, hashes []uint32, weights []float32) *entity.Model {
	return entity.NewModel(ner.Quantise(uint32(fams), tr, hashes, weights))
}
