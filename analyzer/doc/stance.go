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
	Holder    int     // actor index, always >= 0 (the narration's own voice is in Doc.Tone)
	Target    int     // actor index, never the holder
	Polarity  float64 // mean polarity of the evidence, -1..1
	Label     StanceLabel
	Evidence  []int // quote indices, ascending
	Sentences []int // sentence indices of evidence outside quotes (stance verbs), ascending
	// EvidenceSentences are the sentences of all the evidence (quotes' too), ascending.
	EvidenceSentences []int
	// Predicate is the words that take the side in the first evidence ("lashed out at",
	// or the opinion word of a quote: "liar"), NoSpan when none; PredicateLemma names it
	// ("lash out at _", "liar").
	Predicate      Span
	PredicateLemma string
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
