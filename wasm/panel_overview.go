//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"lede/wasm/dom"

	"lede/analyzer"
)

// renderOverview: the counts, the time span and the most prominent actors.
func (a *app) renderOverview() {
	r := a.rep
	byType := map[string]int{}
	for _, ac := range r.Actors {
		byType[ac.Type]++
	}
	attributed := 0
	for _, q := range r.Quotes {
		if q.Speaker != nil { // a speaker phrase linked to no actor does not attribute the quote
			attributed++
		}
	}
	resolved := 0
	for _, t := range r.Timexes {
		if t.Resolved {
			resolved++
		}
	}
	figure := func(class string, n int, one, many, sub string) dom.HTMLElement {
		return h("div", "lede-figure lede-fig-"+class,
			h("span", "lede-figure-n", strconv.Itoa(n)),
			h("span", "lede-figure-what", map[bool]string{true: one, false: many}[n == 1]),
			h("span", "lede-figure-sub", sub))
	}
	grid := h("div", "lede-figures",
		figure("person", byType["PERSON"], "person", "people", ""),
		figure("org", byType["ORG"], "organisation", "organisations", ""),
		figure("place", byType["LOC"], "place", "places", ""),
		figure("quote", len(r.Quotes), "quote", "quotes", fmt.Sprintf("%d attributed", attributed)),
		figure("date", len(r.Timexes), "date", "dates", fmt.Sprintf("%d resolved", resolved)),
		figure("words", r.Stats.Words, "word", "words",
			plural(r.Stats.Sentences, "sentence", "sentences")+", "+plural(r.Stats.Paragraphs, "paragraph", "paragraphs")),
	)
	if n := byType["MISC"]; n > 0 {
		grid.AppendChild(figure("other", n, "other name", "other names", ""))
	}
	var title any
	if r.Title != "" {
		title = h("h2", "lede-title", r.Title)
	}
	facts := h("dl", "lede-facts")
	fact := func(k string, v ...any) { add(facts, h("dt", "", k), h("dd", "", v...)) }
	// the span covers every dated expression (a month, a week), not only the full days
	if r.TimeSpan != nil {
		fact("Time span", r.TimeSpan.Display)
	} else {
		fact("Time span", h("span", "lede-muted", "no resolved calendar dates"))
	}
	if r.RefDate != "" {
		fact("Published", r.RefDateDisplay, h("span", "lede-muted", " ("+refSourceText(r.RefDateSource, a.dateFrom)+")"))
	} else {
		fact("Published", h("span", "lede-unsure-text", "unknown: relative dates (\u201con Monday\u201d) stay unresolved; set the date on the left"))
	}
	top := append([]analyzer.ReportActor(nil), r.Actors...)
	sort.SliceStable(top, func(i, j int) bool { return top[i].Salience > top[j].Salience })
	if len(top) > 0 {
		chips := h("div", "lede-chips")
		for i, ac := range top {
			if i == 6 {
				break
			}
			chips.AppendChild(a.actorChip(ac.ID))
		}
		fact("Main actors", chips)
	}
	if voices := a.mostQuoted(4); voices != nil {
		fact("Most quoted", voices)
	}
	fact("Analyzed", a.took)
	download := h("button", "lede-link", at("type", "button"), "Download the report (JSON)")
	a.on(download, "click", func(dom.Event) { a.download() })
	var notice any
	if !r.Language.English && r.Language.Notice != "" {
		notice = h("p", "lede-notice", at("role", "note"), r.Language.Notice)
	}
	replace(a.tabs[0].panel, notice, title, grid, facts, h("p", "lede-download", download))
}

// mostQuoted lists the actors with the most attributed quotes, with their counts.
func (a *app) mostQuoted(n int) dom.HTMLElement {
	count := map[string]int{}
	var order []string
	for _, q := range a.rep.Quotes {
		id := idOf(q.Speaker)
		if id == "" {
			continue
		}
		if count[id] == 0 {
			order = append(order, id)
		}
		count[id]++
	}
	if len(order) == 0 {
		return nil
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	chips := h("div", "lede-chips")
	for i, id := range order {
		if i == n {
			break
		}
		chips.AppendChild(h("span", "lede-quoted", a.actorChip(id), h("span", "", at("aria-hidden", "true"), "×"+strconv.Itoa(count[id])),
			h("span", "lede-sr", plural(count[id], "quote", "quotes"))))
	}
	return chips
}

// download saves the report as a JSON file (through a blob: URL; nothing leaves the
// browser).
func (a *app) download() {
	b, err := json.MarshalIndent(a.rep, "", "  ")
	if err != nil {
		a.fail("The report could not be written: "+err.Error(), "")
		return
	}
	saveFile(append(b, '\n'), "lede-report.json", "application/json")
}

func refSourceText(src string, ui dateSource) string {
	switch {
	case src == "dateline" || ui == dateDateline:
		return "from the dateline"
	case src == "metadata" || ui == dateMetadata:
		return "from the page's metadata"
	case ui == dateSaved:
		return "kept from last time"
	}
	return "set by you"
}
