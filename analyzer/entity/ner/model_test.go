package ner

import (
	"math/rand/v2"
	"testing"
)

// TestModelLookup: every stored feature sums to its quantised weights, an absent one
// to nothing, and the file survives a round trip; a damaged file does not open.
func TestModelLookup(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	hashes := []uint32{0, 1, 0xffff, 0x10000, 0xffffffff, 0x12345678, 0x12340000}
	for len(hashes) < 3000 {
		hashes = append(hashes, rng.Uint32()|1) // odd: the probes below (even) are absent
	}
	hashes[0], hashes[1] = 0, 2 // two even ones, present
	weights := make([]float32, len(hashes)*NTags)
	for i := range weights {
		weights[i] = rng.Float32()*4 - 2
	}
	var tr Transitions
	tr[NTags][BPer] = 1.5
	m := Quantise(7, tr, hashes, weights)
	for i, h := range hashes {
		var acc [NTags]int32
		m.Sum(&acc, []uint32{h})
		for k := range acc {
			if want := int32(weights[i*NTags+k]/m.Scale + copysign(0.5, weights[i*NTags+k])); acc[k] != want {
				t.Fatalf("hash %#x tag %d: %d, want %d", h, k, acc[k], want)
			}
		}
	}
	for k := 0; k < 1000; k++ {
		h := rng.Uint32() &^ 1
		if h == 0 || h == 2 {
			continue
		}
		var acc [NTags]int32
		if m.Sum(&acc, []uint32{h}); acc != ([NTags]int32{}) {
			t.Fatalf("absent hash %#x has weights %v", h, acc)
		}
	}
	b := Marshal(m, m.Pruned(100))
	first, second, err := Open(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if first.Fams != 7 || first.Trans != tr || first.Features() != len(hashes) || second.Features() >= len(hashes) {
		t.Fatalf("round trip: fams %d, %d and %d features", first.Fams, first.Features(), second.Features())
	}
	if string(Marshal(first, second)) != string(b) {
		t.Fatal("the file does not survive a round trip")
	}
	badDir := []byte(string(b))
	badDir[len(fileMagic)+4+passHeader+4*groups+2*5+1] = 0xff // bucket 5's offset past the table
	badBase := []byte(string(b))
	badBase[len(fileMagic)+4+passHeader+4*3] ^= 1 // group 3's base moved by one
	for _, bad := range []string{string(b[:len(b)-1]), string(b) + "x", string(b[:len(b)/2]), "LNER1\n", string(badDir), string(badBase)} {
		if _, _, err := Open(bad); err == nil {
			t.Errorf("a damaged file (%d bytes) opens", len(bad))
		}
	}
}

func copysign(x, sign float32) float32 {
	if sign < 0 {
		return -x
	}
	return x
}

// TestSumMany: a sum over many features (past one accumulator's 256, the weights at
// the int8 extremes, absent ones among them) is the sum of each feature's own.
func TestSumMany(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	hashes := make([]uint32, 600)
	for i := range hashes {
		hashes[i] = uint32(i)*2 + 1 // odd: the even probes are absent
	}
	weights := make([]float32, len(hashes)*NTags)
	for i := range weights {
		switch {
		case i < 200*NTags: // the first 200 at the top (127 once quantised)
			weights[i] = 1
		case i < 400*NTags: // the next 200 at the bottom
			weights[i] = -1
		default:
			weights[i] = rng.Float32()*2 - 1
		}
	}
	m := Quantise(0, Transitions{}, hashes, weights)
	for _, n := range []int{0, 1, 9, 255, 256, 257, 513, 2000} {
		query := make([]uint32, n)
		var want [NTags]int32
		for k := range query {
			query[k] = uint32(rng.IntN(2 * len(hashes)))
			if k%2 == 0 { // half of them the largest weights
				query[k] = uint32(rng.IntN(200))*2 + 1
			}
			var one [NTags]int32
			m.Sum(&one, query[k:k+1])
			for t := range want {
				want[t] += one[t]
			}
		}
		got := [NTags]int32{5, -5} // Sum adds to what acc holds
		want[0], want[1] = want[0]+5, want[1]-5
		if m.Sum(&got, query); got != want {
			t.Fatalf("%d features: %v, want %v", n, got, want)
		}
	}
}
