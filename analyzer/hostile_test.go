package analyzer

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

// hostileShape makes an input of about n bytes of one shape that has blown up an
// analysis before (issue 17): each stage must stay linear in it, in time, memory and
// report size.
type hostileShape struct {
	name string
	html bool
	make func(n int) string
}

// benchScale multiplies the benchmark's sizes for the shapes cheap per byte, so that
// their smallest run lasts long enough to time.
var benchScale = map[string]int{"nested-jsonld-graph": 8, "nested-jsonld-arrays": 8, "deep-html": 8,
	"one-long-word": 8, "one-long-number": 8, "initials-chain": 8}

// repeatTo repeats unit until the result is about n bytes.
func repeatTo(unit string, n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }

// names writes k distinct person names, comma-separated.
func names(k int) string {
	first := []string{"John", "Mary", "Ann", "Peter", "Lucy", "Omar", "Ravi", "Chen", "Ivan", "Sara", "Tom", "Nina"}
	var b strings.Builder
	for i := 0; i < k; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s Mc%c%c%cson", first[i%len(first)], 'A'+rune(i/12%26), 'a'+rune(i/312%26), 'a'+rune(i/8112%26))
	}
	return b.String()
}

var hostileShapes = []hostileShape{
	// one sentence naming ever more actors, in a hostile tone: every actor's tone and
	// mentions point at the same long sentence
	{"long-sentence-actors", false, func(n int) string {
		return "The corrupt and terrible " + names(n/16) + " attacked and betrayed the honest workers."
	}},
	// unclosed quotation marks in one paragraph
	{"unclosed-quotes", false, func(n int) string { return repeatTo("“", n) }},
	{"unclosed-quotes-said", false, func(n int) string { return repeatTo("“word said Smith. ", n) }},
	{"unclosed-single-quotes", false, func(n int) string { return repeatTo("‘word ", n) }},
	{"closed-quotes-one-paragraph", false, func(n int) string { return repeatTo("“We will fight,” said Smith. ", n) }},
	// JSON-LD nested ever deeper
	{"nested-jsonld-graph", true, func(n int) string {
		k := n / 13
		return `<script type="application/ld+json">` + strings.Repeat(`{"@graph":[`, k) + `{"datePublished":"2023-01-02"}` +
			strings.Repeat(`]}`, k) + `</script><p>Mayor Ellen Varga spoke.</p>`
	}},
	{"nested-jsonld-arrays", true, func(n int) string {
		return `<script type="application/ld+json">` + strings.Repeat(`[`, n/2) + strings.Repeat(`]`, n/2) + `</script><p>Text.</p>`
	}},
	// HTML nested past the tree builder's 512 open elements
	{"deep-html", true, func(n int) string {
		return strings.Repeat("<div>", n/5) + `<p>Mary Jones said hello.</p><script>var s = "John Smith said";</script>`
	}},
	{"many-html-paragraphs", true, func(n int) string {
		return repeatTo(`<p>Mayor Ellen Varga said on Monday that “tolls punish us”.</p>`, n)
	}},
	// plain text: articles, paragraphs, words and marks in bulk
	{"repeated-article", false, func(n int) string { return repeatTo(sample+"\n\n", n) }},
	{"one-long-word", false, func(n int) string { return strings.Repeat("a", n) }},
	{"one-long-number", false, func(n int) string { return repeatTo("1,2", n) }},
	{"hyphen-chain", false, func(n int) string { return repeatTo("a-", n) }},
	{"initials-chain", false, func(n int) string { return repeatTo("A.", n) }},
	{"dots", false, func(n int) string { return strings.Repeat(".", n) }},
	{"brackets", false, func(n int) string { return strings.Repeat("(", n) }},
	{"emoji", false, func(n int) string { return repeatTo("😀 Varga 😀 said “😀”. ", n) }},
	{"tiny-paragraphs", false, func(n int) string { return repeatTo("Smith said.\n\n", n) }},
	{"hard-wrapped", false, func(n int) string {
		return repeatTo("The mayor of Portville said on Monday that the harbour tolls would\n", n)
	}},
	{"dates", false, func(n int) string {
		return repeatTo("On March 3, 2025, a week later, in 1066 and on 2023-07-12T10:30:00Z, ", n)
	}},
	{"capitalised-words", false, func(n int) string { return repeatTo("Alpha Beta Gamma Delta ", n) }},
	{"cue-verbs", false, func(n int) string { return repeatTo("said told added warned ", n) }},
	{"pronouns", false, func(n int) string { return "Mayor Ellen Varga spoke. " + repeatTo("She said she would. ", n) }},
}

