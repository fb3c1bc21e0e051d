package analyzer

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// newsArticles are about 512 KB of real news: BBC articles of the shared data, spread
// over the five sections (they are not committed; the benchmarks are skipped without them).
func newsArticles(b *testing.B) []string {
	var out []string
	n := 0
	files, _ := filepath.Glob("../../shared/data/corpora/bbc/*/*.txt")
	sort.Strings(files)
	for i, f := range files {
		if n > 512<<10 {
			break
		}
		if i%3 != 0 { // spread over the five sections
			continue
		}
		if t, err := os.ReadFile(f); err == nil {
			out = append(out, string(t))
			n += len(t)
		}
	}
	if n == 0 {
		b.Skip("no BBC corpus in ../shared/data")
	}
	return out
}

// newsText is the same news one article after the other, as in a large paste.
func newsText(b *testing.B) string { return strings.Join(newsArticles(b), "\n\n") + "\n\n" }

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

// BenchmarkAnalyzeArticles analyses the same news one article at a time, as the page and
// the Worker do (BenchmarkAnalyzeNews takes it as one paste).
func BenchmarkAnalyzeArticles(b *testing.B) {
	articles := newsArticles(b)
	bytes := 0
	for _, a := range articles {
		bytes += len(a)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			if _, err := Analyze(a, Options{RefDate: "2005-03-10"}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
