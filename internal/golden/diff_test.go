package golden

import (
	"strings"
	"testing"
)

func TestDiffShowsOnlyChangesWithContext(t *testing.T) {
	want := "a\nb\nc\nd\ne\nf\ng\nh\n"
	got := "a\nb\nc\nD\ne\nf\ng\nh\ni\n"
	d := Diff(want, got)
	for _, line := range []string{"- d", "+ D", "+ i", "  c", "  e"} {
		if !strings.Contains(d, line+"\n") {
			t.Errorf("diff lacks %q:\n%s", line, d)
		}
	}
	if strings.Contains(d, "  a\n") {
		t.Errorf("diff shows a line far from any change:\n%s", d)
	}
	if Diff(want, want) != "" {
		t.Errorf("equal texts differ: %q", Diff(want, want))
	}
}

func TestDiffOfLongFilesNamesTheFirstDifference(t *testing.T) {
	long := strings.Repeat("x\n", 3000)
	d := Diff(long+"a\n", long+"b\n")
	if !strings.Contains(d, "line 3001") || !strings.Contains(d, "- a") || !strings.Contains(d, "+ b") {
		t.Errorf("got %q", d)
	}
}
