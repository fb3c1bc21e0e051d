package timex

import (
	"strconv"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

func itoa(n int) string { return strconv.Itoa(n) }

// durValue is a duration of n units; n < 0 means an unknown count (PXY). Decades and
// centuries are counted in years, quarters in months (P10Y, P6M), as TimeML writes them.
func durValue(n int, u unit) doc.TimexValue {
	switch {
	case n < 0:
		return doc.DurationValue(-1, u)
	case u == uDecade:
		return doc.DurationValue(10*n, uYear)
	case u == uQuarter:
		return doc.DurationValue(3*n, uMonth)
	case u == uCentury:
		return doc.DurationValue(100*n, uYear)
	}
	return doc.DurationValue(n, u)
}

// durValue2 is a duration of two parts: a units and b units of v ("P2Y6M", "PT5H30M").
func durValue2(a int, u unit, b int, v unit) doc.TimexValue {
	return doc.TimexValue{Kind: doc.ValueDuration, Dur: [2]doc.DurationPart{{N: a, Unit: u}, {N: b, Unit: v}}}
}

// the vague points of TimeML, and the sets
var (
	presentRef = doc.RefValue(doc.PresentRef)
	pastRef    = doc.RefValue(doc.PastRef)
	futureRef  = doc.RefValue(doc.FutureRef)
)

// everyUnits is the set of every n units (P1W with quant EVERY: "every week").
func everyUnits(n int, u unit) doc.TimexValue {
	return doc.TimexValue{Kind: doc.ValueSet, Dur: [2]doc.DurationPart{{N: n, Unit: u}}}
}

// everyWeekday is the set of weekday wd (1 Monday .. 7), at a part of the day or not:
// XXXX-WXX-1, XXXX-WXX-2TNI.
func everyWeekday(wd int, part doc.PartOfDay) doc.TimexValue {
	return doc.TimexValue{Kind: doc.ValueSet, Gran: doc.GranDay, Weekday: wd, Part: part}
}

// everyPoint is the set of a calendar point of every year: XXXX-06, XXXX-SU, or of
// every day: TXXNI.
func everyPoint(p point) doc.TimexValue {
	v := p.timexValue()
	v.Kind = doc.ValueSet
	return v
}

// durReading is what durationExpr has read of "the past two weeks", "a few days later":
// pieces from i, the count at j, the unit at e.
type durReading struct {
	i, j    int    // the expression's first piece; the count's (after "the" and the lead)
	the     bool   // "the" before
	lead    string // "past", "next", "first", "another" ...: the word before the count
	n       int    // the count; -1 when unknown ("several days", "years")
	e       int    // the piece after the count
	vague   bool   // the count is vague ("a few", "several")
	counted bool   // a count was read (else a bare plural unit: "years")
	half    bool   // "half an hour"
	frac    bool   // "5 1/2 hours", "two and a half years"
	u       unit
	end     int // the piece after the unit (after "or so" when the unit is followed by it)
	unitEnd int // the piece after the unit
	s       sem
}

// durationExpr reads "two weeks", "30-year", "a few days", "several years", "the past
// two months", "the first nine months", "years", "half an hour", and the dates they
// make with "ago", "earlier", "later", "from now": the count, then the unit (rules for
// a counted unit or a bare plural one), then what the duration makes (durationShapes).
func (g *parser) durationExpr(i int) (match, bool) {
	r, ok := g.readCount(i)
	if !ok {
		return match{}, false
	}
	units := bareUnitRules
	if r.counted {
		g.readCountedUnit(&r)
		units = countedUnitRules
	}
	if m, v := applyIn(g, units, &g.scratch.dur, &r); v != pass {
		return m, v == accept
	}
	if r.counted {
		r.u, r.end = unitWords[g.w(r.e)], r.e+1
		if r.vague {
			r.n = -1
		}
		if g.w(r.end) == "and" && g.w(r.end+1) == "a" && g.w(r.end+2) == "half" {
			r.end += 3
			r.frac = true
		}
	} else {
		r.u, r.n, r.end = unitWords[g.w(r.j)], -1, r.j+1
		if r.lead == "" {
			r.i = r.j
		}
	}
	g.durationValue(&r)
	if m, v := applyIn(g, durationShapes, &g.scratch.dur, &r); v != pass {
		return m, v == accept
	}
	return match{start: r.i, end: r.end, s: r.s}, true
}

// readCount reads "the", a lead word and the count: "the past two", "another", "half
// a"; false for a year read as a count ("the 1988 second quarter").
func (g *parser) readCount(i int) (durReading, bool) {
	r := durReading{i: i, j: i}
	if g.w(r.j) == "the" {
		r.the = true
		r.j++
	}
	switch g.w(r.j) {
	case "past", "last", "next", "first", "coming", "previous", "latest", "final", "following", "remaining", "initial", "preceding", "recent":
		r.lead = g.w(r.j)
		r.j++
	case "another", "other", "additional", "further":
		if !r.the {
			r.lead = g.w(r.j)
			r.j++
		}
	}
	r.n, r.e, r.vague, r.counted = g.number(r.j)
	if r.counted && r.j < len(g.ps) && g.ps[r.j].digit == 4 && r.n >= 1600 && r.n <= 2100 {
		return r, false // "the 1988 second quarter": a year, not a count
	}
	if !r.counted && g.w(r.j) == "half" && (g.w(r.j+1) == "a" || g.w(r.j+1) == "an") {
		r.n, r.e, r.counted, r.half = 1, r.j+2, true, true
	}
	return r, true
}

// readCountedUnit moves r.e past what stands between a count and its unit: "5 1/2
// hours", "two-week", "eight trading days".
func (g *parser) readCountedUnit(r *durReading) {
	if !r.vague && g.w(r.e) == "1" && g.w(r.e+1) == "/" && g.w(r.e+2) == "2" {
		r.frac, r.e = true, r.e+3
	}
	if g.w(r.e) == "-" {
		r.e++
		if r.the && r.lead == "" {
			r.i = r.j // "the two-week strike": the article belongs to the noun
		}
	}
	if durationAdjectives[g.w(r.e)] && unitWords[g.w(r.e+1)] != uNone {
		r.e++ // "eight trading days", "two more weeks"
	}
}

// countedUnitRules decide what a count and the word after it make.
var countedUnitRules = []rule[durReading]{
	{"seasons-ago", "It snowed heavily [two winters ago].", seasonsAgo},
	{"seasons-set", "Floods hit the valley for [the past three summers].", seasonsSet},
	{"count-range", "The trial may take [two] to [six days].", countRange},
	{"count-not-unit", "The team scored [two goals].", countNotUnit},
	{"count-age", "The driver, [52 years] old, was unhurt.", countAge},
	{"count-compound", "Shares hit a [10-year]-high.", countCompound},
	{"count-fraction", "He sold [a quarter] of the shares.", countFraction},
	{"count-second-time", "She voted [a second] time.", countSecondTime},
	{"count-title", "He spoke on the show [60 Minutes] last night.", countTitle},
	{"count-the-a", "It was [the a day] to forget.", countTheA},
}

// seasonUnit is the season a counted unit names ("two winters", "one summer").
func (g *parser) seasonUnit(r *durReading) (doc.Season, bool) {
	hw := g.w(r.e)
	code := seasons[strings.TrimSuffix(hw, "s")]
	return code, code != doc.SeasonNone && (strings.HasSuffix(hw, "s") && r.n != 1 || r.n == 1) && !r.vague
}

// seasonsAgo: "two winters ago" is that season, so many years back.
func seasonsAgo(g *parser, r *durReading, out *match) verdict {
	if code, ok := g.seasonUnit(r); ok && g.w(r.e+1) == "ago" && r.lead == "" {
		return out.set(match{start: r.i, end: r.e + 2, s: sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranSeason, season: code}, relYear: true, n: -r.n}}, accept)
	}
	return pass
}

