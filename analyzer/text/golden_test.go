package text

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/analyzer/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// expectGolden compares got (as indented JSON) with the file want, or rewrites it.
func expectGolden(t *testing.T, want string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	if *update {
		if err := os.WriteFile(want, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(w, b) {
		t.Errorf("%s differs from the output:\n%s", want, b)
	}
}

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
	files, _ := filepath.Glob("testdata/segment/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := &doc.Doc{Text: string(src)}
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
			expectGolden(t, strings.TrimSuffix(f, ".txt")+".json", v)
		})
	}
}

// TestExtractHTMLGolden runs each testdata/html/NAME.html through ExtractHTML.
func TestExtractHTMLGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/html/*.html")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			expectGolden(t, strings.TrimSuffix(f, ".html")+".json", ExtractHTML(string(src)))
		})
	}
}

// checkSpans asserts the structural invariants: every span in bounds, on rune
// boundaries, ordered, tokens inside their sentence, sentences inside their paragraph.
func checkSpans(t *testing.T, d *doc.Doc) {
	t.Helper()
	n := len(d.Text)
	onRune := func(i int) bool { return i == n || i == 0 || (d.Text[i]&0xC0) != 0x80 }
	prev := 0
	for i, tok := range d.Tokens {
		if !tok.Valid(n) || tok.Start == tok.End || !onRune(tok.Start) || !onRune(tok.End) || tok.Start < prev {
			t.Fatalf("token %d %v is not a valid span", i, tok.Span)
		}
		prev = tok.End
		s := d.Sentences[tok.Sentence]
		if !s.Contains(tok.Span) || i < s.FirstToken || i >= s.EndToken {
			t.Fatalf("token %d is outside its sentence", i)
		}
	}
	for i, s := range d.Sentences {
		if !d.Paragraphs[s.Paragraph].Contains(s.Span) {
			t.Fatalf("sentence %d is outside its paragraph", i)
		}
	}
}
