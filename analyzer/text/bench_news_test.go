package text

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"lede/analyzer/doc"
)

// newsArticles are about 512 KB of BBC news from the shared data (not committed; the
// benchmarks that read it are skipped without it), spread over the five sections.
func newsArticles(b *testing.B) (articles []string, bytes int) {
	files, _ := filepath.Glob("../../../shared/data/corpora/bbc/*/*.txt")
	sort.Strings(files)
	for i, f := range files {
		if bytes > 512<<10 {
			break
		}
		if i%3 != 0 {
			continue
		}
		if t, err := os.ReadFile(f); err == nil {
			articles = append(articles, string(t))
			bytes += len(t)
		}
	}
	if bytes == 0 {
		b.Skip("no BBC corpus in ../shared/data")
	}
	return articles, bytes
}

// BenchmarkSegmentNews measures segmentation and the language layer on real news, one
// article at a time, where words and tag sequences vary as they do in practice
// (BenchmarkSegment repeats one sentence pair).
func BenchmarkSegmentNews(b *testing.B) {
	articles, bytes := newsArticles(b)
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			Segment(&doc.Doc{Text: a})
		}
	}
}

// BenchmarkAnnotateNews measures the language layer alone on the same articles.
func BenchmarkAnnotateNews(b *testing.B) {
	articles, bytes := newsArticles(b)
	docs := make([]*doc.Doc, len(articles))
	for i, a := range articles {
		docs[i] = &doc.Doc{Text: a}
		Segment(docs[i])
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Annotate(d)
		}
	}
}
