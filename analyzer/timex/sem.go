package timex

import "lede/analyzer/doc"

// semKind says how an expression's value is reached.
type semKind uint8

const (
	kAbs       semKind = iota // calendar fields as written; a missing year is inferred
	kDeictic                  // n units from the reference date: "yesterday", "last month"
	kAnaphoric                // n units from the narrative's focus: "the next day", "that year"
	kWeekday                  // a day of the week near the reference date
	kLiteral                  // the value is fixed: durations, sets, PRESENT_REF
)

// sem is what the grammar read: enough to compute the TIMEX3 value once the reference
// date and the focus are known.
type sem struct {
	kind semKind
	typ  doc.TimexType
	p    point // kAbs: the fields written (p.y == 0 when the year is not)
	n    int   // kDeictic, kAnaphoric: signed offset in units
	u    unit
	wd   int // kWeekday: 1..7
	dir  int // kWeekday, months without a year: -1 past, +1 future, 0 from the verb
	pod  string
	// time of day, added to a day value (hasTime) or to a part of day (pod)
	hh, mm  int
	hasTime bool
	value   string // kLiteral
	mod     string
	quant   string
	// quarterFocus: "a year ago", "the year-earlier quarter" keep a quarter focus's quarter
	quarterFocus bool
	// subQ: "this year's third quarter": the quarter (or half) of the year read
	subQ      int
	subHalf   bool
	yearOf    int // "the 1988 period": the focus quarter moved to this year
	relYear   bool
	yearDelta int    // "the year-earlier third quarter": a year before the inferred one   // "June last year": the year is n years from the reference's
	counted   bool   // "a week earlier": a count of units, so from a day it stays a day
	holiday   string // a holiday whose day depends on the year (Thanksgiving)
}

// match is one expression found: pieces [start, end) of the sentence and its reading.
type match struct {
	start, end int
	s          sem
}
