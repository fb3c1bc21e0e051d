package export

import (
	"strings"
	"testing"

	"lede/analyzer"
)

func TestMarkdown(t *testing.T) {
	rep, err := analyzer.Analyze(`Mayor Ana Ruiz opened the bridge on Monday. "It took ten years," Ruiz said.`, analyzer.Options{RefDate: "2023-07-12"})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Markdown(&b, rep); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"# Article\n", "reference date 2023-07-12 (input)", "## Actors (", "| Ana Ruiz | PERSON |", "## Quotes (1)", "**Ana Ruiz**", "## Timeline (", "2023-07-10"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestMarkdownCorrections: a corrected report says what an editor changed and what of it
// could not be applied.
func TestMarkdownCorrections(t *testing.T) {
	text := `Mayor Ana Ruiz opened the bridge on Monday. "It took ten years," Ruiz said.`
	cs := []analyzer.Correction{
		{Op: "rename", Mention: &analyzer.TextSpan{Start: 6, End: 14, Text: "Ana Ruiz"}, Name: "Ana María Ruiz"},
		{Op: "speaker", Quote: &analyzer.TextSpan{Start: 45, End: 63, Text: "It took ten years,"}},
		{Op: "retype", Mention: &analyzer.TextSpan{Start: 0, End: 5, Text: "Mayor"}, Type: "ORG"},
	}
	rep, err := analyzer.Analyze(text, analyzer.Options{RefDate: "2023-07-12", Corrections: cs})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Markdown(&b, rep); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"| Ana María Ruiz (corrected) | PERSON |", "**(unattributed) (corrected)**", "## Corrections (3)\n\n2 applied by an editor; 1 not applied:\n\n- correction 3 (retype): \"Mayor\" is not a mention of an actor\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestMarkdownTimelineAbout: the span the story covers heads the timeline, and an event
// about another date names it beside the date it is filed under.
func TestMarkdownTimelineAbout(t *testing.T) {
	rep := handReport()
	rep.Timexes = []analyzer.ReportTimex{{ID: "t2", Text: "June 24", Display: "Sat 24 June 2023"}}
	rep.TimeSpan = &analyzer.ReportTimeSpan{From: "2023-06-24", To: "2023-07-10", Display: "24 June – 10 July 2023"}
	var b strings.Builder
	if err := Markdown(&b, rep); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"The story covers 24 June – 10 July 2023.\n", `: opened it on Monday (about "June 24" (Sat 24 June 2023))` + "\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, md)
		}
	}
}
