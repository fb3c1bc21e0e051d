package timex

import "testing"

func TestDisplay(t *testing.T) {
	for v, want := range map[string]string{
		"2023-06-24":       "Sat 24 June 2023",
		"2023-06-24T15:00": "Sat 24 June 2023, 15:00",
		"2023-06-24TEV":    "Sat 24 June 2023, evening",
		"2023-06":          "June 2023",
		"2023":             "2023",
		"2023-Q3":          "Q3 2023",
		"2023-H1":          "H1 2023",
		"2023-W07":         "week 7 of 2023",
		"2023-W27-WE":      "weekend of week 27 of 2023",
		"2023-SU":          "summer 2023",
		"199":              "the 1990s",
		"19":               "20th century",
		"XXXX-06-24":       "24 June (year unknown)",
		"XXXX-XX-XX":       "XXXX-XX-XX",
		"2022-10-XX":       "a day in October 2022",
		"2024-WXX":         "a week of 2024",
		"2022-XX-XX":       "a day of 2022",
		"PRESENT_REF":      "now",
		"P2W":              "2 weeks",
		"PT1H":             "1 hour",
		"PXY":              "years",
		"P2Y6M":            "P2Y6M",
		"":                 "",
	} {
		if got := Display(v); got != want {
			t.Errorf("Display(%q) = %q, want %q", v, got, want)
		}
	}
}
