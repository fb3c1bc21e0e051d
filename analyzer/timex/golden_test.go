package timex

import (
	"strings"
	"testing"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/internal/golden"
)

type timexView struct {
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod,omitempty"`
	Quant    string `json:"quant,omitempty"`
	Resolved bool   `json:"resolved"`
	Anchor   string `json:"anchor"`
}

type eventView struct {
	Value string `json:"value"`
	Timex string `json:"timex"`
	Text  string `json:"text"`
}

type caseView struct {
	Timexes []timexView `json:"timexes"`
	Events  []eventView `json:"events"`
}

// runCase reads a case file: a first line "ref: YYYY-MM-DD" (or "ref: none"), then the text.
func runCase(t testing.TB, src string) *doc.Doc {
	ref, body, _ := strings.Cut(src, "\n")
	ref = strings.TrimSpace(strings.TrimPrefix(ref, "ref:"))
	if ref == "none" {
		ref = ""
	}
	d := &doc.Doc{Text: body, RefDate: ref}
	text.Segment(d)
	if err := Find(d); err != nil {
		t.Fatal(err)
	}
	if err := Order(d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, d)
	return d
}

// checkSpans fails on the first broken invariant of the Doc (see doc.Check).
func checkSpans(t testing.TB, d *doc.Doc) {
	t.Helper()
	if err := doc.Check(d); err != nil {
		t.Fatal(err)
	}
}

// TestGolden runs each testdata/NAME.txt and compares the expressions and events with
// NAME.json (rewrite with -update, then review the diff).
func TestGolden(t *testing.T) {
	golden.ForEach(t, "testdata/*.txt", func(t *testing.T, src, want string) {
		golden.Expect(t, want, view(runCase(t, src)))
	})
}

// view is what a golden case shows of the stage's work.
func view(d *doc.Doc) caseView {
	v := caseView{Timexes: []timexView{}, Events: []eventView{}}
	for _, x := range d.Timexes {
		v.Timexes = append(v.Timexes, timexView{Text: d.Slice(x.Span), Type: x.Type.String(), Value: x.Value.String(),
			Mod: x.Mod, Quant: x.Quant, Resolved: x.Resolved, Anchor: x.Anchor})
	}
	for _, e := range d.Events {
		x := d.Timexes[e.Timex]
		v.Events = append(v.Events, eventView{Value: x.Value.String(), Timex: d.Slice(x.Span), Text: d.Slice(e.Span)})
	}
	return v
}

// TestOddInput: no panic and valid spans on empty, odd and unterminated input.
func TestOddInput(t *testing.T) {
	for _, s := range []string{"", "ref: none\n", "ref: 2023-07-12\n\uFFFD\uFFFD 12 - / :: 1990s' '", "ref: 2023-07-12\nJune 31, 2023 at 99 p.m. on 13/45/2020 and the 5th of",
		"ref: 2023-07-12\n- - - third- quarter -2020 mid- 'the", "ref: 2023-07-12\nMay May May 1 1 1 a a a years ago ago"} {
		runCase(t, s)
	}
}

// FuzzFind: any text yields valid spans.
func FuzzFind(f *testing.F) {
	f.Add("ref: 2023-07-12\nOn June 24 the board met; the next day it voted.")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		runCase(t, s)
	})
}

// BenchmarkFindOrder measures the stage on a news-like text of about 1 MB.
func BenchmarkFindOrder(b *testing.B) {
	para := "WASHINGTON (Reuters) - The Senate voted on Wednesday, two days after the House passed the bill late last month. " +
		"Officials said third-quarter profit rose 12% from a year earlier, and the company expects to report results on Oct. 23, 2023. " +
		"The talks, which began in the 1990s, will resume next week at 3 p.m. EST, about six months after the last round.\n\n"
	src := "ref: 2023-07-12\n" + strings.Repeat(para, 1<<20/len(para))
	d0 := &doc.Doc{Text: src[strings.IndexByte(src, '\n')+1:], RefDate: "2023-07-12"}
	text.Segment(d0)
	b.SetBytes(int64(len(d0.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := *d0
		d.Timexes, d.Events = nil, nil
		if err := Find(&d); err != nil {
			b.Fatal(err)
		}
		if err := Order(&d); err != nil {
			b.Fatal(err)
		}
	}
}
