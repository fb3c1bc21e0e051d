package timex

import (
	"lede/analyzer/text"
	"strings"

	"lede/analyzer/doc"
)

// The cores each read one kind of expression starting at piece i. They return the
// match and whether there was one; best picks the longest.

// monthDate reads "Oct. 23", "Sept. 30, 1998", "July 1997", "July of 1997", "January".
func (g *parser) monthDate(i int) (match, bool) {
	m, ok := g.month(i)
	if !ok {
		return match{}, false
	}
	p := point{gran: doc.GranMonth, m: m}
	end := i + 1
	if w := g.w(i); g.w(end) == "." && g.ps[end].Start == g.ps[i].End && len(w) <= 4 && w != "june" && w != "july" && w != "may" {
		end++ // "Sept" + "." when the tokenizer left the dot apart
	}
	if d, e, ok := g.day(end); ok && d <= 31 {
		p.d, p.gran, end = d, doc.GranDay, e
		if g.w(end) == "," {
			if y, e2, ok := g.year(end + 1); ok {
				p.y, end = y, e2
			}
		} else if y, e2, ok := g.year(end); ok {
			p.y, end = y, e2
		}
	} else if y, e, ok := g.year(end); ok {
		p.y, end = y, e
	} else if y, e, ok := g.wordYear(end); ok {
		p.y, end = y, e
	} else if (g.w(end) == "of" || g.w(end) == ",") && g.ps[min(end+1, len(g.ps)-1)].digit == 4 {
		if y, e, ok := g.year(end + 1); ok {
			p.y, end = y, e
		}
	}
	return match{start: i, end: end, s: sem{kind: kAbs, typ: doc.TimexDate, p: p}}, true
}

// dayMonth reads "23 October 1998", "the 5th of June".
func (g *parser) dayMonth(i int) (match, bool) {
	j := i
	if g.w(j) == "the" {
		j++
	}
	d, e, ok := g.day(j)
	if !ok {
		return match{}, false
	}
	if j > i && g.ps[j].num >= 0 {
		return match{}, false // "the 5 June" is not written
	}
	if g.w(e) == "of" {
		e++
	}
	m, ok := g.month(e)
	if !ok {
		return match{}, false
	}
	p := point{gran: doc.GranDay, m: m, d: d}
	end := e + 1
	if g.w(end) == "," {
		if y, e2, ok := g.year(end + 1); ok {
			p.y, end = y, e2
		}
	} else if y, e2, ok := g.year(end); ok {
		p.y, end = y, e2
	}
	return match{start: i, end: end, s: sem{kind: kAbs, typ: doc.TimexDate, p: p}}, true
}

// weekdayDate reads "Friday, Oct. 23" and "Fri. Oct. 23" as one date.
func (g *parser) weekdayDate(i int) (match, bool) {
	if text.WeekdayOf(g.w(i)) <= 0 {
		return match{}, false
	}
	j := i + 1
	if g.w(j) == "," {
		j++
	}
	m, ok := g.monthDate(j)
	if !ok || m.s.p.d == 0 {
		m, ok = g.dayMonth(j)
		if !ok {
			return match{}, false
		}
	}
	m.start = i
	return m, true
}

// numericDate reads 1998-10-23, 10/23/1998 and 10/23/98.
func (g *parser) numericDate(i int) (match, bool) {
	if i+4 >= len(g.ps) {
		return match{}, false
	}
	a, s1, b, s2, c := g.ps[i], g.ps[i+1], g.ps[i+2], g.ps[i+3], g.ps[i+4]
	if a.num < 0 || b.num < 0 || c.num < 0 || s1.l != s2.l || s1.Start != a.End || b.Start != s1.End || s2.Start != b.End || c.Start != s2.End {
		return match{}, false
	}
	var p point
	switch {
	case s1.l == "-" && a.digit == 4 && b.digit == 2 && c.digit == 2:
		p = point{gran: doc.GranDay, y: a.num, m: b.num, d: c.num}
	case s1.l == "/" && (c.digit == 4 || c.digit == 2) && a.digit <= 2 && b.digit <= 2:
		y := c.num
		if c.digit == 2 {
			y = twoDigitYear(y)
		}
		p = point{gran: doc.GranDay, y: y, m: a.num, d: b.num}
	default:
		return match{}, false
	}
	if p.m < 1 || p.m > 12 || p.d < 1 || p.d > 31 {
		return match{}, false
	}
	return match{start: i, end: i + 5, s: sem{kind: kAbs, typ: doc.TimexDate, p: p}}, true
}

