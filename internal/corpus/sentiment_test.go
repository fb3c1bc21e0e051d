package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodePointOffsets: NewsMTSC offsets count code points (Python); the API counts
// UTF-16 units, so a character outside the BMP shifts later offsets by one.
func TestCodePointOffsets(t *testing.T) {
	s := "é😀a" // code points: é, 😀, a
	got := CodePointUTF16(s)
	want := []int{0, 1, 3, 4}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
	if b := CodePointBytes(s); b[1] != 2 || b[2] != 6 || b[3] != 7 {
		t.Errorf("byte offsets %v", b)
	}
}

// TestReadNewsMTSC: offsets become bytes and UTF-16 units; a polarity that is none of
// 2, 4, 6 leaves its target out.
func TestReadNewsMTSC(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.jsonl")
	line := `{"sentence_normalized":"😀 Reed won.","targets":[{"from":2,"to":6,"polarity":6},{"from":2,"to":6,"polarity":3}]}`
	if err := os.WriteFile(p, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadNewsMTSC(p)
	if err != nil || len(got) != 1 || len(got[0].Targets) != 1 {
		t.Fatalf("got %+v, %v", got, err)
	}
	tg := got[0].Targets[0]
	if got[0].Text[tg.Span.Start:tg.Span.End] != "Reed" || tg.UTF16 != [2]int{3, 7} || tg.Class != 2 {
		t.Errorf("target %+v", tg)
	}
}

// TestReadPerSenTStrict: a gold label that is none of the three is an error, not a
// neutral article.
func TestReadPerSenTStrict(t *testing.T) {
	dir := t.TempDir()
	write := func(rows ...string) string {
		p := filepath.Join(dir, "x.csv")
		if err := os.WriteFile(p, []byte("DOCUMENT,TARGET_ENTITY,TRUE_SENTIMENT\n"+strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	got, err := ReadPerSenT(write(`"Reed won.",Reed,Positive`, `"Reed lost.",Reed,Negative`))
	if err != nil || len(got) != 2 || got[0].Class != 2 || got[1].Class != 0 || got[1].Row != 3 || got[0].Target != "Reed" {
		t.Fatalf("got %+v, %v", got, err)
	}
	if _, err := ReadPerSenT(write(`"Reed won.",Reed,Mixed`)); err == nil {
		t.Errorf("label Mixed: want an error")
	}
}