// hostileTestBytes is the size of each hostile input in the test (at most 256 KB).
const hostileTestBytes = 64 << 10

// reportBound is the largest report allowed for an input of n bytes: 30 times the input
// plus 16 KB.
func reportBound(n int) int { return 30*n + 16<<10 }

// TestHostile runs every hostile shape: the report must be valid (spans, UTF-16 slices,
// schema) and bounded in size relative to the input.
func TestHostile(t *testing.T) {
	for _, s := range hostileShapes {
		t.Run(s.name, func(t *testing.T) {
			in := s.make(hostileTestBytes)
			if len(in) > 256<<10 {
				t.Fatalf("input of %d bytes: the suite keeps each under 256 KB", len(in))
			}
			opts := Options{HTML: s.html, RefDate: "2025-03-04"}
			r, err := Analyze(in, opts)
			if err != nil {
				t.Fatalf("Analyze: %v", err)
			}
			checkReport(t, Sanitize(in), r)
			d, err := Build(in, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			out, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) > reportBound(len(in)) {
				t.Errorf("report of %d bytes for %d bytes of input (at most %d)", len(out), len(in), reportBound(len(in)))
			}
			if s.html && strings.Contains(r.Text, "<") {
				t.Errorf("markup analysed as text: %.100q", r.Text)
			}
		})
	}
}

// BenchmarkHostile measures every hostile shape at 1x, 2x and 4x of 64 KB (of 512 KB for
// the shapes cheap per byte) and reports
// how CPU time and memory (bytes allocated) grow per doubling: t2/t1 and t4/t2, m2/m1 and
// m4/m2 (the fastest run of each size counts). A linear stage shows about 2; a quadratic
// one 4. `make bench` prints them.
func BenchmarkHostile(b *testing.B) {
	Analyze(sample, Options{}) // load the models outside the measurements
	for _, s := range hostileShapes {
		b.Run(s.name, func(b *testing.B) {
			scale := max(1, benchScale[s.name])
			sizes := []int{64 << 10, 128 << 10, 256 << 10}
			ins := make([]string, len(sizes))
			for i, n := range sizes {
				ins[i] = s.make(n * scale)
			}
			// CPU time (not the clock), the least of the runs of each size: the machine's
			// other load only slows
			var took [3]time.Duration
			var alloc [3]uint64
			for b.Loop() {
				for i, in := range ins {
					runtime.GC()
					var m0, m1 runtime.MemStats
					runtime.ReadMemStats(&m0)
					t0 := cpuTime()
					if _, err := Analyze(in, Options{HTML: s.html, RefDate: "2025-03-04"}); err != nil {
						b.Fatal(err)
					}
					el := cpuTime() - t0
					runtime.ReadMemStats(&m1)
					if took[i] == 0 || el < took[i] {
						took[i] = el
					}
					alloc[i] = m1.TotalAlloc - m0.TotalAlloc // the same every run
				}
			}
			b.ReportMetric(float64(took[1])/float64(took[0]), "t2/t1")
			b.ReportMetric(float64(took[2])/float64(took[1]), "t4/t2")
			b.ReportMetric(float64(alloc[1])/float64(alloc[0]), "m2/m1")
			b.ReportMetric(float64(alloc[2])/float64(alloc[1]), "m4/m2")
			b.ReportMetric(float64(took[2].Milliseconds()), "cpu-ms@4x")
			b.ReportMetric(float64(alloc[2]>>20), "MB@4x")
		})
	}
}

// TestHostileShapesDistinct keeps the shapes' names unique (the bench prints by name).
func TestHostileShapesDistinct(t *testing.T) {
	var seen []string
	for _, s := range hostileShapes {
		seen = append(seen, s.name)
	}
	sort.Strings(seen)
	for i := 1; i < len(seen); i++ {
		if seen[i] == seen[i-1] {
			t.Errorf("two shapes named %s", seen[i])
		}
	}
}
