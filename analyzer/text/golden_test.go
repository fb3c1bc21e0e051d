package text

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/internal/golden"
)

type segmentView struct {
	Paragraphs []string       `json:"paragraphs"`
	Sentences  []sentenceView `json:"sentences"`
}

type sentenceView struct {
	Text     string `json:"text"`
	Headline bool   `json:"headline,omitempty"`
	Tokens   string `json:"tokens"` // normalised tokens joined by |
}

// TestSegmentGolden runs each testdata/segment/NAME.txt through Segment and compares
// the paragraphs, sentences and tokens with NAME.json.
func TestSegmentGolden(t *testing.T) {
	golden.ForEach(t, "testdata/segment/*.txt", func(t *testing.T, src, want string) {
		d := &doc.Doc{Text: src}
		Segment(d)
		checkSpans(t, d)
		var v segmentView
		for _, p := range d.Paragraphs {
			v.Paragraphs = append(v.Paragraphs, d.Slice(p.Span))
		}
		for i, s := range d.Sentences {
			var norms []string
			for _, tok := range d.SentenceTokens(i) {
				norms = append(norms, tok.Norm)
			}
			v.Sentences = append(v.Sentences, sentenceView{Text: d.Slice(s.Span), Headline: s.Headline, Tokens: strings.Join(norms, "|")})
		}
		golden.Expect(t, want, v)
	})
}

// TestExtractHTMLGolden runs each testdata/html/NAME.html through ExtractHTML.
func TestExtractHTMLGolden(t *testing.T) {
	golden.ForEach(t, "testdata/html/*.html", func(t *testing.T, src, want string) {
		golden.Expect(t, want, ExtractHTML(src))
	})
}

// checkSpans fails on the first broken invariant of the Doc (see doc.Check).
func checkSpans(t *testing.T, d *doc.Doc) {
	t.Helper()
	if err := doc.Check(d); err != nil {
		t.Fatal(err)
	}
}
