package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/analyzer"
	"lede/internal/golden"
)

// TestGolden writes every export of each testdata/*.txt article (reference date
// 2023-07-12) and compares it with the reviewed file beside it: NAME.md and
// NAME.TABLE.csv. Rewrite them with `go test ./export -update` and read the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := analyzer.Analyze(string(src), analyzer.Options{RefDate: "2023-07-12"})
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(f, ".txt")
		expect(t, base+".md", rep, "markdown", "")
		for _, table := range Tables {
			expect(t, base+"."+table+".csv", rep, "csv", table)
		}
	}
}

func expect(t *testing.T, want string, rep *analyzer.Report, format, table string) {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, rep, format, table); err != nil {
		t.Fatalf("%s: %v", want, err)
	}
	golden.ExpectBytes(t, want, b.Bytes())
}
