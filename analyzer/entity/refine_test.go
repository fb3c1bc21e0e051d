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
		if got := mentionTexts(d); got != c.want {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}

// TestShortFormTakenForPlace: an organisation's one-word short form that the tagger
// took for a place joins the organisation, unless the story puts that word after "in"
// (then it is a place throughout) or the gazetteer knows it as a place. The mention
// types are given by hand, as a tagger might err, so the test does not depend on the model.
func TestShortFormTakenForPlace(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The Wagner Group took the city. Putin met the commanders of Wagner.", "Wagner Group=Wagner Group,Wagner|Putin=Putin"},
		{"The Wagner Group took the city. Putin met the commanders of Wagner. Troops rested in Wagner.", "Wagner Group=Wagner Group|Putin=Putin|Wagner=Wagner,Wagner"},
	} {
		d := &doc.Doc{Text: c.text}
		text.Segment(d)
		typed := map[string]doc.EntityType{"Wagner Group": doc.EntOrg, "Putin": doc.EntPerson, "Wagner": doc.EntLoc}
		for off := 0; off < len(c.text); {
			best := ""
			for name := range typed {
				if strings.HasPrefix(c.text[off:], name) && len(name) > len(best) && (off == 0 || c.text[off-1] == ' ') {
					best = name
				}
			}
			if best == "" {
				off++
				continue
			}
			d.AddMention(doc.Mention{Span: doc.Span{Start: off, End: off + len(best)}, Type: typed[best], Actor: -1, Sentence: d.SentenceAt(off)})
			off += len(best)
		}
		if err := Resolve(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Actors {
			var ms []string
			for _, mi := range a.Mentions {
				if d.Mentions[mi].Kind == doc.MentionName {
					ms = append(ms, d.Slice(d.Mentions[mi].Span))
				}
			}
			got = append(got, a.Name+"="+strings.Join(ms, ","))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: actors %q, want %q", c.text, g, c.want)
		}
	}
}

// mentionTexts is the text of each of the Doc's mentions, in order, joined by "|".
func mentionTexts(d *doc.Doc) string {
	var got []string
	for _, m := range d.Mentions {
		got = append(got, d.Slice(m.Span))
	}
	return strings.Join(got, "|")
}
