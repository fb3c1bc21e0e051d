package present

import "testing"

func TestWeekReading(t *testing.T) {
	for v, want := range map[string]string{
		"2016-W37":    "the week of 12 September 2016", // ISO week 37 of 2016 starts on Monday 12 September
		"2016-W37-WE": "the weekend of 17 September 2016",
		"2021-W01":    "the week of 4 January 2021", // 1 January 2021 was a Friday: in week 53 of 2020
		"2020-W53":    "the week of 28 December 2020",
		"2015-W01":    "the week of 29 December 2014", // week 1 of 2015 starts in 2014
	} {
		if got, ok := WeekReading(v); !ok || got != want {
			t.Errorf("WeekReading(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
	for _, v := range []string{"2016-09-12", "2016-09", "XXXX-W37", "2016-W54", "2016-WXX"} {
		if got, ok := WeekReading(v); ok {
			t.Errorf("WeekReading(%q) = %q, want no week", v, got)
		}
	}
}

func TestTimeSpan(t *testing.T) {
	for _, c := range []struct {
		values []string
		want   string
	}{
		// every dated event counts, not only the full days
		{[]string{"2023-06-24", "2016-09", "2023-W27"}, "September 2016 – the week of 3 July 2023"},
		{[]string{"2016-W37"}, "the week of 12 September 2016"},
		{[]string{"2023-07-12", "2023-06-24", "XXXX-01-01", "P1W"}, "24 June – 12 July 2023"},
		{[]string{"2023-06-24T10:00"}, "Sat 24 June 2023"},
		{[]string{"2023", "2023-06-24"}, "2023"},
		{[]string{"2022-Q4", "2023-H1"}, "Q4 2022 – H1 2023"},
		{[]string{"XXXX-06-24", "PRESENT_REF", "199"}, ""},
	} {
		if got := TimeSpan(c.values); got != c.want {
			t.Errorf("TimeSpan(%q) = %q, want %q", c.values, got, c.want)
		}
	}
}
