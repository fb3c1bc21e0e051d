package timex

import "lede/analyzer/doc"

// periodEnd reads what follows a period of the calendar: "the quarter ended Sept. 30"
// is the quarter that holds Sept. 30; "the year ended March 31" is a fiscal year, a
// duration of one year ending that day (the day stays its own expression); "the week of
// March 6" is that day's week (one expression).
func (g *parser) periodEnd(m *match) {
	if m.s.kind != kAnaphoric && m.s.kind != kDeictic && m.s.kind != kLiteral || m.s.n != 0 || g.w(m.start) != "the" {
		return
	}
	head := g.w(m.end - 1)
	switch g.w(m.end) {
	case "ended", "ending":
		d, ok := g.dayAfter(m.end + 1)
		if !ok {
			return
		}
		switch {
		case head == "quarter" || head == "period":
			if m.s.u == uQuarter && m.s.kind != kLiteral {
				day := d.s.p
				m.s.endsOn = &day
			}
		case head == "year":
			m.s = sem{kind: kLiteral, typ: doc.TimexDuration, value: lit(doc.DurationValue(1, uYear))}
		}
	case "of":
		if head != "week" || m.s.u != uWeek {
			return
		}
		if d, ok := g.dayAfter(m.end + 1); ok {
			d.s.weekOf = true
			m.s, m.end = d.s, d.end
		}
	}
}

// dayAfter reads a written day ("Sept. 30", "30 September 1989") at piece k.
func (g *parser) dayAfter(k int) (match, bool) {
	for _, f := range []func(int) (match, bool){g.monthDate, g.dayMonth} {
		if d, ok := f(k); ok && d.s.kind == kAbs && d.s.p.gran == doc.GranDay {
			return d, true
		}
	}
	return match{}, false
}
