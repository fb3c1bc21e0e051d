package timex

import (
	"time"

	"lede/analyzer/doc"
)

// anchorCtx is what a value is resolved against: the reference date (the article's now)
// and the narrative's focus (the last date the text spoke of).
type anchorCtx struct {
	sem      sem // the expression the resolution rules work on (resolveIn)
	ref      point
	hasRef   bool
	focus    point
	hasFocus bool
	future   bool // the clause speaks of the future ("will", "next")
	past     bool // a verb in the past tense stands near
	habit    bool // a frequency adverb stands before ("usually"): a calendar part of no one year
	present  bool // "is", "are" stand just before ("are meeting Monday")
	// ytd: the focus is the year to date of a report ("for the nine months")
	ytd bool
	// quarter is the last quarter the text named ("third-quarter"), for the financial
	// "the quarter", "the latest period"; zero when none.
	quarter point
	// quarterFiscal: quarter is named by the company's count ("its fourth quarter ended
	// Sept. 30"), not a calendar quarter, so "the latest" may carry a later number
	quarterFiscal bool
	// weekdays holds the day each bare weekday name was last taken to mean, by the tense
	// of its clause (index 1..7): a mention with no tense to go by is the same day, as an
	// article speaks of one Tuesday unless it says "last" or "next"
	weekdays [8]point
}

// resolved is a computed value.
type resolved struct {
	value    doc.TimexValue
	gran     doc.Granularity
	p        point
	ok       bool   // anchored in a known calendar
	anchor   string // absolute | deictic | anaphoric
	hasPoint bool   // p is a calendar point that can become the focus
	// lengthOnly: the expression is read as its duration (sem.lengthOnly), without the
	// signal word that ends it
	lengthOnly bool
}

// resolve computes the TIMEX3 value of s.
func resolve(s sem, c *anchorCtx) resolved {
	var r resolved
	switch s.kind {
	case kLiteral:
		return resolved{value: s.literal(), ok: true, anchor: "absolute"}
	case kAbs:
		r = c.absolute(s)
	case kDeictic:
		r = c.deictic(s)
	case kAnaphoric:
		r = c.anaphoric(s)
	case kWeekday:
		r = c.weekday(s)
	}
	if s.dayShift != 0 && r.p.gran == doc.GranDay {
		if r.p.known() {
			r.p = fromDate(r.p.date().AddDate(0, 0, s.dayShift))
		} else {
			r.p.d = 0 // the day is not known without the year: only the month stays
		}
	}
	if s.weekOf && r.p.gran == doc.GranDay {
		r.p.gran = doc.GranWeek // "the week of March 6"
	}
	if s.subQ > 0 && r.p.known() {
		r.p = point{gran: doc.GranQuarter, y: r.p.y, q: s.subQ, half: s.subHalf}
	}
	if r.lengthOnly {
		return r
	}
	r.p = addTime(r.p, s)
	r.value, r.gran = r.p.timexValue(), r.p.gran
	r.hasPoint = r.p.known() && !(r.p.gran >= doc.GranDay && r.p.d == 0) // "1998-10-XX" anchors nothing
	return r
}

// addTime refines a day to a part of day or a clock time.
func addTime(p point, s sem) point {
	if p.gran != doc.GranDay {
		return p
	}
	switch {
	case s.hasTime:
		p.gran, p.hh, p.mm = doc.GranTime, s.hh, s.mm
	case s.pod != doc.PartNone:
		p.gran, p.pod = doc.GranPartOfDay, s.pod
	}
	return p
}

// absolute resolves a calendar point ("June 2", "last March", "the fourth quarter"):
// the first rule of absoluteRules that applies.
func (c *anchorCtx) absolute(s sem) resolved {
	r, _ := c.resolveIn(absoluteRules, &s, 0) // (nearestYearRule applies to all that is left)
	return r
}

