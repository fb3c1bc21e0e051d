package doc

// StanceLabel is the direction of a stance or sentiment.
type StanceLabel uint8

const (
	StanceNeutral StanceLabel = iota
	StanceAgainst
	StanceFor
)

func (l StanceLabel) String() string {
	return [...]string{"neutral", "against", "for"}[l]
}

// SentimentLabel names a polarity the way NewsMTSC does.
func (l StanceLabel) SentimentLabel() string {
	return [...]string{"neutral", "negative", "positive"}[l]
}

// StanceEdge is one holder -> target stance, aggregated over its evidence.
type StanceEdge struct {
	Holder    int // actor index; -1 for the article's own voice (narration outside quotes)
	Target    int // actor index
	Polarity  float64
	Label     StanceLabel
	Evidence  []int // quote indices
	Sentences []int // sentence indices of evidence outside quotes (stance-bearing verbs)
}

// Target is a caller-named span with the sentiment expressed toward it.
type Target struct {
	Span
	Polarity float64
	Label    StanceLabel
}

// Tone is the sentiment of the article's narration (outside quotes) toward one actor.
type Tone struct {
	Actor     int
	Polarity  float64
	Label     StanceLabel
	Sentences []int // the sentences that carry it
}
