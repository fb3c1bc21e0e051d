package timex

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// detDir is the direction a determiner gives ("last" -1, "next" +1, "this" 0) and whether
// it points at the narrative's focus instead of the reference date.
func detDir(w string, the bool) (dir int, anaphoric, ok bool) {
	switch w {
	case "last", "past":
		return -1, false, true
	case "previous", "prior", "preceding":
		return -1, the, true
	case "next", "coming", "upcoming":
		return 1, the && w == "next", true
	case "following", "succeeding", "subsequent":
		return 1, true, true
	case "this", "current", "present":
		return 0, false, !the || w != "this"
	case "that", "same":
		return 0, true, true
	case "latest", "most":
		return 0, true, the
	case "full", "entire", "whole":
		return 0, false, the // "the full year": the current one
	}
	return 0, false, false
}

// relReading is what relative has read of "the next day", "last Friday": the
// determiner at j (after "the"), the word it determines at h.
type relReading struct {
	i, j, h int
	the     bool   // "the" before
	det     string // the determiner: "last", "next", "this", "that" ...
	dir     int    // the determiner's direction: -1 back, +1 ahead, 0
	ana     bool   // the determiner points at the narrative's focus ("the next day")
	ok      bool   // det is a determiner (else "the" alone: "the year", "the morning")
	w       string // the word determined
}

// relative reads determiner + calendar word: "last month", "next year", "this week",
// "the next day", "the following month", "that year", "last Friday", "next March",
// "this summer", "this morning", "last night", "the year", "the weekend".
func (g *parser) relative(i int) (match, bool) {
	r, ok := g.readDeterminer(i)
	if !ok {
		return match{}, false
	}
	m, v := applyIn(g, relativeRules, &g.scratch.rel, &r)
	return m, v == accept
}

// readDeterminer reads "the", the determiner and the word after it; false when there is
// neither a determiner nor "the".
func (g *parser) readDeterminer(i int) (relReading, bool) {
	r := relReading{i: i, j: i}
	if g.w(r.j) == "the" {
		r.the = true
		r.j++
	}
	r.det = g.w(r.j)
	if (r.det == "this" && (g.w(r.j+1) == "past" || g.w(r.j+1) == "coming") || r.det == "that" && g.w(r.j+1) == "same") && !r.the {
		r.j++ // "this past spring" is "last spring", "this coming Sunday" "next Sunday"; "that same day" is "that day"
		r.det = g.w(r.j)
	}
	r.dir, r.ana, r.ok = detDir(r.det, r.the)
	if r.det == "most" && g.w(r.j+1) == "recent" {
		r.j++
	}
	r.h = r.j + 1
	if !r.ok {
		if !r.the {
			return r, false
		}
		// "the year", "the day", "the weekend", "the quarter", "the period", "the morning"
		r.h, r.dir, r.ana = r.j, 0, true
	}
	r.w = g.w(r.h)
	return r, true
}

// relativeRules read what a determiner determines, in order.
var relativeRules []rule[relReading]

func init() {
	relativeRules = []rule[relReading]{
		{"det-unit", "The council met [last month].", detUnit},
		{"the-part-of-day", "The council met on June 2. In [the morning] it voted.", thePartOfDay},
		{"no-determiner", "[The Friday] market was closed.", noDeterminer},
		{"det-month", "The council met [last March].", detMonth},
		{"det-weekday", "The council met [last Friday].", detWeekday},
		{"det-holiday", "The council met [last Christmas].", detHoliday},
		{"det-season", "The council met [this summer].", detSeason},
		{"det-part-of-day", "The council met [last night].", detPartOfDay},
	}
}

// thePartOfDay: "in the morning" is that part of the day in focus ("the night" mostly
// opens a relative clause: "the night the plane went down").
func thePartOfDay(g *parser, r *relReading, out *match) verdict {
	if r.ok {
		return pass
	}
	if c, e, isPod := g.pod(r.h); isPod && (c == doc.Morning || c == doc.Afternoon || c == doc.Evening) && g.w(e) != "of" {
		return out.set(match{start: r.i, end: e, s: sem{kind: kAnaphoric, typ: doc.TimexTime, u: uDay, pod: c}}, accept)
	}
	return pass
}

// noDeterminer: "the" alone determines only a unit or a part of the day.
func noDeterminer(g *parser, r *relReading, out *match) verdict {
	if !r.ok {
		return out.set(match{}, reject)
	}
	return pass
}

