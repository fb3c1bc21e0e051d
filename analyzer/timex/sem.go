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
	p   point // kAbs: the fields written (p.y == 0 when the year is not)
	n   int   // kDeictic, kAnaphoric: signed offset in units
	wd  int   // kWeekday: 1..7
	dir int   // kWeekday, months without a year: -1 past, +1 future, 0 from the verb
	// time of day, added to a day value (hasTime) or to a part of day (pod)
	hh, mm int
	value  *doc.TimexValue // kLiteral (lit; nil otherwise): never written through
	mod    string
	quant  string
	// subQ: "this year's third quarter": the quarter (or half) of the year read
	subQ      int
	yearOf    int    // "the 1988 period": the focus quarter moved to this year
	yearDelta int    // "the year-earlier third quarter": a year before the inferred one
	holiday   string // a holiday whose day depends on the year (Thanksgiving)
	// endsOn: "the quarter ended Sept. 30": the quarter is the one that holds this day
	// (its year inferred like a written date's when left out). A pointer, nil when none,
	// never written through: a point is 64 bytes, and a sem is copied with each reader's
	// answer at each piece that may start an expression
	endsOn *point
	// dayShift: "the day before last Tuesday": the day read, moved by this many days
	dayShift int
	// lengthOnly: "just over an hour later" with no clock time in focus is no time one
	// can write; the expression is then this duration, "later" left out as TimeML does.
	// A pointer (nil: none), never written through: a doc.TimexValue is 112 bytes, and
	// a sem is copied some forty times at each piece that may start an expression (each
	// reader's answer)
	lengthOnly *doc.TimexValue

	// The one-byte fields, together at the end: between the words each took 8 bytes
	// with its padding (64 bytes of a sem's 288).
	kind    semKind
	typ     doc.TimexType
	u       unit
	pod     doc.PartOfDay
	hasTime bool
	// quarterFocus: "a year ago", "the year-earlier quarter" keep a quarter focus's quarter
	quarterFocus bool
	subHalf      bool // subQ is a half
	relYear      bool // "June last year": the year is n years from the reference's
	counted      bool // "a week earlier": a count of units, so from a day it stays a day
	// samePeriod: "the corresponding period last year", "the year-ago quarter": the
	// reported quarter a year before, whatever the last date mentioned
	samePeriod  bool
	quarterNoun bool // the expression names the period: "the year-ago quarter", "last year's period"
	// latest: "the latest quarter": a quarter already over at the reference date
	latest bool
	// fiscal: "the fiscal second quarter": counted from the company's own year start, so
	// not comparable in order with a calendar quarter named before it
	fiscal bool
	// weekOf: "the week of March 6": the week that holds the day read
	weekOf bool
	// periodFocus: "the first nine months": the narrative now speaks of the year, so
	// "a year earlier" is the year before, not the quarter before
	periodFocus bool
	// that: "that day", "the same day": pointing back at the period in focus (not "the
	// day", which is as often the day of the report)
	that bool
}

// lit keeps a literal's value for sem.value: a pointer, as lengthOnly and endsOn are,
// because a sem is copied with each reader's answer at each piece that may start an
// expression and a doc.TimexValue is 112 bytes. A new one for each literal read; the
// copies of a sem share it, so nothing writes through it.
func lit(v doc.TimexValue) *doc.TimexValue { return &v }

// literal is the value of a literal (kLiteral), the zero value when none was written.
func (s *sem) literal() doc.TimexValue {
	if s.value == nil {
		return doc.TimexValue{}
	}
	return *s.value
}

// match is one expression found: pieces [start, end) of the sentence and its reading.
type match struct {
	start, end int
	s          sem
}