// seasonsSet: "for the past three summers" is summers over and over, each of its year.
func seasonsSet(g *parser, r *durReading, out *match) verdict {
	if code, ok := g.seasonUnit(r); ok && r.n != 1 {
		return out.set(match{start: r.i, end: r.e + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: lit(everyPoint(point{gran: doc.GranSeason, season: code}))}}, accept)
	}
	return pass
}

// countRange: in "two to six days", "12-18 months" the first end of a range takes the
// unit of the second (scan reads the second on its own).
func countRange(g *parser, r *durReading, out *match) verdict {
	hw := g.w(r.e)
	if _, isUnit := unitWords[hw]; isUnit || r.vague || hw != "to" && hw != "-" || r.n <= 0 {
		return pass
	}
	if n2, e2, vague2, ok2 := g.number(r.e + 1); ok2 && !vague2 && n2 > r.n {
		if u2, ok := unitWords[g.w(e2)]; ok && u2 != uHalf && u2 != uSeason && u2 != uQuarter && isPluralUnit(g.w(e2)) {
			return out.set(match{start: r.i, end: r.e, s: sem{kind: kLiteral, typ: doc.TimexDuration, value: lit(durValue(r.n, u2))}}, accept)
		}
	}
	return pass
}

// countNotUnit: a count of anything but a unit of time (halves and seasons are not
// counted as lengths).
func countNotUnit(g *parser, r *durReading, out *match) verdict {
	if uu, isUnit := unitWords[g.w(r.e)]; !isUnit || uu == uHalf || uu == uSeason {
		return out.set(match{}, reject)
	}
	return pass
}