// detMonth: "last March", "next March", "this March" (the reference year), "last Oct. 23".
func detMonth(g *parser, r *relReading, out *match) verdict {
	m := text.MonthOf(r.w)
	if m <= 0 || !g.ps[r.h].capitalised() {
		return pass
	}
	if r.ana {
		return out.set(match{}, reject)
	}
	s := sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranMonth, m: m}, dir: r.dir}
	if r.dir == 0 {
		s.dir = 2 // "this March": the reference year
	}
	if md, ok := g.monthDate(r.h); ok && md.s.p.y == 0 {
		s.p = md.s.p // "last Oct. 23"
		return out.set(match{start: r.i, end: md.end, s: s}, accept)
	}
	return out.set(match{start: r.i, end: r.h + 1, s: s}, accept)
}

// detWeekday: "last Friday", "next Monday morning", "the following Tuesday" (from the
// focus), "this coming Sunday, March 8" (the date says which Sunday).
func detWeekday(g *parser, r *relReading, out *match) verdict {
	wd := text.WeekdayOf(r.w)
	if wd <= 0 || !fullWeekday(r.w) {
		return pass
	}
	if d, ok := g.weekdayDate(r.h); ok && !r.ana {
		d.start = r.i
		return out.set(d, accept)
	}
	s := sem{kind: kWeekday, typ: doc.TimexDate, wd: wd, dir: r.dir * 2}
	if r.ana {
		s.kind, s.dir = kAnaphoric, r.dir
		s.u, s.wd = uDay, wd
	}
	end := r.h + 1
	if c, e, ok := g.pod(end); ok {
		s.pod, s.typ, end = c, doc.TimexTime, e
	}
	return out.set(match{start: r.i, end: end, s: s}, accept)
}

// detHoliday: "last Thanksgiving", "next Christmas".
func detHoliday(g *parser, r *relReading, out *match) verdict {
	hol, ok := g.holiday(r.h)
	if !ok || r.ana || hol.s.p.y != 0 || hol.s.weekOf {
		return pass
	}
	hol.s.dir, hol.start = r.dir, r.i
	if r.dir == 0 {
		hol.s.dir = 2
	}
	return out.set(hol, accept)
}

// detSeason: "last summer", "this winter".
func detSeason(g *parser, r *relReading, out *match) verdict {
	code := seasons[r.w]
	if code == doc.SeasonNone {
		return pass
	}
	s := sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranSeason, season: code}, dir: r.dir}
	if r.dir == 0 {
		s.dir = 2
	}
	return out.set(match{start: r.i, end: r.h + 1, s: s}, accept)
}

// detPartOfDay: "this morning", "last night", "the next morning".
func detPartOfDay(g *parser, r *relReading, out *match) verdict {
	c, e, ok := g.pod(r.h)
	if !ok {
		return pass
	}
	s := sem{kind: kDeictic, typ: doc.TimexTime, u: uDay, pod: c}
	if r.det == "last" && (c == doc.Night || c == doc.Evening) {
		s.n = -1
	} else if r.dir != 0 && !r.ana && r.det != "this" {
		return out.set(match{}, reject)
	}
	if r.ana {
		s.kind, s.n = kAnaphoric, r.dir
	}
	return out.set(match{start: r.i, end: e, s: s}, accept)
}

// unitReading is a determiner with a calendar unit: "the next day", "last month".
type unitReading struct {
	relReading
	u   unit
	end int
	s   sem
}

// detUnit reads determiner + unit ("last month", "the next day", "the fiscal year",
// "the period"): the rules of unitRules, then those of unitShiftRules on the value.
func detUnit(g *parser, rr *relReading, out *match) verdict {
	u, isUnit := unitWords[rr.w]
	if !(isUnit && !isPluralUnit(rr.w) || rr.w == "period" || rr.w == "fiscal" && g.w(rr.h+1) == "year") {
		return pass
	}
	r := unitReading{relReading: *rr, u: u, end: rr.h + 1}
	switch r.w {
	case "fiscal":
		r.u, r.end = uYear, r.h+2
	case "period":
		r.u = uQuarter
	}
	if m, v := applyIn(g, unitRules, &g.scratch.unit, &r); v != pass {
		return out.set(m, v)
	}
	r.s = sem{kind: kDeictic, typ: doc.TimexDate, u: r.u, n: r.dir, latest: r.det == "latest" || r.det == "most", that: r.ok && (r.det == "that" || r.det == "same")}
	if r.ana {
		r.s.kind = kAnaphoric
	}
	if r.u <= uHour {
		r.s.typ = doc.TimexTime
	}
	if r.u == uWeekend && r.dir == 0 && !r.ana {
		r.s.n = 0
	}
	if r.u == uWeekend && r.the && r.dir == 0 {
		r.s.kind, r.s.dir = kDeictic, -1 // "the weekend": the one just past in news
	}
	if c, e, ok := g.pod(r.end); ok && r.u == uDay {
		r.s.pod, r.s.typ, r.end = c, doc.TimexTime, e
	}
	if m, v := applyIn(g, unitShiftRules, &g.scratch.unit, &r); v != pass {
		return out.set(m, v)
	}
	return out.set(match{start: r.i, end: r.end, s: r.s}, accept)
}

