package stance

import (
	"os"
	"testing"
)

// TestPackedListsFresh: each embedded table is what tools/pack-lists makes of its list
// today, so a list changed without repacking fails here rather than being ignored.
func TestPackedListsFresh(t *testing.T) {
	embedded := map[string]string{"lexicon.tbl": lexiconTbl, "model.tbl": modelTbl, "predicates.tbl": predicatesTbl}
	for _, l := range PackedLists {
		text, err := os.ReadFile(l.Text)
		if err != nil {
			t.Fatal(err)
		}
		if string(l.Pack(text)) != embedded[l.Table] {
			t.Errorf("%s is not the table of %s: run `go run ./tools/pack-lists` (make model does)", l.Table, l.Text)
		}
	}
}

// TestLexiconTable: scores, event flags and the last line winning, on a short lexicon
// written for the test.
func TestLexiconTable(t *testing.T) {
	l := ParseLexicon("wreck\t-0.50\te\npraise\t0.6\npraise\t0.25\nbad line\nnan\tx\n")
	if s, ev, ok := l.Score("wreck"); !ok || s != -0.5 || !ev {
		t.Errorf("wreck: %v %v %v", s, ev, ok)
	}
	if s, ev, ok := l.Score("praise"); !ok || s != 0.25 || ev {
		t.Errorf("praise: %v %v %v", s, ev, ok)
	}
	if s, _, ok := l.Score("wrecking"); !ok || s != -0.5 {
		t.Errorf("wrecking: %v %v, want wreck's", s, ok)
	}
	if _, _, ok := l.Score("nan"); ok || l.Len() != 2 {
		t.Errorf("a malformed line was kept (%d entries)", l.Len())
	}
}

// TestPackedModelAgrees: every feature of the model file has, read in place, the weights
// ParseModel gives it; features it lacks are absent; the lengths and flags agree.
func TestPackedModelAgrees(t *testing.T) {
	for _, data := range []string{
		"lede-stance v1 scale 100\nb:\t10 -20 30\nbad line\nw:x\t1 2 3\nw:x\t4 5 6\n",
		"lede-stance v2 scale 100\nb:\t30 50\nu:x\t1\nec:12\t-300 200\n",
		"lede-stance v2 scale 7\nw:big\t40000 -5\n",
	} {
		tbl, err := PackModel(data)
		if err != nil {
			t.Fatal(err)
		}
		packed, err := OpenModel(string(tbl))
		if err != nil {
			t.Fatal(err)
		}
		parsed := ParseModel(data)
		if packed.Len() != parsed.Len() || packed.UsesClusters() != parsed.UsesClusters() {
			t.Errorf("%q: packed %d %v, parsed %d %v", data, packed.Len(), packed.UsesClusters(), parsed.Len(), parsed.UsesClusters())
		}
		for _, key := range []string{"b:", "w:x", "u:x", "ec:12", "w:big", "w:absent"} {
			pw, pok := packed.keyWeights(key)
			ww, wok := parsed.keyWeights(key)
			if pw != ww || pok != wok {
				t.Errorf("%q %s: packed %v %v, parsed %v %v", data, key, pw, pok, ww, wok)
			}
		}
	}
	text, err := os.ReadFile("model.txt")
	if err != nil {
		t.Fatal(err)
	}
	parsed, packed := ParseModel(string(text)), DefaultModel()
	n := 0
	eachWeightLine(string(text), func(key string, _ [NumClasses]int, _ int, _ float32) {
		pw, pok := packed.keyWeights(key)
		ww, wok := parsed.keyWeights(key)
		if pw != ww || pok != wok {
			t.Fatalf("%s: packed %v %v, parsed %v %v", key, pw, pok, ww, wok)
		}
		n++
	})
	if n == 0 || packed.Len() != parsed.Len() || packed.UsesClusters() != parsed.UsesClusters() {
		t.Errorf("the embedded model: %d lines, packed %d keys, parsed %d", n, packed.Len(), parsed.Len())
	}
}
