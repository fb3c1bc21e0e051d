package corpus

import (
	"testing"

	"lede/analyzer/doc"
)

// TestMatchQuotesOneToOne: the prediction covering most of a gold content takes it; a
// prediction is paired once; one covering less than half of a content is no match.
func TestMatchQuotesOneToOne(t *testing.T) {
	gold := []Attribution{
		{Content: []doc.Span{{Start: 0, End: 10}}},
		{Content: []doc.Span{{Start: 20, End: 30}}},
		{Content: []doc.Span{{Start: 40, End: 50}}},
	}
	preds := []doc.Quote{
		{Span: doc.Span{Start: 0, End: 25}},  // all of gold 0, half of gold 1
		{Span: doc.Span{Start: 21, End: 30}}, // most of gold 1
		{Span: doc.Span{Start: 40, End: 44}}, // under half of gold 2
	}
	m := MatchQuotes(preds, gold)
	if len(m) != 2 || m[0] != 0 || m[1] != 1 {
		t.Errorf("pairs %v, want gold 0 -> 0, gold 1 -> 1, gold 2 unmatched", m)
	}
}
