package doc

import (
	"strconv"
	"strings"
	"time"
)

// Display is the value for a reader: "Sat 24 June 2023", "June 2023", "Q3 2023", "the
// week of 12 September 2016", "the 1990s", "24 June (year unknown)", "2 weeks", "now".
// A value it has no words for (a duration of two parts, a set of weekdays) is its
// TIMEX3 value.
func (v TimexValue) Display() string {
	switch v.Kind {
	case ValueRef:
		return [...]string{"now", "the past", "the future"}[v.Ref]
	case ValueDuration:
		if s, ok := v.displayDuration(); ok {
			return s
		}
	case ValueSet:
		if v.Dur[0].Unit != UnitNone {
			if s, ok := v.displayDuration(); ok {
				return s
			}
		} else if v.Weekday == 0 && (v.Gran == GranMonth && v.Month > 0 || v.Gran == GranSeason) {
			return v.displayPoint() // every June: "June (year unknown)"
		}
	case ValuePoint:
		if s := v.displayPoint(); s != "" {
			return s
		}
	}
	return v.String()
}

// displayPoint words a calendar point, "" when it has no words for it.
func (v TimexValue) displayPoint() string {
	known := v.Year > 0
	year := strconv.Itoa(v.Year)
	withYear := func(s string) string {
		if known {
			return s + " " + year
		}
		return s + " (year unknown)"
	}
	switch v.Gran {
	case GranCentury:
		if known {
			return ordinal(v.Year/100+1) + " century"
		}
	case GranDecade:
		if known {
			return "the " + strconv.Itoa(v.Year/10) + "0s"
		}
	case GranYear:
		if !known {
			return "year unknown"
		}
		return year
	case GranQuarter:
		if v.Quarter > 0 {
			c := "Q"
			if v.Half {
				c = "H"
			}
			return withYear(c + strconv.Itoa(v.Quarter))
		}
	case GranWeek:
		switch {
		case v.dayKnown():
			// a week reads by its dates: "the week of 12 September 2016", not "week 37"
			first, _ := v.Start()
			if v.Weekend {
				return "the weekend of " + first.Format("2 January 2006")
			}
			return "the week of " + first.Format("2 January 2006")
		case known && !v.Weekend:
			return "a week of " + year // "a week earlier" than "2024": some week of it
		}
	case GranSeason:
		if v.Season != SeasonNone {
			return withYear(v.Season.Name())
		}
	case GranMonth:
		if v.Month > 0 {
			return withYear(time.Month(v.Month).String())
		}
	case GranDay, GranPartOfDay, GranTime:
		return v.displayDay(withYear)
	}
	return ""
}

// displayDay words a day, with its part of day or clock time: "Sat 24 June 2023,
// evening", "24 June (year unknown)", "a day in October 2022", "a day of 2022".
func (v TimexValue) displayDay(withYear func(string) string) string {
	switch {
	case v.Month == 0:
		if v.Year > 0 && v.Day == 0 && v.Gran == GranDay {
			return "a day of " + strconv.Itoa(v.Year)
		}
		return ""
	case v.Day == 0:
		if v.Gran == GranDay {
			return withYear("a day in " + time.Month(v.Month).String()) // "that same day" after "last October"
		}
		return withYear(time.Month(v.Month).String())
	}
	s := strconv.Itoa(v.Day) + " " + time.Month(v.Month).String()
	if v.Year > 0 {
		s = v.date().Weekday().String()[:3] + " " + s + " " + strconv.Itoa(v.Year)
	} else {
		s += " (year unknown)"
	}
	switch v.Gran {
	case GranPartOfDay:
		if v.Part != PartNone {
			s += ", " + v.Part.Name()
		}
	case GranTime:
		s += ", " + v.point()[len("YYYY-MM-DDT"):]
	}
	return s
}

// displayDuration words a duration of one part: P2W "2 weeks", PT36H "36 hours", PXY
// "years"; false for one of two parts or of a unit with no name.
func (v TimexValue) displayDuration() (string, bool) {
	p := v.Dur[0]
	name := p.Unit.name()
	if v.Dur[1].Unit != UnitNone || name == "" {
		return "", false
	}
	plural := name + "s"
	if p.Unit == UnitCentury {
		plural = "centuries"
	} else if p.Unit == UnitHalf {
		plural = "halves"
	}
	switch {
	case p.N < 0:
		return plural, true
	case p.N == 1:
		return "1 " + name, true
	}
	return strconv.Itoa(p.N) + " " + plural, true
}

// Display is the expression's value for a reader with its mod: "late June 2023",
// "about 2 weeks", "the late 1990s", "early in the week of 3 July 2023".
func (t Timex) Display() string { return DisplayMod(t.Value, t.Mod) }

// DisplayMod words value v with a TIMEX3 mod (START, MID, END, APPROX, ...).
func DisplayMod(v TimexValue, mod string) string {
	s := v.Display()
	if decade := v.Kind == ValuePoint && v.Gran == GranDecade && v.Year > 0; decade {
		// the decade's own words: "the early 1990s", "the mid-1990s", "the late 1990s"
		switch mod {
		case "START":
			return "the early " + s[len("the "):]
		case "MID":
			return "the mid-" + s[len("the "):]
		case "END":
			return "the late " + s[len("the "):]
		}
	}
	if strings.HasPrefix(s, "the ") {
		// "the week of 3 July 2023": early in it, not "early the week"
		switch mod {
		case "START":
			return "early in " + s
		case "MID":
			return "in the middle of " + s
		case "END":
			return "late in " + s
		}
	}
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

func ordinal(n int) string {
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