// yearExpr reads years, decades, centuries and fiscal years: "1998", "the 1990s", "'80s",
// "fiscal 1989", "the 20th century".
func (g *parser) yearExpr(i int) (match, bool) {
	r := yearReading{i: i, j: i}
	if g.w(r.j) == "the" {
		r.the = true
		r.j++
	}
	r.w = g.w(r.j)
	m, v := applyIn(g, yearRules, &g.scratch.year, &r)
	return m, v == accept
}

// yearReading is what yearExpr has read: "the" before (then j is after it) and the
// word w at j.
type yearReading struct {
	i, j int
	the  bool
	w    string
}

// yearOf is the match of year y from r.i to end.
func (r *yearReading) yearOf(y, end int) (match, verdict) {
	return match{start: r.i, end: end, s: sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranYear, y: y}}}, accept
}

// yearRules read years, decades and centuries, in order.
var yearRules = []rule[yearReading]{
	{"decade", "The plant opened in [the 1990s].", decadeNumber},
	{"decade-word", "The plant opened in [the eighties].", decadeWord},
	{"century", "The plant opened in [the nineteenth century].", century},
	{"the-year", "The plant opens in [the year 3000].", theYear},
	{"the-not-year", "They passed [the 2020] budget.", theNotYear},
	{"fy-year", "Sales rose in [FY2020].", fyYear},
	{"fiscal-year", "Sales rose in [fiscal 2020].", fiscalYear},
	{"fiscal-two-digits", "Sales rose in [fiscal 98].", fiscalTwoDigits},
	{"fiscal-no-year", "Sales rose in [fiscal] terms.", fiscalNoYear},
	{"word-year", "The plant opened in [nineteen ninety-eight].", wordYear},
	{"year", "The plant opened in [1998].", yearNumber},
	{"year-far", "The plant may last until [2500].", yearFar},
}

// decadeNumber: "the 1990s", "'80s", "80s".
func decadeNumber(g *parser, r *yearReading, out *match) verdict {
	dec, e, ok := g.decade(r.j)
	if !ok {
		return pass
	}
	return out.set(match{start: r.i, end: e, s: sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranDecade, y: dec}}}, accept)
}

// decadeWord: "the eighties" (of the 1900s).
func decadeWord(g *parser, r *yearReading, out *match) verdict {
	d := decadeWords[r.w]
	if d == 0 || !r.the {
		return pass
	}
	return out.set(match{start: r.i, end: r.j + 1, s: sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranDecade, y: 1900 + d}}}, accept)
}

// century: "the nineteenth century" (the 1800s).
func century(g *parser, r *yearReading, out *match) verdict {
	o := ordinals[r.w]
	if o == 0 || g.w(r.j+1) != "century" {
		return pass
	}
	return out.set(match{start: r.i, end: r.j + 2, s: sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranCentury, y: (o - 1) * 100}}}, accept)
}

// theYear: "the year 2000", "the year nineteen ninety", and after "the year" any number
// ("the year 3000", "the year 800").
func theYear(g *parser, r *yearReading, out *match) verdict {
	if !r.the || r.w != "year" {
		return pass
	}
	for _, read := range []func(int) (int, int, bool){g.wordYear, g.year, g.anyYear} {
		if y, e, ok := read(r.j + 1); ok {
			return out.set(r.yearOf(y, e))
		}
	}
	return pass
}

