package stance

import (
	"math"
	"sort"
	"strings"

	"lede/analyzer/doc"
)

// stanceThreshold: an aggregated polarity at least this far from 0 is "for" or
// "against"; closer, the edge is neutral (the relation is reported, the stance is not
// clear).
const stanceThreshold = 0.25

// verbWeight is the polarity a stance verb gives its edge ("X accused Y": -0.8): strong,
// but below a quote that is plainly hostile or warm.
const verbWeight = 0.8

// evidence is one observation of a holder's stance toward a target.
type evidence struct {
	holder, target int
	polarity       float64
	label          doc.StanceLabel // the side this observation takes
	quote          int             // quote index, or -1
	sentence       int             // sentence index for verb evidence, or -1
}

// quoteEvidence: for each attributed quote, every actor mentioned inside it (through a
// name, a nominal or a resolved pronoun) is a target of the speaker; the polarity is the
// sentiment toward that mention and labels[mention] the classifier's label for it.
func quoteEvidence(d *doc.Doc, labels []doc.StanceLabel, out []evidence) []evidence {
	for qi, q := range d.Quotes {
		if q.Speaker < 0 || q.Speaker >= len(d.Actors) || relays(d, q) {
			continue
		}
		for mi := firstMentionFrom(d, q.Start); mi < len(d.Mentions) && d.Mentions[mi].Start < q.End; mi++ {
			m := &d.Mentions[mi]
			if m.End > q.End || m.Actor < 0 || m.Actor >= len(d.Actors) || m.Actor == q.Speaker {
				continue
			}
			if q.SpeakerSpan.Start >= 0 && m.Span.Overlaps(q.SpeakerSpan) || partOf(&d.Actors[q.Speaker], &d.Actors[m.Actor]) {
				continue
			}
			out = append(out, evidence{holder: q.Speaker, target: m.Actor, polarity: m.Polarity, label: labels[mi], quote: qi, sentence: -1})
		}
	}
	return out
}

// partOf reports whether the holder is an organisation of the target place, named
// after it ("US State Department" and the United States, alias "US"): an institution
// speaking of its own country takes no side on it.
func partOf(holder, target *doc.Actor) bool {
	if holder.Type != doc.EntOrg || target.Type != doc.EntLoc {
		return false
	}
	words := " " + strings.ToLower(holder.Name) + " "
	for _, a := range holder.Aliases {
		words += strings.ToLower(a) + " "
	}
	names := append([]string{target.Name}, target.Aliases...)
	for _, n := range names {
		if n != "" && strings.Contains(words, " "+strings.ToLower(n)+" ") {
			return true
		}
	}
	return false
}

// relays reports whether a statement is relayed news ("the Times reported that ..."):
// the one who reports it takes no side on the people in it.
func relays(d *doc.Doc, q doc.Quote) bool {
	if q.Kind == doc.QuoteDirect || !q.Cue.Valid(len(d.Text)) || q.Cue.Len() == 0 {
		return false
	}
	return reportageCues[strings.ToLower(d.Slice(q.Cue))]
}

// reportageCues relay what happened or what others said.
var reportageCues = map[string]bool{"reported": true, "reports": true, "report": true, "reporting": true}

