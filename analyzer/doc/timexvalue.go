package doc

import (
	"fmt"
	"strconv"
	"time"
)

// ValueKind says what a TIMEX3 value names.
type ValueKind uint8

const (
	ValueNone     ValueKind = iota // no value
	ValuePoint                     // a stretch of the calendar: 2023-06-24, 2023-W27, 2023-Q3, 199, XXXX-06-24
	ValueDuration                  // a length of time: P2W, PT36H, PXY
	ValueSet                       // a time that recurs: every Monday (XXXX-WXX-1), each week (P1W)
	ValueRef                       // PRESENT_REF, PAST_REF, FUTURE_REF
)

// Season is a season of the year, as TimeML codes it (northern: spring is March to May).
type Season uint8

const (
	SeasonNone Season = iota
	Spring
	Summer
	Autumn
	Winter
)

// Code is the TIMEX3 code: SP, SU, FA, WI.
func (s Season) Code() string { return [...]string{"", "SP", "SU", "FA", "WI"}[s] }

// Name is the season in words.
func (s Season) Name() string { return [...]string{"", "spring", "summer", "autumn", "winter"}[s] }

// FirstMonth is the month (1..12) the season starts in: winter starts in December.
func (s Season) FirstMonth() int { return [...]int{0, 3, 6, 9, 12}[s] }

// PartOfDay is a part of the day, as TimeML codes it.
type PartOfDay uint8

const (
	PartNone PartOfDay = iota
	Morning
	Midday
	Afternoon
	Evening
	Night
	Daytime
)

// Code is the TIMEX3 code: MO, MI, AF, EV, NI, DT.
func (p PartOfDay) Code() string { return [...]string{"", "MO", "MI", "AF", "EV", "NI", "DT"}[p] }

// Name is the part of the day in words.
func (p PartOfDay) Name() string {
	return [...]string{"", "morning", "midday", "afternoon", "evening", "night", "daytime"}[p]
}

// Hour is the hour (0..23) the part of the day sorts at.
func (p PartOfDay) Hour() int { return [...]int{0, 8, 12, 14, 18, 21, 12}[p] }

// RefTime is one of TimeML's vague points: now, the past, the future.
type RefTime uint8

const (
	PresentRef RefTime = iota
	PastRef
	FutureRef
)

func (r RefTime) String() string { return [...]string{"PRESENT_REF", "PAST_REF", "FUTURE_REF"}[r] }

// TimeUnit is a unit a TIMEX3 duration counts.
type TimeUnit uint8

const (
	UnitNone TimeUnit = iota
	UnitSecond
	UnitMinute
	UnitHour
	UnitDay
	UnitWeekend
	UnitWeek
	UnitMonth
	UnitQuarter
	UnitHalf
	UnitSeason
	UnitYear
	UnitDecade
	UnitCentury
	UnitMillennium
)

// Code is the unit's letters in an ISO 8601 duration (P2W, PT3H, PXDE).
func (u TimeUnit) Code() string {
	return [...]string{"", "S", "M", "H", "D", "WE", "W", "M", "Q", "H", "SE", "Y", "DE", "CE", "ML"}[u]
}

// OfTime says whether the unit is written after the T of a duration (hours, minutes, seconds).
func (u TimeUnit) OfTime() bool { return u >= UnitSecond && u <= UnitHour }

// name is the unit in words, "" for the units a reader is not told of by name.
func (u TimeUnit) name() string {
	return [...]string{"", "second", "minute", "hour", "day", "weekend", "week", "month", "quarter", "half", "", "year", "decade", "century", ""}[u]
}

// DurationPart is so many units of a duration; N < 0 is an unknown count (PXY).
type DurationPart struct {
	N    int
	Unit TimeUnit
}

// TimexValue is a TIMEX3 value, typed: what the text says of a time, with its unknown
// parts left zero. A point covers a stretch of the calendar at its granularity; a
// duration is up to two counted units (P2Y6M); a set is a point pattern without a year
// (XXXX-WXX-1, every Monday) or a duration (P1W, every week); a ref is now, the past or
// the future.
type TimexValue struct {
	Kind ValueKind
	Gran Granularity // ValuePoint and pattern sets
	// Year is 0 when unknown (XXXX); for a decade or a century any year inside it.
	Year int
	// Month 1..12 and Day 1..31, 0 when unknown. For GranWeek they name a day of the
	// week meant (the ISO week is the day's); for GranPartOfDay and GranTime the day of
	// the part of day or the clock time.
	Month, Day int
	// Quarter is 1..4 (GranQuarter), or the half 1..2 when Half is set; 0 unknown.
	Quarter int
	Half    bool
	Season  Season    // GranSeason
	Weekend bool      // GranWeek: the week's weekend (Saturday and Sunday)
	Part    PartOfDay // GranPartOfDay
	// Hour 0..24 and Minute 0..59 of GranTime.
	Hour, Minute int
	// Weekday 1 (Monday) .. 7 of a set of weekdays (XXXX-WXX-1).
	Weekday int
	Ref     RefTime // ValueRef
	// Dur is the duration (ValueDuration, or a set of units); Dur[1].Unit is UnitNone
	// when the duration has one part.
	Dur [2]DurationPart
}

