package timex

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// inner returns the longest core expression starting at piece i.
func (g *parser) inner(i int) (match, bool) {
	var best match
	found := false
	for _, f := range coreReaders {
		// an impossible date ("February 30, 2023") is no date; a shorter reading may be
		if m, ok := f(g, i); ok && m.end > i && (!found || m.end > best.end) && (m.s.kind != kAbs || calendarDay(m.s.p)) {
			best, found = m, true
		}
	}
	if found && !g.endsWell(best.end) {
		return match{}, false
	}
	return best, found
}

// coreReaders are the core readers, as method expressions: a method value bound to the
// parser (as they were) is called through a wrapper that copies the reader's match (568
// bytes) once more, for each of the twenty readers at each piece that may start an
// expression. Set in init: the readers reach inner again (an initialization cycle).
var coreReaders []func(*parser, int) (match, bool)

func init() {
	coreReaders = []func(*parser, int) (match, bool){
		(*parser).monthDate, (*parser).dayMonth, (*parser).weekdayDate, (*parser).numericDate,
		(*parser).isoDateTime, (*parser).yearExpr, (*parser).quarterExpr, (*parser).seasonExpr,
		(*parser).weekdayExpr, (*parser).deicticDay, (*parser).relative, (*parser).yearAgo,
		(*parser).shiftWords, (*parser).refExpr, (*parser).setExpr, (*parser).durationExpr,
		(*parser).timeExpr, (*parser).holiday, (*parser).podDay, (*parser).nthDay,
	}
}

// endsWell rejects a match that stops inside a hyphenated token ("five-year-old").
func (g *parser) endsWell(end int) bool {
	if end <= 0 || end >= len(g.ps) {
		return true
	}
	if a, b := g.ps[end-1], g.ps[min(end+1, len(g.ps)-1)]; g.ps[end].l == "-" && end+1 < len(g.ps) && a.num >= 0 && b.num >= 0 {
		// a range in one token, its second end read by scan: "June 1-3", "1998-99"
		if a.digit <= 2 && b.digit <= 2 {
			return true
		}
		if _, ok := rangeYearEnd(a.num, b); ok && a.digit == 4 {
			return true
		}
	}
	return !(g.ps[end].inTok && g.ps[end].tok == g.ps[end-1].tok)
}

// best reads the expression starting at piece i, with its modifiers.
func (g *parser) best(i int) (match, bool) {
	mod, n, numeric := g.prefixMod(i)
	if n > 0 {
		if m, ok := g.best(i + n); ok && (!numeric || g.startsWithCount(i+n) || m.s.typ == doc.TimexTime) {
			if m.s.mod == "" || m.s.mod == "START" || m.s.mod == "END" {
				m.s.mod = mod
			}
			m.start = i
			return m, true
		}
	}
	m, ok := g.inner(i)
	if !ok {
		return m, false
	}
	if g.w(m.end) == "or" && g.w(m.end+1) == "so" {
		m.end += 2 // "the next year or so"
		if m.s.mod == "" {
			m.s.mod = "APPROX"
		}
	}
	g.periodEnd(&m)
	// "June last year", "January this year"
	if m.s.kind == kAbs && m.s.p.y == 0 && m.s.p.gran >= doc.GranSeason && m.s.dir == 0 {
		if r, ok := g.relative(m.end); ok && r.s.kind == kDeictic && r.s.u == uYear {
			m.s.relYear, m.s.n, m.end = true, r.s.n, r.end
		}
	}
	// "this year's third quarter", "fiscal 1990's first half"
	if g.w(m.end) == "'s" && m.s.typ == doc.TimexDate && m.s.subQ == 0 {
		if q, ok := g.quarterExpr(m.end + 1); ok && q.s.p.y == 0 && g.w(m.end+1) != "the" {
			isYear := m.s.kind == kAbs && m.s.p.gran == doc.GranYear || m.s.kind != kAbs && m.s.u == uYear
			if isYear {
				m.s.subQ, m.s.subHalf = q.s.p.q, q.s.p.half
				m.end = q.end
			}
		}
	}
	return m, true
}