// theNotYear: after "the", only a decade, a century or "the year" is read here ("the
// 2020 budget": the year is read from its own word).
func theNotYear(g *parser, r *yearReading, out *match) verdict {
	if !r.the {
		return pass
	}
	return out.set(match{start: r.i, end: r.j}, reject)
}

// fyYear: "FY2020" in one word.
func fyYear(g *parser, r *yearReading, out *match) verdict {
	if len(r.w) != 6 || !strings.HasPrefix(r.w, "fy") || !allDigits(r.w[2:]) {
		return pass
	}
	return out.set(r.yearOf(atoi4(r.w[2:]), r.j+1))
}

// fiscalYear: "fiscal 2020", "fiscal year 2020", "FY 2020", "calendar 2020".
func fiscalYear(g *parser, r *yearReading, out *match) verdict {
	k, ok := g.fiscalWords(r)
	if !ok {
		return pass
	}
	if y, e, ok := g.year(k); ok {
		return out.set(r.yearOf(y, e))
	}
	return pass
}

// fiscalTwoDigits: "fiscal 98".
func fiscalTwoDigits(g *parser, r *yearReading, out *match) verdict {
	k, ok := g.fiscalWords(r)
	if !ok || r.w != "fiscal" || k+1 >= len(g.ps) || g.ps[k].digit != 2 {
		return pass
	}
	return out.set(r.yearOf(twoDigitYear(g.ps[k].num), k+1))
}

// fiscalNoYear: "fiscal", "FY" or "calendar" without a year after them is no year.
func fiscalNoYear(g *parser, r *yearReading, out *match) verdict {
	if _, ok := g.fiscalWords(r); !ok {
		return pass
	}
	return out.set(match{start: r.i, end: r.j + 1}, reject)
}

// fiscalWords reads "fiscal", "FY", "calendar" and an optional "year": the piece after.
func (g *parser) fiscalWords(r *yearReading) (int, bool) {
	if r.w != "fiscal" && r.w != "fy" && r.w != "calendar" {
		return 0, false
	}
	k := r.j + 1
	if g.w(k) == "year" {
		k++
	}
	return k, true
}

// wordYear: a year in words, "nineteen ninety-eight".
func wordYear(g *parser, r *yearReading, out *match) verdict {
	if y, e, ok := g.wordYear(r.j); ok {
		return out.set(r.yearOf(y, e))
	}
	return pass
}

// yearNumber: "1998", unless the number is a count or an amount (plausibleYear).
func yearNumber(g *parser, r *yearReading, out *match) verdict {
	y, e, ok := g.year(r.j)
	if !ok {
		return pass
	}
	if !g.plausibleYear(r.j, e) {
		return out.set(match{start: r.j, end: e}, reject)
	}
	return out.set(r.yearOf(y, e))
}

// yearFar: past 2199 only where the words around say it is a year ("by 2500,").
func yearFar(g *parser, r *yearReading, out *match) verdict {
	y, e, ok := g.anyYear(r.j)
	if !ok || g.ps[r.j].digit != 4 || !g.yearAfterPreposition(r.j, e) {
		return pass
	}
	if !g.plausibleYear(r.j, e) {
		return out.set(match{start: r.j, end: e}, reject)
	}
	return out.set(r.yearOf(y, e))
}