// unitRules decide a determiner + unit before its value is built.
var unitRules []rule[unitReading]

func init() {
	unitRules = []rule[unitReading]{
		{"period-anaphoric", "Profit rose in [last period].", periodAnaphoric},
		{"unit-not-calendar", "He paused for [the second] time.", unitNotCalendar},
		{"unit-quoted-title", `He watched ABC's "[This Week]".`, unitQuotedTitle},
		{"throughout-the-year", "Prices rose throughout [the year].", throughoutYear},
		{"past-decade", "Prices rose over [the past decade].", pastDecade},
	}
}

// periodAnaphoric: "the period" is the quarter in focus; "last period" is no date.
func periodAnaphoric(g *parser, r *unitReading, out *match) verdict {
	if r.w == "period" && (!r.ana || r.dir != 0) {
		return out.set(match{}, reject)
	}
	return pass
}

// unitNotCalendar: halves, seasons, hours and smaller units take no determiner here.
func unitNotCalendar(g *parser, r *unitReading, out *match) verdict {
	if r.u == uHalf || r.u == uSeason || r.u <= uHour {
		return out.set(match{}, reject)
	}
	return pass
}

// unitQuotedTitle: ABC's "This Week" is a title in quotation marks.
func unitQuotedTitle(g *parser, r *unitReading, out *match) verdict {
	if g.ps[r.h].capitalised() && r.i > 0 && g.ps[r.i-1].kind == doc.TokQuote && g.ps[r.i].capitalised() {
		return out.set(match{}, reject)
	}
	return pass
}

// throughoutYear: "throughout the year" spans it; "the year ending tomorrow" is a fiscal
// year, a year-long period; "for the year" alone is the year in focus, a date.
func throughoutYear(g *parser, r *unitReading, out *match) verdict {
	if r.the && !r.ok && r.u == uYear && (g.w(r.i-1) == "throughout" || g.w(r.end) == "ended" || g.w(r.end) == "ending") {
		return out.set(match{start: r.i, end: r.end, s: sem{kind: kLiteral, typ: doc.TimexDuration, value: lit(durValue(1, r.u))}}, accept)
	}
	return pass
}

// pastDecade: "the past decade" runs up to now: a duration, not the previous decade.
func pastDecade(g *parser, r *unitReading, out *match) verdict {
	if r.det == "past" && (r.u == uDecade || r.u == uCentury) {
		return out.set(match{start: r.i, end: r.end, s: sem{kind: kLiteral, typ: doc.TimexDuration, value: lit(durValue(1, r.u))}}, accept)
	}
	return pass
}

// unitShiftRules read "the day before", "the year after" and the like: a unit moved
// from another day.
var unitShiftRules []rule[unitReading]

func init() {
	unitShiftRules = []rule[unitReading]{
		{"day-apposition", "Stocks fell on Oct. 12, [the day] before the plunge.", dayApposition},
		{"day-before-yesterday", "He left [the day before yesterday].", dayBeforeYesterday},
		{"day-before-named", "He left [the day before last Tuesday]'s hearing.", dayBeforeNamed},
		{"day-after-focus", "The plant closed on June 2. It reopened [the day after].", dayAfterFocus},
		{"unit-before", "Profit rose from $450 million [the year before].", unitBefore},
	}
}

// dayShift is the day a "the day before"/"the day after" moves by, 0 when the words
// are not that.
func (r *unitReading) dayShift(g *parser) int {
	if r.w != "day" || !r.the || r.ok {
		return 0
	}
	switch g.w(r.end) {
	case "before":
		return -1
	case "after":
		return 1
	}
	return 0
}

// dayApposition: "Oct. 12, the day before the plunge" names the day just written; "the
// day" is that day.
func dayApposition(g *parser, r *unitReading, out *match) verdict {
	if i := r.i; r.dayShift(g) == 0 || !(i >= 2 && g.w(i-1) == "," && g.ps[i-2].num > 0 && g.ps[i-2].digit <= 2) {
		return pass
	}
	s := r.s
	s.kind, s.n = kAnaphoric, 0
	return out.set(match{start: r.i, end: r.end, s: s}, accept)
}

