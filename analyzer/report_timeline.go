package analyzer

import (
	"slices"
	"time"

	"lede/analyzer/doc"
)

type ReportTimex struct {
	ID       string `json:"id"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod"`
	Quant    string `json:"quant,omitempty"`
	Resolved bool   `json:"resolved"`
	Anchor   string `json:"anchor,omitempty"`
	// Display is the value for a reader: "Sat 24 June 2023", "Q3 2023", "the 1990s".
	Display string `json:"display"`
}

type ReportEvent struct {
	ID          string   `json:"id"`
	Timex       string   `json:"timex"`
	Value       string   `json:"value"`
	Granularity string   `json:"granularity"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Text        string   `json:"text"`
	TimexText   string   `json:"timexText"`
	Resolved    bool     `json:"resolved"`
	Actors      []string `json:"actors"`
	// Display is the date for a reader ("Sat 24 June 2023", "the week of 3 July 2023");
	// Anchor says how it was reached: absolute, deictic (from the reference date),
	// anaphoric (from the story).
	Display string `json:"display"`
	Anchor  string `json:"anchor,omitempty"`
	// From and To are the first and last calendar day the date covers (YYYY-MM-DD: a
	// week from its Monday to its Sunday), "" when it is no calendar point with a known
	// year: what a page or a spreadsheet sorts and filters by, without reading the value.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// About lists the expressions (timex ids) the event is about, which date a noun of
	// its clause: "the events of June 24" in a meeting held on Monday.
	About []string `json:"about,omitempty"`
}

// ReportTimeSpan is the stretch of time the article's dates cover, from the first day
// of the earliest to the last day of the latest.
type ReportTimeSpan struct {
	From string `json:"from"` // YYYY-MM-DD
	To   string `json:"to"`
	// Display names each end at its own granularity: "September 2016 – 24 June 2023",
	// "24 June – 12 July 2023", "the week of 12 September 2016".
	Display string `json:"display"`
}

// addTimeline reports temporal expressions and the ordered events.
func (r *Report) addTimeline(d *doc.Doc, u func(int) int) {
	r.Timexes = slices.Grow(r.Timexes, len(d.Timexes)) // still nil when empty
	for i, t := range d.Timexes {
		r.Timexes = append(r.Timexes, ReportTimex{
			ID: id("t", i), Start: u(t.Start), End: u(t.End), Text: d.Slice(t.Span),
			Type: t.Type.String(), Value: t.Value.String(), Mod: t.Mod, Quant: t.Quant,
			Resolved: t.Resolved, Anchor: t.Anchor, Display: t.Display(),
		})
	}
	r.Events = slices.Grow(r.Events, len(d.Events))
	for i, e := range d.Events {
		t := d.Timexes[e.Timex]
		re := ReportEvent{
			ID: id("e", i), Timex: id("t", e.Timex), Value: t.Value.String(),
			Granularity: granularityName(t.Granularity()), Start: u(e.Start), End: u(e.End),
			Text: d.Slice(e.Span), TimexText: d.Slice(t.Span), Resolved: t.Resolved,
			Actors: []string{}, Display: t.Display(), Anchor: t.Anchor,
		}
		if first, last, ok := days(d, t); ok {
			re.From, re.To = first.Format(time.DateOnly), last.Format(time.DateOnly)
		}
		for _, a := range e.Actors {
			re.Actors = append(re.Actors, id("a", a))
		}
		for _, ti := range e.About {
			re.About = append(re.About, id("t", ti))
		}
		r.Events = append(r.Events, re)
	}
	r.TimeSpan = timeSpan(d)
}

// days is the first and last day a resolved date covers ("now" the reference date);
// false for a duration, a set, "recently", or a date with its year or another part
// unknown.
func days(d *doc.Doc, t doc.Timex) (first, last time.Time, ok bool) {
	if !t.Resolved || t.Type != doc.TimexDate && t.Type != doc.TimexTime {
		return first, last, false
	}
	v := t.Value
	if v.Kind == doc.ValueRef && v.Ref == doc.PresentRef {
		v, _ = doc.ParseDay(d.RefDate) // "now" is the article's now, as the timeline sorts it
	}
	first, ok = v.Start()
	if !ok {
		return first, last, false
	}
	last, _ = v.LastDay()
	return time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, time.UTC), last, true
}

// timeSpan is the stretch the resolved dates cover, each end named at its own
// granularity; nil when no date has a known year.
func timeSpan(d *doc.Doc) *ReportTimeSpan {
	var first, last doc.TimexValue
	var from, to time.Time
	found := false
	for _, t := range d.Timexes {
		a, b, ok := days(d, t)
		if !ok {
			continue
		}
		if t.Value.Kind == doc.ValueRef {
			t.Value, _ = doc.ParseDay(d.RefDate)
		}
		// the earliest start (of two, the longer), the latest end (of two, the longer)
		if !found || a.Before(from) || a.Equal(from) && spanEnd(first).Before(b) {
			first, from = t.Value, a
		}
		if !found || b.After(to) || b.Equal(to) && spanStart(last).After(a) {
			last, to = t.Value, b
		}
		found = true
	}
	if !found {
		return nil
	}
	return &ReportTimeSpan{From: from.Format(time.DateOnly), To: to.Format(time.DateOnly), Display: spanDisplay(first, last)}
}

func spanStart(v doc.TimexValue) time.Time { t, _ := v.Start(); return t }
func spanEnd(v doc.TimexValue) time.Time   { t, _ := v.LastDay(); return t }

// spanDisplay names a span from the value it starts with to the one it ends with: a day
// by its date (the weekday only when the span is that one day), anything longer by its
// own words.
func spanDisplay(first, last doc.TimexValue) string {
	a, b := spanStart(first), spanStart(last)
	isDay := func(v doc.TimexValue) bool { return v.Gran >= doc.GranDay && v.Day > 0 }
	name := func(v doc.TimexValue) string {
		switch {
		case isDay(v):
			return spanStart(v).Format("2 January 2006")
		case v.Gran >= doc.GranDay:
			return spanStart(v).Format("January 2006") // a day of that month, which one unsaid
		}
		return v.Display()
	}
	switch {
	case isDay(first) && isDay(last) && a.YearDay() == b.YearDay() && a.Year() == b.Year():
		return a.Format("Mon 2 January 2006")
	case isDay(first) && isDay(last) && a.Year() == b.Year() && a.Month() == b.Month():
		return a.Format("2") + " – " + b.Format("2 January 2006")
	case isDay(first) && isDay(last) && a.Year() == b.Year():
		return a.Format("2 January") + " – " + b.Format("2 January 2006")
	case first == last || name(first) == name(last):
		return name(first)
	}
	return name(first) + " – " + name(last)
}

func granularityName(g doc.Granularity) string {
	return [...]string{"", "century", "decade", "year", "quarter", "season", "month", "week", "day", "partofday", "time"}[g]
}