func atoi4(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// decadeWords are the decades in words ("the nineties": the 1990s).
var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// plausibleYear rejects four-digit numbers that are counts or amounts.
func (g *parser) plausibleYear(j, e int) bool {
	prev, next := g.w(j-1), g.w(e)
	switch prev {
	case "$", "£", "€", "#", "no.", "number", "flight", "route", "room", "page", "pages", "model", "at", "about", "to":
		if prev == "to" || prev == "at" {
			return g.ps[j].num >= 1900 && g.ps[j].num <= 2100 && next != "%"
		}
		return false
	}
	switch next {
	case "%", "percent", "people", "persons", "shares", "troops", "men", "women", "jobs", "points",
		"workers", "employees", "miles", "kilometers", "feet", "meters", "tons", "cars", "units", "barrels", "b.c.":
		return false
	case ".":
		if e+1 < len(g.ps) && g.ps[e+1].num >= 0 && g.ps[e+1].Start == g.ps[e].End {
			return false
		}
	}
	if j > 0 && g.ps[j-1].l == "-" && g.ps[j-1].inTok {
		switch g.w(j - 2) {
		case "mid", "pre", "post", "early", "late":
		default:
			return false // "Boeing 747-2000"
		}
	}
	n := g.ps[j].num
	if g.ps[j].digit == 4 && (n < 1600 || n > 2100) && !g.yearAfterPreposition(j, e) {
		return false
	}
	if j >= 2 && g.ps[j-1].kind == doc.TokWord && g.ps[j-1].capitalised() && g.ps[j-2].kind == doc.TokWord {
		// "a joint venture called Orion 1980", "Agenda 2000": a name that ends in a year
		// (after a word, so not the first of a sentence; months, seasons and holidays
		// before a year are read by their own cores)
		if w := g.w(j - 1); text.MonthOf(w) == 0 && seasons[w] == doc.SeasonNone && !holidayWords[w] && text.WeekdayOf(w) == 0 {
			return false
		}
	}
	return true
}

// decade reads "1990s", "'80s", "80s", "nineteen-eighties" is not read.
func (g *parser) decade(j int) (dec, end int, ok bool) {
	w := g.w(j)
	if len(w) == 5 && w[4] == 's' && allDigits(w[:4]) && w[3] == '0' {
		y := int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10
		return y, j + 1, true
	}
	if (w == "'" || w == "’") && len(g.w(j+1)) == 3 && g.w(j + 1)[2] == 's' && allDigits(g.w(j + 1)[:2]) && g.w(j + 1)[1] == '0' {
		n := int(g.w(j + 1)[0]-'0') * 10
		return twoDigitYear(n), j + 2, true
	}
	if len(w) == 4 && w[0] == '\'' && w[3] == 's' && allDigits(w[1:3]) && w[2] == '0' {
		return twoDigitYear(int(w[1]-'0') * 10), j + 1, true // "'80s" as one token
	}
	if len(w) == 3 && w[2] == 's' && allDigits(w[:2]) && w[1] == '0' && (g.w(j-1) == "the" || g.w(j-1) == "-") {
		return 1900 + int(w[0]-'0')*10, j + 1, true
	}
	return 0, 0, false
}

// quarterReading is what quarterExpr has read before the quarter's word: "the fiscal",
// "the year-earlier", "the 1988".
type quarterReading struct {
	i, j      int  // the expression's first piece; the quarter's word
	fiscal    bool // the company's own count ("the fiscal second quarter")
	yearFirst int  // the year written before ("the 1990 first quarter"), 0 when none
	yearDelta int  // -1: "the year-earlier third quarter"
}

// quarterExpr reads "third-quarter", "the third quarter", "the fiscal first quarter",
// "the first quarter of 1990", "the second half", "Q3": the words before the quarter,
// then the rules of quarterRules.
func (g *parser) quarterExpr(i int) (match, bool) {
	r := quarterReading{i: i, j: i}
	if g.w(r.j) == "the" {
		r.j++
	}
	r.fiscal = g.w(i-1) == "fiscal" // "the fiscal second-quarter": the span starts at the ordinal
	if g.w(r.j) == "fiscal" || g.w(r.j) == "calendar" {
		r.fiscal = g.w(r.j) == "fiscal"
		r.j++
		if g.w(r.j) == "-" && ordinalQuarter(g.w(r.j+1)) > 0 {
			r.j++ // "the fiscal-first quarter"
		}
	}
	if j := r.j; j > i && g.w(j) == "year" && g.w(j+1) == "-" && (g.w(j+2) == "earlier" || g.w(j+2) == "ago") && ordinalQuarter(g.w(j+3)) > 0 {
		r.yearDelta, r.j = -1, j+3 // "the year-earlier third quarter"
	}
	if r.j > i {
		if y, e, ok := g.year(r.j); ok && g.w(e) != "'s" {
			r.yearFirst, r.j = y, e
		}
	}
	m, v := applyIn(g, quarterRules, &g.scratch.quarter, &r)
	return m, v == accept
}

// quarterRules read the quarter's word, in order.
var quarterRules []rule[quarterReading]

func init() {
	quarterRules = []rule[quarterReading]{
		{"year-period", "Third-quarter profit rose from [the 1988 period].", yearPeriod},
		{"quarter-code", "Profit rose in [Q3 2022].", quarterCode},
		{"first-two-quarters", "Profit rose in [the first two quarters of 1990].", firstTwoQuarters},
		{"quarter-pair", "Profit rose in the [second] and [fourth quarters].", quarterPair},
		{"ordinal-quarter", "Profit rose in [the third quarter of 2022].", ordinalQuarterRule},
	}
}

// yearPeriod: "the 1988 period" is the quarter in focus, that year.
func yearPeriod(g *parser, r *quarterReading, out *match) verdict {
	if r.yearFirst == 0 || g.w(r.j) != "period" && g.w(r.j) != "quarter" {
		return pass
	}
	return out.set(match{start: r.i, end: r.j + 1, s: sem{kind: kAnaphoric, typ: doc.TimexDate, u: uQuarter, yearOf: r.yearFirst}}, accept)
}

// quarterCode: "Q3", "H1" (no H3).
func quarterCode(g *parser, r *quarterReading, out *match) verdict {
	w := g.w(r.j)
	if len(w) != 2 || w[0] != 'q' && w[0] != 'h' || w[1] < '1' || w[1] > '4' {
		return pass
	}
	q, half := int(w[1]-'0'), w[0] == 'h'
	if half && q > 2 {
		return out.set(match{}, reject)
	}
	return out.set(g.quarterAccept(r, r.j+1, q, half))
}

// quarterAccept reads the year after a quarter read up to piece k.
func (g *parser) quarterAccept(r *quarterReading, k, q int, half bool) (match, verdict) {
	m, ok := g.quarterYear(r.i, k, point{gran: doc.GranQuarter, q: q, half: half, y: r.yearFirst}, r.yearDelta, r.fiscal)
	if !ok {
		return match{}, reject
	}
	return m, accept
}

// firstTwoQuarters: "the first two quarters of 1990" is a half; "the last two quarters"
// alone the recent ones, not a half.
func firstTwoQuarters(g *parser, r *quarterReading, out *match) verdict {
	w := g.w(r.j)
	if w != "first" && w != "last" && w != "final" {
		return pass
	}
	n, e, vague, ok := g.number(r.j + 1)
	if !ok || vague || n != 2 || g.w(e) != "quarters" && (g.w(e) != "-" || g.w(e+1) != "quarter") {
		return pass
	}
	q, k := 1, e+1
	if w != "first" {
		q = 2
	}
	if g.w(e) == "-" {
		k = e + 2
	}
	if q == 2 && g.w(k) != "of" {
		return out.set(match{}, reject)
	}
	return out.set(g.quarterAccept(r, k, q, true))
}

// ordinalReading reads an ordinal quarter up to its noun: "third", "third-", "fiscal",
// and returns the quarter and the piece of the noun; the start moves to "fiscal" in
// "the fiscal second-quarter loss". ok is false for no ordinal, or for "the third-quarter
// results" (the determiner is the noun's).
func (g *parser) ordinalReading(r *quarterReading) (q, k int, ok bool) {
	w := g.w(r.j)
	q, k = ordinalQuarter(w), r.j+1
	if w == "last" && g.w(r.j+1) == "half" {
		q = 2
	}
	if q == 0 {
		return 0, 0, false
	}
	if g.w(k) == "-" {
		if r.j > r.i && !(r.fiscal && g.w(r.j-1) == "fiscal") {
			return 0, 0, false
		}
		if r.j > r.i {
			r.i = r.j - 1
		}
		k++
	}
	if g.w(k) == "fiscal" {
		r.fiscal = true
		k++
	}
	return q, k, true
}

// quarterPair: in "the second and fourth quarters" the first ordinal takes the noun
// after the second one, and stands alone ("the" goes with the pair).
func quarterPair(g *parser, r *quarterReading, out *match) verdict {
	rr := *r
	q, k, ok := g.ordinalReading(&rr)
	if !ok || g.w(k) != "and" && g.w(k) != "or" && g.w(k) != "to" {
		return pass
	}
	if o := ordinalQuarter(g.w(k + 1)); o > 0 && (g.w(k+2) == "quarters" || g.w(k+2) == "halves" && q <= 2 && o <= 2) {
		p := point{gran: doc.GranQuarter, q: q, half: g.w(k+2) == "halves", y: rr.yearFirst}
		if y, _, ok := g.yearAfterPair(k + 3); ok {
			p.y = y
		}
		return out.set(match{start: rr.j, end: rr.j + 1, s: sem{kind: kAbs, typ: doc.TimexDate, p: p, fiscal: rr.fiscal}}, accept)
	}
	return out.set(match{}, reject)
}

// ordinalQuarterRule: "the third quarter", "third-quarter", "the second half of 1990",
// "the fiscal second-quarter".
func ordinalQuarterRule(g *parser, r *quarterReading, out *match) verdict {
	q, k, ok := g.ordinalReading(r)
	if !ok {
		return out.set(match{}, reject)
	}
	half := false
	switch g.w(k) {
	case "quarter", "quarters", "qtr", "qtr.":
	case "half":
		if q > 2 {
			return out.set(match{}, reject)
		}
		half = true
	default:
		return out.set(match{}, reject)
	}
	return out.set(g.quarterAccept(r, k+1, q, half))
}

// yearAfterPair reads "of 1990" after a pair of quarters ("the first and second quarters
// of 1990").
func (g *parser) yearAfterPair(k int) (y, end int, ok bool) {
	if g.w(k) != "of" {
		return 0, k, false
	}
	if g.w(k+1) == "fiscal" {
		k++
	}
	return g.year(k + 1)
}

// quarterYear reads the year that may follow a quarter or half read from piece i up to
// piece k ("the third quarter of 1990", "Q3 1998", "the second half of the '80s").
func (g *parser) quarterYear(i, k int, p point, yearDelta int, fiscal bool) (match, bool) {
	q, half := p.q, p.half
	if p.y != 0 {
	} else if g.w(k) == "of" || g.w(k) == "," {
		kk := k + 1
		if g.w(kk) == "fiscal" {
			kk++
		}
		if y, e, ok := g.year(kk); ok {
			p.y, k = y, e
		} else if dm, ok := g.yearExpr(kk); ok && half && dm.s.p.gran <= doc.GranDecade && g.w(k) == "of" {
			// "the last half of the '80s": the decade, its end
			dm.start, dm.s.mod = i, "START"
			if q == 2 {
				dm.s.mod = "END"
			}
			return dm, true
		}
	} else if y, e, ok := g.year(k); ok {
		p.y, k = y, e
	}
	return match{start: i, end: k, s: sem{kind: kAbs, typ: doc.TimexDate, p: p, yearDelta: yearDelta, fiscal: fiscal}}, true
}

// seasonExpr reads "summer", "the summer of 1998", "winter 2020".
func (g *parser) seasonExpr(i int) (match, bool) {
	j := i
	if g.w(j) == "the" {
		j++
	}
	code := seasons[g.w(j)]
	if code == doc.SeasonNone {
		return match{}, false
	}
	p := point{gran: doc.GranSeason, season: code}
	end := j + 1
	if g.w(end) == "of" {
		if y, e, ok := g.year(end + 1); ok {
			p.y, end = y, e
		} else if y, e, ok := g.wordYear(end + 1); ok {
			p.y, end = y, e
		}
	} else if y, e, ok := g.year(end); ok {
		p.y, end = y, e
	}
	if code == doc.Autumn && g.w(j) == "fall" && p.y == 0 {
		switch g.w(j - 1) {
		case "the", "this", "last", "next", "in", "early", "late", "mid", "-", "that", "until", "by", "since", "during":
		default:
			return match{}, false
		}
		if j > i && (g.w(end) == "of" || g.w(end) == "in") {
			return match{}, false // "the fall of the wall", "the fall in prices"
		}
	}
	if j > i && g.w(end) == "of" {
		return match{}, false
	}
	return match{start: i, end: end, s: sem{kind: kAbs, typ: doc.TimexDate, p: p}}, true
}

// weekdayExpr reads "Friday", "Wednesday night", and "Mondays" (a set).
func (g *parser) weekdayExpr(i int) (match, bool) {
	w := g.w(i)
	wd := text.WeekdayOf(w)
	if wd == 0 || !fullWeekday(w) && !strings.HasSuffix(w, "s") || !g.ps[i].capitalised() {
		return match{}, false
	}
	if wd < 0 {
		return match{start: i, end: i + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: lit(everyWeekday(-wd, doc.PartNone))}}, true
	}
	s := sem{kind: kWeekday, typ: doc.TimexDate, wd: wd}
	end := i + 1
	// "Tuesday nights", "Monday and Tuesday nights": a part of day in the plural
	// repeats, every week
	k := end
	if (g.w(k) == "and" || g.w(k) == "or") && fullWeekday(g.w(k+1)) {
		k += 2
	}
	if c := partsOfDay[g.w(k)]; c != doc.PartNone && strings.HasSuffix(g.w(k), "s") {
		if k > end {
			k = end // the first day of the pair is its own expression
		} else {
			k++
		}
		return match{start: i, end: k, s: sem{kind: kLiteral, typ: doc.TimexSet, value: lit(everyWeekday(wd, c))}}, true
	}
	if c, e, ok := g.pod(end); ok {
		s.pod, s.typ, end = c, doc.TimexTime, e // "Wednesday night": 2023-07-12TNI
	}
	return match{start: i, end: end, s: s}, true
}

