package text

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
)

// expectTokens checks the normalised tokens of in, joined by |.
func expectTokens(t *testing.T, in, want string) {
	t.Helper()
	toks := Tokenize(in, 0, len(in), nil)
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Norm)
	}
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("Tokenize(%q)\n got %s\nwant %s", in, g, want)
	}
}

func TestTokenizeRules(t *testing.T) {
	expectTokens(t, "Clinton's plan", "Clinton|'s|plan")
	expectTokens(t, "Clinton’s plan", "Clinton|'s|plan")
	expectTokens(t, "the U.S. and U.K.", "the|U.S.|and|U.K.")
	expectTokens(t, "George W. Bush", "George|W.|Bush")
	expectTokens(t, "Gen. Smith", "Gen.|Smith")
	expectTokens(t, "ended.", "ended|.")
	expectTokens(t, "“Yes”", `"|Yes|"`)
	expectTokens(t, "«Oui»", `"|Oui|"`)
	expectTokens(t, "„Ja“", `"|Ja|"`)
	expectTokens(t, "war—and peace", "war|-|and|peace")
	expectTokens(t, "a well-known man", "a|well-known|man")
	expectTokens(t, "$1,500.50 or 15:00", "$|1,500.50|or|15:00")
	expectTokens(t, "AT&T rose", "AT&T|rose")
	expectTokens(t, "wait…", "wait|...")
	expectTokens(t, "", "")
}

// TestTokenizeClitics: clitics are tokens of their own, as the tagger's training text
// has them; names with an apostrophe stay whole.
func TestTokenizeClitics(t *testing.T) {
	expectTokens(t, "they’re here", "they|'re|here")
	expectTokens(t, "We'll go, I'd say, I'm sure, we've won", "We|'ll|go|,|I|'d|say|,|I|'m|sure|,|we|'ve|won")
	expectTokens(t, "He didn’t say", "He|did|n't|say")
	expectTokens(t, "I can't and won't", "I|ca|n't|and|wo|n't")
	expectTokens(t, "DON'T", "DO|N'T")
	expectTokens(t, "Conan O'Neill and D'Angelo", "Conan|O'Neill|and|D'Angelo")
	expectTokens(t, "rock'n'roll", "rock'n'roll")
	expectTokens(t, "the '90s", "the|'90s")
}

func TestQuoteRoles(t *testing.T) {
	in := "“a” ‘b’ \"c\" «d»"
	var roles []doc.QuoteRole
	for _, tok := range Tokenize(in, 0, len(in), nil) {
		if tok.Kind == doc.TokQuote {
			roles = append(roles, tok.Quote)
		}
	}
	want := []doc.QuoteRole{doc.QuoteOpen, doc.QuoteClose, doc.QuoteOpen, doc.QuoteClose, doc.QuoteEither, doc.QuoteEither, doc.QuoteOpen, doc.QuoteClose}
	if len(roles) != len(want) {
		t.Fatalf("got %v", roles)
	}
	for i := range want {
		if roles[i] != want[i] {
			t.Errorf("mark %d: got %v want %v", i, roles[i], want[i])
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "A. B.", "“x", "U.S.\n\nGen.", "'90s' «»", "a\u00ad\u200bb", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Doc{Text: strings.ToValidUTF8(s, "\uFFFD")}
		Segment(d)
		checkSpans(t, d)
		Dateline(d)
	})
}

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat("The U.S. Senate passed the bill on Friday, Sen. Maria Lopez said. “We won,” she said.\n\n", 1000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d := &doc.Doc{Text: text}
		Segment(d)
	}
}
