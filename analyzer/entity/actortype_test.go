package entity

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// typedMentions segments text and adds the name mentions given in text order, each with
// the type a tagger might have given it, so that a test does not depend on the model.
func typedMentions(s string, names []doc.Mention, spans []string) *doc.Doc {
	d := &doc.Doc{Text: s}
	text.Segment(d)
	off := 0
	for i, name := range spans {
		at := off + strings.Index(s[off:], name)
		m := names[i]
		m.Span, m.Actor, m.Sentence = doc.Span{Start: at, End: at + len(name)}, -1, d.SentenceAt(at)
		d.AddMention(m)
		off = at + len(name)
	}
	return d
}

// TestSplitAfterOrganisation: a name drawn over an outlet and a person's name the story
// tags as a person elsewhere becomes two; an organisation's members ("Oversight
// Committee Republicans", no person) stay one name.
func TestSplitAfterOrganisation(t *testing.T) {
	per, org, misc := doc.Mention{Type: doc.EntPerson}, doc.Mention{Type: doc.EntOrg}, doc.Mention{Type: doc.EntMisc}
	for _, c := range []struct {
		text  string
		names []string
		types []doc.Mention
		want  string
	}{
		{"Hale told the Washington Post Trump had said nothing. Trump left.", []string{"Hale", "Washington Post Trump", "Trump"}, []doc.Mention{per, org, per}, "Hale|Washington Post|Trump|Trump"},
		{"Hale told the Washington Post Trump had said nothing. Donald Trump left.", []string{"Hale", "Washington Post Trump", "Donald Trump"}, []doc.Mention{per, org, per}, "Hale|Washington Post|Trump|Donald Trump"},
		{"Oversight Committee Republicans seethed. Republicans left.", []string{"Oversight Committee Republicans", "Republicans"}, []doc.Mention{org, misc}, "Oversight Committee Republicans|Republicans"},
		{"They drove down Boston Post Road.", []string{"Boston Post Road"}, []doc.Mention{org}, "Boston Post Road"},
	} {
		d := typedMentions(c.text, c.types, c.names)
		refineNames(d, DefaultLexicon())
		if got := mentionTexts(d); got != c.want {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPersonNamedInFull: an actor named once by a given name and a surname read as a
// person is a person, however often its surname alone is read as an organisation; a
// longer name read as an organisation leaves the type to the majority.
func TestPersonNamedInFull(t *testing.T) {
	per, org := doc.Mention{Type: doc.EntPerson}, doc.Mention{Type: doc.EntOrg}
	for _, c := range []struct {
		text  string
		names []string
		types []doc.Mention
		want  string
	}{
		{"Donald Trump spoke. Trump avoids it. Trump has said no. Trump left.", []string{"Donald Trump", "Trump", "Trump", "Trump"}, []doc.Mention{per, org, org, org}, "Donald Trump=PERSON"},
		{"Morgan Stanley rose. Morgan Stanley fell. Morgan Stanley said so.", []string{"Morgan Stanley", "Morgan Stanley", "Morgan Stanley"}, []doc.Mention{per, org, org}, "Morgan Stanley=ORG"},
	} {
		d := typedMentions(c.text, c.types, c.names)
		if err := Resolve(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Actors {
			got = append(got, a.Name+"="+a.Type.String())
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: actors %q, want %q", c.text, g, c.want)
		}
	}
}