// dayBeforeYesterday: "the day before yesterday", "the day after tomorrow".
func dayBeforeYesterday(g *parser, r *unitReading, out *match) verdict {
	shift := r.dayShift(g)
	next := g.w(r.end + 1)
	if shift == 0 || next != "yesterday" && next != "tomorrow" {
		return pass
	}
	s := r.s
	s.kind, s.n = kDeictic, -1+shift
	if next == "tomorrow" {
		s.n = 1 + shift
	}
	return out.set(match{start: r.i, end: r.end + 2, s: s}, accept)
}

// dayBeforeNamed: "the day before last Tuesday's hearing" is that day, moved by one.
func dayBeforeNamed(g *parser, r *unitReading, out *match) verdict {
	shift := r.dayShift(g)
	if shift == 0 {
		return pass
	}
	d, isDay := g.namedDay(r.end + 1)
	if !isDay {
		return pass
	}
	d.s.dayShift = shift
	return out.set(match{start: r.i, end: d.end, s: d.s}, accept)
}

// dayAfterFocus: "the day after", "the day after his death" is a day from the last one
// named; before a clause ("the day before authorities issued a warrant") "the day" is
// left alone.
func dayAfterFocus(g *parser, r *unitReading, out *match) verdict {
	shift := r.dayShift(g)
	if shift == 0 || !g.clauseEnd(r.end+1) && g.clauseAt(r.end+1) {
		return pass
	}
	s := r.s
	s.kind, s.n = kAnaphoric, shift
	return out.set(match{start: r.i, end: r.end + 1, s: s}, accept)
}

// unitBefore: "down from $450 million the year before", "the week after" is one unit
// from the one in focus.
func unitBefore(g *parser, r *unitReading, out *match) verdict {
	if r.w == "day" || !r.the || r.ok || r.u != uWeek && r.u != uMonth && r.u != uYear ||
		g.w(r.end) != "before" && g.w(r.end) != "after" || !g.clauseEnd(r.end+1) {
		return pass
	}
	s := r.s
	s.kind, s.n = kAnaphoric, -1
	if g.w(r.end) == "after" {
		s.n = 1
	}
	return out.set(match{start: r.i, end: r.end + 1, s: s}, accept)
}

// nthDay reads "the second day" after "it is", "today is": "It's the second day of an
// offensive", "today is the eighth day of the operation" name the day of the report.
func (g *parser) nthDay(i int) (match, bool) {
	j := i
	if g.w(j) == "the" {
		j++
	}
	if o := ordinals[g.w(j)]; o == 0 || g.w(j+1) != "day" {
		return match{}, false
	}
	if (g.w(i-1) == "is" || g.w(i-1) == "'s") && (g.w(i-2) == "it" || g.w(i-2) == "today" || g.w(i-2) == "this") {
		// (not "Monday is the first day of school": that day is Monday)
		return match{start: i, end: j + 2, s: sem{kind: kDeictic, typ: doc.TimexDate, u: uDay}}, true
	}
	return match{}, false
}

// yearAgo reads the financial "year-earlier"/"year-ago" ("the year-earlier quarter").
func (g *parser) yearAgo(i int) (match, bool) {
	j := i
	if g.w(j) == "the" {
		j++
	}
	if g.w(j) == "year" && (g.w(j+1) == "-" && g.w(j+2) == "end" || g.w(j+1) == "end" || g.w(j+1) == "'s" && g.w(j+2) == "end") {
		// "year-end", "year's end": the end of the year in focus
		end := j + 2
		if g.w(j+1) != "end" {
			end = j + 3
		}
		s := sem{kind: kAnaphoric, typ: doc.TimexDate, u: uYear, mod: "END"}
		switch g.w(i - 1) {
		case "since":
			s.kind, s.n = kDeictic, -1 // "up 5% since year-end": the last one over
		case "by", "before", "until", "till":
			s.kind = kDeictic // "to close by year-end": this year's, the one ahead
		}
		return match{start: i, end: end, s: s}, true
	}
	if m, ok := g.samePeriod(i); ok {
		return m, true
	}
	if g.w(j) != "year" || g.w(j+1) != "-" || g.w(j+2) != "earlier" && g.w(j+2) != "ago" {
		return match{}, false
	}
	end := j + 3
	same := false
	switch g.w(end) {
	case "quarter", "period":
		end++
		same = true
	}
	if j > i && end == j+3 {
		return match{}, false
	}
	return match{start: i, end: end, s: sem{kind: kAnaphoric, typ: doc.TimexDate, u: uYear, n: -1, quarterFocus: true, samePeriod: true, quarterNoun: same}}, true
}

