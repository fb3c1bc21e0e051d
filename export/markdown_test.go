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
