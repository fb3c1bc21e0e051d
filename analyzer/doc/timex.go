package doc

// TimexType is the TIMEX3 type of a temporal expression.
type TimexType uint8

const (
	TimexDate TimexType = iota
	TimexTime
	TimexDuration
	TimexSet
)

func (t TimexType) String() string {
	return [...]string{"DATE", "TIME", "DURATION", "SET"}[t]
}

// Granularity is the precision of a resolved value, for ordering "June" against "June 24".
type Granularity uint8

const (
	GranUnknown Granularity = iota
	GranCentury
	GranDecade
	GranYear
	GranQuarter
	GranSeason
	GranMonth
	GranWeek
	GranDay
	GranPartOfDay
	GranTime
)

// Timex is one temporal expression with its TIMEX3 value.
type Timex struct {
	Span
	Type TimexType
	// Value is the TIMEX3 value, typed; Value.String() is how TimeML writes it
	// (2023-06-24, 2023-W27, P1W, XXXX-06-24, PRESENT_REF ...).
	Value TimexValue
	Mod   string // START | MID | END | APPROX | BEFORE | AFTER | LESS_THAN | MORE_THAN | ""
	Quant string // for SET: EVERY, ...
	// Resolved is false when the value could not be anchored (no reference date, or a
	// relative expression without a focus): the UI shows it as unsure.
	Resolved bool
	// Anchor says how the value was reached: "absolute", "deictic" (against the reference
	// date) or "anaphoric" (against the narrative's temporal focus).
	Anchor string
}

// Granularity is the precision of a calendar point's value ("June" against "June 24"),
// GranUnknown for a duration, a set or a vague point (PRESENT_REF).
func (t Timex) Granularity() Granularity {
	if t.Value.Kind != ValuePoint {
		return GranUnknown
	}
	return t.Value.Gran
}

// Event is a clause anchored by a DATE or TIME expression: one point of the timeline.
type Event struct {
	Timex  int   // index into Doc.Timexes
	Span         // the clause as a short readable text span
	Actors []int // actors mentioned in the clause
	// About lists the expressions (indices into Doc.Timexes) the event is about, which
	// date a noun of its clause rather than the event: "the events of June 24" in "Putin
	// held a meeting on Monday to discuss the events of June 24".
	About []int
}