// verbEvidence finds stance verbs in narration (outside quotes) that link two actors:
// "Podolyak dismissed Naryshkin", "the Ministry denied Prigozhin's claim", and the
// passive "Naryshkin was dismissed by Podolyak".
//
// The holder's and target's mentions are marked in linked (by mention index): that
// sentence reports the holder's stance, not the article's view of either.
func verbEvidence(d *doc.Doc, inQuote func(off int) bool, linked map[int]bool, out []evidence) []evidence {
	for si, s := range d.Sentences {
		toks := d.Tokens[s.FirstToken:s.EndToken]
		for k := range toks {
			// a phrasal verb first ("sided with"), then a one-word verb ("sided")
			pol, last, ok := matchPhrase(toks, k)
			if !ok {
				pol, ok = stanceVerbs[toks[k].Lower]
			}
			if !ok || inQuote(toks[k].Start) {
				continue
			}
			holder, target := -1, -1
			by := -1
			if last == k {
				by = passiveAgent(d, toks, k)
			}
			if by >= 0 {
				holder = by
				target = subjectBefore(d, toks, k)
			} else {
				target = objectAfter(d, toks, last)
				if target >= 0 {
					holder = subjectBefore(d, toks, k)
				}
			}
			if holder < 0 || target < 0 {
				continue
			}
			h, t := d.Mentions[holder].Actor, d.Mentions[target].Actor
			if h < 0 || t < 0 || h >= len(d.Actors) || t >= len(d.Actors) || h == t {
				continue
			}
			p := float64(pol) * verbWeight
			if negatedBefore(toks, k) {
				// "did not condemn": the relation is reported, the stance withheld.
				p = 0
			}
			linked[holder], linked[target] = true, true
			out = append(out, evidence{holder: h, target: t, polarity: p, label: stanceLabel(p), quote: -1, sentence: si})
		}
	}
	return out
}

// objectAfter returns the mention that is the verb's object: one starting within a few
// tokens after it, with only determiners, adjectives or a possessive between; -1 when a
// clause boundary or complementizer ("that", "whether") comes first.
func objectAfter(d *doc.Doc, toks []doc.Token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if mi := mentionStartingAt(d, toks[j].Start); mi >= 0 {
			return mi
		}
		switch toks[j].Lower {
		case "that", "whether", "if", "to", "of", "for", "as", "with", "in", "on", "at", "and", "but", "or":
			return -1
		}
		if toks[j].Kind == doc.TokPunct || toks[j].Kind == doc.TokDash || toks[j].Kind == doc.TokQuote {
			return -1
		}
	}
	return -1
}

// subjectBefore returns the mention that is the verb's subject: walking left within the
// sentence, the nearest mention that is not itself an object or the complement of a
// preposition or a possessor ("X praised Y but attacked Z": X, not Y).
func subjectBefore(d *doc.Doc, toks []doc.Token, k int) int {
	lo := max(0, k-30)
	for j := k - 1; j >= lo; j-- {
		mi := mentionEndingAt(d, toks[j].End)
		if mi < 0 {
			continue
		}
		m := d.Mentions[mi]
		first := d.TokenAt(m.Start) - (d.TokenAt(toks[0].Start))
		if first < 0 {
			first = 0
		}
		if j+1 < len(toks) && toks[j+1].Lower == "'s" {
			continue // a possessor: "Y's spokesman"
		}
		if first > 0 && isObjectMarker(toks[first-1].Lower) {
			continue
		}
		if first > 1 && isObjectMarker(toks[first-2].Lower) && isDeterminer(toks[first-1].Lower) {
			continue
		}
		return mi
	}
	return -1
}

// passiveAgent returns the agent of a passive stance verb ("was praised by X"), or -1.
func passiveAgent(d *doc.Doc, toks []doc.Token, k int) int {
	if k == 0 {
		return -1
	}
	switch toks[k-1].Lower {
	case "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets":
	default:
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].Lower == "by" && j+1 < len(toks) {
			for n := j + 1; n < len(toks) && n <= j+3; n++ {
				if mi := mentionStartingAt(d, toks[n].Start); mi >= 0 {
					return mi
				}
			}
			return -1
		}
	}
	return -1
}

func isObjectMarker(w string) bool {
	if _, ok := stanceVerbs[w]; ok {
		return true
	}
	switch w {
	case "of", "to", "by", "with", "for", "against", "about", "from", "on", "at", "in",
		"after", "before", "over", "toward", "towards", "than", "between", "among", "into":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "this", "that":
		return true
	}
	return false
}

// negatedBefore reports a negator in the three tokens before the verb ("did not
// criticize", "never praised").
func negatedBefore(toks []doc.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if negators[toks[j].Lower] {
			return true
		}
	}
	return false
}

