package timex

import (
	"time"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// starters are the words that can begin an expression (besides numbers, months and
// weekdays, which the language layer's word classes know); built once.
var starters = func() map[string]bool {
	s := map[string]bool{}
	for _, m := range []map[string]int{cardinals, ordinals} {
		for k := range m {
			s[k] = true
		}
	}
	for k := range unitWords {
		s[k] = true
	}
	for k := range seasons {
		s[k] = true
	}
	for k := range partsOfDay {
		s[k] = true
	}
	for k := range refWords {
		s[k] = true
	}
	for k := range setAdverbs {
		s[k] = true
	}
	for _, w := range []string{"the", "last", "past", "previous", "prior", "preceding", "next",
		"coming", "upcoming", "following", "this", "current", "present", "that", "same",
		"latest", "most", "yesterday", "today", "tomorrow", "tonight", "early", "late", "mid",
		"pre", "post", "end", "beginning", "start", "middle", "close", "turn", "about", "around",
		"approximately", "roughly", "some", "almost", "nearly", "over", "under", "only", "just",
		"more", "less", "fewer", "at", "up", "no", "earlier", "later", "every", "each", "per",
		"a", "an", "several", "few", "many", "couple", "fiscal", "fy", "calendar", "half",
		"another", "other", "additional", "further", "'", "’", "noon", "midnight", "midday",
		"christmas", "thanksgiving", "easter", "new", "independence", "labor", "memorial", "election",
		"halloween", "valentine's", "q1", "q2", "q3", "q4", "h1", "h2", "its", "their", "recent",
		"twenty", "thirty", "sometime", "right", "these", "near", "distant", "full", "entire", "whole", "year", "twenties", "thirties", "forties",
		"fifties", "sixties", "seventies", "eighties", "nineties", "corresponding", "comparable", "equivalent",
		"then", "short", "long", "as"} {
		s[w] = true
	}
	return s
}()

// trigger says whether piece i may begin an expression.
func (g *parser) trigger(i int) bool {
	p := g.ps[i]
	switch p.l {
	case "the", "a", "an", "at", "some", "no", "up", "over", "more", "just", "only":
		// function words start an expression only before another starter
		if i+1 >= len(g.ps) {
			return false
		}
		q := g.ps[i+1]
		return q.kind == doc.TokNumber || isStarter(q.l) || q.l == "'" || q.l == "than" || q.l == "least" || q.l == "to" || apostropheYear(q.l)
	}
	return p.kind == doc.TokNumber || isStarter(p.l) || len(p.l) == 6 && p.l[0] == 'f' && p.l[1] == 'y' || apostropheYear(p.l)
}

// apostropheYear says whether w is a year or decade with its century cut: "'98", "'80s".
func apostropheYear(w string) bool {
	return len(w) >= 3 && w[0] == '\'' && w[1] >= '0' && w[1] <= '9'
}

// holiday reads fixed and computed holidays: "Christmas", "Thanksgiving Day",
// "New Year's Day", "Labor Day".
func (g *parser) holiday(i int) (match, bool) {
	w := g.w(i)
	if i >= len(g.ps) || !g.ps[i].capitalised() {
		return match{}, false
	}
	end := i + 1
	var s sem
	s.kind, s.typ = kAbs, doc.TimexDate
	set := func(m, d int) { s.p = point{gran: doc.GranDay, m: m, d: d} }
	switch w {
	case "christmas":
		set(12, 25)
		if g.w(end) == "eve" {
			set(12, 24)
			end++
		} else if g.w(end) == "day" {
			end++
		}
	case "new":
		if g.w(i+1) != "year's" || g.w(i+2) != "day" && g.w(i+2) != "eve" {
			return match{}, false
		}
		set(1, 1)
		if g.w(i+2) == "eve" {
			set(12, 31)
		}
		end = i + 3
	case "independence":
		if g.w(i+1) != "day" {
			return match{}, false
		}
		set(7, 4)
		end = i + 2
	case "halloween":
		set(10, 31)
	case "valentine's":
		if g.w(i+1) != "day" {
			return match{}, false
		}
		set(2, 14)
		end = i + 2
	case "thanksgiving", "labor", "memorial", "election", "easter":
		if (w == "labor" || w == "memorial" || w == "election") && g.w(i+1) != "day" {
			return match{}, false
		}
		if w == "easter" && i+1 < len(g.ps) && g.ps[i+1].capitalised() && g.w(i+1) != "sunday" && g.w(i+1) != "day" && g.w(i+1) != "week" {
			return match{}, false // "Easter Island", "the Easter Rising"
		}
		if g.w(end) == "day" || w == "easter" && g.w(end) == "sunday" {
			end++
		} else if w == "easter" && g.w(end) == "week" {
			end++
			s.weekOf = true // "Easter week": the week of Easter Sunday
		}
		s.holiday = w
		s.p = point{gran: doc.GranDay}
	default:
		return match{}, false
	}
	if y, e, ok := g.year(end); ok {
		s.p.y, end = y, e
	}
	return match{start: i, end: end, s: s}, true
}

// nthWeekday returns the day of the nth (n > 0) or last (n < 0) weekday wd (ISO) of a month.
func nthWeekday(y, m, wd, n int) int {
	if n > 0 {
		first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		off := (wd - isoWeekday(first) + 7) % 7
		return 1 + off + 7*(n-1)
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	off := (isoWeekday(last) - wd + 7) % 7
	return last.Day() - off
}

// isoWeekday is Monday 1 .. Sunday 7.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// holidayDay fills the day of a computed holiday in year y.
func holidayDay(name string, y int) (m, d int) {
	switch name {
	case "thanksgiving":
		return 11, nthWeekday(y, 11, 4, 4)
	case "labor":
		return 9, nthWeekday(y, 9, 1, 1)
	case "memorial":
		return 5, nthWeekday(y, 5, 1, -1)
	case "election":
		return 11, nthWeekday(y, 11, 1, 1) + 1 // US: the Tuesday after the first Monday
	case "easter":
		return easter(y)
	}
	return 0, 0
}

// easter returns the month and day of Easter Sunday in year y (Gregorian calendar, the
// anonymous algorithm of Meeus).
func easter(y int) (m, d int) {
	a, b, c := y%19, y/100, y%100
	dd, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - dd - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 22*l) / 451
	m = (h + l - 7*mm + 114) / 31
	d = (h+l-7*mm+114)%31 + 1
	return m, d
}

// isStarter: a word that can begin an expression.
func isStarter(w string) bool {
	return starters[w] || text.ClassOf(w).Any(doc.ClassMonth|doc.ClassWeekday)
}
