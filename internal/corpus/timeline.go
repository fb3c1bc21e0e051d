package corpus

import "lede/analyzer/doc"

// TimelineScore scores the timeline on TimeML's event-time links (TimeML.Anchors): for
// each event a time expression of its sentence anchors in the gold annotation, whether
// the analysis files it under that expression (the event's word lies in the text of the
// analysis's event for that expression) and whether it files it under another date of
// the sentence instead (misfiled: the Monday meeting filed under the June 24 it is
// about).
type TimelineScore struct {
	Gold     int // anchors within a sentence
	Found    int // of them, with an event of the analysis for the expression
	Filed    int // the event's word lies in it
	InOther  int // the event's word lies in the event of another expression of the sentence
	Misfiled int // only there
}

// AnchorOutcome is how one found anchor fared: the gold expression and event, the
// sentence, the analysis's events for the expression, and where the event was filed.
type AnchorOutcome struct {
	Timex, Event doc.Span
	Sentence     int
	Events       []doc.Span
	Here, Other  bool
}

// Add scores one document and returns the outcome of each found anchor.
func (s *TimelineScore) Add(d *doc.Doc, t *TimeML) []AnchorOutcome {
	// the analysis's event text for each of its expressions, by the expression's span
	eventOf := map[doc.Span][]doc.Span{}
	for _, e := range d.Events {
		ts := d.Timexes[e.Timex].Span
		eventOf[ts] = append(eventOf[ts], e.Span)
	}
	var out []AnchorOutcome
	for _, a := range t.Anchors {
		ts, ev := t.TimexSpans[a[0]], t.Events[a[1]]
		si := d.SentenceAt(ts.Start)
		if si < 0 || si != d.SentenceAt(ev.Start) {
			continue // an anchor across sentences: no clause can say it
		}
		s.Gold++
		spans, ok := eventOf[ts]
		if !ok {
			continue // no event for that expression (or not with that span)
		}
		s.Found++
		o := AnchorOutcome{Timex: ts, Event: ev, Sentence: si, Events: spans}
		for _, sp := range spans {
			o.Here = o.Here || sp.Contains(ev)
		}
		for _, e := range d.Events {
			other := d.Timexes[e.Timex].Span
			o.Other = o.Other || other != ts && d.SentenceAt(other.Start) == si && e.Span.Contains(ev)
		}
		s.Filed += b2i(o.Here)
		s.InOther += b2i(o.Other)
		s.Misfiled += b2i(o.Other && !o.Here)
		out = append(out, o)
	}
	return out
}