// resolveIn tries the rules in order on s, kept meanwhile in c.sem (as applyIn keeps a
// reading in the parser: a local handed to the rules would escape to the heap); s gets
// what the rules wrote.
func (c *anchorCtx) resolveIn(rules []resolveRule, s *sem, g doc.Granularity) (resolved, bool) {
	saved := c.sem
	c.sem = *s
	defer func() { *s, c.sem = c.sem, saved }()
	for k := range rules {
		if r, ok := rules[k].resolve(c, &c.sem, g); ok {
			if traceRule != nil {
				traceRule(rules[k].name, accept)
			}
			return r, true
		}
	}
	return resolved{}, false
}

// absoluteRules resolve a calendar point, in order.
var absoluteRules = []resolveRule{
	{"year-given", "The plant opened on [June 2, 1998].", yearGiven},
	{"no-reference", "ref: none\nThe plant opened on [June 2].", noReference},
	{"habitual-any-year", "Sales usually peak in [the fourth quarter].", habitualAnyYear},
	{"year-named-after", "The plant opened in [June last year].", yearNamedAfter},
	{"last-named", "The plant opened [last March].", lastNamed},
	{"next-named", "The plant opens [next March].", nextNamed},
	{"this-named", "The plant opens [this March].", thisNamed},
	{"nearest-year", "The plant opened on [June 2].", nearestYearRule},
}

// yearGiven: the year is written ("June 2, 1998"), or the point is a year or longer.
func yearGiven(_ *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	p := s.p
	if p.y == 0 && p.gran > doc.GranYear {
		return resolved{}, false
	}
	if s.holiday != "" && p.y != 0 {
		p.m, p.d = holidayDay(s.holiday, p.y)
	}
	return resolved{p: p, ok: p.y != 0, anchor: "absolute"}, true
}

// noReference: without a reference date the year stays unknown.
func noReference(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	return resolved{p: s.p, anchor: "deictic"}, !c.hasRef
}

// habitualAnyYear: "sales usually peak in the fourth quarter": XXXX-Q4, any year.
func habitualAnyYear(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if !c.habit || s.dir != 0 || s.relYear || s.holiday != "" {
		return resolved{}, false
	}
	return resolved{p: s.p, ok: true, anchor: "absolute"}, true
}

// yearNamedAfter: "June last year", "January this year": the year the words after say.
func yearNamedAfter(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if !s.relYear {
		return resolved{}, false
	}
	return c.inYear(s, c.ref.y+s.n, 0), true
}

// lastNamed: "last March", "last summer": the latest one over before this month. The
// month just over would be "last month": "last February" said in March is the
// February of the year before; winter runs into the next year, and is never over by
// December.
func lastNamed(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.dir != -1 {
		return resolved{}, false
	}
	p := c.atRefYear(s)
	first, y := firstMonth(p), c.ref.y
	last := first
	if p.gran == doc.GranSeason {
		last = first + 2
	}
	if last >= c.ref.m || p.gran == doc.GranMonth && p.d == 0 && last == c.ref.m-1 {
		y--
	}
	return c.inYear(s, y, s.yearDelta), true
}

// nextNamed: "next March": the next one to begin after this month.
func nextNamed(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.dir != 1 {
		return resolved{}, false
	}
	y := c.ref.y
	if firstMonth(c.atRefYear(s)) <= c.ref.m {
		y++
	}
	return c.inYear(s, y, s.yearDelta), true
}

// thisNamed: "this March", "this summer": the reference year's.
func thisNamed(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.dir != 2 {
		return resolved{}, false
	}
	return c.inYear(s, c.ref.y, s.yearDelta), true
}

// nearestYearRule: a point without its year is in the year that puts it closest to
// the reference date (nearestYear).
func nearestYearRule(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	y := c.ref.y
	if p := c.atRefYear(s); s.dir == 0 {
		y = c.nearestYear(p, firstMonth(p))
	}
	return c.inYear(s, y, s.yearDelta), true
}

// atRefYear is point s.p with a holiday's day in the reference year, the day the
// rules compare with the reference date.
func (c *anchorCtx) atRefYear(s *sem) point {
	p := s.p
	if s.holiday != "" {
		p.m, p.d = holidayDay(s.holiday, c.ref.y)
	}
	return p
}