// DayValue is the calendar day y-m-d (0 for an unknown part).
func DayValue(y, m, d int) TimexValue {
	return TimexValue{Kind: ValuePoint, Gran: GranDay, Year: y, Month: m, Day: d}
}

// DurationValue is n units (n < 0: unknown count).
func DurationValue(n int, u TimeUnit) TimexValue {
	return TimexValue{Kind: ValueDuration, Dur: [2]DurationPart{{N: n, Unit: u}}}
}

// RefValue is PRESENT_REF, PAST_REF or FUTURE_REF.
func RefValue(r RefTime) TimexValue { return TimexValue{Kind: ValueRef, Ref: r} }

// IsZero says whether there is no value.
func (v TimexValue) IsZero() bool { return v.Kind == ValueNone }

// YearKnown says whether the value is anchored in a real year.
func (v TimexValue) YearKnown() bool { return v.Year > 0 }

// String is the TIMEX3 value: 2023-06-24, 2023-06-24TEV, 2023-06-24T15:00, 2023-W27,
// 2023-W27-WE, 2023-06, 2023-Q3, 2023-H1, 2023-SU, 2023, 199, 19, XXXX-06-24,
// 2022-10-XX, P2W, PT5H30M, PXY, XXXX-WXX-1, TXXNI, PRESENT_REF.
func (v TimexValue) String() string {
	switch v.Kind {
	case ValuePoint:
		return v.point()
	case ValueDuration:
		return v.duration()
	case ValueRef:
		return v.Ref.String()
	case ValueSet:
		switch {
		case v.Dur[0].Unit != UnitNone:
			return v.duration()
		case v.Weekday > 0:
			s := "XXXX-WXX-" + strconv.Itoa(v.Weekday)
			if v.Part != PartNone {
				s += "T" + v.Part.Code()
			}
			return s
		case v.Gran == GranPartOfDay && v.Month == 0:
			return "TXX" + v.Part.Code() // every night
		}
		return v.point() // every June: XXXX-06
	}
	return ""
}

func (v TimexValue) point() string {
	switch v.Gran {
	case GranCentury:
		if v.Year <= 0 {
			return "XX"
		}
		return fmt.Sprintf("%02d", v.Year/100)
	case GranDecade:
		if v.Year <= 0 {
			return "XXX"
		}
		return fmt.Sprintf("%03d", v.Year/10)
	case GranYear:
		return yearCode(v.Year)
	case GranQuarter:
		c := "Q"
		if v.Half {
			c = "H"
		}
		if v.Quarter == 0 {
			return yearCode(v.Year) + "-" + c + "X"
		}
		return yearCode(v.Year) + "-" + c + strconv.Itoa(v.Quarter)
	case GranSeason:
		return yearCode(v.Year) + "-" + v.Season.Code()
	case GranMonth:
		return yearCode(v.Year) + "-" + twoDigits(v.Month)
	case GranWeek:
		s := ""
		if !v.dayKnown() {
			s = yearCode(v.Year) + "-WXX"
		} else {
			y, w := v.date().ISOWeek()
			s = fmt.Sprintf("%04d-W%02d", y, w)
		}
		if v.Weekend {
			s += "-WE"
		}
		return s
	case GranDay:
		return v.dayCode()
	case GranPartOfDay:
		return v.dayCode() + "T" + v.Part.Code()
	case GranTime:
		return v.dayCode() + fmt.Sprintf("T%02d:%02d", v.Hour, v.Minute)
	}
	return ""
}

func (v TimexValue) dayCode() string {
	return yearCode(v.Year) + "-" + twoDigits(v.Month) + "-" + twoDigits(v.Day)
}

func (v TimexValue) duration() string {
	s, inTime := "P", false
	for _, p := range v.Dur {
		if p.Unit == UnitNone {
			break
		}
		if p.Unit.OfTime() && !inTime {
			s, inTime = s+"T", true
		}
		if p.N < 0 {
			s += "X"
		} else {
			s += strconv.Itoa(p.N)
		}
		s += p.Unit.Code()
	}
	return s
}

func yearCode(y int) string {
	if y <= 0 {
		return "XXXX"
	}
	return fmt.Sprintf("%04d", y)
}

func twoDigits(n int) string {
	if n <= 0 {
		return "XX"
	}
	return fmt.Sprintf("%02d", n)
}

// dayKnown says whether year, month and day are all known.
func (v TimexValue) dayKnown() bool { return v.Year > 0 && v.Month > 0 && v.Day > 0 }

