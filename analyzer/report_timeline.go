package analyzer

import (
	"slices"

	"lede/analyzer/doc"
	"lede/analyzer/timex"
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
	// Display is the date for a reader ("Sat 24 June 2023"); Anchor says how it was
	// reached: absolute, deictic (from the reference date), anaphoric (from the story).
	Display string `json:"display"`
	Anchor  string `json:"anchor,omitempty"`
}

// addTimeline reports temporal expressions and the ordered events.
func (r *Report) addTimeline(d *doc.Doc, u func(int) int) {
	r.Timexes = slices.Grow(r.Timexes, len(d.Timexes)) // still nil when empty
	for i, t := range d.Timexes {
		r.Timexes = append(r.Timexes, ReportTimex{
			ID: id("t", i), Start: u(t.Start), End: u(t.End), Text: d.Slice(t.Span),
			Type: t.Type.String(), Value: t.Value, Mod: t.Mod, Quant: t.Quant,
			Resolved: t.Resolved, Anchor: t.Anchor, Display: timex.DisplayMod(t.Value, t.Mod),
		})
	}
	r.Events = slices.Grow(r.Events, len(d.Events))
	for i, e := range d.Events {
		t := d.Timexes[e.Timex]
		re := ReportEvent{
			ID: id("e", i), Timex: id("t", e.Timex), Value: t.Value,
			Granularity: granularityName(t.Gran), Start: u(e.Start), End: u(e.End),
			Text: d.Slice(e.Span), TimexText: d.Slice(t.Span), Resolved: t.Resolved,
			Actors: []string{}, Display: timex.DisplayMod(t.Value, t.Mod), Anchor: t.Anchor,
		}
		for _, a := range e.Actors {
			re.Actors = append(re.Actors, id("a", a))
		}
		r.Events = append(r.Events, re)
	}
}

func granularityName(g doc.Granularity) string {
	return [...]string{"", "century", "decade", "year", "quarter", "season", "month", "week", "day", "partofday", "time"}[g]
}
