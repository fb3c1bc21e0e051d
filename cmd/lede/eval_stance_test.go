package main

import (
	"testing"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/internal/corpus"
)

func TestNormName(t *testing.T) {
	for in, want := range map[string]string{
		"The Justice Department": "justice department",
		"Trump's":                "trump",
		"Democrats’":             "democrats",
		"  Elizabeth   Warren ":  "elizabeth warren",
	} {
		if got := corpus.NormName(in); got != want {
			t.Errorf("NormName(%q) = %q, want %q", in, got, want)
		}
	}
}

// A system edge counts once: a second edge naming the same gold edge (a split actor)
// is not correct, a wrong label is not correct, and neutral edges are only counted.
func TestStanceScoreOneToOne(t *testing.T) {
	h1, h2 := "a1", "a2"
	rep := &analyzer.Report{
		Actors: []analyzer.ReportActor{
			{ID: "a1", Name: "Elizabeth Warren", Aliases: []string{"Warren"}},
			{ID: "a2", Name: "Warren"},
			{ID: "a3", Name: "John Stumpf"},
		},
		Stance: []analyzer.ReportStance{
			{Holder: &h1, Target: "a3", Label: "against"},
			{Holder: &h2, Target: "a3", Label: "against"},
			{Holder: &h1, Target: "a3", Label: "for"},
			{Holder: &h1, Target: "a3", Label: "neutral"},
		},
	}
	g := corpus.StanceArticle{File: "x.txt", Edges: []corpus.StanceGoldEdge{
		{Holder: "Warren", Target: "Stumpf", TargetAliases: []string{"John Stumpf"}, Label: "against", Key: true},
		{Holder: "Stumpf", Target: "Warren", Label: "against"},
	}}
	var sc corpus.StanceScore
	verdicts, misses := sc.Add(stanceAnswer(rep), g)
	if sc.System != 3 || sc.Correct != 1 || sc.Neutral != 1 || sc.Matched != 1 || sc.MatchedKey != 1 || sc.Gold != 2 || sc.GoldKey != 1 {
		t.Errorf("score = %+v", sc)
	}
	if len(verdicts) != 3 || verdicts[0].Gold != 0 || verdicts[1].Gold != -2 || verdicts[2].Gold != -1 {
		t.Errorf("verdicts = %+v (want found, repeat, false)", verdicts)
	}
	// no actor is called "Stumpf" (names match whole): the holder of the missed edge is none
	if len(misses) != 1 || misses[0].Gold != 1 || !misses[0].NoHolder || misses[0].NoTarget || misses[0].Relation {
		t.Errorf("misses = %+v (want the second gold edge, its holder no actor)", misses)
	}
}

// Each missed edge gets the first cause that holds: a missing actor, the other side, a
// relation with no side, both named in one sentence, or no sentence naming both.
func TestMissCause(t *testing.T) {
	d := &doc.Doc{
		Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: 10}}, {Span: doc.Span{Start: 11, End: 20}}},
		Mentions: []doc.Mention{
			{Span: doc.Span{Start: 0, End: 2}, Actor: 0, Sentence: 0},
			{Span: doc.Span{Start: 5, End: 7}, Actor: 1, Sentence: 0},
			{Span: doc.Span{Start: 12, End: 14}, Actor: 2, Sentence: 1},
			{Span: doc.Span{Start: 16, End: 18}, Actor: 3, Sentence: 1},
		},
	}
	ans := corpus.StanceAnswer{
		Names:     map[string][]string{"a1": {"lopez"}, "a2": {"reed"}, "a3": {"chen"}, "a4": {"ruiz"}},
		Edges:     []corpus.StanceSystemEdge{{Holder: "a3", Target: "a4", Label: "for"}},
		Relations: []corpus.StanceSystemEdge{{Holder: "a2", Target: "a3"}},
	}
	for _, c := range []struct {
		holder, target, label, want string
	}{
		{"Nobody", "Reed", "against", causeNoHolder},
		{"Lopez", "Nobody", "against", causeNoTarget},
		{"Chen", "Ruiz", "against", causeWrongSide},
		{"Reed", "Chen", "against", causeRelation},
		{"Lopez", "Reed", "against", causeUnlinked},
		{"Lopez", "Chen", "against", causeNoSentence},
	} {
		e := corpus.StanceGoldEdge{Holder: c.holder, Target: c.target, Label: c.label}
		g := corpus.StanceArticle{Edges: []corpus.StanceGoldEdge{e}}
		var sc corpus.StanceScore
		_, misses := sc.Add(ans, g)
		if len(misses) != 1 {
			t.Fatalf("%s -> %s: %d misses", c.holder, c.target, len(misses))
		}
		if got := missCause(d, ans, e, misses[0]); got != c.want {
			t.Errorf("%s -> %s: cause %q, want %q", c.holder, c.target, got, c.want)
		}
	}
}
