package analyzer

import "lede/analyzer/doc"

type ReportStance struct {
	Holder    *string  `json:"holder"` // null: the article's own voice
	Target    string   `json:"target"`
	Polarity  float64  `json:"polarity"`
	Label     string   `json:"label"`
	Evidence  []string `json:"evidence"`
	Sentences []string `json:"sentences,omitempty"` // evidence outside quotes, as text
}

type ReportTarget struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Polarity float64 `json:"polarity"`
	Label    string  `json:"label"`
}

// addStance reports holder -> target edges and caller targets.
func (r *Report) addStance(d *doc.Doc, u func(int) int) {
	for _, s := range d.Stance {
		rs := ReportStance{
			Holder: optID("a", s.Holder), Target: id("a", s.Target),
			Polarity: round2(s.Polarity), Label: s.Label.String(), Evidence: []string{},
		}
		for _, q := range s.Evidence {
			rs.Evidence = append(rs.Evidence, id("q", q))
		}
		for _, si := range s.Sentences {
			rs.Sentences = append(rs.Sentences, d.Slice(d.Sentences[si].Span))
		}
		r.Stance = append(r.Stance, rs)
	}
	for _, t := range d.Targets {
		r.Targets = append(r.Targets, ReportTarget{
			Start: u(t.Start), End: u(t.End), Polarity: round2(t.Polarity), Label: t.Label.SentimentLabel(),
		})
	}
}
