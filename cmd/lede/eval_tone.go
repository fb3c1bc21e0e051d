package main

import (
	"fmt"
	"io"
	"strings"

	"lede/analyzer"
	"lede/internal/corpus"
)

// lede eval tone FILE.csv scores the article's own tone toward its main actor on a
// PerSenT file (corpus.ReadPerSenT): the pipeline runs on DOCUMENT, the target is the actor named
// TARGET_ENTITY (see toneActor), and Report.Tone's label for it is the answer (neutral
// when the actor is not found or has no tone). Always answering "positive" is scored
// beside it. PerSenT states no licence: it measures, nothing is fitted on it.
func init() { evaluators["tone"] = evalTone }

func evalTone(path string, out io.Writer) error {
	articles, err := corpus.ReadPerSenT(path)
	if err != nil {
		return err
	}
	var model, positive corpus.Confusion
	missing := 0
	for _, art := range articles {
		text := analyzer.Sanitize(art.Document)
		d, err := analyzer.Build(text, analyzer.Options{})
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, art.Row, err)
		}
		rep := analyzer.NewReport(d, text)
		pred := 1
		if a := toneActor(rep, art.Target); a == "" {
			missing++
		} else {
			for _, t := range rep.Tone {
				if t.Actor == a {
					pred = corpus.SentimentClass(t.Label)
				}
			}
		}
		model[art.Class][pred]++
		positive[art.Class][2]++
	}
	fmt.Fprintf(out, "PerSenT %s: %d articles (target actor not found in %d)\n", path, model.Total(), missing)
	printConfusions(out, 16, []namedConfusion{{"tone", &model}, {"always-positive", &positive}})
	return nil
}

// toneActor finds the report's actor for a PerSenT target name: one whose name or alias
// equals it, else the most mentioned actor that shares its last word (the surname, as
// the article mostly writes it); "" when none does.
func toneActor(rep *analyzer.Report, target string) string {
	want := corpus.NormName(target)
	words := strings.Fields(want)
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	best, bestCount := "", -1
	for _, a := range rep.Actors {
		names := append([]string{a.Name}, a.Aliases...)
		shares := false
		for _, n := range names {
			n = corpus.NormName(n)
			if n == want {
				return a.ID
			}
			for _, w := range strings.Fields(n) {
				shares = shares || w == last
			}
		}
		if shares && a.MentionCount > bestCount {
			best, bestCount = a.ID, a.MentionCount
		}
	}
	return best
}
