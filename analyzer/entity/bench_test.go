package entity

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
)

// benchText is about 1 MB of news: the BBC articles of the shared data when they are
// there (they are not committed), else the golden texts repeated.
func benchText(b *testing.B) string {
	var sb strings.Builder
	files, _ := filepath.Glob("../../../shared/data/corpora/bbc/*/*.txt")
	sort.Strings(files)
	for _, f := range files {
		if sb.Len() > 1<<20 {
			break
		}
		t, err := os.ReadFile(f)
		if err == nil {
			sb.Write(t)
			sb.WriteString("\n\n")
		}
	}
	if sb.Len() == 0 {
		golden, _ := filepath.Glob("testdata/*.txt")
		for sb.Len() < 1<<20 && len(golden) > 0 {
			for _, f := range golden {
				t, _ := os.ReadFile(f)
				sb.Write(t)
				sb.WriteString("\n\n")
			}
		}
	}
	return sb.String()
}

func segmented(b *testing.B) *doc.Doc {
	d := &doc.Doc{Text: benchText(b)}
	text.Segment(d)
	if _, _, err := load(); err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkRecognize measures tagging alone (bytes of text per second).
func BenchmarkRecognize(b *testing.B) {
	d := segmented(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Recognize(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecognizeResolve measures the whole entity stage: tagging and actors.
func BenchmarkRecognizeResolve(b *testing.B) {
	d := segmented(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Recognize(d); err != nil {
			b.Fatal(err)
		}
		if err := Resolve(d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEmbeddedSize bounds what the model and word lists add to the wasm: at most 1 MB
// compressed. gzip -9 is an upper bound for the brotli the page is served with.
func TestEmbeddedSize(t *testing.T) {
	var all bytes.Buffer
	raw := 0
	for _, name := range []string{"gazetteer.txt", "orgs.txt", "wordnet.txt"} {
		b, err := modelFS.ReadFile("model/" + name)
		if err != nil {
			t.Fatal(err)
		}
		raw += len(b)
		all.Write(b)
	}
	for _, tbl := range []string{nerBin, clustersTbl, namesTbl, wordrepsTbl} {
		raw += len(tbl)
		all.WriteString(tbl)
	}
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(all.Bytes())
	w.Close()
	t.Logf("model and lists: %d bytes raw, %d gzip -9", raw, z.Len())
	if z.Len() > 1<<20 {
		t.Fatalf("model and lists take %d bytes gzipped, over 1 MB", z.Len())
	}
}

// BenchmarkTagSmallDocs tags the CoNLL-2003 dev documents (about 1.3 KB each) one by
// one: per-document costs (vocabulary, word caches, cold model cache lines) weigh more
// than in one large text. Skipped when the shared data is not there.
func BenchmarkTagSmallDocs(b *testing.B) {
	docs, err := ner.ReadCoNLL("../../../shared/data/conll2003/dev.txt")
	if err != nil {
		b.Skip("no CoNLL-2003 dev split")
	}
	tg, lex, err := load()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		for _, w := range d.Words {
			for _, x := range w {
				size += len(x) + 1
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			sents := make([]Sentence, len(d.Words))
			for si, w := range d.Words {
				sents[si] = NewSentence(w)
			}
			tg.TagDocument(lex, sents)
		}
	}
}
