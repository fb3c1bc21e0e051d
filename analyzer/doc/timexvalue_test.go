package doc

import (
	"testing"
	"time"
)

// values written as TIMEX3 strings and read back as the typed values that print them
var valueCases = []struct {
	v       TimexValue
	timex   string
	display string
	start   string // YYYY-MM-DD hh:mm of Start, "" when none
	last    string // LastDay, "" when none
}{
	{DayValue(2023, 6, 24), "2023-06-24", "Sat 24 June 2023", "2023-06-24 00:00", "2023-06-24"},
	{TimexValue{Kind: ValuePoint, Gran: GranTime, Year: 2023, Month: 6, Day: 24, Hour: 15}, "2023-06-24T15:00", "Sat 24 June 2023, 15:00", "2023-06-24 15:00", "2023-06-24"},
	{TimexValue{Kind: ValuePoint, Gran: GranPartOfDay, Year: 2023, Month: 6, Day: 24, Part: Evening}, "2023-06-24TEV", "Sat 24 June 2023, evening", "2023-06-24 18:00", "2023-06-24"},
	{TimexValue{Kind: ValuePoint, Gran: GranMonth, Year: 2023, Month: 6}, "2023-06", "June 2023", "2023-06-01 00:00", "2023-06-30"},
	{TimexValue{Kind: ValuePoint, Gran: GranYear, Year: 2023}, "2023", "2023", "2023-01-01 00:00", "2023-12-31"},
	{TimexValue{Kind: ValuePoint, Gran: GranQuarter, Year: 2023, Quarter: 3}, "2023-Q3", "Q3 2023", "2023-07-01 00:00", "2023-09-30"},
	{TimexValue{Kind: ValuePoint, Gran: GranQuarter, Year: 2023, Quarter: 1, Half: true}, "2023-H1", "H1 2023", "2023-01-01 00:00", "2023-06-30"},
	{TimexValue{Kind: ValuePoint, Gran: GranQuarter, Year: 2023}, "2023-QX", "2023-QX", "", ""},
	// a week is read by its dates; ISO week 37 of 2016 runs from Monday 12 September
	{TimexValue{Kind: ValuePoint, Gran: GranWeek, Year: 2016, Month: 9, Day: 14}, "2016-W37", "the week of 12 September 2016", "2016-09-12 00:00", "2016-09-18"},
	{TimexValue{Kind: ValuePoint, Gran: GranWeek, Year: 2016, Month: 9, Day: 14, Weekend: true}, "2016-W37-WE", "the weekend of 17 September 2016", "2016-09-17 00:00", "2016-09-18"},
	// 1 January 2021 was a Friday, in week 53 of 2020; week 1 of 2015 starts in 2014
	{TimexValue{Kind: ValuePoint, Gran: GranWeek, Year: 2021, Month: 1, Day: 1}, "2020-W53", "the week of 28 December 2020", "2020-12-28 00:00", "2021-01-03"},
	{TimexValue{Kind: ValuePoint, Gran: GranWeek, Year: 2015, Month: 1, Day: 1}, "2015-W01", "the week of 29 December 2014", "2014-12-29 00:00", "2015-01-04"},
	{TimexValue{Kind: ValuePoint, Gran: GranWeek, Year: 2024}, "2024-WXX", "a week of 2024", "", ""},
	{TimexValue{Kind: ValuePoint, Gran: GranWeek}, "XXXX-WXX", "XXXX-WXX", "", ""},
	{TimexValue{Kind: ValuePoint, Gran: GranSeason, Year: 2023, Season: Summer}, "2023-SU", "summer 2023", "2023-06-01 00:00", "2023-08-31"},
	{TimexValue{Kind: ValuePoint, Gran: GranSeason, Year: 2023, Season: Winter}, "2023-WI", "winter 2023", "2023-12-01 00:00", "2024-02-29"},
	{TimexValue{Kind: ValuePoint, Gran: GranDecade, Year: 1995}, "199", "the 1990s", "1990-01-01 00:00", "1999-12-31"},
	{TimexValue{Kind: ValuePoint, Gran: GranCentury, Year: 1950}, "19", "20th century", "1900-01-01 00:00", "1999-12-31"},
	{TimexValue{Kind: ValuePoint, Gran: GranDay, Month: 6, Day: 24}, "XXXX-06-24", "24 June (year unknown)", "", ""},
	{TimexValue{Kind: ValuePoint, Gran: GranDay}, "XXXX-XX-XX", "XXXX-XX-XX", "", ""},
	{TimexValue{Kind: ValuePoint, Gran: GranDay, Year: 2022, Month: 10}, "2022-10-XX", "a day in October 2022", "2022-10-01 00:00", "2022-10-31"},
	{TimexValue{Kind: ValuePoint, Gran: GranDay, Year: 2022}, "2022-XX-XX", "a day of 2022", "", ""},
	{TimexValue{Kind: ValuePoint, Gran: GranYear}, "XXXX", "year unknown", "", ""},
	{RefValue(PresentRef), "PRESENT_REF", "now", "", ""},
	{RefValue(FutureRef), "FUTURE_REF", "the future", "", ""},
	{DurationValue(2, UnitWeek), "P2W", "2 weeks", "", ""},
	{DurationValue(1, UnitHour), "PT1H", "1 hour", "", ""},
	{DurationValue(-1, UnitYear), "PXY", "years", "", ""},
	{DurationValue(-1, UnitCentury), "PXCE", "centuries", "", ""},
	{TimexValue{Kind: ValueDuration, Dur: [2]DurationPart{{2, UnitYear}, {6, UnitMonth}}}, "P2Y6M", "P2Y6M", "", ""},
	{TimexValue{Kind: ValueDuration, Dur: [2]DurationPart{{1, UnitDay}, {12, UnitHour}}}, "P1DT12H", "P1DT12H", "", ""},
	{TimexValue{Kind: ValueDuration, Dur: [2]DurationPart{{5, UnitHour}, {30, UnitMinute}}}, "PT5H30M", "PT5H30M", "", ""},
	{TimexValue{Kind: ValueSet, Dur: [2]DurationPart{{1, UnitWeek}}}, "P1W", "1 week", "", ""},
	{TimexValue{Kind: ValueSet, Gran: GranDay, Weekday: 2, Part: Night}, "XXXX-WXX-2TNI", "XXXX-WXX-2TNI", "", ""},
	{TimexValue{Kind: ValueSet, Gran: GranMonth, Month: 6}, "XXXX-06", "June (year unknown)", "", ""},
	{TimexValue{Kind: ValueSet, Gran: GranPartOfDay, Part: Night}, "TXXNI", "TXXNI", "", ""},
	{TimexValue{}, "", "", "", ""},
}

