package corpus

import (
	"sort"

	"lede/analyzer/doc"
)

// QuoteScore counts the figures of quote detection and attribution against PolNeAR:
// direct quotes (predictions with quoted words against gold contents with quotation
// marks) and all attributions, each matched one to one (MatchQuotes), with the speaker
// judged strictly and leniently (speaker.go).
type QuoteScore struct {
	// direct quotes (DSpeakerOK strict, DSpeakerLenient under the lenient rule)
	DPred, DGold, DMatch, DSpeakerOK, DSpeakerLenient int
	// all attributions
	APred, AGold, AMatch, ASpeakerOK, ASpeakerLenient int
	Unattributed                                      int // predicted quotes without a speaker
	Inferred, InferredOK                              int // matched direct quotes whose speaker is inferred
}

// QuoteMatches is how one article's quotes paired with its gold attributions, for an
// error listing: the direct quotes and direct gold ones, and each pairing (gold index
// to prediction index) of the direct ones and of all.
type QuoteMatches struct {
	Direct      []doc.Quote
	DirectGold  []Attribution
	DirectPairs map[int]int // DirectGold -> Direct
	AllPairs    map[int]int // gold -> d.Quotes
}

// Add scores one article's quotes against its gold attributions.
func (sc *QuoteScore) Add(d *doc.Doc, gold []Attribution) QuoteMatches {
	var m QuoteMatches
	for _, q := range d.Quotes {
		if len(q.Quoted) > 0 {
			m.Direct = append(m.Direct, q)
		}
		if q.Speaker < 0 && q.SpeakerSpan == doc.NoSpan {
			sc.Unattributed++
		}
	}
	for _, g := range gold {
		if g.Direct {
			m.DirectGold = append(m.DirectGold, g)
		}
	}
	sc.DPred += len(m.Direct)
	sc.DGold += len(m.DirectGold)
	m.DirectPairs = MatchQuotes(m.Direct, m.DirectGold)
	for gi, pi := range m.DirectPairs {
		sc.DMatch++
		right := SpeakerRightStrict(d, m.Direct[pi], m.DirectGold[gi])
		sc.DSpeakerOK += b2i(right)
		sc.DSpeakerLenient += b2i(SpeakerRightLenient(d, m.Direct[pi], m.DirectGold[gi]))
		if m.Direct[pi].Inferred {
			sc.Inferred++
			sc.InferredOK += b2i(right)
		}
	}
	sc.APred += len(d.Quotes)
	sc.AGold += len(gold)
	m.AllPairs = MatchQuotes(d.Quotes, gold)
	for gi, pi := range m.AllPairs {
		sc.AMatch++
		sc.ASpeakerOK += b2i(SpeakerRightStrict(d, d.Quotes[pi], gold[gi]))
		sc.ASpeakerLenient += b2i(SpeakerRightLenient(d, d.Quotes[pi], gold[gi]))
	}
	return m
}

// MatchQuotes pairs predictions with gold contents one to one, largest overlap first; a
// pair counts when the prediction covers at least half of the gold content. It maps
// gold index to prediction index.
func MatchQuotes(preds []doc.Quote, gold []Attribution) map[int]int {
	type pair struct{ p, g, ov int }
	var pairs []pair
	for gi, g := range gold {
		gl := SpansLen(g.Content)
		if gl == 0 {
			continue
		}
		for pi, p := range preds {
			ov := OverlapLen(p.Span, g.Content)
			if ov*2 >= gl {
				pairs = append(pairs, pair{pi, gi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	m := map[int]int{} // gold -> pred
	usedP := map[int]bool{}
	for _, pr := range pairs {
		if _, ok := m[pr.g]; ok || usedP[pr.p] {
			continue
		}
		m[pr.g] = pr.p
		usedP[pr.p] = true
	}
	return m
}
