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
		"halloween", "valentine", "valentine's", "q1", "q2", "q3", "q4", "h1", "h2", "its", "their", "recent",
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
// "New Year's Day", "Labor Day" (holidayRules), and a year after them.
func (g *parser) holiday(i int) (match, bool) {
	if i >= len(g.ps) || !g.ps[i].capitalised() {
		return match{}, false
	}
	r := holidayReading{i: i, end: i + 1, w: g.w(i), s: sem{kind: kAbs, typ: doc.TimexDate}}
	if _, v := applyIn(g, holidayRules, &g.scratch.holiday, &r); v != accept {
		return match{}, false
	}
	if y, e, ok := g.year(r.end); ok {
		r.s.p.y, r.end = y, e
	}
	return match{start: i, end: r.end, s: r.s}, true
}

// holidayReading is what holiday reads from piece i (a capitalised word w) up to end.
type holidayReading struct {
	i, end int
	w      string
	s      sem
}

// on is the holiday on day d of month m, its words up to end.
func (r *holidayReading) on(m, d, end int) (match, verdict) {
	r.s.p, r.end = point{gran: doc.GranDay, m: m, d: d}, end
	return match{start: r.i, end: end, s: r.s}, accept
}

// holidayRules read the holidays, in order.
var holidayRules = []rule[holidayReading]{
	{"christmas", "The shop closed on [Christmas Eve].", christmas},
	{"new-year", "The shop closed on [New Year's Day].", newYear},
	{"independence-day", "The shop closed on [Independence Day].", independenceDay},
	{"halloween", "The shop closed on [Halloween].", halloween},
	{"valentines-day", "The shop closed on [Valentine's Day].", valentinesDay},
	{"easter-name", "They sailed to [Easter Island].", easterName},
	{"computed-holiday", "The shop closed on [Thanksgiving Day].", computedHoliday},
}

// christmas: "Christmas", "Christmas Day" (December 25), "Christmas Eve" (24).
func christmas(g *parser, r *holidayReading, out *match) verdict {
	switch {
	case r.w != "christmas":
		return pass
	case g.w(r.i+1) == "eve":
		return out.set(r.on(12, 24, r.i+2))
	case g.w(r.i+1) == "day":
		return out.set(r.on(12, 25, r.i+2))
	}
	return out.set(r.on(12, 25, r.i+1))
}

// newYear: "New Year's Day" (January 1), "New Year's Eve" (December 31).
func newYear(g *parser, r *holidayReading, out *match) verdict {
	k, ok := g.possessive(r.i+1, "year")
	if r.w != "new" || !ok {
		return pass
	}
	switch g.w(k) {
	case "day":
		return out.set(r.on(1, 1, k+1))
	case "eve":
		return out.set(r.on(12, 31, k+1))
	}
	return pass
}

// possessive reads word w with its "'s" from piece k, one piece ("year's") or two, as
// the tokenizer splits it ("year" "'s"): the piece after.
func (g *parser) possessive(k int, w string) (int, bool) {
	switch {
	case g.w(k) == w+"'s":
		return k + 1, true
	case g.w(k) == w && g.w(k+1) == "'s":
		return k + 2, true
	}
	return k, false
}

// independenceDay: "Independence Day" (July 4).
func independenceDay(g *parser, r *holidayReading, out *match) verdict {
	if r.w != "independence" || g.w(r.i+1) != "day" {
		return pass
	}
	return out.set(r.on(7, 4, r.i+2))
}

// halloween: "Halloween" (October 31).
func halloween(g *parser, r *holidayReading, out *match) verdict {
	if r.w != "halloween" {
		return pass
	}
	return out.set(r.on(10, 31, r.i+1))
}

// valentinesDay: "Valentine's Day" (February 14).
func valentinesDay(g *parser, r *holidayReading, out *match) verdict {
	k, ok := g.possessive(r.i, "valentine")
	if !ok || g.w(k) != "day" {
		return pass
	}
	return out.set(r.on(2, 14, k+1))
}

// easterName: "Easter" before another capitalised word names something else ("Easter
// Island", "the Easter Rising"), unless it is "Easter Sunday", "Easter Day" or "Easter
// Week".
func easterName(g *parser, r *holidayReading, out *match) verdict {
	if r.w != "easter" || r.i+1 >= len(g.ps) || !g.ps[r.i+1].capitalised() {
		return pass
	}
	if n := g.w(r.i + 1); n == "sunday" || n == "day" || n == "week" {
		return pass
	}
	return out.set(match{start: r.i, end: r.i + 2}, reject)
}

// computedHoliday: the holidays whose day the year decides (resolve computes it):
// "Thanksgiving (Day)", "Labor Day", "Memorial Day", "Election Day", "Easter (Sunday)",
// and "Easter week", the week of Easter Sunday.
func computedHoliday(g *parser, r *holidayReading, out *match) verdict {
	switch r.w {
	case "labor", "memorial", "election":
		if g.w(r.i+1) != "day" {
			return pass
		}
	case "thanksgiving", "easter":
	default:
		return pass
	}
	next := g.w(r.end)
	if next == "day" || r.w == "easter" && next == "sunday" {
		r.end++
	} else if r.w == "easter" && next == "week" {
		r.end++
		r.s.weekOf = true
	}
	r.s.holiday, r.s.p = r.w, point{gran: doc.GranDay}
	return out.set(match{start: r.i, end: r.end, s: r.s}, accept)
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
