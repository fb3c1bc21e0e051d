package stance

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// FuzzAnalyze: any text, any target offsets, and mentions and a quote placed by rule
// (every capitalised word a mention of one of three actors; the second half a quote
// by actor 0) never panic and keep every invariant.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "Lopez praised Reed but criticized Chen.", "\"He lied,\" she said.",
		"Reed was condemned by Lopez.", "A\u00a0B — “C” «D»", "\uFFFD"} {
		f.Add(s, 0, 3)
	}
	f.Fuzz(func(t *testing.T, in string, a, b int) {
		if !utf8.ValidString(in) {
			return
		}
		d := &doc.Doc{Text: in}
		text.Segment(d)
		d.Actors = make([]doc.Actor, 3)
		for i, tok := range d.Tokens {
			if r, _ := utf8.DecodeRuneInString(tok.Norm); tok.Kind == doc.TokWord && unicode.IsUpper(r) {
				d.AddMention(doc.Mention{Span: tok.Span, Actor: i % 3, Sentence: int(tok.Sentence)})
			}
		}
		if n := len(in); n > 0 {
			mid := len(in) / 2
			for mid < n && !utf8.RuneStart(in[mid]) {
				mid++
			}
			d.Quotes = []doc.Quote{{Kind: doc.QuoteIndirect, Span: doc.Span{Start: mid, End: n}, Speaker: 0,
				SpeakerSpan: doc.NoSpan, Cue: doc.NoSpan, Outlet: doc.NoSpan}}
		}
		targets := []doc.Span{{Start: a, End: b}}
		if err := Analyze(d, targets); err != nil {
			t.Fatal(err)
		}
		if len(d.Targets) != 1 {
			t.Fatalf("%d targets answered", len(d.Targets))
		}
		checkDoc(t, d)
	})
}
