package timex

import (
	"time"

	"lede/analyzer/doc"
)

// point is a calendar value at some granularity. Unknown fields are 0 for month, day,
// quarter; a year of 0 is unknown ("XXXX"). For GranWeek the week is that of the day
// (y, m, d); for GranPartOfDay and GranTime the day carries pod or hh:mm.
type point struct {
	gran    doc.Granularity
	y       int           // year; 0 unknown
	m, d    int           // month 1..12, day 1..31; 0 unknown
	q       int           // quarter 1..4 (GranQuarter), half 1..2 when half is set
	half    bool          // q is a half year (H1, H2)
	season  doc.Season    // GranSeason
	weekend bool          // the week's weekend (GranWeek)
	pod     doc.PartOfDay // GranPartOfDay
	hh, mm  int           // GranTime
}

// known reports whether the point is anchored in a real year.
func (p point) known() bool { return p.y != 0 }

// date returns the day as a time.Time (UTC), with unknown month or day as 1.
func (p point) date() time.Time {
	m, d := p.m, p.d
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(p.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// fromDate makes a day point.
func fromDate(t time.Time) point {
	return point{gran: doc.GranDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// timexValue is the point as the report's typed value.
func (p point) timexValue() doc.TimexValue {
	return doc.TimexValue{Kind: doc.ValuePoint, Gran: p.gran, Year: p.y, Month: p.m, Day: p.d, Quarter: p.q,
		Half: p.half, Season: p.season, Weekend: p.weekend, Part: p.pod, Hour: p.hh, Minute: p.mm}
}

// quarterOf returns the quarter (1..4) of month m.
func quarterOf(m int) int { return (m-1)/3 + 1 }

// seasonOf returns the northern season of month m, as TimeML codes it.
func seasonOf(m int) doc.Season {
	switch m {
	case 3, 4, 5:
		return doc.Spring
	case 6, 7, 8:
		return doc.Summer
	case 9, 10, 11:
		return doc.Autumn
	}
	return doc.Winter
}

// at coarsens or refines a known day point to granularity g, keeping what it knows.
func (p point) at(g doc.Granularity) point {
	out := point{gran: g, y: p.y, m: p.m, d: p.d}
	switch g {
	case doc.GranQuarter:
		if p.gran == doc.GranQuarter {
			out.q, out.half = p.q, p.half
		} else if p.m > 0 {
			out.q = quarterOf(p.m)
		}
	case doc.GranSeason:
		out.season = p.season
		if out.season == doc.SeasonNone && p.m > 0 {
			out.season = seasonOf(p.m)
		}
	}
	return out
}

// shift moves the point by n units, returning it at granularity g (the unit's own,
// normally). An unknown year stays unknown.
func (p point) shift(n int, u unit) point {
	if !p.known() {
		out := point{gran: unitGran(u)}
		return out
	}
	t := p.date()
	switch u {
	case uDay:
		return fromDate(t.AddDate(0, 0, n))
	case uWeek, uWeekend:
		q := fromDate(t.AddDate(0, 0, 7*n))
		q.gran = doc.GranWeek
		q.weekend = u == uWeekend
		return q
	case uMonth:
		t = time.Date(p.y, time.Month(max(p.m, 1)), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		return point{gran: doc.GranMonth, y: t.Year(), m: int(t.Month())}
	case uQuarter:
		q := p.q
		if p.gran != doc.GranQuarter || p.half || q == 0 {
			q = quarterOf(max(p.m, 1))
		}
		idx := p.y*4 + q - 1 + n
		return point{gran: doc.GranQuarter, y: idx / 4, q: idx%4 + 1}
	case uHalf:
		h := 1
		if p.m > 6 {
			h = 2
		}
		idx := p.y*2 + h - 1 + n
		return point{gran: doc.GranQuarter, half: true, y: idx / 2, q: idx%2 + 1}
	case uYear:
		return point{gran: doc.GranYear, y: p.y + n}
	case uDecade:
		return point{gran: doc.GranDecade, y: p.y + 10*n}
	case uCentury:
		return point{gran: doc.GranCentury, y: p.y + 100*n}
	case uSeason:
		return point{gran: doc.GranSeason, y: p.y + n, season: p.season}
	case uHour, uMinute, uSecond:
		if p.gran == doc.GranTime {
			// "two hours later" than 3 p.m.: the clock time moved, to the minute
			step := map[unit]time.Duration{uHour: time.Hour, uMinute: time.Minute, uSecond: time.Second}[u]
			t = t.Add(time.Duration(p.hh)*time.Hour + time.Duration(p.mm)*time.Minute + time.Duration(n)*step)
			return point{gran: doc.GranTime, y: t.Year(), m: int(t.Month()), d: t.Day(), hh: t.Hour(), mm: t.Minute()}
		}
	}
	return point{gran: doc.GranDay, y: p.y, m: p.m, d: p.d}
}

// unitGran is the granularity of a unit's values.
func unitGran(u unit) doc.Granularity {
	switch u {
	case uSecond, uMinute, uHour:
		return doc.GranTime
	case uDay:
		return doc.GranDay
	case uWeek, uWeekend:
		return doc.GranWeek
	case uMonth:
		return doc.GranMonth
	case uQuarter, uHalf:
		return doc.GranQuarter
	case uSeason:
		return doc.GranSeason
	case uYear:
		return doc.GranYear
	case uDecade:
		return doc.GranDecade
	case uCentury, uMillennium:
		return doc.GranCentury
	}
	return doc.GranUnknown
}

// parseRef reads the reference date (YYYY-MM-DD, or a longer ISO time) as a day point.
func parseRef(s string) (point, bool) {
	v, ok := doc.ParseDay(s)
	return point{gran: doc.GranDay, y: v.Year, m: v.Month, d: v.Day}, ok
}
