package stance

import (
	"math"
	"sort"

	"lede/analyzer/doc"
)

// sideCount counts one pair's evidence by side: all of it, and what was read from the
// words (act) rather than the classifier's reading of a quote.
type sideCount struct {
	pro, con, actPro, actCon, verbPro, verbCon int
}

// both reports whether evidence on both sides still counts.
func (c sideCount) both() bool { return c.pro > 0 && c.con > 0 }

// aggregate merges evidence per (holder, target). A pair whose evidence takes one side
// only is a stance edge of that side; a pair with no side, or with evidence on both
// sides that nearly cancels, is a relation. Edges come strongest first (more
// evidence, then more salient actors), then by holder and target.
func aggregate(d *doc.Doc, ev []evidence) (stance, relations []doc.StanceEdge) {
	sort.SliceStable(ev, func(i, j int) bool {
		if ev[i].holder != ev[j].holder {
			return ev[i].holder < ev[j].holder
		}
		return ev[i].target < ev[j].target
	})
	weight := map[[2]int]int{}
	for i := 0; i < len(ev); {
		j := i
		for j < len(ev) && ev[j].holder == ev[i].holder && ev[j].target == ev[i].target {
			j++
		}
		e, c := pairEdge(ev[i:j])
		if e.Label == doc.StanceNeutral {
			relations = append(relations, e)
		} else {
			weight[[2]int{e.Holder, e.Target}] = c.pro + c.con
			stance = append(stance, e)
		}
		i = j
	}
	salience := func(e doc.StanceEdge) float64 { return d.Actors[e.Holder].Salience + d.Actors[e.Target].Salience }
	sort.SliceStable(stance, func(i, j int) bool {
		wi, wj := weight[[2]int{stance[i].Holder, stance[i].Target}], weight[[2]int{stance[j].Holder, stance[j].Target}]
		if wi != wj {
			return wi > wj
		}
		return salience(stance[i]) > salience(stance[j])
	})
	return stance, relations
}

// pairEdge aggregates the evidence of one (holder, target) pair into its edge, with the
// sides that count after the label is decided (for the edge's weight).
func pairEdge(ev []evidence) (doc.StanceEdge, sideCount) {
	e := doc.StanceEdge{Holder: ev[0].holder, Target: ev[0].target, Predicate: doc.NoSpan}
	c := countSides(&e, ev)
	e.Label = pairSide(&c, e.Polarity)
	sidePredicate(&e, ev)
	showEvidence(&e, ev, c)
	if e.Label == doc.StanceNeutral {
		e.Polarity = 0
		e.Predicate, e.PredicateLemma = doc.NoSpan, ""
	}
	return e, c
}

// countSides counts the evidence by side, sets e's polarity to the mean of the sided
// evidence and its predicate to the first sided words, those read from the text rather
// than guessed (act) when there are any.
func countSides(e *doc.StanceEdge, ev []evidence) sideCount {
	var c sideCount
	var sum float64
	sided, lemmaAct := 0, false
	for _, x := range ev {
		switch x.label {
		case doc.StanceFor:
			c.pro++
			c.actPro += b2i(x.act)
			c.verbPro += b2i(x.verb)
		case doc.StanceAgainst:
			c.con++
			c.actCon += b2i(x.act)
			c.verbCon += b2i(x.verb)
		}
		if x.label == doc.StanceNeutral {
			continue
		}
		sum += x.polarity
		sided++
		if x.lemma != "" && (e.PredicateLemma == "" || x.act && !lemmaAct) {
			e.Predicate, e.PredicateLemma, lemmaAct = x.predicate, x.lemma, x.act
		}
	}
	if sided > 0 {
		e.Polarity = sum / float64(sided)
	}
	return c
}

// pairSide decides a pair's side from its counts and mean polarity. A side-taking
// predicate outweighs what a quote's words were read to say ("I think Reed will be
// fair," Lopez said, then accused Reed of bias: for is dropped, c then counts one side),
// and the holder's act outweighs the classifier's reading of a quote; evidence on both
// sides takes one only when the mean is far from 0.
func pairSide(c *sideCount, polarity float64) doc.StanceLabel {
	switch {
	case c.verbPro > 0 && c.verbCon == 0 && c.con > 0:
		c.con = 0
		return doc.StanceFor
	case c.verbCon > 0 && c.verbPro == 0 && c.pro > 0:
		c.pro = 0
		return doc.StanceAgainst
	case c.actPro > 0 && c.actCon == 0 && c.con > c.actCon:
		c.con = 0
		return doc.StanceFor
	case c.actCon > 0 && c.actPro == 0 && c.pro > c.actPro:
		c.pro = 0
		return doc.StanceAgainst
	case c.pro > 0 && c.con == 0:
		return doc.StanceFor
	case c.con > 0 && c.pro == 0:
		return doc.StanceAgainst
	case c.both() && math.Abs(polarity) >= 2*stanceThreshold:
		return stanceLabel(polarity)
	}
	return doc.StanceNeutral
}

// showEvidence gives e the quotes and sentences of its evidence: a stance edge shows the
// evidence that takes its side (all the sided evidence when both sides still count), and
// its polarity is theirs; a relation shows all.
func showEvidence(e *doc.StanceEdge, ev []evidence, c sideCount) {
	var sideSum float64
	var sideN int
	for _, x := range ev {
		if e.Label != doc.StanceNeutral && x.label != e.Label && !(c.both() && x.label != doc.StanceNeutral) {
			continue
		}
		if x.label != doc.StanceNeutral {
			sideSum += x.polarity
			sideN++
		}
		if x.quote >= 0 {
			e.Evidence = append(e.Evidence, x.quote)
		}
		if x.sentence >= 0 {
			e.Sentences = append(e.Sentences, x.sentence)
		}
		if x.at >= 0 {
			e.EvidenceSentences = append(e.EvidenceSentences, x.at)
		}
	}
	if sideN > 0 {
		e.Polarity = sideSum / float64(sideN)
	}
	e.Evidence = sortedUnique(e.Evidence)
	e.Sentences = sortedUnique(e.Sentences)
	e.EvidenceSentences = sortedUnique(e.EvidenceSentences)
}

// sidePredicate gives a sided edge the words of the evidence that takes its side, a
// predicate's first, then other words read from the text ("accused", not the "fair" of
// a quote the accusation outweighed).
func sidePredicate(e *doc.StanceEdge, ev []evidence) {
	if e.Label == doc.StanceNeutral {
		return
	}
	rank := func(x evidence) int { return 2*b2i(x.verb) + b2i(x.act) }
	best := -1
	for i, x := range ev {
		if x.label == e.Label && x.lemma != "" && (best < 0 || rank(x) > rank(ev[best])) {
			best = i
		}
	}
	if best >= 0 {
		e.Predicate, e.PredicateLemma = ev[best].predicate, ev[best].lemma
	}
}
