package entity

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// TestRefineNamesSplitsOnlyTwoNames: a span the tagger drew over two coordinated names
// becomes two mentions; a joint name ("Procter and Gamble") and an institution's long
// name with an inner "and" stay whole. The spans are given by hand, as a tagger might
// draw them, so the test does not depend on the model.
func TestRefineNamesSplitsOnlyTwoNames(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"The Seattle Times and Miami Herald reported it.", "Seattle Times and Miami Herald", "Seattle Times|Miami Herald"},
		{"Shares of Procter and Gamble rose.", "Procter and Gamble", "Procter and Gamble"},
		{"The Organisation for Security and Cooperation in Europe met.", "Organisation for Security and Cooperation in Europe", "Organisation for Security and Cooperation in Europe"},
		{"The Post and Telecommunications Administration said so.", "Post and Telecommunications Administration", "Post and Telecommunications Administration"},
		{"Lee met the UK Ambassador in Peru.", "UK Ambassador", "UK"},
		{"The Prime Minister spoke.", "Prime Minister", ""},
	} {
		d := &doc.Doc{Text: c.text}
		text.Segment(d)
		i := strings.Index(c.text, c.name)
		d.AddMention(doc.Mention{Span: doc.Span{Start: i, End: i + len(c.name)}, Type: doc.EntOrg, Actor: -1})
		refineNames(d, DefaultLexicon())
		var got []string
		for _, m := range d.Mentions {
			got = append(got, d.Slice(m.Span))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: mentions %q, want %q", c.text, strings.Join(got, "|"), c.want)
		}
	}
}
