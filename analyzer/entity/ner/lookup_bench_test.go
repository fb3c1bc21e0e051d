package ner

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkSum looks up 1,000 hashes, a third of them weighed, in a model of 40,000
// features (ns per 1,000 lookups): the lookup is most of the tagging time.
func BenchmarkSum(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	hashes := make([]uint32, 40000)
	weights := make([]float32, len(hashes)*NTags)
	seen := map[uint32]bool{}
	for i := range hashes {
		for {
			hashes[i] = rng.Uint32()
			if !seen[hashes[i]] {
				break
			}
		}
		seen[hashes[i]] = true
		weights[i*NTags+rng.IntN(NTags)] = rng.Float32()*2 - 1
	}
	m := Quantise(0, Transitions{}, hashes, weights)
	queries := make([]uint32, 1000)
	for i := range queries {
		if i%3 == 0 {
			queries[i] = hashes[rng.IntN(len(hashes))]
		} else {
			queries[i] = rng.Uint32()
		}
	}
	var acc [NTags]int32
	for b.Loop() {
		m.Sum(&acc, queries)
	}
}
