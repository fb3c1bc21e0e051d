package entity

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// TestSplitChunkAtListComma: a chunk the tagger ran across a list is cut at its commas,
// except before a legal form or "D.C." (the rule listComma).
func TestSplitChunkAtListComma(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group", "RJ Reynolds Tobacco|Lorillard Tobacco|Liggett Group"},
		{"Menatep , Yukos", "Menatep|Yukos"},
		{"Ferris, Baker Watts, Inc.", "Ferris|Baker Watts, Inc."},
		{"Washington, D.C.", "Washington, D.C."},
	} {
		d := &doc.Doc{Text: c.in}
		text.Segment(d)
		var got []string
		for _, p := range splitChunk(d.Tokens, nil, 0, len(d.Tokens)) {
			got = append(got, d.Text[d.Tokens[p[0]].Start:d.Tokens[p[1]-1].End])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: got %q, want %q", c.in, g, c.want)
		}
	}
}