func TestTimexValue(t *testing.T) {
	for _, c := range valueCases {
		if got := c.v.String(); got != c.timex {
			t.Errorf("%+v: String() = %q, want %q", c.v, got, c.timex)
		}
		if got := c.v.Display(); got != c.display {
			t.Errorf("%s: Display() = %q, want %q", c.timex, got, c.display)
		}
		start, ok := c.v.Start()
		if got := map[bool]string{true: start.Format("2006-01-02 15:04")}[ok]; got != c.start {
			t.Errorf("%s: Start() = %q, want %q", c.timex, got, c.start)
		}
		last, ok := c.v.LastDay()
		if got := map[bool]string{true: last.Format(time.DateOnly)}[ok]; got != c.last {
			t.Errorf("%s: LastDay() = %q, want %q", c.timex, got, c.last)
		}
	}
}

func TestDisplayMod(t *testing.T) {
	june := TimexValue{Kind: ValuePoint, Gran: GranMonth, Year: 2023, Month: 6}
	nineties := TimexValue{Kind: ValuePoint, Gran: GranDecade, Year: 1990}
	week := TimexValue{Kind: ValuePoint, Gran: GranWeek, Year: 2023, Month: 7, Day: 5}
	for _, c := range []struct {
		v    TimexValue
		mod  string
		want string
	}{
		{june, "END", "late June 2023"},
		{june, "", "June 2023"},
		{DurationValue(2, UnitWeek), "APPROX", "about 2 weeks"},
		{nineties, "START", "the early 1990s"},
		{nineties, "MID", "the mid-1990s"},
		{nineties, "END", "the late 1990s"},
		{week, "START", "early in the week of 3 July 2023"},
		{week, "BEFORE", "before the week of 3 July 2023"},
	} {
		if got := DisplayMod(c.v, c.mod); got != c.want {
			t.Errorf("DisplayMod(%s, %q) = %q, want %q", c.v, c.mod, got, c.want)
		}
	}
}

func TestCalendarDay(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    bool
	}{
		{2023, 2, 28, true}, {2023, 2, 29, false}, {2024, 2, 29, true}, {1900, 2, 29, false},
		{2000, 2, 29, true}, {0, 2, 29, true}, {2023, 4, 31, false}, {2023, 12, 31, true},
		{2023, 13, 1, false}, {2023, 6, 0, true}, {0, 0, 0, true}, {2023, 1, 32, false},
	} {
		if got := CalendarDay(c.y, c.m, c.d); got != c.want {
			t.Errorf("CalendarDay(%d, %d, %d) = %v", c.y, c.m, c.d, got)
		}
	}
	for s, want := range map[string]string{"2023-07-12": "2023-07-12", "2023-07-12T10:00:00Z": "2023-07-12",
		"2023-02-30": "", "2023-7-12": "", "+023-07-12": "", "": "", "2023-07-1x": ""} {
		v, ok := ParseDay(s)
		if got := map[bool]string{true: v.String()}[ok]; got != want {
			t.Errorf("ParseDay(%q) = %q, want %q", s, got, want)
		}
	}
}
