package main

import (
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lede/analyzer"
	"lede/analyzer/doc"
)

func init() { evaluators["timeline"] = evalTimeline }

// anchorRels are the TimeML relations that place an event at a time of the text (the
// time includes it, it includes the time, they coincide, one begins or ends the other);
// BEFORE and AFTER place it elsewhere.
var anchorRels = map[string]bool{"INCLUDES": true, "IS_INCLUDED": true, "DURING": true, "DURING_INV": true,
	"SIMULTANEOUS": true, "IDENTITY": true, "BEGINS": true, "ENDS": true, "BEGUN_BY": true, "ENDED_BY": true}

// tmlAnchors is what a TimeML file says of its timeline: the text, the spans of its
// time expressions (by tid) and of its events (by eid), and which event each time
// expression of the text anchors (TLINKs of the relations above, the document's own
// creation time left out).
type tmlAnchors struct {
	text    string
	ref     string
	timexes map[string]doc.Span
	events  map[string]doc.Span
	anchors [][2]string // tid, eid
}

// evalTimeline scores the timeline on TimeML's event-time links: for each event a
// time expression of its sentence anchors in the gold annotation, whether lede files
// it under that expression (the event's word lies in the text of lede's event for that
// expression) and whether lede files it under another date of the sentence instead
// (misfiled: the Monday meeting filed under the June 24 it is about).
func evalTimeline(dir string, out io.Writer) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .tml files under %s", dir)
	}
	sort.Strings(files)
	var gold, found, filed, misfiled, inOther int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		g := parseTMLAnchors(string(b))
		d, err := analyzer.Build(g.text, analyzer.Options{RefDate: g.ref})
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		// lede's event text for each of its expressions, by the expression's span
		eventOf := map[doc.Span][]doc.Span{}
		for _, e := range d.Events {
			t := d.Timexes[e.Timex].Span
			eventOf[t] = append(eventOf[t], e.Span)
		}
		for _, a := range g.anchors {
			ts, ev := g.timexes[a[0]], g.events[a[1]]
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
				fmt.Fprintf(os.Stderr, "NOTFILED\t%s\t%s\t%s\t%s\n", filepath.Base(f), g.text[ts.Start:ts.End], g.text[ev.Start:ev.End], d.Slice(spans[0]))
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
					fmt.Fprintf(os.Stderr, "OTHER\t%s\t%s\t%s\t%s\n", filepath.Base(f), g.text[ts.Start:ts.End], g.text[ev.Start:ev.End], d.Slice(d.Sentences[si].Span))
				}
				inOther++
				if !here {
					misfiled++
				}
			}
		}
	}
	pct := func(n, of int) float64 {
		if of == 0 {
			return 0
		}
		return float64(n) / float64(of)
	}
	fmt.Fprintf(out, "TimeML %s: %d files, %d event-time anchors within a sentence (%d with lede's event for the expression)\n", dir, len(files), gold, found)
	fmt.Fprintf(out, "filed under its date: %.3f (%d/%d)   also under another date: %.3f (%d)   only under another date (misfiled): %.3f (%d)\n",
		pct(filed, found), filed, found, pct(inOther, found), inOther, pct(misfiled, found), misfiled)
	return nil
}

// parseTMLAnchors reads a TimeML file's text, its TIMEX3 and EVENT spans and its
// event-time anchors.
func parseTMLAnchors(src string) tmlAnchors {
	g := tmlAnchors{timexes: map[string]doc.Span{}, events: map[string]doc.Span{}}
	if m := tmlDCT.FindStringSubmatch(src); m != nil && len(m[1]) >= 10 {
		g.ref = m[1][:10]
	}
	dct := map[string]bool{}
	instance := map[string]string{} // eiid -> eid
	for _, tag := range tmlTag.FindAllString(src, -1) {
		attrs := map[string]string{}
		for _, kv := range tmlAttr.FindAllStringSubmatch(tag, -1) {
			attrs[kv[1]] = kv[2]
		}
		switch {
		case strings.HasPrefix(tag, "<TIMEX3") && attrs["functionInDocument"] == "CREATION_TIME":
			dct[attrs["tid"]] = true
		case strings.HasPrefix(tag, "<MAKEINSTANCE"):
			instance[attrs["eiid"]] = attrs["eventID"]
		case strings.HasPrefix(tag, "<TLINK") && attrs["timeID"] != "" && attrs["relatedToEventInstance"] != "" && anchorRels[attrs["relType"]]:
			g.anchors = append(g.anchors, [2]string{attrs["timeID"], attrs["relatedToEventInstance"]})
		case strings.HasPrefix(tag, "<TLINK") && attrs["eventInstanceID"] != "" && attrs["relatedToTime"] != "" && anchorRels[attrs["relType"]]:
			g.anchors = append(g.anchors, [2]string{attrs["relatedToTime"], attrs["eventInstanceID"]})
		}
	}
	a := strings.Index(src, "<TEXT>")
	b := strings.Index(src, "</TEXT>")
	if a < 0 || b < a {
		return g
	}
	body := src[a+len("<TEXT>") : b]
	var sb strings.Builder
	type open struct {
		kind, id string
		start    int
	}
	var stack []open
	last := 0
	for _, loc := range tmlTag.FindAllStringIndex(body, -1) {
		sb.WriteString(html.UnescapeString(body[last:loc[0]]))
		last = loc[1]
		tag := body[loc[0]:loc[1]]
		attrs := map[string]string{}
		for _, kv := range tmlAttr.FindAllStringSubmatch(tag, -1) {
			attrs[kv[1]] = kv[2]
		}
		switch {
		case strings.HasPrefix(tag, "<TIMEX3"):
			stack = append(stack, open{"t", attrs["tid"], sb.Len()})
		case strings.HasPrefix(tag, "<EVENT"):
			stack = append(stack, open{"e", attrs["eid"], sb.Len()})
		case strings.HasPrefix(tag, "</TIMEX3"), strings.HasPrefix(tag, "</EVENT"):
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o.kind == "t" {
				g.timexes[o.id] = doc.Span{Start: o.start, End: sb.Len()}
			} else {
				g.events[o.id] = doc.Span{Start: o.start, End: sb.Len()}
			}
		}
	}
	sb.WriteString(html.UnescapeString(body[last:]))
	g.text = sb.String()
	kept := g.anchors[:0]
	for _, an := range g.anchors {
		eid := instance[an[1]]
		if _, ok := g.timexes[an[0]]; !ok || dct[an[0]] || eid == "" {
			continue
		}
		if _, ok := g.events[eid]; !ok {
			continue
		}
		kept = append(kept, [2]string{an[0], eid})
	}
	g.anchors = kept
	return g
}
