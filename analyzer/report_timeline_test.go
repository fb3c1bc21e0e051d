package analyzer

import "testing"

// TestTimeSpan: the Overview's span covers every resolved date at its own granularity
// (a month, a week, a quarter), not only the full days; dates of an unknown year are
// left out.
func TestTimeSpan(t *testing.T) {
	for _, c := range []struct {
		ref, text, want, from, to string
	}{
		{"2023-07-12", "The mayor said in September 2016 that work would start. The bridge opened in the week of 3 July 2023.",
			"September 2016 – the week of 3 July 2023", "2016-09-01", "2023-07-09"},
		{"2023-07-12", "The council met on June 24. It voted on July 12.", "24 June – 12 July 2023", "2023-06-24", "2023-07-12"},
		{"2023-07-12", "The council met at 10 a.m. on June 24.", "Sat 24 June 2023", "2023-06-24", "2023-06-24"},
		{"2023-07-12", "In 2023 the council met on June 24.", "2023", "2023-01-01", "2023-12-31"},
		{"2023-07-12", "Sales fell in the fourth quarter of 2022 and rose in the first half of 2023.", "Q4 2022 – H1 2023", "2022-10-01", "2023-06-30"},
		{"2023-07-12", "Prices rose in the 1990s and fell on June 24.", "the 1990s – 24 June 2023", "1990-01-01", "2023-06-24"},
	} {
		r, err := Analyze(c.text, Options{RefDate: c.ref})
		if err != nil {
			t.Fatal(err)
		}
		if r.TimeSpan == nil || r.TimeSpan.Display != c.want || r.TimeSpan.From != c.from || r.TimeSpan.To != c.to {
			t.Errorf("%q: time span %+v, want %q from %s to %s", c.text, r.TimeSpan, c.want, c.from, c.to)
		}
	}
	r, err := Analyze("The council met on June 24. It will meet again soon.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.TimeSpan != nil || r.RefDateDisplay != "" {
		t.Errorf("no reference date: time span %+v, refDateDisplay %q; want none", r.TimeSpan, r.RefDateDisplay)
	}
	r, _ = Analyze("The council met on Monday.", Options{RefDate: "2023-07-12"})
	if r.RefDateDisplay != "Wed 12 July 2023" || len(r.Events) != 1 || r.Events[0].From != "2023-07-10" || r.Events[0].Display != "Mon 10 July 2023" {
		t.Errorf("refDateDisplay %q, events %+v", r.RefDateDisplay, r.Events)
	}
}

// TestTimeSpanCoversEvents: every dated event of the timeline lies inside the Overview's
// time span, "now" (the reference date) and the dates of nouns included.
func TestTimeSpanCoversEvents(t *testing.T) {
	for _, text := range []string{
		"Putin held a meeting on Monday to discuss the events of June 24. Prices are high now.",
		"The firm was founded in the 1990s. It grew in the week of 3 July 2023 and late last month.",
		"Sales rose in the third quarter of 2022. A year earlier they fell. The plant reopened the next day.",
	} {
		r, err := Analyze(text, Options{RefDate: "2023-07-12"})
		if err != nil {
			t.Fatal(err)
		}
		if r.TimeSpan == nil {
			t.Fatalf("%q: no time span", text)
		}
		dated := 0
		for _, e := range r.Events {
			if e.From == "" {
				continue
			}
			dated++
			if e.From < r.TimeSpan.From || e.To > r.TimeSpan.To {
				t.Errorf("%q: event %s (%s to %s) outside the time span %+v", text, e.Display, e.From, e.To, r.TimeSpan)
			}
		}
		if dated == 0 {
			t.Errorf("%q: no dated event", text)
		}
	}
}
