package text

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
)

func TestTokenizePictographsJoinersNFC(t *testing.T) {
	expectTokens(t, "Smith 😀, the chief", "Smith|,|the|chief")
	expectTokens(t, "agreed. 👩🏽‍🚒 Mary", "agreed|.|Mary")
	expectTokens(t, "★★★ great ✓", "great")
	expectTokens(t, "flags 🇫🇷🏴󠁧󠁢󠁳󠁣󠁴󠁿 here", "flags|here")
	expectTokens(t, "€5 and 5% #1 £3 \uFFFD15m", "€|5|and|5|%|#|1|£|3|\uFFFD|15m")
	expectTokens(t, "Smi\u200Dth and Mehr\u200Cdad", "Smith|and|Mehrdad")
	expectTokens(t, "Peru\u0301 and Sa\u0303o Paulo", "Perú|and|São|Paulo")
	// a pictograph keeps the white space as it was: no space before the comma, a space
	// before the next word
	toks := Tokenize("Smith 😀, the", 0, len("Smith 😀, the"), nil)
	if toks[1].SpaceBefore || !toks[2].SpaceBefore {
		t.Errorf("SpaceBefore: %+v", toks)
	}
	// spans stay on the input as written
	in := "Sa\u0303o Paulo"
	toks = Tokenize(in, 0, len(in), nil)
	if in[toks[0].Start:toks[0].End] != "Sa\u0303o" {
		t.Errorf("span %v", toks[0].Span)
	}
}

// TestSentencesAroundSymbols: a symbol after a full stop neither joins two sentences nor
// keeps the stop from ending the sentence.
func TestSentencesAroundSymbols(t *testing.T) {
	for in, want := range map[string]string{
		"He agreed. 😀 She disagreed.":          "He agreed.|She disagreed.",
		"He agreed. 😀":                         "He agreed.",
		"He agreed. ★":                         "He agreed.",
		"He agreed. #":                         "He agreed.|#",
		"He agreed. é":                         "He agreed.|é",
		"He agreed. see below":                 "He agreed.|see below",
		"He went to the U.S. and Canada. Then": "He went to the U.S. and Canada.|Then",
		"He agreed. and then he left the room": "He agreed. and then he left the room",
	} {
		d := &doc.Doc{Text: in}
		Segment(d)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Slice(s.Span))
		}
		if g := strings.Join(got, "|"); g != want {
			t.Errorf("%q: got %q, want %q", in, g, want)
		}
	}
}