// samePeriod reads the financial "the corresponding period last year", "the same
// quarter a year ago", "last year's quarter": the reported quarter, a year before.
func (g *parser) samePeriod(i int) (match, bool) {
	j := i
	if g.w(j) == "last" && g.w(j+1) == "year's" || g.w(j) == "last" && g.w(j+1) == "year" && g.w(j+2) == "'s" {
		k := j + 2
		if g.w(j+1) == "year" {
			k++
		}
		if g.w(k) == "quarter" || g.w(k) == "period" {
			return match{start: i, end: k + 1, s: sem{kind: kAnaphoric, typ: doc.TimexDate, u: uYear, n: -1, quarterFocus: true, samePeriod: true, quarterNoun: true}}, true
		}
		return match{}, false
	}
	if g.w(j) != "the" {
		return match{}, false
	}
	j++
	switch g.w(j) {
	case "corresponding", "comparable", "same", "equivalent":
		j++
	case "period", "quarter":
		// "for the quarter a year ago": the year-back phrase below is then required
	default:
		return match{}, false
	}
	if g.w(j) != "period" && g.w(j) != "quarter" {
		return match{}, false
	}
	k := j + 1
	if g.w(k) == "of" || g.w(k) == "in" {
		k++
	}
	switch {
	case g.w(k) == "last" && g.w(k+1) == "year":
		k += 2
	case (g.w(k) == "a" || g.w(k) == "one") && g.w(k+1) == "year" && (g.w(k+2) == "ago" || g.w(k+2) == "earlier" || g.w(k+2) == "before"):
		k += 3
	case g.w(k) == "the" && (g.w(k+1) == "previous" || g.w(k+1) == "prior" || g.w(k+1) == "preceding") && g.w(k+2) == "year":
		k += 3
	default:
		return match{}, false
	}
	return match{start: i, end: k, s: sem{kind: kAnaphoric, typ: doc.TimexDate, u: uYear, n: -1, quarterFocus: true, samePeriod: true, quarterNoun: true}}, true
}

// shiftWords reads "earlier this year", "later this month": the span takes the adverb.
func (g *parser) shiftWords(i int) (match, bool) {
	mod := ""
	switch g.w(i) {
	case "earlier":
		mod = "START"
	case "later":
		mod = "END"
	default:
		return match{}, false
	}
	switch g.w(i + 1) {
	case "this", "last", "next", "that", "today", "tonight", "in":
	default:
		return match{}, false
	}
	if g.w(i+1) == "in" {
		if m, ok := g.inner(i + 2); ok && m.s.kind != kLiteral {
			m.start = i
			m.s.mod = mod
			return m, true
		}
		return match{}, false
	}
	m, ok := g.inner(i + 1)
	if !ok {
		return match{}, false
	}
	m.start = i
	if m.s.mod == "" {
		m.s.mod = mod
	}
	return m, true
}

// namedDay reads a day named after "the day before": "last Tuesday", "Friday", "Oct. 23",
// "Christmas".
func (g *parser) namedDay(k int) (match, bool) {
	fns := []func(int) (match, bool){g.weekdayExpr, g.monthDate, g.dayMonth, g.holiday, g.relative}
	if g.w(k) == "the" {
		fns = fns[:4] // no "the day before the day before ...": no recursion through relative
	}
	for _, f := range fns {
		if d, ok := f(k); ok && d.s.typ == doc.TimexDate && d.s.pod == doc.PartNone &&
			(d.s.kind == kWeekday || d.s.kind == kAbs && d.s.p.gran == doc.GranDay) {
			return d, true
		}
	}
	return match{}, false
}

// clauseAt says whether a clause (rather than a noun phrase) starts at piece k, by the
// language layer's clauses: the clause's first word or its verb is there ("the day
// before authorities issued a warrant", "the day before returning").
func (g *parser) clauseAt(k int) bool {
	if k >= len(g.ps) {
		return false
	}
	tok := g.ps[k].tok
	first, end := clausesNear(g.d, int(g.d.Tokens[tok].Sentence), tok)
	for _, c := range g.d.Clauses[first:end] {
		if c.FirstToken == tok || c.Verb.FirstToken == tok {
			return true
		}
	}
	return false
}
