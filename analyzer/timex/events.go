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

// Order fills d.Events: the timeline. A date or time files the event of its own clause
// (the language layer's Doc.Clauses): "Putin held a meeting on Monday to discuss the
// events of June 24" is a Monday event about 24 June. An expression that dates a noun
// ("the events of June 24", "Monday's meeting") files no event of its own when its
// clause, or the clause a non-finite clause depends on, has a date: the event is then
// About it. "Recently" and "in the future" (PAST_REF, FUTURE_REF) make no event.
//
// The events are in chronological order (sortKey): by the first instant their date
// covers, narrowed by its mod ("late June" from 21 June); at the same instant the longer
// period first; dates with no calendar point (unresolved, or "now" without a reference
// date) last, in text order.
func Order(d *doc.Doc) error {
	d.Events = d.Events[:0]
	clause := make([]int, len(d.Timexes)) // the clause each expression belongs to, -1 none
	nominal := make([]bool, len(d.Timexes))
	dateOf := map[int]int{} // clause -> its first expression that dates the clause itself
	for ti, t := range d.Timexes {
		clause[ti] = -1
		if !onTimeline(d, t) {
			continue
		}
		clause[ti], nominal[ti] = clauseOfSpan(d, t.Span), datesNoun(d, t.Span)
		if _, seen := dateOf[clause[ti]]; !seen && !nominal[ti] && clause[ti] >= 0 {
			dateOf[clause[ti]] = ti
		}
	}
	type keyed struct {
		ev  doc.Event
		key sortKey
	}
	evs := make([]keyed, 0, len(d.Timexes)) // at most one per expression: one allocation
	eventOf := make(map[int]int, len(d.Timexes))
	var about [][2]int // (governing expression, expression it is about)
	for ti, t := range d.Timexes {
		if !onTimeline(d, t) {
			continue
		}
		if nominal[ti] && clause[ti] >= 0 {
			if g := governingDate(d, clause[ti], dateOf); g >= 0 && g != ti {
				about = append(about, [2]int{g, ti})
				continue
			}
		}
		span := eventSpan(d, t.Span, clause[ti], dateOf)
		eventOf[ti] = len(evs)
		evs = append(evs, keyed{ev: doc.Event{Timex: ti, Span: span, Actors: actorsIn(d, span)}, key: keyOf(d, t, len(evs))})
	}
	for _, a := range about {
		if k, ok := eventOf[a[0]]; ok {
			evs[k].ev.About = append(evs[k].ev.About, a[1])
		}
	}
	slices.SortStableFunc(evs, func(a, b keyed) int { return a.key.compare(b.key) })
	d.Events = slices.Grow(d.Events, len(evs))
	for _, e := range evs {
		d.Events = append(d.Events, e.ev)
	}
	return nil
}

// nearTokens bounds, in tokens each side, the part of a sentence the timeline reads
// around an expression or a clause's verb: far more than a sentence of prose holds, so
// that a text without full stops (hard-wrapped lines) costs each expression a bounded
// read, not the whole run, while an event's text is cut to maxClauseTokens anyway.
const nearTokens = 256

// clausesNear is the range [first, end) of d.Clauses in sentence si whose verbs start
// within nearTokens of token tok (the clauses are in the order of their verbs), so that
// the timeline reads the clauses around a date, not the whole text's.
func clausesNear(d *doc.Doc, si, tok int) (first, end int) {
	s := d.Sentences[si]
	lo, hi := max(s.FirstToken, tok-nearTokens), min(s.EndToken, tok+nearTokens+1)
	first = sort.Search(len(d.Clauses), func(i int) bool { return d.Clauses[i].Verb.FirstToken >= lo })
	end = sort.Search(len(d.Clauses), func(i int) bool { return d.Clauses[i].Verb.FirstToken >= hi })
	return first, max(first, end)
}