// countAge: "52 years old", "a 52-year-old" is an age.
func countAge(g *parser, r *durReading, out *match) verdict {
	if e := r.e; g.w(e+1) == "-" && g.w(e+2) == "old" || g.w(e+1) == "old" {
		return out.set(match{}, reject)
	}
	return pass
}

// countCompound: "a 10-year-high" is no length of time.
func countCompound(g *parser, r *durReading, out *match) verdict {
	if r.e > 0 && g.ps[r.e-1].l == "-" && g.w(r.e+1) == "-" {
		return out.set(match{}, reject)
	}
	return pass
}

// countFraction: "a quarter of", "three-quarters" are fractions.
func countFraction(g *parser, r *durReading, out *match) verdict {
	if unitWords[g.w(r.e)] == uQuarter && !r.vague && (g.w(r.e+1) == "of" || r.e > r.j+1 && g.ps[r.e-1].l == "-" || g.w(r.j) == "a") {
		return out.set(match{}, reject)
	}
	return pass
}

// countSecondTime: "a second time" counts no seconds.
func countSecondTime(g *parser, r *durReading, out *match) verdict {
	if unitWords[g.w(r.e)] == uSecond && (g.w(r.j) == "a" || g.w(r.j) == "one") {
		return out.set(match{}, reject)
	}
	return pass
}

// countTitle: the show "60 Minutes", capitalised in running text, is a title.
func countTitle(g *parser, r *durReading, out *match) verdict {
	if g.ps[r.e].capitalised() && g.lowerBefore(r.j) {
		return out.set(match{}, reject)
	}
	return pass
}

// countTheA: "the a day" is no count.
func countTheA(g *parser, r *durReading, out *match) verdict {
	if r.the && r.lead == "" && !r.vague && g.ps[r.j].num < 0 && g.w(r.j) == "a" {
		return out.set(match{}, reject)
	}
	return pass
}

// bareUnitRules decide what a unit without a count makes: "years", "the past
// months", "a day-long meeting".
var bareUnitRules = []rule[durReading]{
	{"unit-long", "They held a [day-long] meeting.", unitLong},
	{"bare-not-plural", "Night and [day] they worked.", bareNotPlural},
	{"bare-the-units", "He loved [the years] he spent there.", bareTheUnits},
	{"bare-title", "She watched 20/20 and [60 Minutes].", bareTitle},
	{"bare-age", "The ship is [years] old.", bareAge},
}

// unitLong: "a day-long meeting", "the decades-long battle" are as long as a unit, or
// units.
func unitLong(g *parser, r *durReading, out *match) verdict {
	j := r.j
	hw := g.w(j)
	uu, isUnit := unitWords[hw]
	if !isUnit || uu <= uSecond || uu == uHalf || uu == uSeason || uu == uWeekend || uu == uQuarter ||
		g.w(j+1) != "-" || g.w(j+2) != "long" || r.the && r.lead == "" {
		return pass
	}
	n := 1
	if isPluralUnit(hw) {
		n = -1
	}
	i := r.i
	if r.lead == "" {
		i = j
	}
	return out.set(match{start: i, end: j + 3, s: sem{kind: kLiteral, typ: doc.TimexDuration, value: lit(durValue(n, uu))}}, accept)
}

// bareNotPlural: a unit alone is a length only in the plural ("years"); a quarter only
// after a lead ("the past quarters").
func bareNotPlural(g *parser, r *durReading, out *match) verdict {
	hw := g.w(r.j)
	if uu, isUnit := unitWords[hw]; !isUnit || !isPluralUnit(hw) || uu == uHalf || uu == uSeason || uu == uWeekend || uu == uQuarter && r.lead == "" {
		return out.set(match{}, reject)
	}
	return pass
}

// bareTheUnits: "the years" are particular ones, no length.
func bareTheUnits(g *parser, r *durReading, out *match) verdict {
	if r.the && r.lead == "" {
		return out.set(match{}, reject)
	}
	return pass
}

