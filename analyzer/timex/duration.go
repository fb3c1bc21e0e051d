package timex

import (
	"strconv"
	"strings"

	"lede/analyzer/doc"
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

// durationExpr reads "two weeks", "30-year", "a few days", "several years", "the past
// two months", "the first nine months", "years", "half an hour", and the dates they
// make with "ago", "earlier", "later", "from now".
func (g *parser) durationExpr(i int) (match, bool) {
	j := i
	the := false
	if g.w(j) == "the" {
		the = true
		j++
	}
	lead := ""
	switch g.w(j) {
	case "past", "last", "next", "first", "coming", "previous", "latest", "final", "following", "remaining", "initial", "preceding", "recent":
		lead = g.w(j)
		j++
	case "another", "other", "additional", "further":
		if !the {
			lead = g.w(j)
			j++
		}
	}
	n, e, vague, ok := g.number(j)
	if ok && j < len(g.ps) && g.ps[j].digit == 4 && n >= 1600 && n <= 2100 {
		return match{}, false // "the 1988 second quarter": a year, not a count
	}
	half := false
	if !ok && g.w(j) == "half" && (g.w(j+1) == "a" || g.w(j+1) == "an") {
		n, e, ok, half = 1, j+2, true, true
	}
	var u unit
	var end int
	frac := false // "5 1/2 hours"
	if ok && !vague && g.w(e) == "1" && g.w(e+1) == "/" && g.w(e+2) == "2" {
		frac, e = true, e+3
	}
	if ok {
		if g.w(e) == "-" {
			e++
			if the && lead == "" {
				i = j // "the two-week strike": the article belongs to the noun
			}
		}
		if durationAdjectives[g.w(e)] && unitWords[g.w(e+1)] != uNone {
			e++ // "eight trading days", "two more weeks"
		}
		hw := g.w(e)
		uu, isUnit := unitWords[hw]
		if code := seasons[strings.TrimSuffix(hw, "s")]; code != doc.SeasonNone && (strings.HasSuffix(hw, "s") && n != 1 || n == 1) && !vague {
			if g.w(e+1) == "ago" && lead == "" {
				// "two winters ago": that season, so many years back
				return match{start: i, end: e + 2, s: sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranSeason, season: code}, relYear: true, n: -n}}, true
			}
			if n != 1 {
				// "for the past three summers": summers over and over, each of its year
				return match{start: i, end: e + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: everyPoint(point{gran: doc.GranSeason, season: code})}}, true
			}
		}
		if !isUnit && !vague && (hw == "to" || hw == "-") && n > 0 {
			// "two to six days", "12-18 months": the first end of a range takes the unit
			// of the second (scan reads the second on its own)
			if n2, e2, vague2, ok2 := g.number(e + 1); ok2 && !vague2 && n2 > n {
				if u2, ok := unitWords[g.w(e2)]; ok && u2 != uHalf && u2 != uSeason && u2 != uQuarter && isPluralUnit(g.w(e2)) {
					return match{start: i, end: e, s: sem{kind: kLiteral, typ: doc.TimexDuration, value: durValue(n, u2)}}, true
				}
			}
		}
		if !isUnit || uu == uHalf || uu == uSeason {
			return match{}, false
		}
		if g.w(e+1) == "-" && g.w(e+2) == "old" || g.w(e+1) == "old" {
			return match{}, false // an age
		}
		if e > 0 && g.ps[e-1].l == "-" && g.w(e+1) == "-" {
			return match{}, false // "a 10-year-high"
		}
		if uu == uQuarter && !vague && (g.w(e+1) == "of" || e > j+1 && g.ps[e-1].l == "-" || g.w(j) == "a") {
			return match{}, false // "a quarter of", "three-quarters": fractions
		}
		if uu == uSecond && (g.w(j) == "a" || g.w(j) == "one") {
			return match{}, false // "a second time"
		}
		if g.ps[e].capitalised() && g.lowerBefore(j) {
			return match{}, false // "the show "60 Minutes"": a title in running text
		}
		u, end = uu, e+1
		if vague {
			n = -1
		}
		if g.w(end) == "and" && g.w(end+1) == "a" && g.w(end+2) == "half" {
			end += 3
			frac = true
		}
	} else {
		hw := g.w(j)
		uu, isUnit := unitWords[hw]
		if isUnit && uu > uSecond && uu != uHalf && uu != uSeason && uu != uWeekend && uu != uQuarter &&
			g.w(j+1) == "-" && g.w(j+2) == "long" && !(the && lead == "") {
			// "a day-long meeting", "the decades-long battle": as long as a unit, or units
			n := 1
			if isPluralUnit(hw) {
				n = -1
			}
			if lead == "" {
				i = j
			}
			return match{start: i, end: j + 3, s: sem{kind: kLiteral, typ: doc.TimexDuration, value: durValue(n, uu)}}, true
		}
		// a bare plural unit: "years", "the past few months" handled above
		if !isUnit || !isPluralUnit(hw) || uu == uHalf || uu == uSeason || uu == uWeekend || uu == uQuarter && lead == "" {
			return match{}, false
		}
		if the && lead == "" {
			return match{}, false
		}
		if g.ps[j].capitalised() && j > 0 && (g.ps[j-1].kind == doc.TokWord || g.ps[j-1].kind == doc.TokNumber) {
			return match{}, false // "60 Minutes": a title, not a duration
		}
		if g.w(j+1) == "old" || g.w(j+1) == "-" && g.w(j+2) == "old" || j > 0 && g.ps[j-1].num >= 0 {
			return match{}, false // "52 years old": an age; a count left behind ("52 years") was rejected
		}
		u, n, end = uu, -1, j+1
		if lead == "" {
			i = j
		}
	}
	if the && lead == "" && ok && !vague && g.ps[j].num < 0 && g.w(j) == "a" {
		return match{}, false
	}
	s := sem{kind: kLiteral, typ: doc.TimexDuration, value: durValue(n, u)}
	if u == uDay && g.w(j) == "one" && !the && lead == "" && g.modalBefore(i) {
		// "Islam will one day be": some day to come, not a length of one day
		return match{start: i, end: end, s: sem{kind: kLiteral, typ: doc.TimexDate, value: futureRef}}, true
	}
	if frac && n >= 0 {
		s.value = halfMore(n, u)
	}
	if lead == "coming" && n < 0 && !ok {
		s = sem{kind: kLiteral, typ: doc.TimexDate, value: futureRef} // "the coming months"
	}
	if the && u == uMonth && (n == 6 || n == 9) && (lead == "" || lead == "first" || lead == "latest") {
		s.periodFocus = true // "the first nine months": a financial report's year to date
	}
	if g.w(end) == "or" && g.w(end+1) == "so" && g.w(end+2) == "ago" {
		end += 2 // "a week or so ago"
	}
	if g.w(end) == "or" && !half && !frac {
		// "a year or two", "weeks or months": one expression, its lower bound, approximate
		other := false
		if n > 0 {
			if n2, e2, vague2, ok2 := g.number(end + 1); ok2 && !vague2 && n2 > n && unitWords[g.w(e2)] == uNone {
				other, end = true, e2
			}
		} else if u2, ok2 := unitWords[g.w(end+1)]; ok2 && isPluralUnit(g.w(end+1)) && u2 > u {
			other, end = true, end+2
		}
		if other {
			s.mod = "APPROX"
			if n > 0 && g.w(i-1) == "in" {
				// "you may, in a year or two, save lives": some time ahead
				s = sem{kind: kLiteral, typ: doc.TimexDate, value: futureRef}
			}
			return match{start: i, end: end, s: s}, true
		}
	}
	if half {
		switch u {
		case uHour:
			s.value = doc.DurationValue(30, uMinute)
		case uYear:
			s.value = doc.DurationValue(6, uMonth)
		case uDay:
			s.value = doc.DurationValue(12, uHour)
		default:
			s.value = durValue(-1, u)
		}
	}
	// a date made of a duration
	switch g.w(end) {
	case "ago", "earlier", "later", "before", "after", "hence", "from":
		if lead != "" {
			break
		}
		w := g.w(end)
		if w == "from" && g.w(end+1) != "now" || (w == "before" || w == "after") && !g.clauseEnd(end+1) {
			break
		}
		cnt := n
		if cnt < 0 && (w == "later" || w == "earlier" || w == "before" || w == "after") {
			// "a few days later": some days from the day in focus, a date no one can
			// write; TimeML keeps the length ("a few days", PXD) and leaves "later" out
			return match{start: i, end: end, s: s}, true
		}
		if cnt < 0 || half {
			s = sem{kind: kLiteral, typ: doc.TimexDate, value: pastRef}
			if w == "later" || w == "from" || w == "after" || w == "hence" {
				s.value = futureRef
			}
			if w == "from" {
				end++
			}
			return match{start: i, end: end + 1, s: s}, true
		}
		if u == uDecade && cnt < 10 {
			u, cnt = uYear, 10*cnt // "a decade ago": the year ten years back, not the decade
		}
		length := s.value // the duration read, kept for when no clock time is in focus
		s = sem{typ: doc.TimexDate, u: u, n: -cnt, kind: kDeictic, counted: true}
		switch w {
		case "earlier", "before":
			s.kind = kAnaphoric
		case "later", "after":
			s.kind, s.n = kAnaphoric, cnt
		case "from", "hence":
			s.n = cnt
		}
		if w == "from" {
			end++
		}
		if u <= uHour {
			s.typ = doc.TimexTime
			if s.kind == kAnaphoric {
				s.lengthOnly = length
			}
		}
		s.quarterFocus = u == uYear && cnt == 1
		return match{start: i, end: end + 1, s: s}, true
	}
	return match{start: i, end: end, s: s}, true
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