// onTimeline says whether an expression can date an event: a date or a time that is not
// "recently" or "in the future", nor the dateline's date (when the story was filed, not
// what it tells).
func onTimeline(d *doc.Doc, t doc.Timex) bool {
	v := t.Value
	if d.Dateline.Start <= t.Span.Start && t.Span.End <= d.Dateline.End {
		return false
	}
	return (t.Type == doc.TimexDate || t.Type == doc.TimexTime) && !(v.Kind == doc.ValueRef && v.Ref != doc.PresentRef)
}

// sortKey places an event on the timeline.
type sortKey struct {
	dated       bool      // the date is a calendar point (else it sorts last, in text order)
	first, last time.Time // the stretch it sorts by, narrowed by the mod
	gran        doc.Granularity
	order       int // text order
}

// keyOf is the sort key of an event dated by t: "now" is the reference date; a mod
// START, MID or END narrows the period to its first, middle or last third ("early
// June" 1-10 June, "mid-June" 11-20, "late June" 21-30; "the late 1990s" from 1996).
func keyOf(d *doc.Doc, t doc.Timex, order int) sortKey {
	v := t.Value
	if v.Kind == doc.ValueRef {
		v, _ = doc.ParseDay(d.RefDate) // "now" is the article's now
	}
	k := sortKey{gran: t.Granularity(), order: order}
	first, ok := v.Start()
	last, _ := v.LastDay()
	if !ok || !t.Resolved {
		return k
	}
	k.dated, k.first, k.last = true, first, last
	days := int(last.Sub(time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, time.UTC)).Hours()/24) + 1
	if third := days / 3; third > 0 {
		day := time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, time.UTC)
		switch t.Mod {
		case "START":
			k.last = day.AddDate(0, 0, third-1)
		case "MID":
			k.first, k.last = day.AddDate(0, 0, third), day.AddDate(0, 0, 2*third-1)
		case "END":
			k.first = day.AddDate(0, 0, 2*third)
		}
	}
	return k
}

// compare orders two keys: dated first, by start; at the same start the longer stretch
// ("June" before "June 1"), then the coarser granularity; then text order.
func (a sortKey) compare(b sortKey) int {
	switch {
	case a.dated != b.dated:
		if a.dated {
			return -1
		}
		return 1
	case !a.dated:
		return a.order - b.order
	case !a.first.Equal(b.first):
		return a.first.Compare(b.first)
	case !a.last.Equal(b.last):
		return b.last.Compare(a.last)
	case a.gran != b.gran:
		return int(a.gran) - int(b.gran)
	}
	return a.order - b.order
}

// clauseOfSpan is the clause a time expression belongs to: for a bare adverb of time, the
// clause whose verb group follows it at once ("currently employs", "U.S. forces Thursday
// launched"); else the
// innermost clause of its sentence that holds its preposition ("posted a loss for the
// quarter ended Sept. 30": the clause of "for", not of "ended") or its first token; for
// an expression before its clause ("On Tuesday, police arrested ..."), the first clause
// after it that is not a relative one; -1 when the sentence has none.
func clauseOfSpan(d *doc.Doc, span doc.Span) int {
	tok, si := d.TokenAt(span.Start), d.SentenceAt(span.Start)
	end := tok
	for end < len(d.Tokens) && d.Tokens[end].Start < span.End {
		end++
	}
	bare := !d.Tokens[tok].Class.Has(doc.ClassDeterminer) && (tok == d.Sentences[si].FirstToken || !d.Tokens[tok-1].Class.Has(doc.ClassPreposition))
	if c := d.ClauseOf(end); bare && c >= 0 && d.Clauses[c].Verb.FirstToken == end && d.Clauses[c].Sentence == si {
		return c // (not "the quarter ended Sept. 30": a noun phrase before a participle)
	}
	if tok > d.Sentences[si].FirstToken && d.Tokens[tok-1].Class.Has(doc.ClassPreposition) {
		tok-- // the phrase belongs where its preposition does
	}
	best, after, afterRel := -1, -1, -1
	first, end := clausesNear(d, si, tok)
	for ci := first; ci < end; ci++ {
		c := d.Clauses[ci]
		if c.FirstToken <= tok && tok < c.EndToken && (best < 0 || c.EndToken-c.FirstToken < d.Clauses[best].EndToken-d.Clauses[best].FirstToken) {
			best = ci
		}
		if c.FirstToken > tok {
			if after < 0 && !c.Relative {
				after = ci
			}
			if afterRel < 0 {
				afterRel = ci
			}
		}
	}
	switch {
	case best >= 0:
		return best
	case after >= 0:
		return after
	}
	return afterRel
}

