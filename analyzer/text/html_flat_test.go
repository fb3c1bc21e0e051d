package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractFlatAgrees checks the flat reader keeps what the tree walk keeps, on the
// golden pages (which the tree builder accepts).
func TestExtractFlatAgrees(t *testing.T) {
	files, _ := filepath.Glob("testdata/html/*.html")
	if len(files) == 0 {
		t.Fatal("no golden pages")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if tree, flat := ExtractHTML(string(src)), extractFlat(string(src)); tree != flat {
			t.Errorf("%s:\ntree %+v\nflat %+v", f, tree, flat)
		}
	}
}

// TestExtractDeepHTML: past 512 open elements the tree builder gives up; the text must
// still be the page's text, never its markup or its scripts.
func TestExtractDeepHTML(t *testing.T) {
	src := `<html><head><title>Tab</title><script type="application/ld+json">{"headline":"Tolls","datePublished":"2024-05-01"}</script></head><body>` +
		strings.Repeat("<div>", 3000) + `<p>Mayor Ellen Varga spoke.</p><script>var s = "<p>Smith said</p>";</script><style>p{}</style>` +
		strings.Repeat("<span>", 2000) + `Second line.` + strings.Repeat("</span></div>", 2000) + `</body></html>`
	got := ExtractHTML(src)
	want := Extracted{Text: "Mayor Ellen Varga spoke.\n\nSecond line.", Title: "Tolls", Published: "2024-05-01"}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// FuzzExtractHTML: any input gives paragraphs of text trimmed and without markup from
// scripts or styles, a date that is a calendar day or none, and the same from both readers
// where the tree builder accepts the page.
func FuzzExtractHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>T</title><script type="application/ld+json">{"headline":"H","datePublished":"2024-05-01"}</script></head><body><article><p>A.</p></article></body></html>`,
		`<p>one<br>two</p><script>x="<p>"</script>`, strings.Repeat("<div>", 600) + "deep", `<script type="application/ld+json">[[[{`,
		"<p>\xff\x00</p>", `<meta property="article:published_time" content="2023-02-31">`, "<svg><p>x</svg>", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, ex := range []Extracted{ExtractHTML(src), extractFlat(src)} {
			for _, p := range strings.Split(ex.Text, "\n\n") {
				if p != strings.TrimSpace(p) {
					t.Fatalf("paragraph %q is not trimmed", p)
				}
			}
			if ex.Published != "" && isoDate(ex.Published) != ex.Published {
				t.Fatalf("published %q is not a calendar day", ex.Published)
			}
		}
	})
}
