package analyzer

import (
	"strings"
	"testing"
)

func TestRefDateMessages(t *testing.T) {
	for date, want := range map[string]string{
		"2023-02-30": "is not a calendar date",
		"2023-13-01": "is not a calendar date",
		"2023-00-10": "is not a calendar date",
		"2023-6-3":   "not a date of the form YYYY-MM-DD",
		"June 3":     "not a date of the form YYYY-MM-DD",
		"2023/06/03": "not a date of the form YYYY-MM-DD",
	} {
		_, err := Analyze("It rained.", Options{RefDate: date})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), date) {
			t.Errorf("refDate %q: %v, want %q", date, err, want)
		}
	}
	for _, ok := range []string{"2024-02-29", "2023-12-31"} {
		if _, err := Analyze("It rained.", Options{RefDate: ok}); err != nil {
			t.Errorf("refDate %q: %v", ok, err)
		}
	}
}

func TestMisspelledOption(t *testing.T) {
	for line, want := range map[string]string{
		`{"id":"a","text":"Hi.","refdate":"2023-07-12"}`:  `unknown option "refdate" (did you mean "refDate"?)`,
		`{"id":"a","text":"Hi.","ref_date":"2023-07-12"}`: `unknown option "ref_date" (did you mean "refDate"?)`,
		`{"id":"a","text":"Hi.","lang":"en"}`:             `unknown option "lang" (known: `,
	} {
		_, id, err := AnalyzeRequest([]byte(line))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", line, err, want)
		}
		if id != "a" {
			t.Errorf("%s: the error lost the id (%v)", line, id)
		}
	}
	if _, _, err := AnalyzeRequest([]byte(`{"id":"a","text":"Hi.","refDate":"2023-07-12","targets":[]}`)); err != nil {
		t.Errorf("a request with every known field: %v", err)
	}
}
