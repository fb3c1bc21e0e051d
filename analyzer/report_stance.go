package analyzer

import "lede/analyzer/doc"

// ReportStance is one holder -> target edge. Holder and target are actor ids; the
// article's own voice is reported apart, in Report.Tone.
type ReportStance struct {
	// Holder is always an actor id, never null. It stays a pointer only until
	// cmd/lede/markdown.go and wasm/panels.go stop testing it against nil.
	Holder    *string  `json:"holder"`
	Target    string   `json:"target"`
	Polarity  float64  `json:"polarity"`
	Label     string   `json:"label"`               // against | for | neutral
	Evidence  []string `json:"evidence"`            // quote ids
	Sentences []string `json:"sentences,omitempty"` // evidence outside quotes (stance verbs), as text
	// EvidenceSpans are the sentences of all the evidence (quotes' too), in text order.
	EvidenceSpans []ReportSpan `json:"evidenceSpans"`
	// Predicate is the words that take the side ("lashed out at", or a quote's opinion
	// word: "liar"), with a lemma to explain the edge in words; omitted when none.
	Predicate *ReportPredicate `json:"predicate,omitempty"`
}

// ReportPredicate is the words that take a side, UTF-16 offsets, and their lemma
// ("lash out at _", "criticize _", "liar").
type ReportPredicate struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lemma string `json:"lemma"`
}

// ReportTone is the article's own voice (narration outside quotes) toward one actor.
type ReportTone struct {
	Actor     string   `json:"actor"`
	Polarity  float64  `json:"polarity"`
	Label     string   `json:"label"`     // negative | neutral | positive
	Sentences []string `json:"sentences"` // the sentences that carry it most, as text (at most maxToneSentences)
	// SentenceSpans are those sentences as spans, beside Sentences.
	SentenceSpans []ReportSpan `json:"sentenceSpans"`
}

// maxToneSentences bounds the sentences shown for a tone: the strongest few say it.
const maxToneSentences = 3

type ReportTarget struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Polarity float64 `json:"polarity"`
	Label    string  `json:"label"`
}

// addStance reports holder -> target edges, relations, the article's tone and caller
// targets.
func (r *Report) addStance(d *doc.Doc, u func(int) int) {
	sentence := func(si int) (string, bool) {
		if si < 0 || si >= len(d.Sentences) {
			return "", false
		}
		return d.Slice(d.Sentences[si].Span), true
	}
	spans := func(sentences []int) []ReportSpan {
		out := []ReportSpan{}
		for _, si := range sentences {
			if si >= 0 && si < len(d.Sentences) {
				s := d.Sentences[si].Span
				out = append(out, ReportSpan{Start: u(s.Start), End: u(s.End)})
			}
		}
		return out
	}
	quoteIDs := func(qs []int) []string {
		out := []string{}
		for _, q := range qs {
			out = append(out, id("q", q))
		}
		return out
	}
	for _, s := range d.Stance {
		if s.Holder < 0 || s.Target < 0 {
			continue // every edge has an actor as holder; the narration's voice is Tone
		}
		rs := ReportStance{
			Holder: optID("a", s.Holder), Target: id("a", s.Target),
			Polarity: round2(s.Polarity), Label: s.Label.String(), Evidence: quoteIDs(s.Evidence),
			EvidenceSpans: spans(s.EvidenceSentences),
		}
		for _, si := range s.Sentences {
			if t, ok := sentence(si); ok {
				rs.Sentences = append(rs.Sentences, t)
			}
		}
		if s.PredicateLemma != "" && s.Predicate.Valid(len(d.Text)) {
			rs.Predicate = &ReportPredicate{Start: u(s.Predicate.Start), End: u(s.Predicate.End), Lemma: s.PredicateLemma}
		}
		r.Stance = append(r.Stance, rs)
	}
	r.Relations = []ReportRelation{}
	for _, s := range d.Relations {
		if s.Holder < 0 || s.Target < 0 {
			continue
		}
		r.Relations = append(r.Relations, ReportRelation{Holder: id("a", s.Holder), Target: id("a", s.Target),
			Evidence: quoteIDs(s.Evidence), EvidenceSpans: spans(s.EvidenceSentences)})
	}
	r.Tone = []ReportTone{}
	for _, t := range d.Tone {
		rt := ReportTone{Actor: id("a", t.Actor), Polarity: round2(t.Polarity), Label: t.Label.SentimentLabel(), Sentences: []string{}}
		shown := t.Sentences
		if len(shown) > maxToneSentences {
			shown = shown[:maxToneSentences]
		}
		for _, si := range shown {
			if s, ok := sentence(si); ok {
				rt.Sentences = append(rt.Sentences, s)
			}
		}
		rt.SentenceSpans = spans(shown)
		r.Tone = append(r.Tone, rt)
	}
	for _, t := range d.Targets {
		r.Targets = append(r.Targets, ReportTarget{
			Start: u(t.Start), End: u(t.End), Polarity: round2(t.Polarity), Label: t.Label.SentimentLabel(),
		})
	}
}

// ReportRelation is a holder -> target pair the text links (the holder's quote names
// the target, or a verb joins them) with no side taken: "Peskov confirmed that Putin
// held a meeting". Not a stance; the page hides these by default.
type ReportRelation struct {
	Holder        string       `json:"holder"`
	Target        string       `json:"target"`
	Evidence      []string     `json:"evidence"`      // quote ids
	EvidenceSpans []ReportSpan `json:"evidenceSpans"` // the sentences, UTF-16 offsets
}

// ReportSpan is a span of the analysed text in UTF-16 code units.
type ReportSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
