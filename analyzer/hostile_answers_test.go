package analyzer

import (
	"fmt"
	"strings"
	"testing"
)

// quoteView is what a reader sees of a quote: its words and its speaker.
func quoteViews(r *Report) []string {
	var out []string
	for _, q := range r.Quotes {
		out = append(out, fmt.Sprintf("%s|%s|%s", q.Kind, q.Text, q.SpeakerText))
	}
	return out
}

func mentionTexts(r *Report) []string {
	var out []string
	for _, m := range r.Mentions {
		out = append(out, m.Text+"|"+m.Type)
	}
	return out
}

// TestSameAnswerAroundSymbols: a symbol or emoji beside a sentence changes neither its
// quotes nor its names (issue 17: it joined two sentences, or lost the quote).
func TestSameAnswerAroundSymbols(t *testing.T) {
	for _, c := range []struct{ plain, symbols string }{
		{"John Smith said he agreed. Mary Jones said she disagreed.", "John Smith said he agreed. 😀 Mary Jones said she disagreed."},
		{"John Smith said he agreed.", "John Smith said he agreed. 😀"},
		{"John Smith said he agreed.", "John Smith said he agreed. ★"},
		{"John Smith said he agreed.", "John Smith said he agreed. 👩🏽‍🚒"},
		{"John Smith, the police chief, said he agreed.", "John Smith 😀, the police chief, said he agreed."},
		{`"We will fight," said Mary Jones.`, `"We will fight," 💪 said Mary Jones. 🇬🇧`},
	} {
		want := analyze(t, c.plain, Options{})
		got := analyze(t, c.symbols, Options{})
		if w, g := strings.Join(quoteViews(want), "\n"), strings.Join(quoteViews(got), "\n"); w != g || w == "" {
			t.Errorf("%q\n quotes %q\n want   %q (as without the symbols)", c.symbols, g, w)
		}
		if w, g := strings.Join(mentionTexts(want), ","), strings.Join(mentionTexts(got), ","); w != g {
			t.Errorf("%q\n names %q\n want  %q", c.symbols, g, w)
		}
	}
	// a stray character after the last full stop leaves the quote whole
	for _, tail := range []string{"#", "é"} {
		r := analyze(t, "John Smith said he agreed. "+tail, Options{})
		if v := quoteViews(r); len(v) != 1 || v[0] != "indirect|he agreed|John Smith" {
			t.Errorf("tail %q: quotes %q", tail, v)
		}
	}
}

// TestJoinersAndDecomposedAccents: a zero-width joiner inside a name keeps it one name;
// accents written decomposed (NFD) read as composed (NFC), with spans on the input.
func TestJoinersAndDecomposedAccents(t *testing.T) {
	r := analyze(t, "The police chief John Smi\u200dth said he agreed.", Options{})
	if m := mentionTexts(r); len(m) == 0 || m[0] != "John Smi\u200dth|PERSON" {
		t.Errorf("joiner: mentions %q", m)
	}
	nfc := "Officials in Perú and São Paulo said they agreed."
	nfd := "Officials in Peru\u0301 and Sa\u0303o Paulo said they agreed."
	want := strings.Join(mentionTexts(analyze(t, nfc, Options{})), ",")
	got := strings.Join(mentionTexts(analyze(t, nfd, Options{})), ",")
	if got != strings.NewReplacer("ú", "u\u0301", "ã", "a\u0303").Replace(want) {
		t.Errorf("NFD mentions %q, want those of NFC %q", got, want)
	}
}

// TestDatesInContext: ISO date-times, impossible calendar dates (in the text and in
// metadata), and years outside 1600-2100 where the words say they are years.
func TestDatesInContext(t *testing.T) {
	values := func(text string) string {
		var out []string
		for _, x := range analyze(t, text, Options{RefDate: "2023-07-12"}).Timexes {
			out = append(out, x.Text+"="+x.Value)
		}
		return strings.Join(out, ",")
	}
	for text, want := range map[string]string{
		"The meeting began at 2023-07-12T10:30:00Z.": "2023-07-12T10:30:00Z=2023-07-12T10:30",
		"The deadline is February 30, 2023.":         "2023=2023",
		"The Normans invaded in 1066.":               "1066=1066",
		"In the year 3000 robots will rule.":         "the year 3000=3000",
		"They built 3000 homes in 1500 days.":        "1500 days=P1500D",
	} {
		if got := values(text); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
	page := `<html><head><meta property="article:published_time" content="2023-02-31T08:00:00Z"></head><body><p>Mayor Ellen Varga spoke on Monday.</p></body></html>`
	if r := analyze(t, page, Options{HTML: true}); r.RefDate != "" || r.RefDateSource != "none" {
		t.Errorf("metadata 2023-02-31 became the reference date %q (%s)", r.RefDate, r.RefDateSource)
	}
	if _, err := Analyze("x", Options{RefDate: "2023-02-31"}); err == nil {
		t.Error("--ref-date 2023-02-31 must be refused")
	}
}

// TestHTMLNeverAnalysesMarkup: past 512 nested elements the page is still read as text,
// and its scripts never become actors or quotes; a page with no text is an error, not an
// empty report that reads as if the markup were the text.
func TestHTMLNeverAnalysesMarkup(t *testing.T) {
	page := strings.Repeat("<div>", 2000) + `<p>Mary Jones said she agreed.</p><script>var s = "John Smith said he lied";</script>`
	r := analyze(t, page, Options{HTML: true})
	if r.Text != "Mary Jones said she agreed." {
		t.Errorf("text %q", r.Text)
	}
	for _, m := range r.Mentions {
		if strings.Contains(m.Text, "Smith") {
			t.Errorf("a script became a mention: %q", m.Text)
		}
	}
	if _, err := Analyze("<html><body><script>x</script></body></html>", Options{HTML: true}); err == nil || !IsInputError(err) {
		t.Errorf("a page without text: %v, want an input error", err)
	}
}
