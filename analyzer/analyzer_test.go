package analyzer

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"

	"lede/analyzer/doc"
)

// sample is an article written for the tests: titles, a surname-only second mention, an
// organisation with its acronym, direct and reported speech, relative dates.
const sample = `Harbour Authority Weighs New Tolls

PORTVILLE, March 3, 2025 (Coast Wire) - Mayor Ellen Varga said on Monday that the city would fight the new harbour tolls.
"These tolls punish small fishermen," Varga said. "We will not accept them."
The Portville Harbour Authority (PHA) said in a statement that the fees were needed to repair the docks. The PHA board meets the next day.
Critics, including councillor Tom Reyes, accused the authority of ignoring the fleet.`

func analyze(t *testing.T, text string, opts Options) *Report {
	t.Helper()
	r, err := Analyze(text, opts)
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	checkReport(t, text, r)
	return r
}

// checkReport asserts the report invariants: the schema, UTF-16 spans within the text
// that slice to the reported text, ordered mentions, ids that resolve, valid JSON.
func checkReport(t *testing.T, input string, r *Report) {
	t.Helper()
	if r.Schema != Schema {
		t.Fatalf("schema %q", r.Schema)
	}
	text := input
	if r.Text != "" {
		text = r.Text
	}
	u := utf16.Encode([]rune(text))
	slice := func(what string, s, e int) string {
		if s < 0 || s > e || e > len(u) {
			t.Fatalf("%s span [%d,%d) out of range (%d units)", what, s, e, len(u))
		}
		return string(utf16.Decode(u[s:e]))
	}
	actors := map[string]bool{}
	for _, a := range r.Actors {
		actors[a.ID] = true
	}
	prev := -1
	for i, m := range r.Mentions {
		if got := slice("mention", m.Start, m.End); got != m.Text {
			t.Errorf("mention %d text %q but span gives %q", i, m.Text, got)
		}
		if m.Start < prev {
			t.Errorf("mention %d out of order", i)
		}
		prev = m.Start
		if m.Actor != nil && !actors[*m.Actor] {
			t.Errorf("mention %d points at unknown actor %s", i, *m.Actor)
		}
	}
	for i, q := range r.Quotes {
		if got := slice("quote", q.Start, q.End); got != q.Text {
			t.Errorf("quote %d text %q but span gives %q", i, q.Text, got)
		}
		for _, o := range q.Quoted {
			slice("quoted", o.Start, o.End)
		}
		if q.SpeakerStart != nil {
			slice("speaker", *q.SpeakerStart, *q.SpeakerEnd)
		}
		if q.CueStart != nil {
			if got := slice("cue", *q.CueStart, *q.CueEnd); got != q.Cue {
				t.Errorf("quote %d cue %q but span gives %q", i, q.Cue, got)
			}
		}
		if q.Speaker != nil && !actors[*q.Speaker] {
			t.Errorf("quote %d speaker %s unknown", i, *q.Speaker)
		}
	}
	timexes := map[string]bool{}
	for i, x := range r.Timexes {
		if got := slice("timex", x.Start, x.End); got != x.Text {
			t.Errorf("timex %d text %q but span gives %q", i, x.Text, got)
		}
		timexes[x.ID] = true
	}
	for i, e := range r.Events {
		slice("event", e.Start, e.End)
		if !timexes[e.Timex] {
			t.Errorf("event %d points at unknown timex %s", i, e.Timex)
		}
	}
	for i, s := range r.Stance {
		if !actors[s.Target] {
			t.Errorf("stance %d target %s unknown", i, s.Target)
		}
	}
	if _, err := json.Marshal(r); err != nil {
		t.Fatalf("report is not JSON-encodable: %v", err)
	}
}

