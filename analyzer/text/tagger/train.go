package tagger

import (
	"encoding/binary"
	"math"
	"sort"
)

// Trainer is an averaged perceptron over hashed features (Collins 2002), averaged lazily:
// each weight remembers when it last changed.
type Trainer struct {
	classes int
	feats   map[uint32]*featureWeights
	step    int
}

type featureWeights struct {
	w     []float32 // current weights
	total []float64 // sum of the weight over all steps up to last[c]
	last  []int32   // step of the last change
}

// NewTrainer returns a trainer for a number of classes (at most 255).
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, feats: make(map[uint32]*featureWeights)}
}

// Scores writes the current score of each class for the features into scores.
func (t *Trainer) Scores(feats []uint32, scores []float32) {
	for c := range scores {
		scores[c] = 0
	}
	for _, h := range feats {
		if f := t.feats[nonZero(h)]; f != nil {
			for c, w := range f.w {
				scores[c] += w
			}
		}
	}
}

// Update moves weight from the guessed class to the true one; call Tick once per example.
func (t *Trainer) Update(feats []uint32, truth, guess int) {
	if truth == guess {
		return
	}
	for _, h := range feats {
		h = nonZero(h)
		f := t.feats[h]
		if f == nil {
			f = &featureWeights{w: make([]float32, t.classes), total: make([]float64, t.classes), last: make([]int32, t.classes)}
			t.feats[h] = f
		}
		f.bump(truth, 1, t.step)
		f.bump(guess, -1, t.step)
	}
}

func (f *featureWeights) bump(c int, by float32, step int) {
	f.total[c] += float64(step-int(f.last[c])) * float64(f.w[c])
	f.last[c] = int32(step)
	f.w[c] += by
}

// Tick counts one example (the averaging's clock).
func (t *Trainer) Tick() { t.step++ }

// Stats describes a written model.
type Stats struct {
	Features, Weights, Bytes int
	Lo, Hi                   float64 // the quantisation's range, in perceptron updates
}

// Model averages the weights, drops those whose |average| is below minWeight (in
// perceptron updates), quantises the rest to int8 and lays the model out.
func (t *Trainer) Model(minWeight float64) ([]byte, Stats) {
	type kept struct {
		h  uint32
		cw []float64 // class, weight pairs flattened
	}
	var all []kept
	var mags []float64
	for h, f := range t.feats {
		// a feature is kept when one of its weights reaches minWeight; then all its weights
		// down to minWeight/16 are kept, so that a feature's classes stay in balance
		avgs := make([]float64, len(f.w))
		top := 0.0
		for c := range f.w {
			avgs[c] = (f.total[c] + float64(t.step-int(f.last[c]))*float64(f.w[c])) / float64(max(t.step, 1))
			top = math.Max(top, math.Abs(avgs[c]))
		}
		if top < minWeight {
			continue
		}
		var cw []float64
		for c, avg := range avgs {
			if math.Abs(avg) >= minWeight/16 {
				cw = append(cw, float64(c), avg)
				mags = append(mags, math.Abs(avg))
			}
		}
		all = append(all, kept{h, cw})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].h < all[j].h })
	lo, hi := minWeight/16, minWeight/16
	for _, m := range mags {
		hi = math.Max(hi, m)
	}
	if lo <= 0 {
		lo = hi / 1e4
	}
	var weights []byte
	var slots []slot
	for _, k := range all {
		var pairs []byte
		for i := 0; i < len(k.cw); i += 2 {
			if q := encodeWeight(k.cw[i+1], lo, hi); q != 0 {
				pairs = append(pairs, byte(k.cw[i]), byte(q))
			}
		}
		if len(pairs) == 0 {
			continue
		}
		slots = append(slots, slot{k.h, uint32(len(weights))})
		weights = append(weights, byte(len(pairs)/2))
		weights = append(weights, pairs...)
	}
	out := layout(t.classes, lo, hi, slots, weights)
	return out, Stats{Features: len(slots), Weights: (len(weights) - len(slots)) / 2, Bytes: len(out), Lo: lo, Hi: hi}
}

// AveragedScores writes the averaged (unquantised) score of each class, for checking what
// quantisation costs.
func (t *Trainer) AveragedScores(feats []uint32, scores []float32) {
	for c := range scores {
		scores[c] = 0
	}
	for _, h := range feats {
		if f := t.feats[nonZero(h)]; f != nil {
			for c := range f.w {
				scores[c] += float32((f.total[c] + float64(t.step-int(f.last[c]))*float64(f.w[c])) / float64(max(t.step, 1)))
			}
		}
	}
}

type slot struct{ h, off uint32 }

// layout writes the model bytes: header, fingerprints, offsets, weights.
func layout(classes int, lo, hi float64, slots []slot, weights []byte) []byte {
	n := 2*len(slots) + 1 // load factor 1/2
	table := make([]byte, 5*n)
	fingers, offsets := table[:2*n], table[2*n:]
	for _, s := range slots {
		i := s.h % uint32(n)
		for fingers[2*i] != 0 || fingers[2*i+1] != 0 {
			i = (i + 1) % uint32(n)
		}
		fp := fingerprint(s.h)
		fingers[2*i], fingers[2*i+1] = byte(fp), byte(fp>>8)
		offsets[3*i], offsets[3*i+1], offsets[3*i+2] = byte(s.off), byte(s.off>>8), byte(s.off>>16)
	}
	if len(weights) >= 1<<24 {
		panic("tagger: weights past 16 MB do not fit 24-bit offsets")
	}
	out := make([]byte, headerBytes, headerBytes+len(table)+len(weights))
	copy(out, magic)
	binary.LittleEndian.PutUint32(out[4:], uint32(classes))
	binary.LittleEndian.PutUint32(out[8:], uint32(n))
	binary.LittleEndian.PutUint32(out[12:], uint32(len(weights)))
	binary.LittleEndian.PutUint32(out[16:], math.Float32bits(float32(lo)))
	binary.LittleEndian.PutUint32(out[20:], math.Float32bits(float32(hi)))
	out = append(out, table...)
	out = append(out, weights...)
	return out
}

// Dict writes a dictionary as a model: each entry's feature hash stands for one class
// (read back with Model.Lookup). The part-of-speech tagger keeps its unambiguous frequent
// words so, and skips scoring them.
func Dict(classes int, entries map[uint32]uint8) []byte {
	keys := make([]uint32, 0, len(entries))
	for h := range entries {
		keys = append(keys, h)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var slots []slot
	var weights []byte
	for _, h := range keys {
		slots = append(slots, slot{h, uint32(len(weights))})
		weights = append(weights, 1, entries[h], 127)
	}
	return layout(classes, 1, 1, slots, weights)
}