// inYear is point s.p in year y (moved by delta years); a holiday's day is that of
// year y.
func (c *anchorCtx) inYear(s *sem, y, delta int) resolved {
	p := s.p
	p.y = y + delta
	if s.holiday != "" {
		p.m, p.d = holidayDay(s.holiday, y)
	}
	return resolved{p: p, ok: true, anchor: "deictic"}
}

// firstMonth is the first month a calendar point covers (a quarter's, a half's, a
// season's).
func firstMonth(p point) int {
	switch p.gran {
	case doc.GranQuarter:
		if p.half {
			return (p.q-1)*6 + 1
		}
		return (p.q-1)*3 + 1
	case doc.GranSeason:
		return p.season.FirstMonth()
	}
	return p.m
}

// nearestYear picks the year (the reference's, the one before or after) that puts the
// period closest to the reference date, counting the future double (news report the
// past), the past double when the clause is in the future.
func (c *anchorCtx) nearestYear(p point, first int) int {
	refT := c.ref.date()
	best, bestScore := c.ref.y, -1.0
	for y := c.ref.y - 1; y <= c.ref.y+1; y++ {
		var start, end time.Time
		switch p.gran {
		case doc.GranDay, doc.GranPartOfDay, doc.GranTime:
			start = time.Date(y, time.Month(p.m), max(p.d, 1), 0, 0, 0, 0, time.UTC)
			end = start
		default:
			months := 1
			switch p.gran {
			case doc.GranQuarter:
				months = 3
				if p.half {
					months = 6
				}
			case doc.GranSeason:
				months = 3
			}
			start = time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(0, months, -1)
		}
		days := func(t time.Time) float64 { return t.Sub(refT).Hours() / 24 }
		mid := start.Add(end.Sub(start) / 2)
		if p.gran == doc.GranQuarter {
			mid = end // a quarter is reported on once it has ended
		}
		dist := days(mid)
		score := dist
		if dist < 0 {
			score = -dist
			if c.future {
				score *= 6 // "will ... in December": a month still to come, as the past tense weighs the future
			}
		} else if c.past && p.gran != doc.GranQuarter {
			score *= 6 // a verb in the past tense: the period has most likely begun (fiscal quarters aside)
		} else if !c.future {
			score *= 2
		}
		if bestScore < 0 || score < bestScore {
			best, bestScore = y, score
		}
	}
	return best
}

// deictic counts units from the reference date.
func (c *anchorCtx) deictic(s sem) resolved {
	if s.quarterFocus && c.hasFocus && c.focus.gran == doc.GranQuarter && !c.focus.half {
		return resolved{p: c.focus.shift(4*s.n, uQuarter), ok: true, anchor: "anaphoric"}
	}
	if !c.hasRef {
		p := point{gran: unitGran(s.u)}
		if s.u == uWeekend {
			p.weekend = true
		}
		return resolved{p: p, anchor: "deictic"}
	}
	return resolved{p: shiftFrom(c.ref, s), ok: true, anchor: "deictic"}
}

// shiftFrom moves a base point by s.n units of s.u.
func shiftFrom(base point, s sem) point {
	if s.u == uWeekend && s.dir == -1 && s.n == 0 {
		// the weekend just past (or this one, on a Saturday or Sunday)
		t := base.date()
		wd := isoWeekday(t)
		if wd < 6 {
			t = t.AddDate(0, 0, -wd)
		}
		p := fromDate(t)
		p.gran, p.weekend = doc.GranWeek, true
		return p
	}
	if s.n == 0 {
		p := base.at(unitGran(s.u))
		if s.u == uWeekend {
			p.weekend = true
		}
		if s.u == uSeason && p.season == doc.SeasonNone {
			p.season = seasonOf(base.m)
		}
		return p
	}
	return base.shift(s.n, s.u)
}

// resolveRule is one way an anaphoric expression is resolved: its name, an example
// ([brackets] mark the expression) and the resolution, false when it does not apply.
type resolveRule struct {
	name    string
	example string
	resolve func(c *anchorCtx, s *sem, g doc.Granularity) (resolved, bool)
}

