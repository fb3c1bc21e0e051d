package e2e

import (
	"strings"
	"testing"
)

// checkTimelineReading is a section of TestArticlePanels: the timeline as an editor
// reads it. An event is filed under the date of its own clause (a Monday meeting about
// 24 June is a Monday event, shown as about 24 June, and no 24 June event); a week reads
// by its dates; "late June" sorts as the README states (from 21 June: before Monday 26
// June); the Overview's span covers every dated event.
func checkTimelineReading(t *testing.T, p *page) {
	p.setDate(refDate) // a Wednesday: "on Monday" is 26 June 2023
	p.paste("The mayor held a meeting on Monday to discuss the floods of June 24. Prices rose in late June. " +
		"Workers struck in the week of 12 September 2016.")
	p.analyze()
	p.tab("timeline")
	ev := p.timeline()
	var days []string
	for _, e := range ev {
		days = append(days, e.Day)
	}
	week, late, mon := indexOf(ev, "the week of 12 September 2016", "the week of 12 September 2016"),
		indexOf(ev, "late June 2023", "late June"), indexOf(ev, "Mon 26 June 2023", "Monday")
	if week < 0 || late < 0 || mon < 0 || !(week < late && late < mon) {
		t.Errorf("timeline reads %q; want the week of 12 September 2016, late June 2023, then Mon 26 June 2023", days)
	}
	if contains(days, "Sat 24 June 2023") {
		t.Errorf("timeline files an event under 24 June (%q): the meeting about it was on Monday", days)
	}
	if mon >= 0 && !strings.Contains(ev[mon].Text, "held a meeting on Monday to discuss the floods of June 24") {
		t.Errorf("the Monday event reads %q, want its own clause and what it discussed", ev[mon].Text)
	}
	about := eval[[]string](p, `[...document.querySelectorAll(".lede-event")].map(e => (e.querySelector(".lede-about") || {}).textContent || "")`)
	if mon >= 0 && (mon >= len(about) || about[mon] != "about Sat 24 June 2023") {
		t.Errorf("the events' about lines are %q, want the Monday event about Sat 24 June 2023", about)
	}
	p.tab("overview")
	if facts := eval[string](p, `document.querySelector(".lede-facts").textContent`); !strings.Contains(facts, "the week of 12 September 2016 – June 2023") {
		t.Errorf("the overview's time span: %q, want the week of 12 September 2016 – June 2023 (every dated event)", facts)
	}
}
