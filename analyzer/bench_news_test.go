package analyzer

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// newsText is about 512 KB of real news: BBC articles of the shared data, one after the
// other as in a large paste (they are not committed; the benchmark is skipped without them).
func newsText(b *testing.B) string {
	var sb strings.Builder
	files, _ := filepath.Glob("../../shared/data/corpora/bbc/*/*.txt")
	sort.Strings(files)
	for i, f := range files {
		if sb.Len() > 512<<10 {
			break
		}
		if i%3 != 0 { // spread over the five sections
			continue
		}
		t, err := os.ReadFile(f)
		if err == nil {
			sb.Write(t)
			sb.WriteString("\n\n")
		}
	}
	if sb.Len() == 0 {
		b.Skip("no BBC corpus in ../shared/data")
	}
	return sb.String()
}

// BenchmarkAnalyzeNews measures the whole pipeline, report included, on a multi-article
// paste of real news, where names, quotes and dates vary as they do in practice.
func BenchmarkAnalyzeNews(b *testing.B) {
	text := newsText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(text, Options{RefDate: "2005-03-10"}); err != nil {
			b.Fatal(err)
		}
	}
}
