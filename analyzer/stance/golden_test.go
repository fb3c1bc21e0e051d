package stance

import (
	"math"
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/internal/golden"
)

type edgeView struct {
	Holder    string   `json:"holder"`
	Target    string   `json:"target"`
	Label     string   `json:"label"`
	Polarity  float64  `json:"polarity"`
	Quotes    []string `json:"quotes,omitempty"`    // the content of each evidence quote
	Sentences []string `json:"sentences,omitempty"` // verb evidence
	Predicate string   `json:"predicate,omitempty"` // "words (lemma)"
}

type relationView struct {
	Holder    string   `json:"holder"`
	Target    string   `json:"target"`
	Quotes    []string `json:"quotes,omitempty"`
	Sentences []string `json:"sentences,omitempty"` // all the evidence's sentences
}

type toneView struct {
	Actor     string   `json:"actor"`
	Label     string   `json:"label"`
	Polarity  float64  `json:"polarity"`
	Sentences []string `json:"sentences,omitempty"`
}

type mentionView struct {
	Text     string  `json:"text"`
	Actor    string  `json:"actor"`
	Polarity float64 `json:"polarity"`
}

type edgesCase struct {
	Text  string     `json:"text"`
	Edges []edgeView `json:"edges"`
	// Relations are the pairs linked with no side taken.
	Relations []relationView `json:"relations,omitempty"`
	Tone      []toneView     `json:"tone"`
	Mentions  []mentionView  `json:"mentions"`
}

// round1 keeps one decimal, so that a retrained model moves the golden files only when
// it moves a result visibly.
func round1(f float64) float64 { return math.Round(f*10)/10 + 0 }

// TestEdgesGolden runs each testdata/edges/NAME.txt (a hand-built Doc, see parseMarkup)
// through Analyze and compares holder -> target edges, tone and mention polarities
// with NAME.json.
func TestEdgesGolden(t *testing.T) {
	golden.ForEach(t, "testdata/edges/*.txt", func(t *testing.T, src, want string) {
		d, err := parseMarkup(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := Analyze(d, nil); err != nil {
			t.Fatal(err)
		}
		checkDoc(t, d)
		golden.Expect(t, want, viewEdges(d))
	})
}

func viewEdges(d *doc.Doc) edgesCase {
	out := edgesCase{Text: d.Text, Edges: []edgeView{}, Tone: []toneView{}, Mentions: []mentionView{}}
	for _, e := range d.Stance {
		v := edgeView{Holder: d.Actors[e.Holder].Name, Target: d.Actors[e.Target].Name,
			Label: e.Label.String(), Polarity: round1(e.Polarity)}
		for _, q := range e.Evidence {
			v.Quotes = append(v.Quotes, d.Slice(d.Quotes[q].Span))
		}
		for _, s := range e.Sentences {
			v.Sentences = append(v.Sentences, d.Slice(d.Sentences[s].Span))
		}
		if e.PredicateLemma != "" {
			v.Predicate = d.Slice(e.Predicate) + " (" + e.PredicateLemma + ")"
		}
		out.Edges = append(out.Edges, v)
	}
	for _, e := range d.Relations {
		v := relationView{Holder: d.Actors[e.Holder].Name, Target: d.Actors[e.Target].Name}
		for _, q := range e.Evidence {
			v.Quotes = append(v.Quotes, d.Slice(d.Quotes[q].Span))
		}
		for _, s := range e.EvidenceSentences {
			v.Sentences = append(v.Sentences, d.Slice(d.Sentences[s].Span))
		}
		out.Relations = append(out.Relations, v)
	}
	for _, tn := range d.Tone {
		v := toneView{Actor: d.Actors[tn.Actor].Name, Label: tn.Label.SentimentLabel(), Polarity: round1(tn.Polarity)}
		for _, s := range tn.Sentences {
			v.Sentences = append(v.Sentences, d.Slice(d.Sentences[s].Span))
		}
		out.Tone = append(out.Tone, v)
	}
	for _, m := range d.Mentions {
		out.Mentions = append(out.Mentions, mentionView{Text: d.Slice(m.Span), Actor: d.Actors[m.Actor].Name, Polarity: round1(m.Polarity)})
	}
	return out
}

type targetView struct {
	Sentence string  `json:"sentence"`
	Target   string  `json:"target"`
	Label    string  `json:"label"`
	Polarity float64 `json:"polarity"`
}

// TestTargetsGolden scores the target marked [[like this]] in each line of
// testdata/targets/NAME.txt (one construction a file) and compares with NAME.json.
func TestTargetsGolden(t *testing.T) {
	golden.ForEach(t, "testdata/targets/*.txt", func(t *testing.T, src, want string) {
		var out []targetView
		for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
			a := strings.Index(line, "[[")
			b := strings.Index(line, "]]")
			if a < 0 || b < a {
				t.Fatalf("no [[target]] in %q", line)
			}
			sentence := line[:a] + line[a+2:b] + line[b+2:]
			sp := doc.Span{Start: a, End: b - 2}
			d := &doc.Doc{Text: sentence}
			text.Segment(d)
			if err := Analyze(d, []doc.Span{sp}); err != nil {
				t.Fatal(err)
			}
			tg := d.Targets[0]
			out = append(out, targetView{Sentence: sentence, Target: d.Slice(tg.Span),
				Label: tg.Label.SentimentLabel(), Polarity: round1(tg.Polarity)})
		}
		golden.Expect(t, want, out)
	})
}

// checkDoc checks the invariants Analyze must keep: spans in bounds, edges between
// distinct actors, labels that agree with polarities.
func checkDoc(t *testing.T, d *doc.Doc) {
	t.Helper()
	for _, e := range d.Stance {
		if e.Holder < 0 || e.Holder >= len(d.Actors) || e.Target < 0 || e.Target >= len(d.Actors) || e.Holder == e.Target {
			t.Errorf("bad edge %+v", e)
		}
		if len(e.Evidence)+len(e.Sentences) == 0 || len(e.EvidenceSentences) == 0 {
			t.Errorf("edge without evidence %+v", e)
		}
		if e.Label == doc.StanceNeutral {
			t.Errorf("a neutral edge in Stance (it belongs in Relations) %+v", e)
		}
		if e.Polarity < -1 || e.Polarity > 1 {
			t.Errorf("polarity out of range %+v", e)
		}
	}
	for _, m := range d.Mentions {
		if m.Polarity < -1 || m.Polarity > 1 {
			t.Errorf("mention polarity out of range %+v", m)
		}
	}
	for _, tg := range d.Targets {
		if !tg.Span.Valid(len(d.Text)) {
			t.Errorf("target span out of range %+v", tg)
		}
	}
}
