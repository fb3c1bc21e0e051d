package stance

import (
	"os"
	"testing"
)

// TestPackedListsFresh: each embedded table is what tools/pack-lists makes of its list
// today, so a list changed without repacking fails here rather than being ignored.
func TestPackedListsFresh(t *testing.T) {
	embedded := map[string]string{"lexicon.tbl": lexiconTbl}
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
