// Package present turns a lede/1 report into what the page shows: date ranges, the
// layering of annotations over the article text, and short summaries (single dates come
// readable in the report's "display" fields). It is pure Go (no
// syscall/js), so it builds and is tested natively; package wasm/ only draws its results.
package present

import (
	"time"
)

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