// date is the day (Year, Month, Day) as a time.Time in UTC, an unknown month or day as 1.
func (v TimexValue) date() time.Time {
	return time.Date(v.Year, time.Month(max(v.Month, 1)), max(v.Day, 1), 0, 0, 0, 0, time.UTC)
}

// Start is the first instant a calendar point covers (a part of the day at its hour,
// a week at its Monday, a weekend at its Saturday, a day whose number is unknown at
// the first of its month, a decade at its first year). ok is false for a value that
// is no point with a known year, or whose other unknown parts leave its start open
// (2023-QX, 2024-WXX, 2024-XX-XX).
func (v TimexValue) Start() (t time.Time, ok bool) {
	if v.Kind != ValuePoint || v.Year <= 0 {
		return time.Time{}, false
	}
	y := v.Year
	day := func(m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch v.Gran {
	case GranCentury:
		return time.Date(y/100*100, 1, 1, 0, 0, 0, 0, time.UTC), true
	case GranDecade:
		return time.Date(y/10*10, 1, 1, 0, 0, 0, 0, time.UTC), true
	case GranYear:
		return day(1, 1), true
	case GranQuarter:
		if v.Quarter == 0 {
			return time.Time{}, false
		}
		if v.Half {
			return day((v.Quarter-1)*6+1, 1), true
		}
		return day((v.Quarter-1)*3+1, 1), true
	case GranSeason:
		if v.Season == SeasonNone {
			return time.Time{}, false
		}
		return day(v.Season.FirstMonth(), 1), true
	case GranMonth:
		if v.Month == 0 {
			return time.Time{}, false
		}
		return day(v.Month, 1), true
	case GranWeek:
		if !v.dayKnown() {
			return time.Time{}, false
		}
		d := v.date()
		mon := d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
		if v.Weekend {
			return mon.AddDate(0, 0, 5), true
		}
		return mon, true
	case GranDay, GranPartOfDay, GranTime:
		if v.Month == 0 {
			return time.Time{}, false
		}
		if v.Day == 0 {
			return day(v.Month, 1), true // "a day in October 2022": sorts with the month
		}
		t := day(v.Month, v.Day)
		switch v.Gran {
		case GranPartOfDay:
			t = t.Add(time.Duration(v.Part.Hour()) * time.Hour)
		case GranTime:
			t = t.Add(time.Duration(v.Hour)*time.Hour + time.Duration(v.Minute)*time.Minute)
		}
		return t, true
	}
	return time.Time{}, false
}

// LastDay is the last day a calendar point covers (its Start's day for a day, a part of
// the day or a clock time; the Sunday of a week; the 31 December of a year), with the
// same ok as Start.
func (v TimexValue) LastDay() (time.Time, bool) {
	t, ok := v.Start()
	if !ok {
		return t, false
	}
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch v.Gran {
	case GranCentury:
		return t.AddDate(100, 0, -1), true
	case GranDecade:
		return t.AddDate(10, 0, -1), true
	case GranYear:
		return t.AddDate(1, 0, -1), true
	case GranQuarter:
		if v.Half {
			return t.AddDate(0, 6, -1), true
		}
		return t.AddDate(0, 3, -1), true
	case GranSeason:
		return t.AddDate(0, 3, -1), true
	case GranMonth:
		return t.AddDate(0, 1, -1), true
	case GranWeek:
		if v.Weekend {
			return t.AddDate(0, 0, 1), true
		}
		return t.AddDate(0, 0, 6), true
	}
	if v.Day == 0 {
		return t.AddDate(0, 1, -1), true // some day of the month
	}
	return t, true
}

// CalendarDay says whether day d of month m names a day of the calendar in year y: no
// 30 February, no 31 April. With the year unknown (0), 29 February is possible; an
// unknown month or day (0) is possible too.
func CalendarDay(y, m, d int) bool {
	if m < 1 || m > 12 || d == 0 {
		return m >= 0 && m <= 12 && d >= 0 && d <= 31
	}
	if y <= 0 {
		y = 2000 // a leap year
	}
	return d >= 1 && d <= DaysIn(y, m)
}

// DaysIn is the number of days of month m (1..12) of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ParseDay reads a calendar day written YYYY-MM-DD, as the reference date of an article
// is (what follows the day in a longer ISO date-time is not read). ok is false when it
// is not of that form or not a day of the calendar.
func ParseDay(s string) (v TimexValue, ok bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return TimexValue{}, false
	}
	num := func(a, b int) int {
		n := 0
		for i := a; i < b; i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(0, 4), num(5, 7), num(8, 10)
	if y < 1 || m < 1 || d < 1 || !CalendarDay(y, m, d) {
		return TimexValue{}, false
	}
	return DayValue(y, m, d), true
}
