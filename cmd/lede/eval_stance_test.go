package main

import (
	"io"
	"testing"

	"lede/analyzer"
)

func TestNormStanceName(t *testing.T) {
	for in, want := range map[string]string{
		"The Justice Department": "justice department",
		"Trump's":                "trump",
		"Democrats’":             "democrats",
		"  Elizabeth   Warren ":  "elizabeth warren",
	} {
		if got := normStanceName(in); got != want {
			t.Errorf("normStanceName(%q) = %q, want %q", in, got, want)
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
	g := goldStanceLine{File: "x.txt", Edges: []goldStanceEdge{
		{Holder: "Warren", Target: "Stumpf", TargetAliases: []string{"John Stumpf"}, Label: "against", Key: true},
		{Holder: "Stumpf", Target: "Warren", Label: "against"},
	}}
	var sc stanceScore
	sc.add(rep, g, io.Discard)
	if sc.system != 3 || sc.correct != 1 || sc.neutral != 1 || sc.matched != 1 || sc.matchedKey != 1 || sc.gold != 2 || sc.goldKey != 1 {
		t.Errorf("score = %+v", sc)
	}
}
