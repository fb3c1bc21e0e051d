// Package stance scores sentiment toward targets and builds holder -> target edges.
package stance

import "lede/analyzer/doc"

// Analyze sets mention polarities, fills d.Targets for the caller's spans and d.Stance.
func Analyze(d *doc.Doc, targets []doc.Span) error { return nil }
