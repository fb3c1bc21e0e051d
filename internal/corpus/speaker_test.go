package corpus

import (
	"testing"

	"lede/analyzer/doc"
)

func TestSourceHead(t *testing.T) {
	cases := []struct {
		source, head string
		name         bool
	}{
		{"Apple chief Tim Cook", "Cook", true},
		{"Steven Theede, Yukos chief executive,", "Theede", true},
		{"Senate Majority Leader Mitch McConnell", "McConnell", true},
		{"a spokesman for the Clinton campaign", "spokesman", false},
		{"the woman who ran the office", "woman", false},
		{"She", "She", false},
		{"Donald Trump Jr.", "Trump", true},
		{"Sen. Tim Kaine (D-Va.)", "Kaine", true},
		{"Trump's", "Trump", true},
		{"the Clinton campaign", "campaign", false},
		{"Maria Lopez — the mayor", "Lopez", true},
		{"Secretary of State John Kerry", "Kerry", true},
		// opens the text, and the article writes "supporters" in lower case
		{"Supporters of the senator", "Supporters", false},
	}
	for _, c := range cases {
		text := c.source + ". Later its supporters left."
		h, name, ok := SourceHead(text, doc.Span{Start: 0, End: len(c.source)})
		if !ok || text[h.Start:h.End] != c.head || name != c.name {
			got := ""
			if ok {
				got = text[h.Start:h.End]
			}
			t.Errorf("SourceHead(%q) = %q name=%v, want %q name=%v", c.source, got, name, c.head, c.name)
		}
	}
}

// A speaker whose actor is only the premodifying organisation is wrong under the strict
// rule and right under the lenient one.
func TestSpeakerRightStrict(t *testing.T) {
	text := "Apple chief Tim Cook said it."
	d := &doc.Doc{Text: text,
		Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 5}, Actor: 0}, {Span: doc.Span{Start: 12, End: 20}, Actor: 1}},
		Actors:   []doc.Actor{{Name: "Apple", Mentions: []int{0}}, {Name: "Tim Cook", Mentions: []int{1}}},
	}
	g := Attribution{Source: []doc.Span{{Start: 0, End: 20}}}
	org := doc.Quote{Speaker: 0, SpeakerSpan: doc.Span{Start: 0, End: 5}}
	person := doc.Quote{Speaker: 1, SpeakerSpan: doc.Span{Start: 12, End: 20}}
	if !SpeakerRightLenient(d, org, g) || SpeakerRightStrict(d, org, g) {
		t.Errorf("organisation as speaker: want lenient right, strict wrong")
	}
	if !SpeakerRightStrict(d, person, g) {
		t.Errorf("person as speaker: want strict right")
	}
	// a missed name is not rescued by the lenient rule
	missed := doc.Quote{Speaker: -1, SpeakerSpan: doc.Span{Start: 12, End: 20}}
	if SpeakerRightStrict(d, missed, g) {
		t.Errorf("speaker span without an actor on a named head: want strict wrong")
	}
}
