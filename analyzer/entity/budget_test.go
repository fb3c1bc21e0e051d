package entity

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// TestBaseFeatureBudget: past the budget of recorded first-pass features, the second
// pass featurises the sentences again, and every tag is the same as with all recorded.
func TestBaseFeatureBudget(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden texts")
	}
	m, lex, err := load()
	if err != nil {
		t.Fatal(err)
	}
	tag := func(src string) [][]uint8 {
		d := &doc.Doc{Text: src}
		text.Segment(d)
		sents := make([]Sentence, len(d.Sentences))
		for i := range d.Sentences {
			toks := d.SentenceTokens(i)
			words := make([]string, len(toks))
			for j, tk := range toks {
				words[j] = tk.Norm
			}
			sents[i] = Sentence{Words: words, Case: classifyCase(words)}
		}
		return m.TagDocument(lex, sents)
	}
	defer func(n int) { baseFeatureBudget = n }(baseFeatureBudget)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		baseFeatureBudget = 1 << 30
		all := tag(string(b))
		baseFeatureBudget = 200 // a sentence or two recorded, the rest featurised again
		bounded := tag(string(b))
		if !slices.EqualFunc(all, bounded, slices.Equal[[]uint8]) {
			t.Errorf("%s: the tags differ when the recorded features are bounded", f)
		}
	}
}
