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

// Weights of the observations of an actor in the article's tone toward it (see tone).
const (
	toneNarration = 1.0 // a mention in the article's own words
	toneQuoted    = 0.5 // a mention inside someone's words, which the article chose to report
	toneStance    = 1.0 // another actor's for/against edge toward it: what it suffers
)

// toneThreshold: a mean at least this far from 0 is positive or negative. Lower than
// stanceThreshold: a mean over a whole article's mentions is pulled toward 0 by the
// many factual ones.
const toneThreshold = 0.15

// tone is the article's tone toward each actor over the whole article: the weighted
// mean of the sentiment toward each of its mentions, in narration and (at half weight)
// inside quotes, and of the for/against edges of which it is the target (what others do
// to it). A mention that introduces a quote ("X said") or holds a stance ("X praised
// Y", linked) says what X does to others, not how the article treats X, and is left out.
// Sentences are the (at most three) sentences that carry the label most, in text order.
func tone(d *doc.Doc, inQuote func(int) bool, linked map[int]bool, lexPolarity []float64) []doc.Tone {
	per := make(map[int]*toneSum)
	get := func(actor int) *toneSum {
		a := per[actor]
		if a == nil {
			a = &toneSum{}
			per[actor] = a
		}
		return a
	}
	mentionTones(d, inQuote, linked, lexPolarity, get)
	for _, e := range d.Stance {
		a := get(e.Target)
		a.sum += toneStance * e.Polarity
		a.weight += toneStance
	}
	out := make([]doc.Tone, 0, len(per))
	for actor, a := range per {
		if a.weight != 0 {
			out = append(out, a.tone(actor))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Actor < out[j].Actor })
	return out
}

// toneSum gathers the weighted sentiment toward one actor, and the sentences of its
// mentions with the sentiment in each.
type toneSum struct {
	sum, weight float64
	obs         []toneSeen
}

// toneSeen is the sentiment toward one mention, in its sentence.
type toneSeen struct {
	sentence int
	polarity float64
}

// mentionTones adds the sentiment toward each mention of an actor that neither
// introduces a quote nor holds a linked stance to its actor's sum (get).
func mentionTones(d *doc.Doc, inQuote func(int) bool, linked map[int]bool, lexPolarity []float64, get func(int) *toneSum) {
	speakers := make(map[int]bool, len(d.Quotes))
	for _, q := range d.Quotes {
		if q.SpeakerSpan.Start >= 0 {
			speakers[q.SpeakerSpan.Start] = true
		}
	}
	for mi, m := range d.Mentions {
		if m.Actor < 0 || m.Actor >= len(d.Actors) || speakers[m.Start] {
			continue
		}
		if linked[mi] && d.Mentions[mi].Actor >= 0 && holdsStance(d, mi) {
			continue
		}
		w := toneNarration
		if inQuote(m.Start) {
			w = toneQuoted
		}
		a := get(m.Actor)
		pol := tonePolarity(d.MentionPolarity[mi], lexPolarity[mi])
		a.sum += w * pol
		a.weight += w
		if si := d.SentenceAt(m.Start); si >= 0 {
			a.obs = append(a.obs, toneSeen{si, pol})
		}
	}
}

// tone is the actor's tone: the mean, its label (toneThreshold) and the sentences that
// carry the label most.
func (a *toneSum) tone(actor int) doc.Tone {
	p := a.sum / a.weight
	label := doc.StanceNeutral
	switch {
	case p >= toneThreshold:
		label = doc.StanceFor
	case p <= -toneThreshold:
		label = doc.StanceAgainst
	}
	return doc.Tone{Actor: actor, Polarity: p, Label: label, Sentences: a.sentences(label)}
}

// sentences are the (at most maxToneSentences) sentences whose mentions carry label
// most strongly, in text order; none for a neutral tone.
func (a *toneSum) sentences(label doc.StanceLabel) []int {
	if label == doc.StanceNeutral {
		return nil
	}
	var sentences []int
	sign := 1.0
	if label == doc.StanceAgainst {
		sign = -1
	}
	sort.SliceStable(a.obs, func(i, j int) bool { return sign*a.obs[i].polarity > sign*a.obs[j].polarity })
	for _, o := range a.obs {
		if len(sentences) == maxToneSentences {
			break
		}
		if stanceLabel(o.polarity) == label && !containsInt(sentences, o.sentence) {
			sentences = append(sentences, o.sentence)
		}
	}
	sort.Ints(sentences)
	return sentences
}

// maxToneSentences bounds the sentences a tone cites: the strongest few say it.
const maxToneSentences = 3

// holdsStance reports whether linked mention mi is the holder of some stance evidence
// (its sentence says what the actor does to another), not only its target.
func holdsStance(d *doc.Doc, mi int) bool {
	a := d.Mentions[mi].Actor
	si := d.Mentions[mi].Sentence
	for _, e := range d.Stance {
		if e.Holder == a && containsInt(e.EvidenceSentences, si) {
			return true
		}
	}
	for _, e := range d.Relations {
		if e.Holder == a && containsInt(e.EvidenceSentences, si) {
			return true
		}
	}
	return false
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// tonePolarity is the even mean of the classifier's polarity toward a mention and the
// lexicon rules': the classifier, trained on political news (NewsMTSC), leans negative
// on the reports of deeds and losses that make up a profile; the lexicon does not.
func tonePolarity(model, lexicon float64) float64 {
	return 0.5*model + 0.5*lexicon
}