// anaphoric counts units from the focus, when it is fine enough, else from the
// reference date: the first rule of anaphoraRules that applies. g is the granularity
// of the value sought (a weekday's is the day).
func (c *anchorCtx) anaphoric(s sem) resolved {
	g := unitGran(s.u)
	if s.u == uDay && s.wd > 0 {
		g = doc.GranDay
	}
	if r, ok := c.resolveIn(anaphoraRules, &s, g); ok {
		return r
	}
	return resolved{p: shiftFrom(c.ref, s), ok: true, anchor: "deictic"} // (fromRef applies to all that is left)
}

// anaphoraRules resolve "the next day", "a year earlier", "the quarter", in order.
var anaphoraRules = []resolveRule{
	{"length-only", "The talks began. [Just over an hour] later they ended.", lengthOnly},
	{"time-to-come", "The rocket flew on June 2. The launch is set for [3 p.m.]", timeToCome},
	{"yearless-focus", "ref: none\nThe plant closed on June 24. It reopened [the next day].", yearlessFocus},
	{"day-of-month-focus", "The plant closed last October. [That same day] it was sold.", dayOfMonthFocus},
	{"quarter-ended", "Profit rose in [the quarter] ended Sept. 30.", quarterEnded},
	{"same-period-year", "For the nine months profit rose from [the year-earlier period].", samePeriodYear},
	{"same-period-quarter", "Third-quarter profit rose from [the year-earlier quarter].", samePeriodQuarter},
	{"year-of-ytd", "For the nine months profit rose from [the 1988 period].", yearOfYTD},
	{"year-of-quarter", "Third-quarter profit rose from [the 1988 period].", yearOfQuarter},
	{"quarter-named", "Third-quarter profit rose 5%. In [the quarter], sales fell.", quarterNamed},
	{"latest-quarter", "Profit rose in [the latest quarter].", latestQuarter},
	{"from-focus", "The plant closed on June 2. It reopened [two weeks later].", fromFocus},
	{"quarter-not-named", "Profit rose in [the quarter].", quarterNotNamed},
	{"from-month-focus", "The plant closed in March. It reopened [two weeks later].", fromMonthFocus},
	{"some-week-of-year", "Sales rose in 2022. [A week earlier] they fell.", someWeekOfYear},
	{"no-anchor", "ref: none\nIt reopened [the next day].", noAnchor},
	{"weekday-from-ref", "It reopened [the following Tuesday].", weekdayFromRef},
}

// lengthOnly: "just over an hour later" with no clock time in focus is no time one can
// write: the duration, "later" left out as TimeML does.
func lengthOnly(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.lengthOnly == nil || s.lengthOnly.IsZero() || c.hasFocus && c.focus.known() && c.focus.gran == doc.GranTime {
		return resolved{}, false
	}
	return resolved{value: *s.lengthOnly, ok: true, anchor: "absolute", lengthOnly: true}, true
}

// timeToCome: "the launch is set for 3 p.m." is a time to come, not on a day already past.
func timeToCome(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.u == uDay && s.n == 0 && s.wd == 0 && (s.hasTime || s.pod != doc.PartNone) && c.future && c.hasRef &&
		c.hasFocus && c.focus.known() && c.focus.gran >= doc.GranDay && c.focus.date().Before(c.ref.date()) {
		return resolved{p: c.ref.at(doc.GranDay), ok: true, anchor: "deictic"}, true
	}
	return resolved{}, false
}

// yearlessFocus: "the next day" after "June 24" with no year known is XXXX-06-25. The
// arithmetic runs in a common (non-leap) year and the year is dropped again.
func yearlessFocus(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if !c.hasFocus || c.focus.known() || c.focus.m == 0 || c.focus.d == 0 || s.u != uDay && s.u != uWeek || s.wd != 0 {
		return resolved{}, false
	}
	base := c.focus
	base.y, base.gran = 2001, doc.GranDay
	p := shiftFrom(base, *s)
	if p.gran != doc.GranDay {
		return resolved{}, false
	}
	p.y = 0
	return resolved{p: p, anchor: "anaphoric"}, true
}

