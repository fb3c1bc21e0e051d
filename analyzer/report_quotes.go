package analyzer

import (
	"slices"

	"lede/analyzer/doc"
)

type ReportQuote struct {
	ID           string    `json:"id"`
	Kind         string    `json:"kind"`
	Start        int       `json:"start"`
	End          int       `json:"end"`
	Text         string    `json:"text"`
	Quoted       []Offsets `json:"quoted"`
	Speaker      *string   `json:"speaker"`
	SpeakerText  string    `json:"speakerText"`
	SpeakerStart *int      `json:"speakerStart"`
	SpeakerEnd   *int      `json:"speakerEnd"`
	Cue          string    `json:"cue"`
	CueStart     *int      `json:"cueStart"`
	CueEnd       *int      `json:"cueEnd"`
	Outlet       string    `json:"outlet,omitempty"`
	Inferred     bool      `json:"inferred"`
	// Corrected says an editor's correction gave the quote its speaker (or none).
	Corrected bool `json:"corrected,omitempty"`
}

// addQuotes reports quotes with their speakers and cues.
func (r *Report) addQuotes(d *doc.Doc, u func(int) int) {
	r.Quotes = slices.Grow(r.Quotes, len(d.Quotes)) // still nil when empty
	for i, q := range d.Quotes {
		rq := ReportQuote{
			ID: id("q", i), Kind: q.Kind.String(), Start: u(q.Start), End: u(q.End),
			Text: d.Slice(q.Span), Quoted: []Offsets{}, Speaker: optID("a", q.Speaker),
			Inferred: q.Inferred, Corrected: q.Corrected,
		}
		for _, s := range q.Quoted {
			rq.Quoted = append(rq.Quoted, Offsets{u(s.Start), u(s.End)})
		}
		if q.SpeakerSpan != doc.NoSpan {
			rq.SpeakerText = d.Slice(q.SpeakerSpan)
			rq.SpeakerStart, rq.SpeakerEnd = intPtr(u(q.SpeakerSpan.Start)), intPtr(u(q.SpeakerSpan.End))
		} else if q.Speaker >= 0 {
			rq.SpeakerText = d.Actors[q.Speaker].Name
		}
		if q.Cue != doc.NoSpan {
			rq.Cue = d.Slice(q.Cue)
			rq.CueStart, rq.CueEnd = intPtr(u(q.Cue.Start)), intPtr(u(q.Cue.End))
		}
		if q.Outlet != doc.NoSpan && q.Outlet.End > q.Outlet.Start {
			rq.Outlet = d.Slice(q.Outlet)
		}
		r.Quotes = append(r.Quotes, rq)
	}
}