// startsWithCount says whether piece i begins a number (for "about two weeks ago").
func (g *parser) startsWithCount(i int) bool {
	_, _, _, ok := g.number(i)
	return ok
}

// scan finds the expressions of one sentence, left to right, longest first.
func (g *parser) scan(out []match) []match {
	for i := 0; i < len(g.ps); {
		if !g.trigger(i) {
			i++
			continue
		}
		m, ok := g.best(i)
		if !ok || g.titleWord(m.start) {
			i++
			continue
		}
		out = append(out, m)
		i = m.end
		// a range of years written short: "1998-99", "2019-2021": the second year is its own
		// expression
		if m.s.kind == kAbs && m.s.p.gran == doc.GranYear && m.s.p.y > 0 && m.s.mod == "" && g.w(m.end) == "-" && m.end+1 < len(g.ps) {
			if y2, ok := rangeYearEnd(m.s.p.y, g.ps[m.end+1]); ok {
				s := m.s
				s.p.y = y2
				out = append(out, match{start: m.end + 1, end: m.end + 2, s: s})
				i = m.end + 2
				continue
			}
		}
		// a range: "June 1 to 3", "June 1-3": the second day is its own expression
		if m.s.kind == kAbs && m.s.p.gran == doc.GranDay && m.s.p.m > 0 {
			k := m.end
			switch g.w(k) {
			case "-", "to", "through", "and", "until", "till", "thru":
				if d, e, ok := g.day(k + 1); ok && g.ps[k+1].num > 0 {
					if _, isMonth := g.month(e); !isMonth {
						s := m.s
						s.p.d = d
						if y, e2, ok := g.year(e + 1); ok && g.w(e) == "," {
							s.p.y, e = y, e2
						}
						out = append(out, match{start: k + 1, end: e, s: s})
						i = e
					}
				}
			}
		}
	}
	return out
}

// rangeYearEnd reads the end of a year range after the hyphen: "99" after 1998 is 1999,
// "2001" after 1998 is 2001; it must come after the first year, within a century. Two
// digits smaller than the first year's cross a century only from a 99 ("1999-00"): after
// 2023, "07" is an ISO month ("2023-07"), not 2107.
func rangeYearEnd(y1 int, p piece) (int, bool) {
	y2 := -1
	switch p.digit {
	case 2:
		y2 = y1 - y1%100 + p.num
		if y2 <= y1 && y1%100 == 99 {
			y2 += 100 // "1999-00"
		}
	case 4:
		y2 = p.num
	}
	return y2, y2 > y1 && y2-y1 < 100
}

// titleWord says whether piece i, a word written in lower case in running text ("today",
// "this", "noon", "spring"), is capitalised inside a name or a title: after another
// capitalised word ("High Noon", "VOA Today") or before "of" and a capitalised word
// ("Spring of Life").
func (g *parser) titleWord(i int) bool {
	p := g.ps[i]
	if !p.capitalised() || text.MonthOf(p.l) != 0 || text.WeekdayOf(p.l) != 0 || holidayWords[p.l] {
		return false
	}
	if q := g.ps[max(i-1, 0)]; i > 0 && q.kind == doc.TokWord && q.capitalised() && !p.inTok && q.l != "" && q.l[len(q.l)-1] != '.' {
		// (not after "Co." that ends a sentence)
		return true
	}
	return g.w(i+1) == "of" && i+2 < len(g.ps) && g.ps[i+2].kind == doc.TokWord && g.ps[i+2].capitalised()
}

// holidayWords begin holiday names, capitalised anywhere.
var holidayWords = map[string]bool{"christmas": true, "thanksgiving": true, "easter": true,
	"new": true, "independence": true, "labor": true, "memorial": true, "halloween": true,
	"valentine": true, "valentine's": true, "election": true}
