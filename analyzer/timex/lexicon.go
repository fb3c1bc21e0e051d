package timex

import (
	"strings"

	"lede/analyzer/text"
)

// unit is a calendar unit of a duration or an offset.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// durCode is the letter of a unit in an ISO 8601 duration (P2Y, PT5H, P1DE).
func (u unit) durCode() (letter string, timePart bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeekend:
		return "WE", false
	case uWeek:
		return "W", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uHalf:
		return "H", false
	case uSeason:
		return "SE", false
	case uYear:
		return "Y", false
	case uDecade:
		return "DE", false
	case uCentury:
		return "CE", false
	case uMillennium:
		return "ML", false
	}
	return "", false
}

// unitWords maps a unit noun (singular and plural) to its unit.
var unitWords = map[string]unit{
	"second": uSecond, "seconds": uSecond,
	"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute,
	"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour,
	"day": uDay, "days": uDay,
	"weekend": uWeekend, "weekends": uWeekend,
	"week": uWeek, "weeks": uWeek,
	"fortnight": uWeek, "fortnights": uWeek,
	"month": uMonth, "months": uMonth,
	"quarter": uQuarter, "quarters": uQuarter,
	"half": uHalf, "halves": uHalf,
	"season": uSeason, "seasons": uSeason,
	"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear,
	"decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury,
	"millennium": uMillennium, "millennia": uMillennium,
}

// isPluralUnit says whether a unit noun is plural ("days" alone is PXD, "day" is not).
func isPluralUnit(w string) bool {
	return strings.HasSuffix(w, "s") || w == "millennia" || w == "halves" || w == "centuries"
}

// fullWeekday reports whether w is a weekday's full name (abbreviations are only taken
// next to a date, because "sat", "sun", "wed" are ordinary words).
func fullWeekday(w string) bool { return len(w) >= 6 && text.WeekdayOf(w) != 0 }

// seasons maps season words to their TIMEX3 codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
	"springtime": "SP", "summertime": "SU", "wintertime": "WI",
}

// partsOfDay maps parts of the day to TIMEX3 codes.
var partsOfDay = map[string]string{
	"morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF",
	"evening": "EV", "evenings": "EV", "night": "NI", "nights": "NI",
	"overnight": "NI", "daytime": "DT", "midday": "MI", "noon": "MI",
}

// cardinals are number words below twenty and the tens.
var cardinals = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
	"dozen": 12, "single": 1,
}

// ordinals are ordinal words (and the fraction words TimeML treats alike for quarters).
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
	"twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
	"twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "last": -1,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9,
	"10th": 10, "11th": 11, "12th": 12, "13th": 13, "14th": 14, "15th": 15, "16th": 16,
	"17th": 17, "18th": 18, "19th": 19, "20th": 20, "21st": 21, "22nd": 22, "23rd": 23,
	"24th": 24, "25th": 25, "26th": 26, "27th": 27, "28th": 28, "29th": 29, "30th": 30,
	"31st": 31,
}

// vagueCounts are quantity words that make an unknown count ("several years" -> PXY).
var vagueCounts = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "couple": true,
	"numerous": true, "various": true,
}

// zones are time-zone abbreviations taken into a TIME span ("3 p.m. EST").
var zones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	"cest": true, "et": true, "pt": true, "ct": true, "mt": true, "jst": true, "ist": true,
}

// presentRef, pastRef and futureRef are the words TimeML normalises to the REF values.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "present": "PRESENT_REF",
	"recently": "PAST_REF", "recent": "PAST_REF",
	"lately": "PAST_REF",
	"future": "FUTURE_REF",
}

// setAdverbs are frequency adverbs: value and unit of the SET.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
	"biannually": "P6M", "semiannually": "P6M",
}
