// Package stance scores sentiment toward targets and builds holder -> target edges.
//
// Sentiment toward a target (a mention or a caller's span) is target-dependent: a
// multinomial logistic regression (model.go, trained by tools/train-stance on NewsMTSC)
// over the words around the target with the target as a placeholder, their place
// relative to it, negation scope, and lexicon features (VADER and Hu & Liu, with news
// fixes: names and institutions are not opinion words, violence words are events)
// with negation, intensifiers, hedges and contrast (features.go). One rule sits on
// top: a sentence that reports violence with no opinion word or stance verb says
// nothing of its targets (target.go).
//
// Holder -> target edges come from attributed quotes (the speaker toward each actor
// mentioned inside, through names, nominals and resolved pronouns) and from stance
// verbs and adjectives between actors in narration (edges.go); they are aggregated per
// pair. The narration's own tone toward each actor is kept apart (tone.go).
package stance

import "lede/analyzer/doc"

// Analyze sets mention polarities, fills d.Targets for the caller's spans (in the
// caller's order), d.Stance (holder -> target edges) and d.Tone (the narration's own
// sentiment toward each actor).
func Analyze(d *doc.Doc, targets []doc.Span) error {
	s := NewScorer()
	d.Targets = d.Targets[:0]
	for _, sp := range targets {
		if !sp.Valid(len(d.Text)) {
			d.Targets = append(d.Targets, doc.Target{})
			continue
		}
		r := s.Score(d, sp)
		d.Targets = append(d.Targets, doc.Target{Span: sp, Polarity: r.Polarity, Label: r.Label})
	}
	// the side each mention's sentence takes toward it, for quote evidence
	labels := make([]doc.StanceLabel, len(d.Mentions))
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Span.Valid(len(d.Text)) {
			r := s.Score(d, m.Span)
			m.Polarity, labels[i] = r.Polarity, confidentSide(r)
		}
	}
	qi := newQuoteIndex(d)
	ev := quoteEvidence(d, labels, nil)
	linked := map[int]bool{}
	ev = verbEvidence(d, qi.contains, linked, ev)
	d.Stance = aggregate(ev)
	d.Tone = tone(d, qi.contains, linked)
	return nil
}

// confidentSide is the side the classifier takes when it gives that side at least half
// of the probability (a majority, not just the largest share): a hostile quote with
// some neutral doubt stays hostile, a weak plurality ("Reed is not corrupt": 0.43
// negative) stays neutral.
func confidentSide(r Sentiment) doc.StanceLabel {
	switch {
	case r.Label == doc.StanceNeutral:
		return doc.StanceNeutral
	case r.Probs[ClassNegative] >= 0.5:
		return doc.StanceAgainst
	case r.Probs[ClassPositive] >= 0.5:
		return doc.StanceFor
	}
	return doc.StanceNeutral
}
