package main

import (
	"testing"

	"lede/analyzer"
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
