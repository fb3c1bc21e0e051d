package timex

import "lede/analyzer/doc"

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
