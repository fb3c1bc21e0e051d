package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"

	"lede/analyzer"
)

// lede eval tone FILE.csv scores the article's own tone toward its main actor on a
// PerSenT file (columns DOCUMENT, TARGET_ENTITY, TRUE_SENTIMENT = Negative | Neutral |
// Positive): the pipeline runs on DOCUMENT, the target is the actor named
// TARGET_ENTITY (see toneActor), and Report.Tone's label for it is the answer (neutral
// when the actor is not found or has no tone). Always answering "positive" is scored
// beside it. PerSenT states no licence: it measures, nothing is fitted on it.
func init() { evaluators["tone"] = evalTone }

func evalTone(path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, c := range []string{"DOCUMENT", "TARGET_ENTITY", "TRUE_SENTIMENT"} {
		if _, ok := col[c]; !ok {
			return fmt.Errorf("%s: no %s column", path, c)
		}
	}
	var model, positive confusion
	missing := 0
	for row := 2; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if len(rec) <= max(col["DOCUMENT"], col["TARGET_ENTITY"], col["TRUE_SENTIMENT"]) {
			return fmt.Errorf("%s:%d: short row", path, row)
		}
		gold := labelClass(strings.ToLower(rec[col["TRUE_SENTIMENT"]]))
		text := analyzer.Sanitize(rec[col["DOCUMENT"]])
		d, err := analyzer.Build(text, analyzer.Options{})
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, row, err)
		}
		rep := analyzer.NewReport(d, text)
		pred := 1
		if a := toneActor(rep, rec[col["TARGET_ENTITY"]]); a == "" {
			missing++
		} else {
			for _, t := range rep.Tone {
				if t.Actor == a {
					pred = labelClass(t.Label)
				}
			}
		}
		model[gold][pred]++
		positive[gold][2]++
	}
	fmt.Fprintf(out, "PerSenT %s: %d articles (target actor not found in %d)\n", path, model.Total(), missing)
	fmt.Fprintf(out, "%-16s %6s %8s %8s %8s %6s\n", "scorer", "acc", "F1 neg", "F1 neu", "F1 pos", "F1m")
	for _, s := range []struct {
		name string
		c    *confusion
	}{{"tone", &model}, {"always-positive", &positive}} {
		f1 := s.c.F1()
		fmt.Fprintf(out, "%-16s %6.3f %8.3f %8.3f %8.3f %6.3f\n", s.name, s.c.Accuracy(), f1[0], f1[1], f1[2], (f1[0]+f1[1]+f1[2])/3)
	}
	fmt.Fprintf(out, "tone confusion (rows gold neg/neu/pos, columns predicted): %v\n", model)
	return nil
}

// toneActor finds the report's actor for a PerSenT target name: one whose name or alias
// equals it, else the most mentioned actor that shares its last word (the surname, as
// the article mostly writes it); "" when none does.
func toneActor(rep *analyzer.Report, target string) string {
	want := normStanceName(target)
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
			n = normStanceName(n)
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
