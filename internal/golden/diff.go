package golden

import (
	"fmt"
	"strings"
)

// diffContext is how many unchanged lines are shown around each change.
const diffContext = 2

// maxDiffCells bounds the line-by-line table (lines of want × lines of got) the diff
// builds; beyond it the diff shows only the first differing line, so that a golden file
// gone badly wrong still fails fast.
const maxDiffCells = 4 << 20

// Diff returns the lines that differ between want and got, "-" for a line only in want
// and "+" for one only in got, with a little unchanged context, as a reviewer reads
// them: a failing golden test prints this, not the whole output.
func Diff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	if len(a)*len(b) > maxDiffCells {
		return firstDifference(a, b)
	}
	// lcs[i][j]: the longest common subsequence of a[i:] and b[j:]
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		mark byte // ' ', '-' or '+'
		text string
		at   int // line number in want (for ' ' and '-') or got (for '+'), from 1
	}
	var lines []line
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			lines = append(lines, line{' ', a[i], i + 1})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			lines = append(lines, line{'-', a[i], i + 1})
			i++
		default:
			lines = append(lines, line{'+', b[j], j + 1})
			j++
		}
	}
	var out strings.Builder
	last := -1 // the last line written
	for k, l := range lines {
		if l.mark == ' ' {
			continue
		}
		from := max(k-diffContext, last+1)
		if last >= 0 && from > last+1 || last < 0 {
			fmt.Fprintf(&out, "@@ line %d @@\n", lines[from].at)
		}
		for c := from; c < k; c++ {
			fmt.Fprintf(&out, "  %s\n", lines[c].text)
		}
		fmt.Fprintf(&out, "%c %s\n", l.mark, l.text)
		last = k
		for c := k + 1; c < len(lines) && c <= k+diffContext && lines[c].mark == ' '; c++ {
			fmt.Fprintf(&out, "  %s\n", lines[c].text)
			last = c
		}
	}
	return out.String()
}

// firstDifference names the first line where a and b part.
func firstDifference(a, b []string) string {
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y || i >= len(a) || i >= len(b) {
			return fmt.Sprintf("@@ line %d (first difference; files too long to diff) @@\n- %s\n+ %s\n", i+1, x, y)
		}
	}
	return ""
}
