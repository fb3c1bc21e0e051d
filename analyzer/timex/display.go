package timex

import (
	"strconv"
	"strings"
	"time"
)

var podNames = map[string]string{"MO": "morning", "AF": "afternoon", "EV": "evening",
	"NI": "night", "DT": "daytime", "MI": "midday"}

var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// Display renders a TIMEX3 value for a reader: "Sat 24 June 2023", "June 2023",
// "Q3 2023", "week 27 of 2023", "the 1990s", "24 June (year unknown)". Values it does not
// know (durations, sets) come back unchanged.
func Display(v string) string {
	switch v {
	case "PRESENT_REF":
		return "now"
	case "PAST_REF":
		return "the past"
	case "FUTURE_REF":
		return "the future"
	}
	if d, ok := displayDuration(v); ok {
		return d
	}
	if len(v) == 3 && allDigits(v) {
		return "the " + v + "0s"
	}
	if len(v) == 2 && allDigits(v) {
		n, _ := strconv.Atoi(v)
		return ordinalWord(n+1) + " century"
	}
	if len(v) < 4 || !(allDigits(v[:4]) || v[:4] == "XXXX") {
		return v
	}
	year, known := v[:4], v[:4] != "XXXX"
	withYear := func(s string) string {
		if known {
			return s + " " + strings.TrimLeft(year, "0")
		}
		return s + " (year unknown)"
	}
	if len(v) == 4 {
		if !known {
			return "year unknown"
		}
		return strings.TrimLeft(year, "0")
	}
	rest := v[5:]
	switch {
	case len(rest) >= 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1] != 'X':
		return withYear(rest[:2])
	case strings.HasPrefix(rest, "W") && len(rest) >= 3 && allDigits(rest[1:3]):
		s := "week " + strings.TrimLeft(rest[1:3], "0") + " of"
		if strings.HasSuffix(rest, "-WE") {
			s = "weekend of week " + strings.TrimLeft(rest[1:3], "0") + " of"
		}
		return withYear(s)
	case seasonNames[rest] != "":
		return withYear(seasonNames[rest])
	case known && (rest == "WXX" || rest == "XX-XX"):
		// "a week earlier" than "2024": some week, some day of that year
		unit := "a week"
		if rest == "XX-XX" {
			unit = "a day"
		}
		return unit + " of " + strings.TrimLeft(year, "0")
	}
	if len(rest) < 2 || !allDigits(rest[:2]) {
		return v
	}
	m, _ := strconv.Atoi(rest[:2])
	if m < 1 || m > 12 {
		return v
	}
	if len(rest) == 5 && rest[3:5] == "XX" {
		return withYear("a day in " + time.Month(m).String()) // "that same day" after "last October"
	}
	if len(rest) < 5 || !allDigits(rest[3:5]) {
		return withYear(time.Month(m).String())
	}
	d, _ := strconv.Atoi(rest[3:5])
	s := strconv.Itoa(d) + " " + time.Month(m).String()
	if known {
		y, _ := strconv.Atoi(year)
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		s = t.Weekday().String()[:3] + " " + s + " " + strconv.Itoa(y)
	} else {
		s += " (year unknown)"
	}
	if len(rest) > 6 && rest[5] == 'T' {
		tp := rest[6:]
		if p := podNames[tp]; p != "" {
			s += ", " + p
		} else if len(tp) >= 2 {
			s += ", " + tp
		}
	}
	return s
}

// DisplayMod renders a value with its mod: "late June 2023", "about 2 weeks".
func DisplayMod(v, mod string) string {
	s := Display(v)
	switch mod {
	case "START":
		return "early " + s
	case "MID":
		return "mid-" + s
	case "END":
		return "late " + s
	case "APPROX":
		return "about " + s
	case "LESS_THAN", "EQUAL_OR_LESS":
		return "under " + s
	case "MORE_THAN", "EQUAL_OR_MORE":
		return "over " + s
	case "BEFORE":
		return "before " + s
	case "AFTER":
		return "after " + s
	}
	return s
}

var durationUnits = map[string]string{"Y": "year", "M": "month", "W": "week", "D": "day",
	"Q": "quarter", "DE": "decade", "CE": "century", "WE": "weekend", "H": "half"}

var durationTimeUnits = map[string]string{"H": "hour", "M": "minute", "S": "second"}

// displayDuration renders simple durations: P2W "2 weeks", PT36H "36 hours", PXY "years".
func displayDuration(v string) (string, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return "", false
	}
	rest, units := v[1:], durationUnits
	if rest[0] == 'T' {
		rest, units = rest[1:], durationTimeUnits
	}
	k := 0
	for k < len(rest) && (rest[k] >= '0' && rest[k] <= '9' || rest[k] == 'X') {
		k++
	}
	name := units[rest[k:]]
	if k == 0 || name == "" {
		return "", false
	}
	n := rest[:k]
	if n == "X" {
		if name == "century" {
			return "centuries", true
		}
		return name + "s", true
	}
	if n == "1" {
		return "1 " + name, true
	}
	if name == "century" {
		return n + " centuries", true
	}
	return n + " " + name + "s", true
}

func ordinalWord(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