// datesNoun says whether a time expression dates a thing a noun names rather than its
// clause's event: it follows a noun phrase and "of" ("the events of June 24", "the
// attacks of Sept. 11"), or owns a noun ("Monday's meeting"). (A date before a noun
// without "'s" is left to its clause: "in the 1998-99 season", "third-quarter profit
// rose".)
func datesNoun(d *doc.Doc, span doc.Span) bool {
	a := d.TokenAt(span.Start)
	if a < 0 {
		return false
	}
	b := a
	for b < len(d.Tokens) && d.Tokens[b].Start < span.End {
		b++
	}
	if a >= 2 && d.Tokens[a-1].Lower == "of" && d.Tokens[a-1].Class.Has(doc.ClassPreposition) && d.Tokens[a-2].POS.IsNoun() {
		if c := d.ChunkAt(a - 2); c >= 0 && d.Chunks[c].Kind == doc.ChunkNP {
			return true
		}
	}
	return b+1 < len(d.Tokens) && d.Tokens[b].POS == doc.POSS && d.Tokens[b+1].POS.IsNoun() && d.Tokens[b].Sentence == d.Tokens[a].Sentence
}

// governingDate is the expression that dates clause c: its own, or for a non-finite
// clause without one ("to discuss the events of June 24"), that of the clause it depends
// on (dependsOn); -1 when none.
func governingDate(d *doc.Doc, c int, dateOf map[int]int) int {
	for depth := 0; c >= 0 && depth < 8; depth++ { // (clauses nest a few levels deep)
		if t, ok := dateOf[c]; ok {
			return t
		}
		if dep := dependsOn(d, c); dep >= 0 && dep != c {
			c = dep
			continue
		}
		break
	}
	return -1
}

// eventSpan is the event text of an expression: its clause, up to the next clause's verb
// ("The company is now profitable", not "... and currently employs"); before it, the
// phrase its subject hangs on ("Results for the first half of 2022 were weak"); for a
// non-finite clause, from the clause it depends on ("He agreed to meet on June 24");
// with the clauses that depend on it or share its subject and have no date of their own
// ("... on Monday to discuss the events of June 24", "said on Monday that prices would
// rise", "condemned the bombings and offered help"); kept to maxClauseTokens a side. The
// phrase around it when the sentence has no clause.
func eventSpan(d *doc.Doc, span doc.Span, c int, dateOf map[int]int) doc.Span {
	si := d.SentenceAt(span.Start)
	if si < 0 || len(d.Tokens) == 0 {
		return span
	}
	s := d.Sentences[si]
	for s.FirstToken < s.EndToken && d.Tokens[s.FirstToken].Start < d.Dateline.End {
		s.FirstToken++ // the story's first sentence starts after its dateline
	}
	a := d.TokenAt(span.Start)
	// the part of a long run the expression's event can come from (nearTokens)
	s.FirstToken, s.EndToken = max(s.FirstToken, a-nearTokens), min(s.EndToken, a+nearTokens)
	b := a
	for b < s.EndToken && d.Tokens[b].Start < span.End {
		b++
	}
	lo, hi := phraseAround(d, a, b, s) // tokens [lo, hi); a sentence of no clause: the phrase
	if c >= 0 {
		cl := d.Clauses[c]
		lo, hi = min(ownStart(d, c, dateOf), a), max(ownEnd(d, c), b)
		lo = phraseStart(d, lo, s.FirstToken)
		if dep := dependsOn(d, c); dep >= 0 {
			lo = min(lo, d.Clauses[dep].FirstToken)
		}
		if _, dated := dateOf[cl.Parent]; cl.Complement && cl.Parent >= 0 && !dated && d.Clauses[cl.Parent].Sentence == si {
			lo = min(lo, d.Clauses[cl.Parent].FirstToken) // "Residents said the water had not been this high since 1998"
		}
		first, end := clausesNear(d, si, a)
		for k := first; k < end; k++ {
			ch := d.Clauses[k]
			_, dated := dateOf[k]
			if dated || k == c {
				continue
			}
			dependent := ch.Parent == c && ch.Complement || dependsOn(d, k) == c
			// "Estrada on Tuesday condemned the bombings and offered help": one subject, one day
			coordinated := cl.Subject >= 0 && ch.Subject == cl.Subject && ch.Verb.FirstToken > cl.Verb.FirstToken && !ch.Relative
			if dependent || coordinated {
				lo, hi = min(lo, ch.FirstToken), max(hi, ch.EndToken)
			}
		}
		if a < cl.FirstToken {
			lo = frontedStart(d, a, s.FirstToken, si) // "After a flat second quarter, its sales recovered"
		}
		if lo >= a-1 && a >= 2 && d.Tokens[a-1].Lower == "of" {
			if np := d.ChunkAt(a - 2); np >= 0 && d.Chunks[np].Kind == doc.ChunkNP {
				lo = min(lo, d.Chunks[np].FirstToken) // "the incidents of Aug. 7": the thing it dates
			}
		}
	}
	lo, hi = max(lo, a-maxClauseTokens, s.FirstToken), min(hi, b+maxClauseTokens, s.EndToken)
	return trimEvent(d, span, lo, hi, a, b)
}

