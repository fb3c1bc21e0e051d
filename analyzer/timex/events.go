package timex

import (
	"slices"
	"sort"
	"strconv"
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
		if t.Type != doc.TimexDate && t.Type != doc.TimexTime || t.Value == "PAST_REF" || t.Value == "FUTURE_REF" {
			continue // "recently", "in the future": no point of the timeline
		}
		if d.Dateline.Start <= t.Span.Start && t.Span.End <= d.Dateline.End {
			continue // the dateline's date: when the story was filed, not what it tells
		}
		span := clauseAround(d, t.Span)
		ev := doc.Event{Timex: ti, Span: span, Actors: actorsIn(d, span)}
		value := t.Value
		if value == "PRESENT_REF" {
			value = d.RefDate // "now" is the article's now
		}
		start, ok := valueStart(value)
		evs = append(evs, keyed{ev: ev, start: start, gran: t.Gran, ok: ok && t.Resolved, order: len(evs)})
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
	for first < end && d.Tokens[first].Start < d.Dateline.End {
		first++ // the story's first sentence starts after its dateline
	}
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

// seasonStart is the first month of each season; podHour the hour a part of day sorts at.
var (
	seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}
	podHour     = map[string]int{"MO": 8, "MI": 12, "AF": 14, "EV": 18, "NI": 21, "DT": 12}
)

// valueStart returns the first instant a TIMEX3 date or time value covers: 2023-06-24,
// 2023-06, 2023, 2023-Q3, 2023-H2, 2023-W27, 2023-SU, 199 (a decade), 19 (a century),
// 2023-06-24TEV, 2023-06-24T15:00, 2023-06-XX (its month). ok is false for values with
// other unknown (X) parts.
func valueStart(v string) (time.Time, bool) {
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch {
	case len(v) == 2:
		c, ok := num(v)
		return date(c*100, 1, 1), ok
	case len(v) == 3:
		c, ok := num(v)
		return date(c*10, 1, 1), ok
	case len(v) < 4:
		return time.Time{}, false
	}
	y, ok := num(v[:4])
	if !ok {
		return time.Time{}, false
	}
	if len(v) == 4 {
		return date(y, 1, 1), true
	}
	if len(v) < 7 || v[4] != '-' {
		return time.Time{}, false
	}
	rest := v[5:]
	switch rest[0] {
	case 'Q', 'H':
		n, ok := num(rest[1:2])
		if !ok {
			return time.Time{}, false
		}
		if rest[0] == 'Q' {
			return date(y, (n-1)*3+1, 1), true
		}
		return date(y, (n-1)*6+1, 1), true
	case 'W':
		if len(rest) < 3 {
			return time.Time{}, false
		}
		w, ok := num(rest[1:3])
		if !ok {
			return time.Time{}, false
		}
		// ISO week w: the Monday of the week that holds January 4th, plus w-1 weeks
		jan4 := date(y, 1, 4)
		mon := jan4.AddDate(0, 0, 1-isoWeekday(jan4)+7*(w-1))
		if len(rest) > 3 {
			mon = mon.AddDate(0, 0, 5) // the weekend
		}
		return mon, true
	}
	if code := rest[:2]; code == "SP" || code == "SU" || code == "FA" || code == "WI" {
		return date(y, seasonStart[code], 1), true
	}
	m, ok := num(rest[:2])
	if !ok {
		return time.Time{}, false
	}
	if len(rest) < 5 {
		return date(y, m, 1), true
	}
	if rest[3:5] == "XX" {
		return date(y, m, 1), true // "a day in October 2022": sorts with the month
	}
	dd, ok := num(rest[3:5])
	if !ok {
		return time.Time{}, false
	}
	t := date(y, m, dd)
	if len(rest) > 6 && rest[5] == 'T' {
		tp := rest[6:]
		if hh, ok := num(tp[:min(2, len(tp))]); ok {
			t = t.Add(time.Duration(hh) * time.Hour)
			if len(tp) >= 5 {
				if mm, ok := num(tp[3:5]); ok {
					t = t.Add(time.Duration(mm) * time.Minute)
				}
			}
		} else {
			t = t.Add(time.Duration(podHour[tp]) * time.Hour)
		}
	}
	return t, true
}
