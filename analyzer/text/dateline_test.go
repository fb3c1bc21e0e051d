package text

import (
	"testing"

	"lede/analyzer/doc"
)

func TestDateline(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"wire with year", "LONDON, Jan. 5, 2024 (AP) — Rain fell.", "2024-01-05"},
		{"day before month", "Moscow, 12 July 2023 - Talks began.", "2023-07-12"},
		{"no year: most frequent year in text", "WASHINGTON, July 12 (Reuters) - The 2023 budget passed. It echoed 2019 and the 2023 plan.", "2023-07-12"},
		{"no year anywhere", "WASHINGTON, July 12 (Reuters) - The budget passed.", ""},
		{"not a dateline", "He said, July 12 was a good day - really.", ""},
		{"impossible date", "PARIS, Feb. 30, 2021 - Odd.", ""},
		{"second paragraph", "Headline Here\n\nBERLIN, March 3, 2020 (dpa) - Text.", "2020-03-03"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &doc.Doc{Text: c.text}
			Segment(d)
			got, ok := Dateline(d)
			if got != c.want || ok != (c.want != "") {
				t.Errorf("Dateline(%q) = %q, %v; want %q", c.text, got, ok, c.want)
			}
		})
	}
}
