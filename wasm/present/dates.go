// Package present turns a lede/1 report into what the page shows: readable dates, the
// layering of annotations over the article text, and short summaries. It is pure Go (no
// syscall/js), so it builds and is tested natively; package wasm/ only draws its results.
package present

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var seasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

var refs = map[string]string{"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}

var partsOfDay = map[string]string{"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

// Date renders a TIMEX3 date or time value for a reader: "2023-06-24" is
// "Sat 24 June 2023", "2023-06" is "June 2023", "2023-W27" is "week 27 of 2023",
// "XXXX-06-24" is "24 June (year unknown)". ok is false when the value is not a
// calendar point lede understands (a duration, an unknown form): the caller then shows
// the value as written.
func Date(value string) (s string, ok bool) {
	if r, found := refs[value]; found {
		return r, true
	}
	datePart, timePart, hasTime := strings.Cut(value, "T")
	day, ok := calendar(datePart)
	if !ok {
		return "", false
	}
	if !hasTime {
		return day, true
	}
	if p, found := partsOfDay[timePart]; found {
		return day + ", " + p, true
	}
	hm := timePart
	if len(hm) >= 5 && hm[2] == ':' {
		return day + ", " + hm[:5], true
	}
	return day, true
}

func calendar(v string) (string, bool) {
	if strings.HasPrefix(v, "XXXX-") { // a month and day without a year
		rest := v[len("XXXX-"):]
		if t, err := time.Parse("01-02", rest); err == nil {
			return fmt.Sprintf("%d %s (year unknown)", t.Day(), t.Month()), true
		}
		if t, err := time.Parse("01", rest); err == nil {
			return t.Month().String() + " (year unknown)", true
		}
		return "", false
	}
	switch {
	case len(v) == 10:
		if t, err := time.Parse("2006-01-02", v); err == nil {
			return t.Format("Mon 2 January 2006"), true
		}
	case len(v) == 7 && v[4] == '-' && v[5] != 'W' && v[5] != 'Q':
		if t, err := time.Parse("2006-01", v); err == nil {
			return t.Format("January 2006"), true
		}
	case len(v) == 4:
		if _, err := strconv.Atoi(v); err == nil {
			return v, true
		}
	case len(v) == 3: // a decade: 197 is the 1970s
		if _, err := strconv.Atoi(v); err == nil {
			return v + "0s", true
		}
	case len(v) == 2: // a century: 19 is the 1900s
		if _, err := strconv.Atoi(v); err == nil {
			return v + "00s", true
		}
	}
	if y, rest, found := strings.Cut(v, "-"); found && len(y) == 4 {
		if _, err := strconv.Atoi(y); err != nil {
			return "", false
		}
		switch {
		case strings.HasPrefix(rest, "W") && len(rest) <= 3:
			if w, err := strconv.Atoi(rest[1:]); err == nil {
				return fmt.Sprintf("week %d of %s", w, y), true
			}
			if rest == "WE" {
				return "a weekend in " + y, true
			}
		case strings.HasPrefix(rest, "W") && strings.HasSuffix(rest, "-WE"):
			if w, err := strconv.Atoi(rest[1 : len(rest)-3]); err == nil {
				return fmt.Sprintf("weekend of week %d, %s", w, y), true
			}
		case len(rest) == 2 && rest[0] == 'Q':
			return rest + " " + y, true
		case len(rest) == 2 && rest[0] == 'H':
			return "H" + rest[1:] + " " + y, true
		default:
			if s, found := seasons[rest]; found {
				return s + " " + y, true
			}
		}
	}
	return "", false
}

var durationUnits = map[byte][2]string{
	'Y': {"year", "years"}, 'M': {"month", "months"}, 'W': {"week", "weeks"}, 'D': {"day", "days"},
	'H': {"hour", "hours"}, 'S': {"second", "seconds"}, 'Q': {"quarter", "quarters"}, 'E': {"decade", "decades"},
}

// Duration renders a TIMEX3 duration: "P1W" is "1 week", "PT3H" is "3 hours", "PXY"
// is "some years". ok is false for anything else.
func Duration(value string) (string, bool) {
	if len(value) < 3 || value[0] != 'P' {
		return "", false
	}
	body := value[1:]
	inTime := false
	var parts []string
	num := ""
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == 'T':
			inTime = true
		case c >= '0' && c <= '9' || c == '.' || c == 'X':
			num += string(c)
		default:
			names, known := durationUnits[c]
			if c == 'M' && inTime {
				names, known = [2]string{"minute", "minutes"}, true
			}
			if c == 'D' && body[i-1] == 'C' {
				continue
			}
			if !known || num == "" {
				return "", false
			}
			switch {
			case num == "X":
				parts = append(parts, "some "+names[1])
			case num == "1":
				parts = append(parts, "1 "+names[0])
			default:
				parts = append(parts, num+" "+names[1])
			}
			num = ""
		}
	}
	if len(parts) == 0 || num != "" {
		return "", false
	}
	return strings.Join(parts, " "), true
}

// Timex renders any TIMEX3 value with its type, falling back to the value itself.
func Timex(typ, value string) string {
	if typ == "DURATION" {
		if s, ok := Duration(value); ok {
			return s
		}
	}
	if s, ok := Date(value); ok {
		return s
	}
	return value
}

// DayRange renders the span of the resolved calendar days among values: "24 June –
// 12 July 2023", or "" when fewer than one value is a full date.
func DayRange(values []string) string {
	var first, last time.Time
	for _, v := range values {
		if len(v) < 10 {
			continue
		}
		t, err := time.Parse("2006-01-02", v[:10])
		if err != nil {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if last.IsZero() || t.After(last) {
			last = t
		}
	}
	switch {
	case first.IsZero():
		return ""
	case first.Equal(last):
		return first.Format("Mon 2 January 2006")
	case first.Year() != last.Year():
		return first.Format("2 January 2006") + " – " + last.Format("2 January 2006")
	case first.Month() != last.Month():
		return first.Format("2 January") + " – " + last.Format("2 January 2006")
	}
	return first.Format("2") + " – " + last.Format("2 January 2006")
}