// deicticDay reads "yesterday", "today", "tomorrow", "tonight", with a part of day.
func (g *parser) deicticDay(i int) (match, bool) {
	n := 0
	switch g.w(i) {
	case "yesterday":
		n = -1
	case "today":
	case "tomorrow":
		n = 1
	case "tonight":
		return match{start: i, end: i + 1, s: sem{kind: kDeictic, typ: doc.TimexTime, u: uDay, pod: doc.Night}}, true
	default:
		return match{}, false
	}
	s := sem{kind: kDeictic, typ: doc.TimexDate, u: uDay, n: n}
	end := i + 1
	if g.w(end) == "'s" {
		return match{start: i, end: end, s: s}, true
	}
	if c, e, ok := g.pod(end); ok {
		s.pod, s.typ, end = c, doc.TimexTime, e
	}
	return match{start: i, end: end, s: s}, true
}

// podDay reads a part of day before its day: "mid-afternoon yesterday", "early morning
// Friday" (the modifier before is read by prefixMod).
func (g *parser) podDay(i int) (match, bool) {
	c, e, ok := g.pod(i)
	if !ok {
		return match{}, false
	}
	for _, f := range []func(int) (match, bool){g.deicticDay, g.weekdayExpr} {
		if d, ok := f(e); ok && d.s.typ == doc.TimexDate && d.s.kind != kLiteral && d.s.pod == doc.PartNone {
			d.s.pod, d.s.typ, d.start = c, doc.TimexTime, i
			return d, true
		}
	}
	if k := i - 1; k >= 0 && (g.w(k) == "mid" || g.w(k) == "-" && g.w(k-1) == "mid") && c != doc.Night {
		// "by mid afternoon": that part of the day in focus (prefixMod adds MID)
		return match{start: i, end: e, s: sem{kind: kAnaphoric, typ: doc.TimexTime, u: uDay, pod: c}}, true
	}
	return match{}, false
}