// clauseEnd says whether piece i ends a clause (punctuation or the sentence end).
func (g *parser) clauseEnd(i int) bool {
	if i >= len(g.ps) {
		return true
	}
	switch g.ps[i].l {
	case ".", ",", ";", ":", "!", "?", ")", "-", "and", "but":
		return true
	}
	return false
}

// timeExpr reads clock times: "3 p.m.", "10:30 a.m. EST", "noon", "midnight", "4 in the
// morning", "3 o'clock", and a day after them ("10 p.m. Wednesday", "noon Thursday").
func (g *parser) timeExpr(i int) (match, bool) {
	hh, mm := -1, 0
	end := i
	w := g.w(i)
	switch w {
	case "noon", "midday":
		hh, end = 12, i+1
	case "midnight":
		hh, end = 24, i+1
	}
	if hh < 0 {
		if i >= len(g.ps) || g.ps[i].kind != doc.TokNumber {
			return match{}, false
		}
		h, m, ok := clock(w)
		if !ok {
			return match{}, false
		}
		hh, mm, end = h, m, i+1
		ap := g.w(end)
		switch ap {
		case "a.m.", "am", "a.m", "p.m.", "pm", "p.m":
			if hh > 12 {
				return match{}, false
			}
			if ap[0] == 'p' && hh < 12 {
				hh += 12
			}
			if ap[0] == 'a' && hh == 12 {
				hh = 0
			}
			end++
		case "o'clock":
			end++
		default:
			if g.w(end) == "in" && g.w(end+1) == "the" && partsOfDay[g.w(end+2)] != doc.PartNone && hh <= 12 {
				c := partsOfDay[g.w(end+2)]
				if (c == doc.Afternoon || c == doc.Evening || c == doc.Night) && hh < 12 {
					hh += 12
				}
				end += 3
				break
			}
			if len(w) < 4 || !zones[g.w(end)] && g.w(end) != "hrs" && g.w(end) != "gmt" {
				return match{}, false // a bare "10:30" may be a score or a ratio
			}
		}
	}
	if zones[g.w(end)] {
		end++
	}
	s := sem{kind: kAnaphoric, typ: doc.TimexTime, u: uDay, hh: hh, mm: mm, hasTime: true}
	// a day after the time
	k := end
	on := g.w(k) == "on"
	if g.w(k) == "," || on {
		k++ // "5 p.m. EST, Nov. 6"; after "on" the day is its own expression
	}
	if d, ok := g.dayAfterTime(k); ok {
		d.s.typ, d.s.hh, d.s.mm, d.s.hasTime, d.s.pod = doc.TimexTime, hh, mm, true, doc.PartNone
		if on {
			return match{start: i, end: end, s: d.s}, true // the day gives the value only
		}
		return match{start: i, end: d.end, s: d.s}, true
	}
	return match{start: i, end: end, s: s}, true
}

