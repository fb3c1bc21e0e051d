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
	fmt.Fprintf(w, "%s, %s, %s; reference date %s\n\n", plural(r.Stats.Words, "word"),
		plural(r.Stats.Sentences, "sentence"), plural(r.Stats.Paragraphs, "paragraph"), ref)
	if !r.Language.English && r.Language.Notice != "" {
		fmt.Fprintf(w, "> %s\n\n", cell(r.Language.Notice))
	}

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
			name := a.Name
			if a.Corrected {
				name += " (corrected)"
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s | %d |\n", cell(name), a.Type,
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
		if q.Corrected {
			who += " (corrected)"
		}
		fmt.Fprintf(w, "- **%s** (%s, %s): %s\n", cell(who), q.Kind, cell(q.Cue), cell(q.Text))
	}
	if len(r.Quotes) > 0 {
		fmt.Fprintln(w)
	}

	fmt.Fprintf(w, "## Timeline (%d)\n\n", len(r.Events))
	if r.TimeSpan != nil {
		fmt.Fprintf(w, "The story covers %s.\n\n", cell(r.TimeSpan.Display))
	}
	timexes := make(map[string]analyzer.ReportTimex, len(r.Timexes))
	for _, t := range r.Timexes {
		timexes[t.ID] = t
	}
	for _, e := range r.Events {
		mark := ""
		if !e.Resolved {
			mark = " (unresolved)"
		}
		when := e.Value
		if e.Display != "" && e.Display != e.Value {
			when = e.Display + " (" + e.Value + ")"
		}
		fmt.Fprintf(w, "- %s%s, \"%s\": %s%s\n", when, mark, cell(e.TimexText), cell(e.Text), about(e, timexes))
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
		// the evidence: quote ids when it is in quotes, else the sentences that carry it
		evidence := "evidence " + strings.Join(s.Evidence, ", ")
		if len(s.Evidence) == 0 {
			evidence = "from " + plural(len(s.Sentences), "sentence")
		}
		fmt.Fprintf(w, "- %s is %s %s (%+.2f; %s)\n", cell(holder), s.Label,
			cell(names[s.Target]), s.Polarity, evidence)
		for _, sent := range s.Sentences {
			fmt.Fprintf(w, "  > %s\n", cell(sent))
		}
	}
	corrections(w, r.Corrections)
	return nil
}

// corrections says how many of an editor's corrections were applied, and why each of
// the others was not; nothing when none were given.
func corrections(w io.Writer, c *analyzer.ReportCorrections) {
	if c == nil {
		return
	}
	fmt.Fprintf(w, "\n## Corrections (%d)\n\n%d applied by an editor", len(c.List), c.Applied)
	if len(c.Unapplied) == 0 {
		fmt.Fprintln(w, ".")
		return
	}
	fmt.Fprintf(w, "; %d not applied:\n\n", len(c.Unapplied))
	for _, u := range c.Unapplied {
		fmt.Fprintf(w, "- correction %d (%s): %s\n", u.Index+1, u.Op, cell(u.Reason))
	}
}

// cell keeps a value on one Markdown line and out of table syntax.
func cell(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %ss", n, one)
}

// about names the dates an event is about beside the date it is filed under ("the
// events of June 24" in a meeting held on Monday), "" when there are none.
func about(e analyzer.ReportEvent, timexes map[string]analyzer.ReportTimex) string {
	var parts []string
	for _, id := range e.About {
		if t, ok := timexes[id]; ok {
			parts = append(parts, fmt.Sprintf("\"%s\" (%s)", cell(t.Text), cell(t.Display)))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (about " + strings.Join(parts, ", ") + ")"
}
