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