// phraseAround is the phrase of tokens [a, b) in a sentence of no clause ("Monday, June
// 24: flood warning"): out to the punctuation on each side.
func phraseAround(d *doc.Doc, a, b int, s doc.Sentence) (lo, hi int) {
	punct := func(t doc.Token) bool {
		return t.Kind == doc.TokPunct || t.Kind == doc.TokQuote || t.Kind == doc.TokDash
	}
	lo, hi = a, b
	for lo > s.FirstToken && !punct(d.Tokens[lo-1]) {
		lo--
	}
	for hi < s.EndToken && !punct(d.Tokens[hi]) {
		hi++
	}
	return lo, hi
}

// frontedStart is where the phrase of a date before its clause starts: "On Tuesday",
// "After a flat second quarter", "In London at mid-afternoon yesterday": back from its
// first token a over words of no clause, up to punctuation.
func frontedStart(d *doc.Doc, a, first, si int) int {
	lo := a
	cFirst, cEnd := clausesNear(d, si, a)
	for lo > first && d.Tokens[lo-1].Kind != doc.TokPunct && d.Tokens[lo-1].Kind != doc.TokQuote && d.Tokens[lo-1].Kind != doc.TokDash {
		for k := cFirst; k < cEnd; k++ {
			if c := d.Clauses[k]; c.FirstToken <= lo-1 && lo-1 < c.EndToken {
				return lo
			}
		}
		lo--
	}
	return lo
}

// ownEnd is where clause c's own words end: before the verb group of another clause
// that starts inside its range, or before the subordinator that opens the next clause,
// at the last conjunction or punctuation before it ("The company is now profitable | and
// currently employs 500 people").
func ownEnd(d *doc.Doc, c int) int {
	cl := d.Clauses[c]
	end := cl.EndToken
	if end > cl.Verb.EndToken && d.Tokens[end-1].Class.Any(doc.ClassSubordinator|doc.ClassPreposition) {
		// the next clause's subordinator ("..., ten years after | the council voted"): the
		// words from the punctuation before it go with that clause
		for t := end - 2; t >= cl.Verb.EndToken; t-- {
			if tk := d.Tokens[t]; tk.POS == doc.CC || tk.Kind == doc.TokPunct || tk.Kind == doc.TokDash {
				end = t
				break
			}
		}
	}
	first, last := clausesNear(d, cl.Sentence, cl.Verb.FirstToken)
	for k := first; k < last; k++ {
		o := d.Clauses[k]
		if k == c || o.Verb.FirstToken < cl.Verb.EndToken || o.Verb.FirstToken > end {
			continue
		}
		for t := o.Verb.FirstToken - 1; t >= cl.Verb.EndToken; t-- {
			if tk := d.Tokens[t]; tk.POS == doc.CC || tk.Kind == doc.TokPunct || tk.Kind == doc.TokDash {
				end = t
				break
			}
		}
	}
	return end
}

