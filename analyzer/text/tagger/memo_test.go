package tagger

import (
	"slices"
	"testing"
)

// A memo's sums are the model's scores of the features it was given, through growth,
// key 0 and the reset at its limit.
func TestMemo(t *testing.T) {
	tr := NewTrainer(3)
	feats := [][]uint32{{Hash(1, "a"), HashN(0)}, {Hash(1, "b")}, {Hash(2, "x"), Hash(1, "a")}}
	for epoch := 0; epoch < 5; epoch++ {
		for i, f := range feats {
			tr.Update(f, i, (i+1)%3)
			tr.Tick()
		}
	}
	b, _ := tr.Model(0.01)
	m, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	direct := func(f []uint32) []int32 {
		s := make([]int32, m.Classes())
		for _, h := range f {
			m.Add(s, h)
		}
		return s
	}
	mm := m.NewMemo(600)
	for round := 0; round < 2; round++ {
		for k := uint64(0); k < 1000; k++ {
			f := feats[k%3]
			s := mm.Sums(k)
			if s == nil {
				s = mm.Put(m, k, f)
			}
			if want := direct(f); !slices.Equal(s, want) {
				t.Fatalf("round %d key %d: sums %v, want %v", round, k, s, want)
			}
		}
	}
	if mm.Len() > 600 {
		t.Errorf("memo holds %d keys past its limit of 600", mm.Len())
	}
	if mm.Sums(999) == nil {
		t.Errorf("the last key put is forgotten")
	}
}
