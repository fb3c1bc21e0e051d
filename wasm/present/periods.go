package present

import (
	"strconv"
	"strings"
	"time"
)

// Period is the run of days a resolved calendar value covers: a day, an ISO week (or its
// weekend), a month, a quarter, a half or a year, with the value's granularity.
type Period struct {
	First, Last time.Time
	Gran        string // day | week | weekend | month | quarter | half | year
}

// ParsePeriod reads a TIMEX3 calendar value with a known year: "2023-06-24",
// "2023-06-24T10:00", "2016-W37", "2016-W37-WE", "2023-06", "2023-Q3", "2023-H1",
// "2023". Anything else (an unknown year, a season, a decade, a duration) gives false.
func ParsePeriod(v string) (Period, bool) {
	if len(v) < 4 || !digits(v[:4]) {
		return Period{}, false
	}
	y, _ := strconv.Atoi(v[:4])
	day := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	if len(v) == 4 {
		return Period{day(1, 1), day(12, 31), "year"}, true
	}
	rest := v[5:]
	switch {
	case v[4] != '-':
		return Period{}, false
	case len(rest) >= 3 && rest[0] == 'W' && digits(rest[1:3]):
		w, _ := strconv.Atoi(rest[1:3])
		if w < 1 || w > 53 {
			return Period{}, false
		}
		mon := isoWeekMonday(y, w)
		if strings.HasSuffix(rest, "-WE") {
			return Period{mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), "weekend"}, true
		}
		if len(rest) != 3 {
			return Period{}, false
		}
		return Period{mon, mon.AddDate(0, 0, 6), "week"}, true
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1] >= '1' && rest[1] <= '4':
		n := int(rest[1] - '0')
		months := 3
		gran := "quarter"
		if rest[0] == 'H' {
			months, gran = 6, "half"
			if n > 2 {
				return Period{}, false
			}
		}
		first := day(time.Month((n-1)*months+1), 1)
		return Period{first, first.AddDate(0, months, -1), gran}, true
	case len(rest) >= 2 && digits(rest[:2]):
		m, _ := strconv.Atoi(rest[:2])
		if m < 1 || m > 12 {
			return Period{}, false
		}
		if len(rest) == 2 {
			first := day(time.Month(m), 1)
			return Period{first, first.AddDate(0, 1, -1), "month"}, true
		}
		if len(rest) < 5 || rest[2] != '-' || !digits(rest[3:5]) || (len(rest) > 5 && rest[5] != 'T') {
			return Period{}, false
		}
		t, err := time.Parse("2006-01-02", v[:10])
		if err != nil {
			return Period{}, false
		}
		return Period{t, t, "day"}, true
	}
	return Period{}, false
}

// isoWeekMonday is the Monday of ISO week w of year y (week 1 holds 4 January).
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday1 := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday1.AddDate(0, 0, 7*(w-1))
}

// Name is how an editor reads the period: "12 September 2016", "the week of 12
// September 2016", "the weekend of 17 September 2016", "September 2016", "Q3 2016",
// "H1 2016", "2016".
func (p Period) Name() string {
	switch p.Gran {
	case "day":
		return p.First.Format("2 January 2006")
	case "week":
		return "the week of " + p.First.Format("2 January 2006")
	case "weekend":
		return "the weekend of " + p.First.Format("2 January 2006")
	case "month":
		return p.First.Format("January 2006")
	case "quarter":
		return "Q" + strconv.Itoa(int(p.First.Month()-1)/3+1) + " " + p.First.Format("2006")
	case "half":
		return "H" + strconv.Itoa(int(p.First.Month()-1)/6+1) + " " + p.First.Format("2006")
	}
	return p.First.Format("2006")
}

// WeekReading reads a week value as dates ("the week of 12 September 2016" for
// 2016-W37), which the report's display gives as "week 37 of 2016"; false for any other
// value.
func WeekReading(v string) (string, bool) {
	p, ok := ParsePeriod(v)
	if !ok || (p.Gran != "week" && p.Gran != "weekend") {
		return "", false
	}
	return p.Name(), true
}

// TimeSpan is the stretch of time that values cover, from the first day of the earliest
// to the last day of the latest, each end named at its own granularity: "September 2016
// – 24 June 2023", "the week of 12 September 2016", "24 June – 12 July 2023". Values
// that are not calendar periods with a known year are left out; "" when none is.
func TimeSpan(values []string) string {
	var first, last Period
	found := false
	for _, v := range values {
		p, ok := ParsePeriod(v)
		if !ok {
			continue
		}
		if !found || p.First.Before(first.First) || (p.First.Equal(first.First) && p.Last.After(first.Last)) {
			first = p
		}
		if !found || p.Last.After(last.Last) || (p.Last.Equal(last.Last) && p.First.Before(last.First)) {
			last = p
		}
		found = true
	}
	switch {
	case !found:
		return ""
	case first == last:
		if first.Gran == "day" {
			return first.First.Format("Mon 2 January 2006")
		}
		return first.Name()
	case first.Gran == "day" && last.Gran == "day":
		return DayRange([]string{first.First.Format("2006-01-02"), last.First.Format("2006-01-02")})
	}
	return first.Name() + " – " + last.Name()
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
