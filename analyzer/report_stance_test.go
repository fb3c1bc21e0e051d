package analyzer

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// slice16 cuts text by UTF-16 offsets, as the page does with text.slice(start, end).
func slice16(text string, start, end int) string {
	u := utf16.Encode([]rune(text))
	if start < 0 || end > len(u) || start > end {
		return "<out of range>"
	}
	return string(utf16.Decode(u[start:end]))
}

// TestStanceReportSpans: an edge's evidenceSpans and predicate, and a tone's
// sentenceSpans, are UTF-16 offsets that cut the article at its sentences and words,
// after runes of every width; relations hold the pairs with no side.
func TestStanceReportSpans(t *testing.T) {
	text := "Café owners 😀 gathered on Monday. Senator Maria Lopez criticized Mayor Daniel Reed over the budget. " +
		"Lopez met Wei Chen on Tuesday.\n\n\"Chen is a fine man,\" Lopez said."
	d, err := Build(text, Options{RefDate: "2024-03-06"})
	if err != nil {
		t.Fatal(err)
	}
	r := NewReport(d, text)
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	var found bool
	for _, s := range r.Stance {
		if s.Holder == nil || !strings.Contains(names[*s.Holder], "Lopez") || !strings.Contains(names[s.Target], "Reed") {
			continue
		}
		found = true
		if s.Label != "against" {
			t.Errorf("Lopez -> Reed is %s, want against", s.Label)
		}
		if s.Predicate == nil || slice16(text, s.Predicate.Start, s.Predicate.End) != "criticized" || s.Predicate.Lemma != "criticize _" {
			t.Errorf("predicate %+v, want criticized (criticize _)", s.Predicate)
		}
		if len(s.EvidenceSpans) != 1 || slice16(text, s.EvidenceSpans[0].Start, s.EvidenceSpans[0].End) != "Senator Maria Lopez criticized Mayor Daniel Reed over the budget." {
			t.Errorf("evidenceSpans %+v do not cut the evidence sentence", s.EvidenceSpans)
		}
	}
	if !found {
		t.Fatalf("no Lopez -> Reed edge in %+v", r.Stance)
	}
	for _, s := range r.Stance {
		if s.Label == "neutral" {
			t.Errorf("a neutral edge in stance: %+v", s)
		}
	}
	for _, tn := range r.Tone {
		if len(tn.Sentences) > 3 || len(tn.SentenceSpans) != len(tn.Sentences) {
			t.Errorf("tone %+v: at most 3 sentences, one span each", tn)
		}
		for i, sp := range tn.SentenceSpans {
			if got := slice16(text, sp.Start, sp.End); got != tn.Sentences[i] {
				t.Errorf("tone sentence span cuts %q, want %q", got, tn.Sentences[i])
			}
		}
	}
	if r.Relations == nil {
		t.Error("relations is null, want a list")
	}
}
