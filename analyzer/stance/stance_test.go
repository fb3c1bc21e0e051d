package stance

import (
	"os"
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// TestHashMatchesKey: the scorer hashes features without building their keys; the
// model file is keyed by the strings. Both must agree, or the model is silently unused.
func TestHashMatchesKey(t *testing.T) {
	for _, f := range [][3]string{{"b", "", ""}, {"u", "praised", ""}, {"g", "<t>", "said"}, {"p", "L1", "über"}} {
		if hashFeature(f[0], f[1], f[2]) != hashKey(FeatureKey(f[0], f[1], f[2])) {
			t.Errorf("hash of %v differs from the hash of its key", f)
		}
	}
}

// TestEmbeddedData: the committed lexicon and model parse and are not empty.
func TestEmbeddedData(t *testing.T) {
	if n := DefaultLexicon().Len(); n < 1000 {
		t.Errorf("lexicon has %d words", n)
	}
	if n := DefaultModel().Len(); n < 1000 {
		t.Errorf("model has %d features", n)
	}
	for _, w := range []string{"united", "justice", "trump", "intelligence"} {
		if _, _, ok := DefaultLexicon().Score(w); ok {
			t.Errorf("%q is a name or an institution, not an opinion word", w)
		}
	}
	if _, ev, _ := DefaultLexicon().Score("killed"); !ev {
		t.Error(`"killed" should be flagged as an event word`)
	}
}

// TestOddInputs: no panic and valid output on empty, odd and out-of-range input.
func TestOddInputs(t *testing.T) {
	inputs := []string{"", " ", "\"", "“”", "...", "\uFFFD\uFFFD", "a", strings.Repeat("praised ", 5000),
		"He said \"", "— — —", "x\n\ny"}
	for _, in := range inputs {
		d := &doc.Doc{Text: in}
		text.Segment(d)
		targets := []doc.Span{{Start: 0, End: len(in)}, {Start: len(in), End: len(in)}, {Start: -1, End: 3}, {Start: 0, End: len(in) + 5}}
		if err := Analyze(d, targets); err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if len(d.Targets) != len(targets) {
			t.Fatalf("%q: %d targets answered for %d asked", in, len(d.Targets), len(targets))
		}
		checkDoc(t, d)
	}
}

// TestTargetDependent: in one sentence, two targets get opposite polarities.
func TestTargetDependent(t *testing.T) {
	in := "Lopez praised Reed but criticized Chen."
	d := &doc.Doc{Text: in}
	text.Segment(d)
	reed := strings.Index(in, "Reed")
	chen := strings.Index(in, "Chen")
	if err := Analyze(d, []doc.Span{{Start: reed, End: reed + 4}, {Start: chen, End: chen + 4}}); err != nil {
		t.Fatal(err)
	}
	if d.Targets[0].Polarity <= d.Targets[1].Polarity {
		t.Errorf("Reed %.2f should be above Chen %.2f", d.Targets[0].Polarity, d.Targets[1].Polarity)
	}
}

// TestTargetsInCallerOrder: targets come back in the order asked, not text order.
func TestTargetsInCallerOrder(t *testing.T) {
	in := "Reed met Lopez."
	d := &doc.Doc{Text: in}
	text.Segment(d)
	spans := []doc.Span{{Start: 9, End: 14}, {Start: 0, End: 4}}
	if err := Analyze(d, spans); err != nil {
		t.Fatal(err)
	}
	for i, sp := range spans {
		if d.Targets[i].Span != sp {
			t.Errorf("target %d is %v, want %v", i, d.Targets[i].Span, sp)
		}
	}
}

// BenchmarkAnalyze: a long article with many mentions, quotes and stance verbs.
func BenchmarkAnalyze(b *testing.B) {
	para := `# actors: Maria Lopez; Daniel Reed; Wei Chen
[Maria Lopez|0] praised [Daniel Reed|1] on Tuesday but criticized [Chen|2] for the delays. "⟦[Reed|1] has done an honest job, and [he|1] deserves our support⟧0," [she|0] said. [Chen|2] denied the claims and accused [Lopez|0] of playing politics. The council met again on Wednesday to discuss the budget, which was approved by a narrow margin after a long debate.
`
	var sb strings.Builder
	sb.WriteString(strings.SplitN(para, "\n", 2)[0] + "\n")
	body := strings.SplitN(para, "\n", 2)[1]
	for sb.Len() < 200<<10 {
		sb.WriteString(body)
		sb.WriteString("\n")
	}
	d0, err := parseMarkup(sb.String())
	if err != nil {
		b.Fatal(err)
	}
	DefaultModel()
	b.SetBytes(int64(len(d0.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := *d0
		d.Mentions = append([]doc.Mention(nil), d0.Mentions...)
		if err := Analyze(&d, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseModel: what parsing model.txt would cost the first analysis (the
// trainer's path; the embedded model is read in place, see BenchmarkLoad).
func BenchmarkParseModel(b *testing.B) {
	data, err := os.ReadFile("model.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if ParseModel(string(data)).Len() == 0 {
			b.Fatal("empty model")
		}
	}
}

func TestInflectedLexiconForms(t *testing.T) {
	lex := ParseLexicon("wreck\t-0.5\ndamage\t-0.4\nstop\t-0.1\nworry\t-0.3\npraise\t0.6\n")
	for _, w := range []string{"wrecking", "wrecked", "wrecks", "damaging", "damaged", "stopping", "stopped", "worried", "worries", "praises"} {
		if _, _, ok := lex.Score(w); !ok {
			t.Errorf("%s: no base form found", w)
		}
	}
	for _, w := range []string{"sing", "thing", "news", "glass"} {
		if _, _, ok := lex.Score(w); ok {
			t.Errorf("%s: not an inflection of a lexicon word", w)
		}
	}
}

// TestReportedNewsTakesNoSide: "the Herald reported that ..." relays news; the outlet
// holds no stance toward the people in it, while the same words in its own quoted voice
// do.
func TestReportedNewsTakesNoSide(t *testing.T) {
	for _, c := range []struct {
		cue, open, close string
		edges            int
	}{{"reported", "", "", 0}, {"said", `, "`, `"`, 1}} {
		src := "# actors: Herald; Daniel Reed\n[Herald|0] " + c.cue + c.open + "⟦[Reed|1] is a liar and a disgrace to the city⟧0" + c.close + "."
		d, err := parseMarkup(src)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(d.Text, c.cue)
		d.Quotes[0].Cue = doc.Span{Start: i, End: i + len(c.cue)}
		if err := Analyze(d, nil); err != nil {
			t.Fatal(err)
		}
		if len(d.Stance) != c.edges {
			t.Errorf("%s: %d stance edges, want %d: %+v", c.cue, len(d.Stance), c.edges, d.Stance)
		}
	}
}

// TestInstitutionOfItsCountry: a country's own institution speaking of it holds no
// stance toward it; toward another country it does.
func TestInstitutionOfItsCountry(t *testing.T) {
	src := "# actors: Ruritania State Department; Ruritania; Borduria\n[Ruritania State Department|0] said: \"⟦[Ruritania|1] and [Borduria|2] are liars and a disgrace⟧0.\""
	d, err := parseMarkup(src)
	if err != nil {
		t.Fatal(err)
	}
	d.Actors[0].Type, d.Actors[1].Type, d.Actors[2].Type = doc.EntOrg, doc.EntLoc, doc.EntLoc
	if err := Analyze(d, nil); err != nil {
		t.Fatal(err)
	}
	if len(d.Stance) != 1 || d.Stance[0].Target != 2 {
		t.Errorf("want one edge, toward Borduria: %+v", d.Stance)
	}
}
