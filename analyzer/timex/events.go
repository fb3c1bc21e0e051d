package timex

import (
	"slices"
	"sort"
	"time"

	"lede/analyzer/doc"
)

// maxClauseTokens bounds an event's text on each side of its expression, in tokens, so
// that a long sentence still gives a readable line.
const maxClauseTokens = 14

// Order fills d.Events: one event per DATE or TIME expression, the clause it modifies
// and the actors mentioned there, in chronological order. Events whose value is not a
// calendar point (unresolved, or "now" without a reference date) come last, in text
// order; "recently" and "in the future" (PAST_REF, FUTURE_REF) make no event.
func Order(d *doc.Doc) error {
	d.Events = d.Events[:0]
	type keyed struct {
		ev    doc.Event
		start time.Time
		gran  doc.Granularity
		ok    bool
		order int
	}
	evs := make([]keyed, 0, len(d.Timexes)) // at most one per expression: one allocation
	for ti, t := range d.Timexes {
		v := t.Value
		if t.Type != doc.TimexDate && t.Type != doc.TimexTime || v.Kind == doc.ValueRef && v.Ref != doc.PresentRef {
			continue // "recently", "in the future": no point of the timeline
		}
		span := clauseAround(d, t.Span)
		ev := doc.Event{Timex: ti, Span: span, Actors: actorsIn(d, span)}
		if v.Kind == doc.ValueRef {
			v, _ = doc.ParseDay(d.RefDate) // "now" is the article's now
		}
		start, ok := v.Start()
		evs = append(evs, keyed{ev: ev, start: start, gran: t.Granularity(), ok: ok && t.Resolved, order: len(evs)})
	}
	slices.SortStableFunc(evs, func(a, b keyed) int {
		switch {
		case a.ok != b.ok:
			if a.ok {
				return -1
			}
			return 1
		case !a.ok:
			return a.order - b.order
		case !a.start.Equal(b.start):
			return a.start.Compare(b.start)
		}
		return int(a.gran) - int(b.gran) // "June" before "June 24"
	})
	d.Events = slices.Grow(d.Events, len(evs))
	for _, e := range evs {
		d.Events = append(d.Events, e.ev)
	}
	return nil
}

// clauseAround returns the clause around span: the sentence cut at semicolons, commas
// and clause conjunctions, widened over a comma when the piece with the expression is
// only the expression ("On Friday, the council voted"), and kept to maxClauseTokens a side.
func clauseAround(d *doc.Doc, span doc.Span) doc.Span {
	si := d.SentenceAt(span.Start)
	if si < 0 || len(d.Tokens) == 0 {
		return span
	}
	s := d.Sentences[si]
	first, end := s.FirstToken, s.EndToken
	a := d.TokenAt(span.Start)
	b := a
	for b < end && d.Tokens[b].Start < span.End {
		b++
	}
	lo, hi := a, b // tokens [lo, hi)
	for widen := 0; widen < 2; widen++ {
		for lo > first && !clauseBreak(d.Tokens[lo-1]) && a-lo < maxClauseTokens {
			lo--
		}
		for hi < end && !clauseBreak(d.Tokens[hi]) && hi-b < maxClauseTokens {
			hi++
		}
		if (lo-first)+(end-hi) == 0 || (a-lo)+(hi-b) >= 3 {
			break
		}
		// the piece is little more than the expression: take the next piece too
		if hi < end && d.Tokens[hi].Kind == doc.TokPunct {
			hi++
		} else if lo > first {
			lo--
		}
	}
	// ", in a phone call late last month": a prepositional phrase cut off by a comma
	// modifies the clause before it; take that clause in
	if lo-1 > first && d.Tokens[lo-1].Lower == "," && prepositions[d.Tokens[lo].Lower] {
		k := lo - 1
		for k > first && !clauseBreak(d.Tokens[k-1]) && a-k < maxClauseTokens {
			k--
		}
		lo = k
	}
	// an unmatched quotation mark means the cap cut a quotation: stop before it
	quotes, lastQ, firstQ := 0, -1, -1
	for k := lo; k < hi; k++ {
		if d.Tokens[k].Kind == doc.TokQuote && d.Tokens[k].Norm == `"` {
			quotes++
			lastQ = k
			if firstQ < 0 {
				firstQ = k
			}
		}
	}
	if quotes%2 == 1 {
		if lastQ >= b {
			hi = lastQ
		} else if firstQ < a {
			lo = firstQ + 1
		}
	}
	for hi > b && functionWord(d.Tokens[hi-1].Lower) {
		hi-- // "... to discuss the" -> "... to discuss"
	}
	for lo < a && edgeToken(d.Tokens[lo]) {
		lo++
	}
	for hi > b && edgeToken(d.Tokens[hi-1]) {
		hi--
	}
	if lo >= hi {
		return span
	}
	return doc.Span{Start: min(d.Tokens[lo].Start, span.Start), End: max(d.Tokens[hi-1].End, span.End)}
}

// prepositions open the adverbial phrases that attach to the clause before them.
var prepositions = map[string]bool{"in": true, "on": true, "at": true, "during": true,
	"since": true, "after": true, "before": true, "by": true, "until": true, "from": true,
	"for": true, "over": true, "within": true, "throughout": true}

// clauseBreak says whether a token separates clauses.
func clauseBreak(t doc.Token) bool {
	switch t.Lower {
	case ",", ";", ":", "but", "while", "whereas", "although", "though", "because", "(", ")":
		return true
	}
	return t.Kind == doc.TokDash
}

// edgeToken is punctuation or a conjunction that should not start or end an event text.
func edgeToken(t doc.Token) bool {
	switch t.Lower {
	case "and", "or", "but", "that", "which":
		return true
	}
	return t.Kind == doc.TokPunct || t.Kind == doc.TokQuote || t.Kind == doc.TokDash
}

// functionWord: words an event text should not end on.
func functionWord(w string) bool {
	switch w {
	case "the", "a", "an", "to", "of", "for", "with", "and", "or", "that", "which", "in", "on",
		"at", "by", "from", "as", "his", "her", "its", "their", "is", "was", "had", "has", "have", "be":
		return true
	}
	return false
}

// actorsIn lists the actors mentioned inside span, in order of first mention.
func actorsIn(d *doc.Doc, span doc.Span) []int {
	var out []int
	lo := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= span.Start })
	for i := lo; i < len(d.Mentions) && d.Mentions[i].Start < span.End; i++ {
		m := d.Mentions[i]
		if m.Actor < 0 || m.End > span.End {
			continue
		}
		dup := false
		for _, a := range out {
			dup = dup || a == m.Actor
		}
		if !dup {
			out = append(out, m.Actor)
		}
	}
	return out
}