func TestAnalyzeSample(t *testing.T) {
	r := analyze(t, sample, Options{})
	if r.RefDate != "2025-03-03" || r.RefDateSource != "dateline" {
		t.Errorf("refDate %q from %q, want 2025-03-03 from dateline", r.RefDate, r.RefDateSource)
	}
	if r.Stats.Paragraphs != 5 || r.Stats.Sentences != 7 {
		t.Errorf("stats %+v", r.Stats)
	}
	r = analyze(t, sample, Options{RefDate: "2025-03-04"})
	if r.RefDate != "2025-03-04" || r.RefDateSource != "input" {
		t.Errorf("the caller's date must win: %q %q", r.RefDate, r.RefDateSource)
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"empty":        "",
		"blank":        " \n\n\t ",
		"invalid utf8": "Mayor \xff\xfe Varga said \"yes\xc3\".",
		"nul bytes":    "Mayor\x00 Varga\x00said.",
		"lone marks":   "\" ' “ « ) ( — ...",
		"emoji":        "😀 Varga 😀 said “😀”.",
	} {
		t.Run(name, func(t *testing.T) {
			r := analyze(t, in, Options{})
			if strings.ContainsRune(r.Text, 0) {
				t.Error("NUL survived")
			}
			if in != "" && strings.ContainsAny(in, "\x00\xff") && r.Text == "" {
				t.Error("the report must carry the replaced text")
			}
		})
	}
	if _, err := Analyze("x", Options{RefDate: "July 4"}); err == nil {
		t.Error("a malformed reference date must be an error")
	}
	if _, err := Analyze(strings.Repeat("x", MaxInputBytes+1), Options{}); err != ErrTooLarge {
		t.Errorf("over-size input: %v", err)
	}
	if _, err := Analyze("abc", Options{Targets: []Offsets{{2, 9}}}); err == nil {
		t.Error("a target past the end must be an error")
	}
}

func TestAnalyzeHTML(t *testing.T) {
	html := `<html><head><meta property="article:published_time" content="2024-05-01T08:00:00Z"><title>T</title></head>
<body><p>Mayor Ellen Varga spoke.</p><script>window.x=1</script><p><img src=x onerror="alert(1)">Second.</p></body></html>`
	r := analyze(t, html, Options{HTML: true})
	if r.Text != "Mayor Ellen Varga spoke.\n\nSecond." {
		t.Errorf("text %q", r.Text)
	}
	if r.RefDate != "2024-05-01" || r.RefDateSource != "metadata" || r.Title != "T" {
		t.Errorf("metadata: %q %q %q", r.RefDate, r.RefDateSource, r.Title)
	}
}

func TestTargetsEchoed(t *testing.T) {
	text := "😀 Varga praised the plan."
	u := utf16.Encode([]rune(text))
	start := len(utf16.Encode([]rune("😀 ")))
	r := analyze(t, text, Options{Targets: []Offsets{{start, start + 5}}})
	if len(r.Targets) != 1 || r.Targets[0].Start != start || string(utf16.Decode(u[r.Targets[0].Start:r.Targets[0].End])) != "Varga" {
		t.Errorf("targets %+v", r.Targets)
	}
}

// TestDocSpans checks every annotation of the Doc is in bounds and on rune boundaries.
func TestDocSpans(t *testing.T) {
	d, err := Build(sample+"\n“Ünïcødé—😀” said Zoë Ağaoğlu on Friday.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
}

// checkDoc fails on the first broken invariant of the Doc (see doc.Check).
func checkDoc(t *testing.T, d *doc.Doc) {
	t.Helper()
	if err := doc.Check(d); err != nil {
		t.Fatal(err)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{sample, "", "\"", "“He said,” she said. «Non»", "On Monday, the next day, a week earlier.",
		"Gen. X of the U.S. said \"a\n\n\"b", "\xff\x00", strings.Repeat("(", 50)} {
		f.Add(s, "2023-07-12")
	}
	f.Fuzz(func(t *testing.T, s, ref string) {
		if len(ref) != 10 {
			ref = ""
		}
		r, err := Analyze(s, Options{RefDate: ref})
		if err != nil {
			if strings.HasPrefix(err.Error(), "internal error") {
				t.Fatal(err)
			}
			return
		}
		checkReport(t, Sanitize(s), r)
		d, _ := Build(s, Options{RefDate: ref})
		checkDoc(t, d)
	})
}

// BenchmarkAnalyze measures the whole pipeline on a ~100 KB article made of the sample.
func BenchmarkAnalyze(b *testing.B) {
	text := strings.Repeat(sample+"\n\n", 100)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	// once before the clock starts: the models are parsed on first use, and a steady
	// article is what this measures
	if _, err := Analyze(sample, Options{RefDate: "2025-03-04"}); err != nil {
		b.Fatal(err)
	}
	t0 := cpuTime()
	for b.Loop() {
		if _, err := Analyze(text, Options{RefDate: "2025-03-04"}); err != nil {
			b.Fatal(err)
		}
	}
	// cpu-MB/s: the same rate by the process's CPU time rather than the clock, so that
	// other work on a shared machine does not read as a slower analyzer.
	if cpu := (cpuTime() - t0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/cpu/1e6, "cpu-MB/s")
	}
}