// dayOfMonthFocus: "that same day" after "last October" is a day of that month, which
// one unsaid.
func dayOfMonthFocus(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.u == uDay && s.that && s.n == 0 && s.wd == 0 && c.hasFocus && c.focus.known() && c.focus.gran == doc.GranMonth {
		return resolved{p: point{gran: doc.GranDay, y: c.focus.y, m: c.focus.m}, ok: true, anchor: "anaphoric"}, true
	}
	return resolved{}, false
}

// quarterEnded: "the quarter ended Sept. 30" is the quarter that holds that day, or the
// quarter the text named of that year, by the company's fiscal count ("its fiscal first
// quarter ... the quarter ended Sept. 29").
func quarterEnded(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.endsOn == nil {
		return resolved{}, false
	}
	r := c.absolute(sem{kind: kAbs, typ: doc.TimexDate, p: *s.endsOn})
	if c.quarter.known() && r.p.known() && c.quarter.y == r.p.y {
		return resolved{p: c.quarter, ok: true, anchor: "anaphoric"}, true
	}
	return resolved{p: r.p.at(doc.GranQuarter), ok: r.p.known(), anchor: r.anchor}, true
}

// samePeriodYear: "year-ago", "year-earlier" after a report's year ("for the nine
// months") is the year before the one reported on (not before the last date named,
// which may itself be the year-ago one).
func samePeriodYear(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if !s.samePeriod || !c.hasRef || !(c.ytd || !s.quarterNoun && c.hasFocus && c.focus.gran == doc.GranYear) {
		return resolved{}, false
	}
	y := c.ref.y
	if c.ytd && c.focus.known() {
		y = c.focus.y
	}
	return resolved{p: point{gran: doc.GranYear, y: y - 1}, ok: true, anchor: "anaphoric"}, true
}

// samePeriodQuarter: "the year-ago quarter" is the reported quarter, a year before.
func samePeriodQuarter(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if !s.samePeriod {
		return resolved{}, false
	}
	if base, ok := c.reportedQuarter(); ok {
		return resolved{p: base.shift(-4, uQuarter), ok: true, anchor: "anaphoric"}, true
	}
	return resolved{}, false
}

// yearOfYTD: "the 1988 period" after "the nine months" is that year.
func yearOfYTD(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.yearOf == 0 || !c.ytd {
		return resolved{}, false
	}
	return resolved{p: point{gran: doc.GranYear, y: s.yearOf}, ok: true, anchor: "anaphoric"}, true
}

// yearOfQuarter: "the 1988 period" is the quarter in focus (the last one reported),
// that year.
func yearOfQuarter(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.yearOf == 0 {
		return resolved{}, false
	}
	q := 3
	if c.quarter.known() {
		q = c.quarter.q
	} else if c.hasRef {
		q = c.ref.shift(-1, uQuarter).q
	}
	return resolved{p: point{gran: doc.GranQuarter, y: s.yearOf, q: q}, ok: true, anchor: "anaphoric"}, true
}

// quarterNamed: "the quarter", "the latest period" is the last quarter the text named,
// if it is over ("the latest quarter" is never one still to come).
func quarterNamed(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.u != uQuarter || !c.quarter.known() {
		return resolved{}, false
	}
	q := c.quarter
	if s.latest && c.hasRef && c.ref.shift(-1, uQuarter).before(q) && !c.quarterFiscal {
		q = c.ref.shift(-1, uQuarter)
	}
	return resolved{p: q.shift(s.n, uQuarter), ok: true, anchor: "anaphoric"}, true
}

// latestQuarter: "the latest quarter" with no quarter named yet is the last one over.
func latestQuarter(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.u != uQuarter || !s.latest || !c.hasRef {
		return resolved{}, false
	}
	return resolved{p: c.ref.shift(-1, uQuarter), ok: true, anchor: "deictic"}, true
}

