package entity

import "lede/analyzer/doc"

// Salience weights (they sum to 1): how much each sign of centrality counts.
const (
	salienceMentions = 0.45 // mentions, relative to the most mentioned actor
	salienceFirst    = 0.25 // how early the actor first appears
	salienceHeadline = 0.15 // named in a headline
	salienceQuoted   = 0.15 // speaks in the article, relative to the most quoted speaker
	// salienceModifier scales down other names (MISC) that only modify a noun
	// ("Russian forces"): a nationality is seldom what the story is about.
	salienceModifier = 0.5
)

// Salience rates each actor 0..1 from how often it is mentioned, how early it first
// appears, whether a headline names it and how often it is quoted. It is one step, run
// once the quotes are known (the speaker of many quotes is central even when named
// rarely); until then every actor's salience is 0.
func Salience(d *doc.Doc) error {
	maxCount := 0
	for _, a := range d.Actors {
		maxCount = max(maxCount, len(a.Mentions))
	}
	quoted := make([]int, len(d.Actors))
	maxQuoted := 0
	for _, q := range d.Quotes {
		if q.Speaker >= 0 && q.Speaker < len(quoted) {
			quoted[q.Speaker]++
			maxQuoted = max(maxQuoted, quoted[q.Speaker])
		}
	}
	ns := max(1, len(d.Sentences))
	for ai := range d.Actors {
		a := &d.Actors[ai]
		if len(a.Mentions) == 0 {
			a.Salience = 0
			if quoted[ai] > 0 && maxQuoted > 0 { // an anonymous source has quotes, no mentions
				a.Salience = salienceQuoted * float64(quoted[ai]) / float64(maxQuoted)
			}
			continue
		}
		firstSent := d.Mentions[a.Mentions[0]].Sentence
		headline := false
		for _, mi := range a.Mentions {
			s := d.Mentions[mi].Sentence
			if s >= 0 && s < len(d.Sentences) && d.Sentences[s].Headline {
				headline = true
				break
			}
		}
		s := salienceMentions*float64(len(a.Mentions))/float64(maxCount) + salienceFirst*(1-float64(firstSent)/float64(ns))
		if headline {
			s += salienceHeadline
		}
		if maxQuoted > 0 {
			s += salienceQuoted * float64(quoted[ai]) / float64(maxQuoted)
		}
		if a.Type == doc.EntMisc && onlyModifies(d, a) {
			s *= salienceModifier
		}
		a.Salience = min(1, max(0, s))
	}
	return nil
}

// onlyModifies reports whether every name mention of the actor stands before a noun
// or another name as its modifier ("Russian authorities", "Ukrainian President").
func onlyModifies(d *doc.Doc, a *doc.Actor) bool {
	for _, mi := range a.Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.MentionName {
			continue
		}
		ti := d.TokenAt(m.End)
		if ti >= len(d.Tokens) || d.Tokens[ti].Kind != doc.TokWord {
			return false
		}
	}
	return true
}
