package main

import (
	"fmt"
	"io"

	"lede/analyzer"
	"lede/analyzer/stance"
	"lede/internal/corpus"
)

// lede eval sentiment FILE.jsonl scores target-dependent sentiment on a NewsMTSC file
// (corpus.ReadNewsMTSC). It runs the real pipeline with the targets as Options.Targets
// and reads Report.Targets; the lexicon-only rules are scored beside it on the same
// Docs, as the baseline.
func init() { evaluators["sentiment"] = evalSentiment }

func evalSentiment(path string, out io.Writer) error {
	sentences, err := corpus.ReadNewsMTSC(path)
	if err != nil {
		return err
	}
	var model, lexicon corpus.Confusion
	lex := stance.NewScorer()
	lex.LexiconOnly = true
	for line, s := range sentences {
		if len(s.Targets) == 0 {
			continue
		}
		var opts analyzer.Options
		for _, t := range s.Targets {
			opts.Targets = append(opts.Targets, analyzer.Offsets{Start: t.UTF16[0], End: t.UTF16[1]})
		}
		d, err := analyzer.Build(s.Text, opts)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, line+1, err)
		}
		rep := analyzer.NewReport(d, s.Text)
		if len(rep.Targets) != len(s.Targets) {
			return fmt.Errorf("%s:%d: %d targets asked, %d answered", path, line+1, len(s.Targets), len(rep.Targets))
		}
		for i, t := range s.Targets {
			model[t.Class][corpus.SentimentClass(rep.Targets[i].Label)]++
			lexicon[t.Class][corpus.SentimentClass(lex.Score(d, t.Span).Label.SentimentLabel())]++
		}
	}
	fmt.Fprintf(out, "NewsMTSC %s: %d sentences, %d targets\n", path, len(sentences), model.Total())
	printConfusions(out, 13, []namedConfusion{{"model", &model}, {"lexicon-only", &lexicon}})
	return nil
}

// namedConfusion is one row of printConfusions: a scorer and its answers.
type namedConfusion struct {
	name string
	c    *corpus.Confusion
}

// printConfusions writes each scorer's accuracy, per-class F1 and macro F1 (the scorer's
// name padded to width), then the first scorer's confusion table.
func printConfusions(out io.Writer, width int, rows []namedConfusion) {
	fmt.Fprintf(out, "%-*s %6s %8s %8s %8s %6s\n", width, "scorer", "acc", "F1 neg", "F1 neu", "F1 pos", "F1m")
	for _, r := range rows {
		f1 := r.c.F1()
		fmt.Fprintf(out, "%-*s %6.3f %8.3f %8.3f %8.3f %6.3f\n", width, r.name, r.c.Accuracy(), f1[0], f1[1], f1[2], r.c.MacroF1())
	}
	fmt.Fprintf(out, "%s confusion (rows gold neg/neu/pos, columns predicted): %v\n", rows[0].name, *rows[0].c)
}
