package stance

import (
	"sort"

	"lede/analyzer/doc"
)

// quoteIndex answers "which quote's content holds this byte?" for sorted quotes.
type quoteIndex struct {
	spans []doc.Span // quote contents, sorted by Start
	ids   []int      // the index in Doc.Quotes of each span
}

func newQuoteIndex(d *doc.Doc) *quoteIndex {
	qi := &quoteIndex{spans: make([]doc.Span, 0, len(d.Quotes))}
	for i, q := range d.Quotes {
		if q.Span.Valid(len(d.Text)) {
			qi.spans = append(qi.spans, q.Span)
			qi.ids = append(qi.ids, i)
		}
	}
	sort.Sort(qi)
	return qi
}

func (qi *quoteIndex) Len() int           { return len(qi.spans) }
func (qi *quoteIndex) Less(i, j int) bool { return qi.spans[i].Start < qi.spans[j].Start }
func (qi *quoteIndex) Swap(i, j int) {
	qi.spans[i], qi.spans[j] = qi.spans[j], qi.spans[i]
	qi.ids[i], qi.ids[j] = qi.ids[j], qi.ids[i]
}

// at returns the quote whose content holds byte off (the innermost when they nest), or
// -1. Quotes rarely nest, so looking back over a few spans that start before off is
// enough.
func (qi *quoteIndex) at(off int) int {
	i := sort.Search(len(qi.spans), func(i int) bool { return qi.spans[i].Start > off })
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if qi.spans[j].End > off {
			return qi.ids[j]
		}
	}
	return -1
}

// contains reports whether byte off is inside a quote.
func (qi *quoteIndex) contains(off int) bool { return qi.at(off) >= 0 }

// tone is the article's own voice toward each actor: the mean sentiment toward its
// mentions in narration, leaving out mentions inside quotes (the speakers' words),
// mentions that introduce a quote ("X said"), whose sentence carries X's words, and
// the holders and targets of stance verbs (linked, by mention index: "X praised Y" is
// X's stance, not the article's). Sentences lists those whose polarity passes the
// threshold.
func tone(d *doc.Doc, inQuote func(int) bool, linked map[int]bool) []doc.Tone {
	speakers := make(map[int]bool, len(d.Quotes))
	for _, q := range d.Quotes {
		if q.SpeakerSpan.Start >= 0 {
			speakers[q.SpeakerSpan.Start] = true
		}
	}
	type acc struct {
		sum       float64
		n         int
		sentences []int
	}
	per := make(map[int]*acc)
	for mi, m := range d.Mentions {
		if m.Actor < 0 || m.Actor >= len(d.Actors) || inQuote(m.Start) || speakers[m.Start] || linked[mi] {
			continue
		}
		a := per[m.Actor]
		if a == nil {
			a = &acc{}
			per[m.Actor] = a
		}
		a.sum += m.Polarity
		a.n++
		if si := d.SentenceAt(m.Start); si >= 0 && stanceLabel(m.Polarity) != doc.StanceNeutral {
			a.sentences = appendUnique(a.sentences, si)
		}
	}
	out := make([]doc.Tone, 0, len(per))
	for actor, a := range per {
		p := a.sum / float64(a.n)
		out = append(out, doc.Tone{Actor: actor, Polarity: p, Label: stanceLabel(p), Sentences: a.sentences})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Actor < out[j].Actor })
	return out
}
