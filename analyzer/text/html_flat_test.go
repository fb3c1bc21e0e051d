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