// ownStart is where clause c's own words start: after the verb group of another clause
// with a date of its own that stands between c's subject and c's verb, at the
// conjunction or punctuation after it ("Prices rose last summer and | may fall this
// winter").
func ownStart(d *doc.Doc, c int, dateOf map[int]int) int {
	cl := d.Clauses[c]
	start := cl.FirstToken
	first, last := clausesNear(d, cl.Sentence, cl.Verb.FirstToken)
	for k := first; k < last; k++ {
		o := d.Clauses[k]
		if _, dated := dateOf[k]; !dated || k == c || o.Verb.FirstToken < start || o.Verb.EndToken > cl.Verb.FirstToken {
			continue
		}
		for t := cl.Verb.FirstToken - 1; t >= o.Verb.EndToken; t-- {
			if tk := d.Tokens[t]; tk.POS == doc.CC || tk.Kind == doc.TokPunct || tk.Kind == doc.TokDash {
				start = t + 1
				break
			}
		}
	}
	return start
}

// phraseStart moves a clause's start back over the noun phrase its subject hangs on
// ("Results for | the first half ...", "His name on | the list was crossed out"): a
// preposition before it and a noun phrase before that.
func phraseStart(d *doc.Doc, lo, first int) int {
	for lo-2 >= first && d.Tokens[lo-1].Class.Has(doc.ClassPreposition) {
		np := d.ChunkAt(lo - 2)
		if np < 0 || d.Chunks[np].Kind != doc.ChunkNP || d.Chunks[np].EndToken != lo-1 || d.ClauseOf(lo-2) >= 0 {
			break
		}
		lo = d.Chunks[np].FirstToken
	}
	return lo
}

// dependsOn is the clause a non-finite clause depends on: its parent, or for one the
// layer left without ("charges taken in the year-earlier period" after "The comparison
// was helped by"), the clause before it in the sentence; -1 for a finite clause.
func dependsOn(d *doc.Doc, c int) int {
	cl := d.Clauses[c]
	if cl.Verb.Tense != doc.TenseNonFinite {
		return -1
	}
	if cl.Parent >= 0 && cl.Parent != c && d.Clauses[cl.Parent].Sentence == cl.Sentence {
		return cl.Parent
	}
	if c > 0 && d.Clauses[c-1].Sentence == cl.Sentence {
		return c - 1
	}
	return -1
}

// trimEvent trims an event text, tokens [lo, hi) around the expression's [a, b): not
// across half a quotation (an unmatched quotation mark means the cap cut one), not
// ending on a function word ("... to discuss the"), not starting or ending on
// punctuation or a conjunction.
func trimEvent(d *doc.Doc, span doc.Span, lo, hi, a, b int) doc.Span {
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
	for hi > b && d.Tokens[hi-1].Class.Any(endingClasses) {
		hi--
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

// endingClasses are the word classes an event text does not end on: "the", "to", "of",
// "and", "that", "his", "was".
const endingClasses = doc.ClassDeterminer | doc.ClassPreposition | doc.ClassConjunction | doc.ClassRelative |
	doc.ClassPossessive | doc.ClassAuxiliary | doc.ClassSubordinator

// edgeToken is punctuation or a conjunction that should not start or end an event text.
func edgeToken(t doc.Token) bool {
	return t.Kind == doc.TokPunct || t.Kind == doc.TokQuote || t.Kind == doc.TokDash ||
		t.Class.Any(doc.ClassConjunction|doc.ClassRelative|doc.ClassSubordinator) && !t.Class.Has(doc.ClassPreposition)
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
