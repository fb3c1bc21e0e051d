package entity

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
)

// TestWithCapitalsBefore: a chunk the tagger drew over the tail of a name takes the
// capitalised words before it, and an organisation's or place's name the words after it
// up to a head noun; titles, dates, sentence openers, people's names and other names'
// ends stay as drawn. The chunk is given by hand, as a tagger might draw it, so the
// test does not depend on the model.
func TestWithCapitalsBefore(t *testing.T) {
	for _, c := range []struct {
		text, chunk string
		typ         int
		want        string
	}{
		{"They walked up the Upper Tessel Valley today.", "Tessel Valley", 3, "Upper Tessel Valley"},
		{"She met Cold Spring Harbor Laboratory staff.", "Harbor Laboratory", 2, "Cold Spring Harbor Laboratory"},
		{"She taught at Crescent Valley High School then.", "Crescent Valley", 3, "Crescent Valley High School"},
		{"He saw Minister Varl Group officials.", "Varl Group", 2, "Varl Group"},
		{"On Monday Varl Group said so.", "Varl Group", 2, "Varl Group"},
		{"Upper Tessel Valley is green.", "Tessel Valley", 3, "Tessel Valley"},
		{"Coroner Ilse Varn came.", "Ilse Varn", 1, "Ilse Varn"},
		{"A Panamanian Boxing Association official spoke.", "Panamanian", 4, "Panamanian"},
		{"He met Varl Group Chairman Tomas Reyl.", "Varl Group", 2, "Varl Group"},
	} {
		d := &doc.Doc{Text: c.text}
		text.Segment(d)
		toks := d.Tokens
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = tk.Norm
		}
		s := Sentence{Words: words, Case: classifyCase(words)}
		i := strings.Index(c.text, c.chunk)
		a, b := d.TokenAt(i), d.TokenAt(i+len(c.chunk)-1)+1
		tags := make([]uint8, len(toks))
		cs := withCapitalsBefore(toks, s, tags, []ner.Chunk{{Start: a, End: b, Type: c.typ}})
		if got := c.text[toks[cs[0].Start].Start:toks[cs[0].End-1].End]; got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
