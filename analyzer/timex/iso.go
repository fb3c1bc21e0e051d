package timex

import (
	"strconv"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// isoTimeRest reads what follows YYYY-MM- in an ISO 8601 date-time written as one token:
// the day, T, hh:mm, optional seconds and fraction, optional Z ("12T10:30:00Z"), as the
// pattern `^(\d{2})[Tt](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?[Zz]?$` would (by hand: the
// regexp package is a tenth of lede.wasm's code).
func isoTimeRest(s string) (day, hh, mm string, ok bool) {
	digits := func(i, n int) bool {
		if i+n > len(s) {
			return false
		}
		for _, b := range []byte(s[i : i+n]) {
			if b < '0' || b > '9' {
				return false
			}
		}
		return true
	}
	if !digits(0, 2) || len(s) < 8 || s[2] != 'T' && s[2] != 't' || !digits(3, 2) || s[5] != ':' || !digits(6, 2) {
		return "", "", "", false
	}
	p := 8
	if p < len(s) && s[p] == ':' && digits(p+1, 2) {
		p += 3
		if p+1 < len(s) && (s[p] == '.' || s[p] == ',') && digits(p+1, 1) {
			for p++; p < len(s) && s[p] >= '0' && s[p] <= '9'; p++ {
			}
		}
	}
	if p < len(s) && (s[p] == 'Z' || s[p] == 'z') {
		p++
	}
	if p != len(s) {
		return "", "", "", false
	}
	return s[0:2], s[3:5], s[6:8], true
}

// isoDateTime reads an ISO 8601 date-time: "2023-07-12T10:30:00Z" is 2023-07-12T10:30, with
// a time-zone offset after it ("+02:00", "-05:00") inside the expression. Read as pieces,
// the same text would be a year and a two-digit "07".
func (g *parser) isoDateTime(i int) (match, bool) {
	if m, ok := g.isoMonth(i); ok {
		return m, true
	}
	if i+4 >= len(g.ps) {
		return match{}, false
	}
	a, s1, b, s2, c := g.ps[i], g.ps[i+1], g.ps[i+2], g.ps[i+3], g.ps[i+4]
	if a.digit != 4 || b.digit != 2 || s1.l != "-" || s2.l != "-" || c.tok != a.tok || !s2.inTok {
		return match{}, false
	}
	ds, hs, ms, ok := isoTimeRest(c.o)
	if !ok {
		return match{}, false
	}
	d, _ := strconv.Atoi(ds)
	hh, _ := strconv.Atoi(hs)
	mm, _ := strconv.Atoi(ms)
	p := point{gran: doc.GranDay, y: a.num, m: b.num, d: d}
	if hh > 23 || mm > 59 || !calendarDay(p) {
		return match{}, false
	}
	end := i + 5
	// a zone offset: "+02:00" as two tokens, "-05:00" as pieces of the same token
	if sign := g.w(end); (sign == "+" || sign == "-") && end+1 < len(g.ps) && g.ps[end].Start == g.ps[end-1].End &&
		g.ps[end+1].Start == g.ps[end].End {
		if _, _, ok := clock(g.w(end + 1)); ok || g.ps[end+1].digit == 4 {
			end += 2
		}
	}
	return match{start: i, end: end, s: sem{kind: kAbs, typ: doc.TimexTime, p: p, hh: hh, mm: mm, hasTime: true}}, true
}

// isoMonth reads an ISO year and month written as one token: "2023-07" is 2023-07. A
// month above the year's last two digits reads as the end of a range of years instead.
func (g *parser) isoMonth(i int) (match, bool) {
	if i+2 >= len(g.ps) {
		return match{}, false
	}
	a, s1, b := g.ps[i], g.ps[i+1], g.ps[i+2]
	if a.digit != 4 || s1.l != "-" || b.digit != 2 || b.tok != a.tok || !s1.inTok || b.num < 1 || b.num > 12 ||
		i+3 < len(g.ps) && g.ps[i+3].tok == a.tok {
		return match{}, false
	}
	if a.num < 1000 || a.num > 2199 || b.num > a.num%100 {
		return match{}, false // "2010-12" is a range of years, 2010 to 2012
	}
	return match{start: i, end: i + 3, s: sem{kind: kAbs, typ: doc.TimexDate, p: point{gran: doc.GranMonth, y: a.num, m: b.num}}}, true
}

// calendarDay reports whether a day point names a day of the calendar (doc.CalendarDay).
func calendarDay(p point) bool { return doc.CalendarDay(p.y, p.m, p.d) }

// anyYear reads a number from 1 to 9999 as a year, where the words before it say it is
// one ("the year 800").
func (g *parser) anyYear(i int) (y, end int, ok bool) {
	if i >= len(g.ps) {
		return 0, 0, false
	}
	p := g.ps[i]
	if p.digit < 1 || p.digit > 4 || p.num < 1 || p.num > 9999 || p.inTok || i+1 < len(g.ps) && g.ps[i+1].inTok {
		return 0, 0, false
	}
	return p.num, i + 1, true
}

// yearAfterPreposition reports whether the four-digit number at piece j (ending at e),
// outside the years news mostly name, is a year all the same: after "in", "since",
// "until" or "by", with no noun after it to count ("in 1066", "since 1215,", but not
// "in 3000 homes").
func (g *parser) yearAfterPreposition(j, e int) bool {
	switch g.w(j - 1) {
	case "in", "since", "until", "by", "before", "after":
	default:
		return false
	}
	if g.ps[j].num < 1000 {
		return false
	}
	if e >= len(g.ps) {
		return true
	}
	next := g.ps[e]
	if next.kind != doc.TokWord && next.kind != doc.TokNumber {
		return next.l != "%"
	}
	// a closed-class word may follow a year but never counts it: "in 1066 the Normans",
	// "in 1215 when", "by 2500 it"; an era too ("in 1066 AD")
	return text.ClassOf(next.l).Any(yearFollowerClasses) || eras[next.l]
}

// yearFollowerClasses are the word classes that may follow a year and never a count.
const yearFollowerClasses = doc.ClassDeterminer | doc.ClassPronoun | doc.ClassPossessive | doc.ClassPreposition |
	doc.ClassConjunction | doc.ClassSubordinator | doc.ClassAuxiliary | doc.ClassWh

// eras may follow a year: "1066 AD".
var eras = map[string]bool{"ad": true, "a.d.": true, "ce": true, "c.e.": true}
