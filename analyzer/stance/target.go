package stance

import "lede/analyzer/doc"

// Sentiment is the polarity expressed toward one target in its sentence.
type Sentiment struct {
	Polarity float64 // P(positive) - P(negative), -1..1
	Label    doc.StanceLabel
	Probs    [NumClasses]float64
}

// targetTokens finds the sentence of span sp and the tokens [ta, tb) it covers, as
// indices into d.Tokens. A span that covers no token (empty, or between
// tokens) takes the token at its start. ok is false when sp lies outside every sentence.
func targetTokens(d *doc.Doc, sp doc.Span) (si, ta, tb int, ok bool) {
	if len(d.Tokens) == 0 {
		return 0, 0, 0, false
	}
	k := d.TokenAt(sp.Start)
	if k >= len(d.Tokens) {
		return 0, 0, 0, false
	}
	si = int(d.Tokens[k].Sentence)
	if si < 0 || si >= len(d.Sentences) {
		return 0, 0, 0, false
	}
	s := d.Sentences[si]
	end := k + 1
	for end < s.EndToken && d.Tokens[end].Start < sp.End {
		end++
	}
	return si, k, end, true
}

// maxContext bounds the words read on each side of a target (in tokens), so that a
// run-on "sentence" of a megabyte costs no more per target than a normal one.
const maxContext = 60

// targetWindow returns the tokens around the target, within its sentence and at most
// maxContext tokens on either side, and the target's token range in that slice.
func targetWindow(d *doc.Doc, sp doc.Span) (toks []doc.Token, ta, tb int, ok bool) {
	si, k, end, ok := targetTokens(d, sp)
	if !ok {
		return nil, 0, 0, false
	}
	s := d.Sentences[si]
	from := max(s.FirstToken, k-maxContext)
	to := min(s.EndToken, end+maxContext)
	return d.Tokens[from:to], k - from, end - from, true
}

// Features emits the features of the target span sp of a segmented Doc, as the model
// sees them; false when the span is in no sentence. The trainer calls it so that
// training and use share one code path.
func Features(res *Resources, d *doc.Doc, sp doc.Span, emit Emit) bool {
	toks, ta, tb, ok := targetWindow(d, sp)
	if !ok {
		return false
	}
	var w window
	extract(res, toks, ta, tb, &w, emit)
	return true
}

// Scorer scores targets with a lexicon and a model; it reuses its buffers, so one
// Scorer serves one goroutine.
type Scorer struct {
	res *Resources
	sc  scorer
	// LexiconOnly scores with the hand-weighted lexicon rules alone (the baseline that
	// the model must beat on dev).
	LexiconOnly bool
	lexSum      float32
}

// NewScorer returns a scorer over the embedded lexicon and model.
func NewScorer() *Scorer {
	res, m := DefaultResources(), DefaultModel()
	if !m.UsesClusters() {
		res.Clusters = nil // a model trained without them (tools/train-stance -clusters=false)
	}
	return NewScorerWith(res, m)
}

// NewScorerWith returns a scorer over the given data (the trainer scores dev with it).
func NewScorerWith(res *Resources, m *Model) *Scorer {
	return &Scorer{res: res, sc: scorer{m: m, win: window{memo: &lexMemo{}}}}
}

// Score returns the sentiment toward span sp in its sentence; neutral when the span is
// in no sentence.
func (s *Scorer) Score(d *doc.Doc, sp doc.Span) Sentiment {
	toks, ta, tb, ok := targetWindow(d, sp)
	if !ok {
		return Sentiment{Probs: [NumClasses]float64{0, 1, 0}}
	}
	if s.LexiconOnly || s.sc.m.Len() == 0 {
		s.lexSum = 0
		extract(s.res, toks, ta, tb, &s.sc.win, s.addRule)
		return ruleSentiment(s.lexSum)
	}
	s.sc.logits = [NumClasses]float32{}
	s.sc.events, s.sc.opinion = 0, 0
	extract(s.res, toks, ta, tb, &s.sc.win, s.sc.add)
	p := s.sc.probabilities()
	best := ClassNeutral
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	out := Sentiment{Polarity: p[ClassPositive] - p[ClassNegative], Label: classLabel[best], Probs: p}
	if FactualViolenceNeutral && best == ClassNegative && s.sc.events < 0 && s.sc.opinion == 0 {
		// A factual report of violence, with no opinion word or stance verb in the
		// sentence, says nothing of the target: "the convoy was attacked".
		out.Label = doc.StanceNeutral
		out.Polarity *= 0.3
	}
	return out
}

// FactualViolenceNeutral turns on the news-specific fix above (on by default; the
// evaluation reports the figures with and without it).
var FactualViolenceNeutral = true

var classLabel = [NumClasses]doc.StanceLabel{doc.StanceAgainst, doc.StanceNeutral, doc.StanceFor}

// addRule is the lexicon-only scorer: the opinion words of the target's clause, those
// near it, and a stance verb of which it is the object.
func (s *Scorer) addRule(kind, a, b string, v float32) {
	switch {
	case kind == "lx" && a == "clause":
		s.lexSum += v
	case kind == "lx" && a == "near":
		s.lexSum += 0.5 * v
	case kind == "sv" && a == "obj":
		if b == "-" {
			s.lexSum -= 0.6
		} else {
			s.lexSum += 0.6
		}
	}
}

// ruleThreshold: a summed polarity below it in magnitude is neutral.
const ruleThreshold = 0.2

func ruleSentiment(sum float32) Sentiment {
	pol := float64(squash(sum))
	out := Sentiment{Polarity: pol, Probs: [NumClasses]float64{0, 1, 0}}
	switch {
	case pol >= ruleThreshold:
		out.Label, out.Probs = doc.StanceFor, [NumClasses]float64{0, 0, 1}
	case pol <= -ruleThreshold:
		out.Label, out.Probs = doc.StanceAgainst, [NumClasses]float64{1, 0, 0}
	}
	return out
}
