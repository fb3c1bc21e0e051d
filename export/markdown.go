// Package export writes a lede/1 report in the formats a person reads: Markdown for now.
// The CLI (`lede analyze --format md`) and the JS API (`lede.export(report, "markdown")`)
// share it.
package export

import (
	"fmt"
	"io"
	"strings"

	"lede/analyzer"
)

// Markdown prints a report as a summary a person reads.
func Markdown(w io.Writer, r *analyzer.Report) error {
	title := r.Title
	if title == "" {
		title = "Article"
	}
	fmt.Fprintf(w, "# %s\n\n", title)
	ref := "none"
	if r.RefDate != "" {
		ref = r.RefDate + " (" + r.RefDateSource + ")"
	}
	fmt.Fprintf(w, "%d words, %d sentences, %d paragraphs; reference date %s\n\n",
		r.Stats.Words, r.Stats.Sentences, r.Stats.Paragraphs, ref)

	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	name := func(id *string) string {
		if id == nil {
			return "(unattributed)"
		}
		return names[*id]
	}

	fmt.Fprintf(w, "## Actors (%d)\n\n", len(r.Actors))
	if len(r.Actors) > 0 {
		fmt.Fprintln(w, "| name | type | roles | aliases | mentions |\n|---|---|---|---|---|")
		for _, a := range r.Actors {
			fmt.Fprintf(w, "| %s | %s | %s | %s | %d |\n", cell(a.Name), a.Type,
				cell(strings.Join(a.Roles, "; ")), cell(strings.Join(a.Aliases, "; ")), a.MentionCount)
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintf(w, "## Quotes (%d)\n\n", len(r.Quotes))
	for _, q := range r.Quotes {
		who := name(q.Speaker)
		if q.Inferred {
			who += " (inferred)"
		}
		fmt.Fprintf(w, "- **%s** (%s, %s): %s\n", cell(who), q.Kind, cell(q.Cue), cell(q.Text))
	}
	if len(r.Quotes) > 0 {
		fmt.Fprintln(w)
	}

	fmt.Fprintf(w, "## Timeline (%d)\n\n", len(r.Events))
	for _, e := range r.Events {
		mark := ""
		if !e.Resolved {
			mark = " (unresolved)"
		}
		fmt.Fprintf(w, "- %s%s, \"%s\": %s\n", e.Value, mark, cell(e.TimexText), cell(e.Text))
	}
	if len(r.Events) > 0 {
		fmt.Fprintln(w)
	}

	fmt.Fprintf(w, "## Stance (%d)\n\n", len(r.Stance))
	for _, s := range r.Stance {
		holder := "the article"
		if s.Holder != nil {
			holder = names[*s.Holder]
		}
		fmt.Fprintf(w, "- %s is %s %s (%+.2f; evidence %s)\n", cell(holder), s.Label,
			cell(names[s.Target]), s.Polarity, strings.Join(s.Evidence, ", "))
	}
	return nil
}

// cell keeps a value on one Markdown line and out of table syntax.
func cell(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.ReplaceAll(s, "|", `\|`)
}