// fromFocus: units counted from the focus when it is fine enough ("two weeks later"
// than June 2; "a year earlier" than a quarter is that quarter a year back; "the
// following Tuesday" after a day; "a week earlier" than a day is a day).
func fromFocus(c *anchorCtx, s *sem, g doc.Granularity) (resolved, bool) {
	quarterOK := s.u != uQuarter || c.focus.gran == doc.GranQuarter
	if !c.hasFocus || !quarterOK || !(c.focus.gran >= g || s.quarterFocus && c.focus.gran == doc.GranQuarter) {
		return resolved{}, false
	}
	base := c.focus
	if s.quarterFocus && base.gran == doc.GranQuarter && !base.half {
		return resolved{p: base.shift(4*s.n, uQuarter), ok: true, anchor: "anaphoric"}, true
	}
	if s.wd > 0 {
		return resolved{p: nextWeekday(base, s.wd, s.dir*2), ok: true, anchor: "anaphoric"}, true
	}
	if base.gran == doc.GranPartOfDay || base.gran == doc.GranTime && s.u > uHour {
		base.gran = doc.GranDay // (hours and minutes move a clock time itself)
	}
	if base.gran == doc.GranDay && s.u == uWeek && s.n != 0 && s.counted {
		return resolved{p: fromDate(base.date().AddDate(0, 0, 7*s.n)), ok: true, anchor: "anaphoric"}, true
	}
	return resolved{p: shiftFrom(base, *s), ok: true, anchor: "anaphoric"}, true
}

// quarterNotNamed: "the quarter" with no quarter in focus is the last one reported.
func quarterNotNamed(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.u != uQuarter || s.n != 0 || !c.hasRef {
		return resolved{}, false
	}
	return resolved{p: c.ref.shift(-1, uQuarter), ok: true, anchor: "deictic"}, true
}

// fromMonthFocus: "two weeks later" than "March" is counted from the focus's first day
// (days and weeks are not counted from a quarter or a year: "a week earlier" than
// "2024" is unknown).
func fromMonthFocus(c *anchorCtx, s *sem, g doc.Granularity) (resolved, bool) {
	if !c.hasFocus || !c.focus.known() || s.n == 0 || s.wd != 0 || c.focus.gran < doc.GranYear || c.focus.gran >= g || s.quarterFocus ||
		!(c.focus.gran == doc.GranMonth || unitGran(s.u) <= doc.GranMonth) {
		return resolved{}, false
	}
	base := point{gran: doc.GranDay, y: c.focus.y, m: max(c.focus.m, 1), d: max(c.focus.d, 1)}
	if c.focus.gran == doc.GranQuarter && !c.focus.half {
		base.m = (c.focus.q-1)*3 + 1
	}
	return resolved{p: shiftFrom(base, *s), ok: true, anchor: "anaphoric"}, true
}

// someWeekOfYear: "a week earlier" than "2022" is a week of that year, which one unsaid.
func someWeekOfYear(c *anchorCtx, s *sem, g doc.Granularity) (resolved, bool) {
	if !c.hasFocus || !c.focus.known() || s.n == 0 || s.wd != 0 || !s.counted || c.focus.gran >= doc.GranMonth || g <= doc.GranMonth {
		return resolved{}, false
	}
	return resolved{p: point{gran: g, y: c.focus.y}, anchor: "anaphoric"}, true
}

// noAnchor: with no focus fine enough and no reference date, the value stays unknown.
func noAnchor(c *anchorCtx, _ *sem, g doc.Granularity) (resolved, bool) {
	if c.hasRef {
		return resolved{}, false
	}
	return resolved{p: point{gran: g}, anchor: "anaphoric"}, true
}

// weekdayFromRef: "the following Tuesday" with no day in focus is counted from the
// reference date; anything else left is counted from it too.
func weekdayFromRef(c *anchorCtx, s *sem, _ doc.Granularity) (resolved, bool) {
	if s.wd <= 0 {
		return resolved{}, false
	}
	return resolved{p: nextWeekday(c.ref, s.wd, s.dir*2), ok: true, anchor: "deictic"}, true
}