// firstMentionFrom returns the index of the first mention starting at or after off.
func firstMentionFrom(d *doc.Doc, off int) int {
	return sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= off })
}

func mentionStartingAt(d *doc.Doc, off int) int {
	i := firstMentionFrom(d, off)
	if i < len(d.Mentions) && d.Mentions[i].Start == off {
		return i
	}
	return -1
}

// mentionEndingAt returns a mention ending at byte off (the longest when several), or -1.
func mentionEndingAt(d *doc.Doc, off int) int {
	// mentions are sorted by Start; one ending at off starts at or before it, and
	// mentions are short, so look back from the first starting at off.
	i := firstMentionFrom(d, off)
	best := -1
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if d.Mentions[j].End == off && (best < 0 || d.Mentions[j].Start < d.Mentions[best].Start) {
			best = j
		}
	}
	return best
}

// aggregate merges evidence per (holder, target) into edges, ordered by holder then
// target; the polarity is the mean of the evidence. Evidence that takes one side only
// gives the edge that side; mixed evidence must pass twice the threshold to take one.
func aggregate(ev []evidence) []doc.StanceEdge {
	sort.SliceStable(ev, func(i, j int) bool {
		if ev[i].holder != ev[j].holder {
			return ev[i].holder < ev[j].holder
		}
		return ev[i].target < ev[j].target
	})
	var out []doc.StanceEdge
	for i := 0; i < len(ev); {
		j := i
		e := doc.StanceEdge{Holder: ev[i].holder, Target: ev[i].target}
		var sum float64
		var pro, con bool
		for ; j < len(ev) && ev[j].holder == e.Holder && ev[j].target == e.Target; j++ {
			sum += ev[j].polarity
			pro = pro || ev[j].label == doc.StanceFor
			con = con || ev[j].label == doc.StanceAgainst
			if ev[j].quote >= 0 {
				e.Evidence = appendUnique(e.Evidence, ev[j].quote)
			}
			if ev[j].sentence >= 0 {
				e.Sentences = appendUnique(e.Sentences, ev[j].sentence)
			}
		}
		e.Polarity = sum / float64(j-i)
		switch {
		case pro && !con:
			e.Label = doc.StanceFor
		case con && !pro:
			e.Label = doc.StanceAgainst
		case pro && con && math.Abs(e.Polarity) >= 2*stanceThreshold:
			e.Label = stanceLabel(e.Polarity)
		default:
			// no side taken, or mixed evidence (praise here, blame there) that nearly cancels
			e.Label = doc.StanceNeutral
		}
		sort.Ints(e.Evidence)
		sort.Ints(e.Sentences)
		out = append(out, e)
		i = j
	}
	return out
}

func stanceLabel(p float64) doc.StanceLabel {
	switch {
	case p >= stanceThreshold:
		return doc.StanceFor
	case p <= -stanceThreshold:
		return doc.StanceAgainst
	}
	return doc.StanceNeutral
}

// appendUnique appends v unless it is the last element: callers append in
// non-decreasing order (quotes and sentences are visited in text order), so a repeat
// is always adjacent, and a long article costs no quadratic scan.
func appendUnique(s []int, v int) []int {
	if len(s) > 0 && s[len(s)-1] == v {
		return s
	}
	return append(s, v)
}

// matchPhrase matches a phrasal stance verb starting at token k ("lashed out at", "sided
// with"); it returns its polarity and last token.
func matchPhrase(toks []doc.Token, k int) (pol float32, last int, ok bool) {
	for _, ph := range stancePhrases[toks[k].Lower] {
		if k+len(ph.rest) >= len(toks) {
			continue
		}
		match := true
		for i, w := range ph.rest {
			if toks[k+1+i].Lower != w {
				match = false
				break
			}
		}
		if match {
			return ph.pol, k + len(ph.rest), true
		}
	}
	return 0, k, false
}
