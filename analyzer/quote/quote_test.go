package quote

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/internal/golden"
)

// goldenQuote is what a golden file records of one quote: texts, not offsets, so that a
// reader can review the file by eye.
type goldenQuote struct {
	Kind     string   `json:"kind"`
	Text     string   `json:"text"`
	Quoted   []string `json:"quoted,omitempty"`
	Speaker  string   `json:"speaker"`
	Actor    string   `json:"actor,omitempty"` // the linked actor's name, when one
	Cue      string   `json:"cue"`
	Outlet   string   `json:"outlet,omitempty"`
	Inferred bool     `json:"inferred,omitempty"`
}

func segmentDoc(s string) *doc.Doc {
	d := &doc.Doc{Text: s}
	text.Segment(d)
	return d
}

func slice(d *doc.Doc, s doc.Span) string {
	if s == doc.NoSpan {
		return ""
	}
	return d.Slice(s)
}

// TestGolden runs Find on each testdata/*.txt (one construction a file) and compares the
// quotes with testdata/*.json; -update rewrites them.
func TestGolden(t *testing.T) {
	golden.ForEach(t, "testdata/*.txt", func(t *testing.T, raw, want string) {
		d := segmentDoc(raw)
		if err := Find(d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
		golden.Expect(t, want, goldenQuotes(d))
	})
}

// goldenQuotes is what a golden file records of each quote Find left on d.
func goldenQuotes(d *doc.Doc) []goldenQuote {
	out := []goldenQuote{}
	for _, q := range d.Quotes {
		g := goldenQuote{Kind: q.Kind.String(), Text: d.Slice(q.Span), Speaker: slice(d, q.SpeakerSpan),
			Cue: slice(d, q.Cue), Outlet: slice(d, q.Outlet), Inferred: q.Inferred}
		for _, s := range q.Quoted {
			g.Quoted = append(g.Quoted, d.Slice(s))
		}
		if q.Speaker >= 0 {
			g.Actor = d.Actors[q.Speaker].Name
		}
		out = append(out, g)
	}
	return out
}

// checkSpans fails on the first broken invariant of the Doc (see doc.Check).
func checkSpans(t *testing.T, d *doc.Doc) {
	t.Helper()
	if err := doc.Check(d); err != nil {
		t.Fatal(err)
	}
}

// TestAnonymousSourcesKeepMentionsConsistent: anonymous sources become actors with nominal
// mentions merged among the entity stage's, and every index stays right.
func TestAnonymousSourcesKeepMentionsConsistent(t *testing.T) {
	d := segmentDoc("Talks failed, officials said. Mayor Ann Lee agreed.\n\n\"No deal,\" a senior aide said. Lee left, officials said.")
	d.Actors = []doc.Actor{{Name: "Ann Lee", Type: doc.EntPerson}}
	for _, name := range []string{"Mayor Ann Lee", "Lee"} {
		i := strings.Index(d.Text, name)
		d.AddMention(doc.Mention{Span: doc.Span{Start: i, End: i + len(name)}, Type: doc.EntPerson, Actor: 0})
	}
	if err := Find(d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, d)
	var anon []string
	for _, a := range d.Actors {
		if a.Anonymous {
			anon = append(anon, fmt.Sprintf("%s×%d", a.Name, len(a.Mentions)))
		}
	}
	if got, want := strings.Join(anon, ","), "officials×2,a senior aide×1"; got != want {
		t.Fatalf("anonymous actors %q, want %q", got, want)
	}
}

// TestLinksSpeakerToMention checks that a speaker is linked to the actor of an
// overlapping mention (the entity stage's work, simulated here).
func TestLinksSpeakerToMention(t *testing.T) {
	d := segmentDoc(`"We will win," Hugh Hill said.`)
	start := strings.Index(d.Text, "Hugh")
	d.Actors = []doc.Actor{{Name: "Hugh Hill", Type: doc.EntPerson}}
	d.AddMention(doc.Mention{Span: doc.Span{Start: start, End: start + len("Hugh Hill")}, Type: doc.EntPerson, Actor: 0})
	if err := Find(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != 0 {
		t.Fatalf("want one quote by actor 0, got %+v", d.Quotes)
	}
}

// TestLinksUntaggedSurname: a capitalised speaker the entity stage did not tag ("said
// Yelling": a surname that is also a word) is linked to the one actor whose name ends
// in it; a speaker no actor's name ends in stays unlinked.
func TestLinksUntaggedSurname(t *testing.T) {
	d := segmentDoc(`Liz Yelling ran well. "It was fast," said Yelling. "It was hot," said Running.`)
	d.Actors = []doc.Actor{{Name: "Liz Yelling", Type: doc.EntPerson}}
	d.AddMention(doc.Mention{Span: doc.Span{Start: 0, End: len("Liz Yelling")}, Type: doc.EntPerson, Actor: 0})
	if err := Find(d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, d)
	if len(d.Quotes) != 2 || d.Quotes[0].Speaker != 0 || d.Quotes[1].Speaker != -1 {
		t.Fatalf("want the first quote by actor 0 and the second unlinked, got %+v", d.Quotes)
	}
}

// TestInterviewAnswersTakeTheSubject: in a Q/A transcript the answers are the words of
// the person named before the first turn; the questions are not recorded.
func TestInterviewAnswersTakeTheSubject(t *testing.T) {
	d := segmentDoc("Ann Lee spoke to the Herald.\n\nQ: Will you run again?\n\nA: I have not decided yet.\n\nQ: And the bridge?\n\nA: We will rebuild it.")
	d.Actors = []doc.Actor{{Name: "Ann Lee", Type: doc.EntPerson}}
	d.AddMention(doc.Mention{Span: doc.Span{Start: 0, End: len("Ann Lee")}, Type: doc.EntPerson, Actor: 0})
	if err := Find(d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, d)
	if len(d.Quotes) != 2 {
		t.Fatalf("want the two answers, got %+v", d.Quotes)
	}
	for _, q := range d.Quotes {
		if q.Speaker != 0 || !q.Inferred {
			t.Errorf("answer %q: speaker %d inferred %v, want Ann Lee, inferred", d.Slice(q.Span), q.Speaker, q.Inferred)
		}
	}
}

// TestOddInputs: no panic and valid spans on empty, stray-mark and unbalanced texts.
func TestOddInputs(t *testing.T) {
	for _, s := range []string{"", `"`, `""`, `” “`, `said`, `, said he.`, `"Unclosed quote, he said`,
		"\"a\n\n\"b\n\n\"c", `« »`, `‘’’‘`, "\uFFFD\"x\" said \uFFFD", strings.Repeat(`"a," b said. `, 50)} {
		d := segmentDoc(s)
		if err := Find(d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{`"We will win," he said.`, `According to officials, the talks failed.`, "“A\n\n“B,” she said."} {
		f.Add(s)
	}
	// the golden inputs, one construction each, as seeds
	files, _ := filepath.Glob("testdata/*.txt")
	for _, in := range files {
		if raw, err := os.ReadFile(in); err == nil {
			f.Add(string(raw))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := segmentDoc(s)
		if err := Find(d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
	})
}

func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, in := range files {
			raw, _ := os.ReadFile(in)
			sb.Write(raw)
			sb.WriteString("\n\n")
		}
	}
	d := segmentDoc(sb.String())
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Quotes, d.Actors, d.Mentions = nil, nil, nil
		if err := Find(d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLinksCapitalLabelToPerson: a transcript label in capitals ("HILL:") is linked to the
// person the text names in mixed case, and one turn is enough once the name is known.
func TestLinksCapitalLabelToPerson(t *testing.T) {
	d := segmentDoc("Hugh Hill spoke on Sunday.\n\nHILL: We will reopen the clinic in May.\n\nNOTE: Times are local.\n")
	d.Actors = []doc.Actor{{Name: "Hugh Hill", Type: doc.EntPerson}}
	d.AddMention(doc.Mention{Span: doc.Span{Start: 0, End: len("Hugh Hill")}, Type: doc.EntPerson, Actor: 0})
	if err := Find(d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, d)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != 0 || slice(d, d.Quotes[0].SpeakerSpan) != "HILL" {
		t.Fatalf("want one turn by actor 0 (HILL), got %+v", d.Quotes)
	}
}
