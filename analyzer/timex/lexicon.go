package timex

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// unit is a calendar unit of a duration or an offset: the report's own TimeUnit.
type unit = doc.TimeUnit

const (
	uNone       = doc.UnitNone
	uSecond     = doc.UnitSecond
	uMinute     = doc.UnitMinute
	uHour       = doc.UnitHour
	uDay        = doc.UnitDay
	uWeekend    = doc.UnitWeekend
	uWeek       = doc.UnitWeek
	uMonth      = doc.UnitMonth
	uQuarter    = doc.UnitQuarter
	uHalf       = doc.UnitHalf
	uSeason     = doc.UnitSeason
	uYear       = doc.UnitYear
	uDecade     = doc.UnitDecade
	uCentury    = doc.UnitCentury
	uMillennium = doc.UnitMillennium
)

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
var seasons = map[string]doc.Season{
	"spring": doc.Spring, "summer": doc.Summer, "fall": doc.Autumn, "autumn": doc.Autumn, "winter": doc.Winter,
	"springtime": doc.Spring, "summertime": doc.Summer, "wintertime": doc.Winter,
}

// partsOfDay maps parts of the day to TIMEX3 codes.
var partsOfDay = map[string]doc.PartOfDay{
	"morning": doc.Morning, "mornings": doc.Morning, "afternoon": doc.Afternoon, "afternoons": doc.Afternoon,
	"evening": doc.Evening, "evenings": doc.Evening, "night": doc.Night, "nights": doc.Night,
	"overnight": doc.Night, "daytime": doc.Daytime, "midday": doc.Midday, "noon": doc.Midday,
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
var refWords = map[string]doc.RefTime{
	"now": doc.PresentRef, "currently": doc.PresentRef, "current": doc.PresentRef,
	"nowadays": doc.PresentRef, "presently": doc.PresentRef, "present": doc.PresentRef,
	"recently": doc.PastRef, "recent": doc.PastRef,
	"lately": doc.PastRef,
	"future": doc.FutureRef,
}

// setAdverbs are frequency adverbs: value and unit of the SET.
var setAdverbs = map[string]doc.DurationPart{
	"daily": {N: 1, Unit: doc.UnitDay}, "weekly": {N: 1, Unit: doc.UnitWeek}, "monthly": {N: 1, Unit: doc.UnitMonth}, "yearly": {N: 1, Unit: doc.UnitYear},
	"hourly": {N: 1, Unit: doc.UnitHour}, "nightly": {N: 1, Unit: doc.UnitDay}, "biweekly": {N: 2, Unit: doc.UnitWeek},
	"biannually": {N: 6, Unit: doc.UnitMonth}, "semiannually": {N: 6, Unit: doc.UnitMonth},
}
