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
	// toneSpeaker: the actor as the source of a quote ("X said"): what it says is one
	// of the things the article reports it doing, but the sentence is mostly its words
	toneSpeaker = 0.5
	toneStance  = 1.0 // another actor's for/against edge toward it: what it suffers
)

// tone is the article's tone toward each actor over the whole article: the weighted
// mean of the class probabilities toward each of its mentions (toneProbs, indexed like
// d.Mentions: mentionTone's), in narration and, at half weight, inside quotes and as a
// quote's speaker, and of the for/against edges of which it is the target (what others
// do to it). A mention that holds a stance ("X praised Y", linked) says what X does to
// others, not how the article treats X, and is left out. The label is the likeliest
// class of the mean: neutral unless a side outweighs it, with no threshold to set.
// Sentences are the (at most three) sentences that carry the label most, in text order.
func tone(d *doc.Doc, inQuote func(int) bool, linked map[int]bool, toneProbs [][NumClasses]float64) []doc.Tone {
	per := make(map[int]*toneSum)
	get := func(actor int) *toneSum {
		a := per[actor]
		if a == nil {
			a = &toneSum{}
			per[actor] = a
		}
		return a
	}
	mentionTones(d, inQuote, linked, toneProbs, get)
	for _, e := range d.Stance {
		get(e.Target).add(toneStance, edgeProbs(e.Label))
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

// edgeProbs reads a stance edge as class probabilities: a for or against edge is a
// side another actor took, certain once the edge is drawn.
func edgeProbs(label doc.StanceLabel) [NumClasses]float64 {
	switch label {
	case doc.StanceAgainst:
		return [NumClasses]float64{1, 0, 0}
	case doc.StanceFor:
		return [NumClasses]float64{0, 0, 1}
	}
	return [NumClasses]float64{0, 1, 0}
}

// toneSum gathers the weighted class probabilities toward one actor, and the sentences
// of its mentions with the probabilities in each.
type toneSum struct {
	sum    [NumClasses]float64
	weight float64
	obs    []toneSeen
}

func (a *toneSum) add(w float64, p [NumClasses]float64) {
	for c := range p {
		a.sum[c] += w * p[c]
	}
	a.weight += w
}

// toneSeen is the sentiment toward one mention, in its sentence.
type toneSeen struct {
	sentence int
	probs    [NumClasses]float64
}

// mentionTones adds the sentiment toward each mention of an actor that holds no linked
// stance to its actor's sum (get).
func mentionTones(d *doc.Doc, inQuote func(int) bool, linked map[int]bool, toneProbs [][NumClasses]float64, get func(int) *toneSum) {
	speakers := make(map[int]bool, len(d.Quotes))
	for _, q := range d.Quotes {
		if q.SpeakerSpan.Start >= 0 {
			speakers[q.SpeakerSpan.Start] = true
		}
	}
	for mi, m := range d.Mentions {
		if m.Actor < 0 || m.Actor >= len(d.Actors) || mi >= len(toneProbs) || toneProbs[mi] == ([NumClasses]float64{}) {
			continue // unresolved, or not scored (a span outside the text)
		}
		if linked[mi] && d.Mentions[mi].Actor >= 0 && holdsStance(d, mi) {
			continue
		}
		w := toneNarration
		switch {
		case speakers[m.Start]:
			w = toneSpeaker
		case inQuote(m.Start):
			w = toneQuoted
		}
		a := get(m.Actor)
		a.add(w, toneProbs[mi])
		if si := d.SentenceAt(m.Start); si >= 0 {
			a.obs = append(a.obs, toneSeen{si, toneProbs[mi]})
		}
	}
}

// likeliest is the class of largest probability, neutral on a tie.
func likeliest(p [NumClasses]float64) int {
	best := ClassNeutral
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	return best
}

// tone is the actor's tone: the mean polarity (P(positive) - P(negative)), the label
// of the likeliest class and the sentences that carry it most.
func (a *toneSum) tone(actor int) doc.Tone {
	var mean [NumClasses]float64
	for c := range mean {
		mean[c] = a.sum[c] / a.weight
	}
	class := likeliest(mean)
	label := classLabel[class]
	return doc.Tone{Actor: actor, Polarity: mean[ClassPositive] - mean[ClassNegative], Label: label, Sentences: a.sentences(class)}
}

// sentences are the (at most maxToneSentences) sentences whose mentions' likeliest
// class is the tone's, the most probable first, in text order; none for a neutral tone.
func (a *toneSum) sentences(class int) []int {
	if class == ClassNeutral {
		return nil
	}
	var sentences []int
	sort.SliceStable(a.obs, func(i, j int) bool { return a.obs[i].probs[class] > a.obs[j].probs[class] })
	for _, o := range a.obs {
		if len(sentences) == maxToneSentences {
			break
		}
		if likeliest(o.probs) == class && !containsInt(sentences, o.sentence) {
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

// mentionTone is the class probabilities toward a mention for the article's tone: the
// classifier's, with the class prior of its training set divided out (Saerens et al.
// 2002, "Adjusting the outputs of a classifier to new a priori probabilities"). Trained
// on NewsMTSC, political news where negative targets outnumber positive ones, it leans
// negative on other news (profiles, reports of deeds and losses); an article's prior
// is unknown, so each class is taken as likely. A target the factual-violence rule
// made neutral counts as neutral.
func mentionTone(r Sentiment) [NumClasses]float64 {
	var q [NumClasses]float64
	var sum float64
	for c := range q {
		q[c] = r.Probs[c] / trainPrior[c]
		sum += q[c]
	}
	if sum == 0 || r.Label == doc.StanceNeutral && likeliest(r.Probs) == ClassNegative {
		return [NumClasses]float64{0, 1, 0}
	}
	for c := range q {
		q[c] /= sum
	}
	return q
}

// trainPrior is the share of each class among the targets of NewsMTSC train.jsonl, on
// which the classifier is trained: 3316 negative, 3028 neutral, 2395 positive.
var trainPrior = [NumClasses]float64{3316.0 / 8739, 3028.0 / 8739, 2395.0 / 8739}