// bareTitle: "60 Minutes" after a number or a word, capitalised, is a title.
func bareTitle(g *parser, r *durReading, out *match) verdict {
	if j := r.j; g.ps[j].capitalised() && j > 0 && (g.ps[j-1].kind == doc.TokWord || g.ps[j-1].kind == doc.TokNumber) {
		return out.set(match{}, reject)
	}
	return pass
}

// bareAge: "years old" is an age; a count left behind ("52 years") was rejected.
func bareAge(g *parser, r *durReading, out *match) verdict {
	if j := r.j; g.w(j+1) == "old" || g.w(j+1) == "-" && g.w(j+2) == "old" || j > 0 && g.ps[j-1].num >= 0 {
		return out.set(match{}, reject)
	}
	return pass
}

// durationValue builds the duration read: n units, n and a half, half a unit; "the
// coming months" is the future; "the first nine months" puts a report's year in focus;
// "a week or so ago" reads over "or so".
func (g *parser) durationValue(r *durReading) {
	r.s, r.unitEnd = sem{kind: kLiteral, typ: doc.TimexDuration, value: lit(durValue(r.n, r.u))}, r.end
	if r.frac && r.n >= 0 {
		r.s.value = lit(halfMore(r.n, r.u))
	}
	if r.lead == "coming" && r.n < 0 && !r.counted {
		r.s = sem{kind: kLiteral, typ: doc.TimexDate, value: lit(futureRef)}
	}
	if r.the && r.u == uMonth && (r.n == 6 || r.n == 9) && (r.lead == "" || r.lead == "first" || r.lead == "latest") {
		r.s.periodFocus = true // a financial report's year to date
	}
	if g.w(r.end) == "or" && g.w(r.end+1) == "so" && g.w(r.end+2) == "ago" {
		r.end += 2
	}
	if r.half {
		switch r.u {
		case uHour:
			r.s.value = lit(doc.DurationValue(30, uMinute))
		case uYear:
			r.s.value = lit(doc.DurationValue(6, uMonth))
		case uDay:
			r.s.value = lit(doc.DurationValue(12, uHour))
		default:
			r.s.value = lit(durValue(-1, r.u))
		}
	}
}

// durationShapes decide what a duration makes besides a length: a day to come, a vague
// range, a date counted back or ahead.
var durationShapes = []rule[durReading]{
	{"one-day-future", "Islam will [one day] be the largest faith.", oneDayFuture},
	{"or-range", "The work takes [a year or two].", orRange},
	{"vague-later", "The plant closed on June 2. [A few days] later it reopened.", vagueLater},
	{"vague-ago", "The plant closed [years ago].", vagueAgo},
	{"counted-ago", "The plant closed [two weeks ago].", countedAgo},
}

// oneDayFuture: "Islam will one day be" is some day to come, not a length of one day.
func oneDayFuture(g *parser, r *durReading, out *match) verdict {
	if r.u == uDay && g.w(r.j) == "one" && !r.the && r.lead == "" && g.modalBefore(r.i) {
		return out.set(match{start: r.i, end: r.unitEnd, s: sem{kind: kLiteral, typ: doc.TimexDate, value: lit(futureRef)}}, accept)
	}
	return pass
}

// orRange: "a year or two", "weeks or months" is one expression, its lower bound,
// approximate; "in a year or two" some time ahead.
func orRange(g *parser, r *durReading, out *match) verdict {
	end := r.end
	if g.w(end) != "or" || r.half || r.frac {
		return pass
	}
	other := false
	if r.n > 0 {
		if n2, e2, vague2, ok2 := g.number(end + 1); ok2 && !vague2 && n2 > r.n && unitWords[g.w(e2)] == uNone {
			other, end = true, e2
		}
	} else if u2, ok2 := unitWords[g.w(end+1)]; ok2 && isPluralUnit(g.w(end+1)) && u2 > r.u {
		other, end = true, end+2
	}
	if !other {
		return pass
	}
	s := r.s
	s.mod = "APPROX"
	if r.n > 0 && g.w(r.i-1) == "in" {
		s = sem{kind: kLiteral, typ: doc.TimexDate, value: lit(futureRef)}
	}
	return out.set(match{start: r.i, end: end, s: s}, accept)
}

// dateWord is the word after a duration that makes it a date ("ago", "later", "from
// now", "before" ending a clause), "" when none does.
func (r *durReading) dateWord(g *parser) string {
	w := g.w(r.end)
	switch w {
	case "ago", "earlier", "later", "before", "after", "hence", "from":
	default:
		return ""
	}
	if r.lead != "" || w == "from" && g.w(r.end+1) != "now" || (w == "before" || w == "after") && !g.clauseEnd(r.end+1) {
		return ""
	}
	return w
}

