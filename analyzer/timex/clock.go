package timex

import "lede/analyzer/doc"

// clockReading is what timeExpr has read of "3 p.m.", "noon", "4 in the morning": the
// clock time from piece i up to end, in hours (0-24) and minutes.
type clockReading struct {
	i, end int
	hh, mm int
	digits bool // the time is written in digits ("3", "10:30"), read into hh and mm
}

// timeExpr reads clock times: "3 p.m.", "10:30 a.m. EST", "noon", "midnight", "4 in the
// morning", "3 o'clock" (clockRules), and a day after them ("10 p.m. Wednesday", "noon
// Thursday": clockDayRules).
func (g *parser) timeExpr(i int) (match, bool) {
	r := clockReading{i: i, end: i}
	if i < len(g.ps) && g.ps[i].kind == doc.TokNumber {
		r.hh, r.mm, r.digits = clock(g.w(i))
		r.end = i + 1
	}
	if _, v := applyIn(g, clockRules, &g.scratch.clock, &r); v != accept {
		return match{}, false
	}
	if zones[g.w(r.end)] {
		r.end++
	}
	if m, v := applyIn(g, clockDayRules, &g.scratch.clock, &r); v == accept {
		return m, true
	}
	return match{start: i, end: r.end, s: r.sem()}, true
}

// sem is the clock time on the day in focus.
func (r *clockReading) sem() sem {
	return sem{kind: kAnaphoric, typ: doc.TimexTime, u: uDay, hh: r.hh, mm: r.mm, hasTime: true}
}

// clockRules read the clock time, in order.
var clockRules []rule[clockReading]

func init() {
	clockRules = []rule[clockReading]{
		{"noon", "The council met at [noon].", noon},
		{"midnight", "The council met at [midnight].", midnight},
		{"am-pm", "The council met at [3 p.m.]", amPm},
		{"am-pm-not-hour", "The council met at [15 p.m.]", amPmNotHour},
		{"o-clock", "The council met at [3 o'clock].", oClock},
		{"in-the-part-of-day", "The council met at [4 in the morning].", inThePartOfDay},
		{"clock-zone", "The council met at [10:30 EST].", clockZone},
		{"bare-clock", "The score was [10:30] at half time.", bareClock},
	}
}

// noon: "noon", "midday" are 12:00.
func noon(g *parser, r *clockReading, out *match) verdict {
	if w := g.w(r.i); w != "noon" && w != "midday" {
		return pass
	}
	r.hh, r.mm, r.end = 12, 0, r.i+1
	return out.set(match{start: r.i, end: r.end}, accept)
}

// midnight: "midnight" is 24:00, the end of its day.
func midnight(g *parser, r *clockReading, out *match) verdict {
	if g.w(r.i) != "midnight" {
		return pass
	}
	r.hh, r.mm, r.end = 24, 0, r.i+1
	return out.set(match{start: r.i, end: r.end}, accept)
}

// amPm: "3 p.m." is 15:00, "12 a.m." 00:00, "10:30 am" 10:30.
func amPm(g *parser, r *clockReading, out *match) verdict {
	ap := g.w(r.end)
	if !r.digits || !amPmWords[ap] || r.hh > 12 {
		return pass
	}
	if ap[0] == 'p' && r.hh < 12 {
		r.hh += 12
	}
	if ap[0] == 'a' && r.hh == 12 {
		r.hh = 0
	}
	r.end++
	return out.set(match{start: r.i, end: r.end}, accept)
}

// amPmNotHour: "15 p.m." is no time.
func amPmNotHour(g *parser, r *clockReading, out *match) verdict {
	if !r.digits || !amPmWords[g.w(r.end)] {
		return pass
	}
	return out.set(match{start: r.i, end: r.end + 1}, reject)
}

// amPmWords are the ways of writing a.m. and p.m. (lower case).
var amPmWords = map[string]bool{"a.m.": true, "am": true, "a.m": true, "p.m.": true, "pm": true, "p.m": true}

// oClock: "3 o'clock" is the hour as written.
func oClock(g *parser, r *clockReading, out *match) verdict {
	if !r.digits || g.w(r.end) != "o'clock" {
		return pass
	}
	r.end++
	return out.set(match{start: r.i, end: r.end}, accept)
}

// inThePartOfDay: "4 in the morning" is 04:00, "8 in the evening" 20:00.
func inThePartOfDay(g *parser, r *clockReading, out *match) verdict {
	c := partsOfDay[g.w(r.end+2)]
	if !r.digits || g.w(r.end) != "in" || g.w(r.end+1) != "the" || c == doc.PartNone || r.hh > 12 {
		return pass
	}
	if (c == doc.Afternoon || c == doc.Evening || c == doc.Night) && r.hh < 12 {
		r.hh += 12
	}
	r.end += 3
	return out.set(match{start: r.i, end: r.end}, accept)
}

// clockZone: "10:30 EST", "9:45 GMT", "14:00 hrs": a time in digits with its zone.
func clockZone(g *parser, r *clockReading, out *match) verdict {
	w := g.w(r.end)
	if !r.digits || len(g.w(r.i)) < 4 || !zones[w] && w != "hrs" && w != "gmt" {
		return pass
	}
	return out.set(match{start: r.i, end: r.end}, accept)
}

// bareClock: a bare "10:30" may be a score or a ratio.
func bareClock(g *parser, r *clockReading, out *match) verdict {
	if !r.digits {
		return pass
	}
	return out.set(match{start: r.i, end: r.end}, reject)
}

// clockDayRules read the day after a clock time, in order.
var clockDayRules []rule[clockReading]

func init() {
	clockDayRules = []rule[clockReading]{
		{"time-on-day", "The council met at [10 p.m.] on [Wednesday].", timeOnDay},
		{"time-day", "The council met at [10 p.m. Wednesday].", timeDay},
	}
}

// timeOnDay: in "10 p.m. on Wednesday" the day gives the time its date; it is its own
// expression.
func timeOnDay(g *parser, r *clockReading, out *match) verdict {
	if g.w(r.end) != "on" {
		return pass
	}
	d, ok := g.dayAfterTime(r.end + 1)
	if !ok {
		return pass
	}
	return out.set(match{start: r.i, end: r.end, s: r.onDay(d.s)}, accept)
}

// timeDay: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6": the time and its day, one
// expression.
func timeDay(g *parser, r *clockReading, out *match) verdict {
	k := r.end
	switch g.w(k) {
	case "on":
		return pass // (timeOnDay's)
	case ",":
		k++
	}
	d, ok := g.dayAfterTime(k)
	if !ok {
		return pass
	}
	return out.set(match{start: r.i, end: d.end, s: r.onDay(d.s)}, accept)
}

// onDay is the clock time on day s.
func (r *clockReading) onDay(s sem) sem {
	s.typ, s.hh, s.mm, s.hasTime, s.pod = doc.TimexTime, r.hh, r.mm, true, doc.PartNone
	return s
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