// weekday resolves a day of the week: the most recent one (news speak of the past),
// the coming one when the clause is in the future or says "next".
func (c *anchorCtx) weekday(s sem) resolved {
	if !c.hasRef {
		return resolved{p: point{gran: doc.GranDay}, anchor: "deictic"}
	}
	dir := s.dir
	if dir == 0 {
		dir = -1
		if c.future {
			dir = 1
		} else if !c.past && c.present {
			dir = 1 // "the leaders are meeting Monday": a plan, in the present tense
		} else if !c.past {
			// no tense to go by: the past, unless the day is tomorrow (news say
			// "yesterday" for the day before, but often the weekday for the day after)
			back := nextWeekday(c.ref, s.wd, -1).date()
			ahead := nextWeekday(c.ref, s.wd, 1).date()
			if 3*ahead.Sub(c.ref.date()) < c.ref.date().Sub(back) {
				dir = 1
			}
		}
	}
	p := nextWeekday(c.ref, s.wd, dir)
	if s.dir == 0 && s.wd >= 1 && s.wd <= 7 {
		if prev := c.weekdays[s.wd]; prev.known() && !c.future && !c.past {
			p = prev // no tense here: the Tuesday the article already spoke of
		} else if !prev.known() || c.future || c.past {
			c.weekdays[s.wd] = p
		}
	}
	return resolved{p: p, ok: true, anchor: "deictic"}
}

// nextWeekday finds weekday wd from base: dir -1 on or before, +1 on or after, -2
// strictly before, +2 strictly after.
func nextWeekday(base point, wd, dir int) point {
	t := base.date()
	cur := isoWeekday(t)
	var diff int
	switch dir {
	case -1, -2:
		diff = -((cur - wd + 7) % 7)
		if diff == 0 && dir == -2 {
			diff = -7
		}
	default:
		diff = (wd - cur + 7) % 7
		if diff == 0 && dir == 2 {
			diff = 7
		}
	}
	return fromDate(t.AddDate(0, 0, diff))
}

// reportedQuarter is the quarter a financial text speaks of: the focus when it is a
// quarter, else the last quarter named, else the quarter of the focus's day or month,
// else the last quarter over at the reference date.
func (c *anchorCtx) reportedQuarter() (point, bool) {
	// a quarter reported on is one of the last few: not the year-ago one just named
	recent := func(q point) bool { return !c.hasRef || !q.before(c.ref.shift(-3, uQuarter)) }
	switch {
	case c.ytd && c.hasFocus && c.focus.gran == doc.GranYear:
		return point{}, false // "for the nine months ... in the year-earlier period": the year
	case c.hasFocus && c.focus.gran == doc.GranQuarter && !c.focus.half && c.focus.q > 0 && c.focus.known() && recent(c.focus) && c.reportable(c.focus, false):
		return c.focus, true
	case c.quarter.known() && recent(c.quarter):
		return c.quarter, true
	case c.hasFocus && c.focus.known() && c.focus.m > 0 && c.focus.gran >= doc.GranMonth:
		return c.focus.at(doc.GranQuarter), true
	case c.hasRef:
		return c.ref.shift(-1, uQuarter), true
	}
	return point{}, false
}

// reportable says whether quarter q can be the one a financial text reports on: over at
// the reference date ("results through the third quarter of 1990" looks ahead), and not
// earlier than the calendar quarter already taken as reported ("after a flat second
// quarter" is a comparison inside a third-quarter report). A fiscal quarter ("the
// fiscal second quarter", "its fourth quarter ended Sept. 30") is the company's own
// count: it is always reportable and replaces any other.
func (c *anchorCtx) reportable(q point, fiscal bool) bool {
	if fiscal {
		return true // its label is not a calendar quarter: neither check applies
	}
	if c.hasRef && !q.before(c.ref.at(doc.GranQuarter)) {
		return false
	}
	return !c.quarter.known() || !q.before(c.quarter)
}

// before says whether quarter p comes before quarter q.
func (p point) before(q point) bool { return p.y*4+p.q < q.y*4+q.q }
