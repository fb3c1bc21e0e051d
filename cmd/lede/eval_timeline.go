package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"lede/analyzer"
	"lede/internal/corpus"
)

func init() { evaluators["timeline"] = evalTimeline }

// evalTimeline scores the timeline on TimeML's event-time links (corpus.TimelineScore).
// LEDE_EVAL_VERBOSE=1 lists on stderr the events not filed under their expression
// (NOTFILED) and those filed under another date of the sentence (OTHER).
func evalTimeline(dir string, out io.Writer) error {
	files, err := corpus.TimeMLFiles(dir)
	if err != nil {
		return err
	}
	var sc corpus.TimelineScore
	for _, f := range files {
		g, err := corpus.ReadTimeML(f)
		if err != nil {
			return err
		}
		d, err := analyzer.Build(g.Text, analyzer.Options{RefDate: g.DCT})
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for _, o := range sc.Add(d, g) {
			if !verbose {
				break
			}
			if !o.Here {
				fmt.Fprintf(os.Stderr, "NOTFILED\t%s\t%s\t%s\t%s\n", filepath.Base(f), g.Text[o.Timex.Start:o.Timex.End], g.Text[o.Event.Start:o.Event.End], d.Slice(o.Events[0]))
			}
			if o.Other {
				fmt.Fprintf(os.Stderr, "OTHER\t%s\t%s\t%s\t%s\n", filepath.Base(f), g.Text[o.Timex.Start:o.Timex.End], g.Text[o.Event.Start:o.Event.End], d.Slice(d.Sentences[o.Sentence].Span))
			}
		}
	}
	fmt.Fprintf(out, "TimeML %s: %d files, %d event-time anchors within a sentence (%d with lede's event for the expression)\n", dir, len(files), sc.Gold, sc.Found)
	fmt.Fprintf(out, "filed under its date: %.3f (%d/%d)   also under another date: %.3f (%d)   only under another date (misfiled): %.3f (%d)\n",
		corpus.Ratio(sc.Filed, sc.Found), sc.Filed, sc.Found, corpus.Ratio(sc.InOther, sc.Found), sc.InOther, corpus.Ratio(sc.Misfiled, sc.Found), sc.Misfiled)
	return nil
}