// dayAfterTime reads the day that may follow a clock time.
func (g *parser) dayAfterTime(k int) (match, bool) {
	for _, f := range []func(int) (match, bool){g.weekdayDate, g.monthDate, g.dayMonth, g.weekdayExpr, g.deicticDay} {
		if m, ok := f(k); ok && (m.s.kind != kAbs || m.s.p.gran == doc.GranDay) {
			return m, true
		}
	}
	return match{}, false
}

// clock parses "3", "10:30", "15:00" into hours and minutes.
func clock(w string) (hh, mm int, ok bool) {
	h, rest := 0, w
	k := 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		h = h*10 + int(rest[k]-'0')
		k++
	}
	if k == 0 || k > 2 || h > 24 {
		return 0, 0, false
	}
	if k == len(rest) {
		return h, 0, true
	}
	if rest[k] != ':' && rest[k] != '.' || len(rest) != k+3 {
		return 0, 0, false
	}
	m := int(rest[k+1]-'0')*10 + int(rest[k+2]-'0')
	if rest[k+1] < '0' || rest[k+1] > '5' || rest[k+2] < '0' || rest[k+2] > '9' {
		return 0, 0, false
	}
	return h, m, true
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

// modalBefore says whether a modal verb ("will", "could", "may") stands just before piece
// i, an adverb between them allowed.
func (g *parser) modalBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch g.w(k) {
		case "will", "would", "could", "may", "might", "can", "shall", "should", "'ll", "must":
			return true
		}
	}
	return false
}
