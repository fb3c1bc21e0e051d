package ner

import (
	"math/rand/v2"
	"testing"
)

// predecessors lists, for each tag, the tags allowed before it (NTags: sentence start).
var predecessors = func() (p [NTags][]int) {
	for cur := 0; cur < NTags; cur++ {
		for prev := 0; prev <= NTags; prev++ {
			if Allowed(prev, cur) {
				p[cur] = append(p[cur], prev)
			}
		}
	}
	return
}()

// decodeReference is Viterbi written plainly over the predecessor lists: Decode's
// specialised loops must give the same tags.
func decodeReference(emit []float32, n int, tr *Transitions, out []uint8) {
	const neg = float32(-1e30)
	score, back := make([]float32, n*NTags), make([]uint8, n*NTags)
	for t := 0; t < NTags; t++ {
		score[t] = neg
		if Allowed(NTags, t) {
			score[t] = emit[t] + tr[NTags][t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < NTags; t++ {
			best, arg := neg, 0
			for _, p := range predecessors[t] {
				if p == NTags {
					continue
				}
				if s := score[(i-1)*NTags+p] + tr[p][t]; s > best {
					best, arg = s, p
				}
			}
			score[i*NTags+t] = best + emit[i*NTags+t]
			back[i*NTags+t] = uint8(arg)
		}
	}
	best, arg := neg, 0
	for t := 0; t < NTags; t++ {
		if s := score[(n-1)*NTags+t]; s > best {
			best, arg = s, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(arg)
		arg = int(back[i*NTags+arg])
	}
}

func TestDecodeMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		var tr Transitions
		for p := range tr {
			for c := range tr[p] {
				// small integers make ties common, so tie-breaking is tested too
				tr[p][c] = float32(rng.IntN(5) - 2)
			}
		}
		n := 1 + rng.IntN(90) // both the stack (<= 64) and heap paths
		emit := make([]float32, n*NTags)
		for i := range emit {
			emit[i] = float32(rng.IntN(7) - 3)
		}
		got, want := make([]uint8, n), make([]uint8, n)
		Decode(emit, n, &tr, got)
		decodeReference(emit, n, &tr, want)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("trial %d: token %d: tag %d, reference %d", trial, i, got[i], want[i])
			}
		}
	}
}

// BenchmarkDecode decodes sentences of 20 tokens (ns per sentence).
func BenchmarkDecode(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	var tr Transitions
	for p := range tr {
		for c := range tr[p] {
			tr[p][c] = rng.Float32()*4 - 2
		}
	}
	const n = 20
	emit := make([]float32, 64*n*NTags)
	for i := range emit {
		emit[i] = rng.Float32()*8 - 4
	}
	out := make([]uint8, n)
	k := 0
	for b.Loop() {
		Decode(emit[k*n*NTags:], n, &tr, out)
		k = (k + 1) % 64
	}
}
