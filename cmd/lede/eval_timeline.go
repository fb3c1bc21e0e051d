package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/internal/corpus"
)

func init() { evaluators["timeline"] = evalTimeline }

// evalTimeline scores the timeline on TimeML's event-time links (corpus.TimeML.Anchors): for each event a
// time expression of its sentence anchors in the gold annotation, whether lede files
// it under that expression (the event's word lies in the text of lede's event for that
// expression) and whether lede files it under another date of the sentence instead
// (misfiled: the Monday meeting filed under the June 24 it is about).
func evalTimeline(dir string, out io.Writer) error {
	files, err := corpus.TimeMLFiles(dir)
	if err != nil {
		return err
	}
	var gold, found, filed, misfiled, inOther int
	for _, f := range files {
		g, err := corpus.ReadTimeML(f)
		if err != nil {
			return err
		}
		d, err := analyzer.Build(g.Text, analyzer.Options{RefDate: g.DCT})
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		// lede's event text for each of its expressions, by the expression's span
		eventOf := map[doc.Span][]doc.Span{}
		for _, e := range d.Events {
			t := d.Timexes[e.Timex].Span
			eventOf[t] = append(eventOf[t], e.Span)
		}
		for _, a := range g.Anchors {
			ts, ev := g.TimexSpans[a[0]], g.Events[a[1]]
			si := d.SentenceAt(ts.Start)
			if si < 0 || si != d.SentenceAt(ev.Start) {
				continue // an anchor across sentences: no clause can say it
			}
			gold++
			spans, ok := eventOf[ts]
			if !ok {
				continue // lede found no event for that expression (or not with that span)
			}
			found++
			here := false
			for _, s := range spans {
				here = here || s.Start <= ev.Start && ev.End <= s.End
			}
			if here {
				filed++
			} else if verbose {
				fmt.Fprintf(os.Stderr, "NOTFILED\t%s\t%s\t%s\t%s\n", filepath.Base(f), g.Text[ts.Start:ts.End], g.Text[ev.Start:ev.End], d.Slice(spans[0]))
			}
			// under another date of the sentence instead?
			other := false
			for _, e := range d.Events {
				t := d.Timexes[e.Timex].Span
				if t != ts && d.SentenceAt(t.Start) == si && e.Start <= ev.Start && ev.End <= e.End {
					other = true
				}
			}
			if other {
				if verbose {
					fmt.Fprintf(os.Stderr, "OTHER\t%s\t%s\t%s\t%s\n", filepath.Base(f), g.Text[ts.Start:ts.End], g.Text[ev.Start:ev.End], d.Slice(d.Sentences[si].Span))
				}
				inOther++
				if !here {
					misfiled++
				}
			}
		}
	}
	fmt.Fprintf(out, "TimeML %s: %d files, %d event-time anchors within a sentence (%d with lede's event for the expression)\n", dir, len(files), gold, found)
	fmt.Fprintf(out, "filed under its date: %.3f (%d/%d)   also under another date: %.3f (%d)   only under another date (misfiled): %.3f (%d)\n",
		corpus.Ratio(filed, found), filed, found, corpus.Ratio(inOther, found), inOther, corpus.Ratio(misfiled, found), misfiled)
	return nil
}
