package correct

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
)

// locate finds a place where it was, or, in an edited text, the one place its words fit;
// never a guess between two.
func TestLocate(t *testing.T) {
	d := &doc.Doc{Text: "Ann met Bob. Later Bob left, and Ann stayed."}
	for _, w := range []struct {
		word string
		n    int
	}{{"Ann", 0}, {"Bob", 0}, {"Bob", 1}, {"Ann", 1}} {
		i := nth(d.Text, w.word, w.n)
		d.AddMention(doc.Mention{Span: doc.Span{Start: i, End: i + len(w.word)}, Actor: -1})
	}
	isMention := func(s doc.Span) bool { return mentionAt(d, s) >= 0 }
	bob1 := doc.Span{Start: nth(d.Text, "Bob", 1), End: nth(d.Text, "Bob", 1) + 3}
	for _, tc := range []struct {
		name string
		ref  Ref
		want doc.Span
		why  string
	}{
		{"in place", Ref{bob1, "Bob"}, bob1, ""},
		{"moved, no place fits", Ref{doc.Span{Start: 2, End: 7}, "met B"}, doc.NoSpan, "is no longer a mention"},
		{"moved, two places fit", Ref{doc.Span{Start: 0, End: 3}, "Bob"}, doc.NoSpan, "in 2 places"},
		{"offsets outside the text, words around one mention", Ref{doc.NoSpan, "Later Bob"}, doc.Span{Start: 13, End: 22}, ""},
		{"gone", Ref{doc.Span{Start: 0, End: 3}, "Zed"}, doc.NoSpan, `"Zed" is no longer in the text`},
		{"there but not a mention", Ref{doc.Span{Start: 4, End: 7}, "met"}, doc.NoSpan, `"met" is not a mention`},
	} {
		got, why := (&editor{d: d, searchLeft: searchBudget(len(d.Text))}).locate(tc.ref, "a mention", isMention)
		if got != tc.want || (tc.why == "") != (why == "") || !strings.Contains(why, tc.why) {
			t.Errorf("%s: %v %q, want %v %q", tc.name, got, why, tc.want, tc.why)
		}
	}
	// a moved text whose words fit one place is found there
	d2 := &doc.Doc{Text: "A new line. " + d.Text}
	for _, m := range d.Mentions {
		d2.AddMention(doc.Mention{Span: doc.Span{Start: m.Start + 12, End: m.End + 12}, Actor: -1})
	}
	d2.Mentions = d2.Mentions[:3] // the last Ann is no mention here: one Ann fits
	e := &editor{d: d2, searchLeft: searchBudget(len(d2.Text))}
	got, why := e.locate(Ref{doc.Span{Start: 0, End: 3}, "Ann"}, "a mention", func(s doc.Span) bool { return mentionAt(d2, s) >= 0 })
	if want := (doc.Span{Start: 12, End: 15}); got != want || why != "" {
		t.Errorf("moved Ann: %v %q, want %v", got, why, want)
	}
	// with the search budget spent, a moved place is not looked for, and says so
	e.searchLeft = 0
	if got, why := e.locate(Ref{doc.Span{Start: 0, End: 3}, "Ann"}, "a mention", func(doc.Span) bool { return true }); got != doc.NoSpan || !strings.Contains(why, "too many corrections") {
		t.Errorf("no budget left: %v %q", got, why)
	}
}

func nth(s, w string, n int) int {
	from := 0
	for {
		i := strings.Index(s[from:], w) + from
		if n == 0 {
			return i
		}
		n--
		from = i + len(w)
	}
}