// vagueLater: "a few days later" is some days from the day in focus, a date no one can
// write; TimeML keeps the length ("a few days", PXD) and leaves "later" out.
func vagueLater(g *parser, r *durReading, out *match) verdict {
	switch w := r.dateWord(g); w {
	case "later", "earlier", "before", "after":
		if r.n < 0 {
			return out.set(match{start: r.i, end: r.end, s: r.s}, accept)
		}
	}
	return pass
}

// vagueAgo: "years ago", "half a year later" are the past or the future, no date.
func vagueAgo(g *parser, r *durReading, out *match) verdict {
	w := r.dateWord(g)
	if w == "" || r.n >= 0 && !r.half {
		return pass
	}
	s := sem{kind: kLiteral, typ: doc.TimexDate, value: lit(pastRef)}
	if w == "later" || w == "from" || w == "after" || w == "hence" {
		s.value = lit(futureRef)
	}
	end := r.end
	if w == "from" {
		end++
	}
	return out.set(match{start: r.i, end: end + 1, s: s}, accept)
}

// countedAgo: "two weeks ago" counts back from the reference date, "two weeks later"
// ahead from the focus, "three days from now" ahead from the reference date.
func countedAgo(g *parser, r *durReading, out *match) verdict {
	w := r.dateWord(g)
	if w == "" {
		return pass
	}
	u, cnt := r.u, r.n
	if u == uDecade && cnt < 10 {
		u, cnt = uYear, 10*cnt // "a decade ago": the year ten years back, not the decade
	}
	length := r.s.literal() // the duration read, kept for when no clock time is in focus
	s := sem{typ: doc.TimexDate, u: u, n: -cnt, kind: kDeictic, counted: true}
	switch w {
	case "earlier", "before":
		s.kind = kAnaphoric
	case "later", "after":
		s.kind, s.n = kAnaphoric, cnt
	case "from", "hence":
		s.n = cnt
	}
	end := r.end
	if w == "from" {
		end++
	}
	if u <= uHour {
		s.typ = doc.TimexTime
		if s.kind == kAnaphoric {
			kept := length // (declared here: only this branch allocates)
			s.lengthOnly = &kept
		}
	}
	s.quarterFocus = u == uYear && cnt == 1
	return out.set(match{start: r.i, end: end + 1, s: s}, accept)
}

// durationAdjectives may stand between a count and its unit.
var durationAdjectives = map[string]bool{
	"trading": true, "business": true, "working": true, "more": true, "consecutive": true,
	"straight": true, "full": true, "calendar": true, "long": true, "successive": true,
	"additional": true, "further": true, "short": true,
}

// halfMore is n and a half units: PT5H30M, P2Y6M, P1DT12H, PT1M30S.
func halfMore(n int, u unit) doc.TimexValue {
	switch u {
	case uHour:
		return durValue2(n, uHour, 30, uMinute)
	case uMinute:
		return durValue2(n, uMinute, 30, uSecond)
	case uDay:
		return durValue2(n, uDay, 12, uHour)
	case uYear:
		return durValue2(n, uYear, 6, uMonth)
	case uWeek:
		return durValue2(7*n+3, uDay, 12, uHour)
	case uMonth:
		return durValue2(n, uMonth, 15, uDay)
	case uDecade:
		return doc.DurationValue(10*n+5, uYear)
	}
	return durValue(n, u)
}

// clauseEnd says whether piece i ends what comes before it: the sentence ends, or the
// word there opens no phrase (the language layer's chunks: punctuation, a coordinating
// conjunction), so that "the year before" ends its phrase in "the year before." and
// "..., and", not in "the year before the vote".
func (g *parser) clauseEnd(i int) bool {
	if i >= len(g.ps) {
		return true
	}
	p := g.ps[i]
	return p.kind == doc.TokPunct || p.kind == doc.TokDash || g.d.ChunkAt(p.tok) < 0
}

// lowerBefore says whether the nearest word before piece j is in lower case (running
// text, not a headline in title case).
func (g *parser) lowerBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if g.ps[k].kind == doc.TokWord {
			return !g.ps[k].capitalised()
		}
	}
	return false
}

// modalBefore says whether a modal verb ("will", "could", "may": the language layer's
// class) stands just before piece i, an adverb between them allowed.
func (g *parser) modalBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if text.Is(g.w(k), doc.ClassModal) {
			return true
		}
	}
	return false
}
