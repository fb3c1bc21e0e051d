package tagger

import (
	"fmt"
	"testing"
)

// A toy problem: class 1 when feature "a" is present, class 2 for "b", class 0 otherwise.
// After training, the quantised model read in place must give the same answers as the
// trainer's averaged weights.
func TestTrainWriteLoad(t *testing.T) {
	examples := []struct {
		feats []uint32
		class int
	}{
		{[]uint32{Hash(1, "a"), HashN(0)}, 1},
		{[]uint32{Hash(1, "b"), HashN(0)}, 2},
		{[]uint32{Hash(1, "c"), HashN(0)}, 0},
		{[]uint32{Hash(1, "a"), Hash(2, "x"), HashN(0)}, 1},
	}
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for epoch := 0; epoch < 10; epoch++ {
		for _, ex := range examples {
			tr.Scores(ex.feats, scores)
			guess := 0
			for c := range scores {
				if scores[c] > scores[guess] {
					guess = c
				}
			}
			tr.Update(ex.feats, ex.class, guess)
			tr.Tick()
		}
	}
	b, st := tr.Model(0.01)
	if st.Features == 0 || st.Bytes != len(b) {
		t.Fatalf("stats %+v for %d bytes", st, len(b))
	}
	m, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range examples {
		got, roomy := make([]int32, m.Classes()), m.NewScores()
		for _, h := range ex.feats {
			m.Add(got, h)
			m.Add(roomy, h) // the path without a check on the class
		}
		if c := Best(got, nil); c != ex.class {
			t.Errorf("features %v: class %d, want %d (scores %v)", ex.feats, c, ex.class, got)
		}
		if len(roomy) != len(got) || fmt.Sprint(roomy) != fmt.Sprint(got) || roomy[:cap(roomy)][m.Classes()] != 0 {
			t.Errorf("features %v: NewScores %v, a plain slice %v", ex.feats, roomy, got)
		}
	}
	// an unknown feature adds nothing
	got := make([]int32, 3)
	m.Add(got, Hash(9, "never seen"))
	if got[0] != 0 || got[1] != 0 || got[2] != 0 {
		t.Errorf("unknown feature scored %v", got)
	}
}

func TestLoadRejectsBadBytes(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("LTG1"), []byte("XXXX0123456789012345678901234567")} {
		if _, err := Load(b); err == nil {
			t.Errorf("Load(%q) accepted", b)
		}
	}
}

func TestWeightCodes(t *testing.T) {
	lo, hi := 0.1, 1000.0
	for _, w := range []float64{0.1, 1, 10, 999, -5} {
		q := encodeWeight(w, lo, hi)
		back := decodeWeight(int(abs8(q)), lo, hi)
		if w < 0 {
			back = -back
		}
		if r := back / w; r < 0.95 || r > 1.05 {
			t.Errorf("weight %v -> code %d -> %v", w, q, back)
		}
	}
	if encodeWeight(0.01, lo, hi) != 0 {
		t.Errorf("a weight below lo is dropped")
	}
}

func abs8(q int8) int8 {
	if q < 0 {
		return -q
	}
	return q
}

// TestSlotOfIsModulo checks the multiplication that stands for h % slots against the
// division, on slot counts of every size and hashes at the edges of the range.
func TestSlotOfIsModulo(t *testing.T) {
	hashes := []uint32{0, 1, 2, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff}
	for h := uint32(12345); len(hashes) < 2000; h = h*2654435761 + 1 {
		hashes = append(hashes, h)
	}
	for _, slots := range []uint32{1, 2, 3, 7, 1000, 65537, 1 << 20, 1<<20 + 1, 3_000_017, 0x7fffffff, 0xffffffff} {
		m := &Model{nslots: slots, slotMul: ^uint64(0)/uint64(slots) + 1}
		for _, h := range hashes {
			if got, want := m.slotOf(h), h%slots; got != want {
				t.Fatalf("slotOf(%d) with %d slots = %d, want %d", h, slots, got, want)
			}
		}
	}
}
