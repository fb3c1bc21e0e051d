//go:build js && wasm

package main

import (
	"strconv"

	"lede/wasm/dom"

	"lede/analyzer"
)

// tab is one results panel with its tab button.
type tab struct {
	key, name     string
	button, panel dom.HTMLElement
	count         dom.HTMLElement
}

var tabNames = [][2]string{
	{"overview", "Overview"}, {"actors", "Actors"}, {"quotes", "Quotes"},
	{"timeline", "Timeline"}, {"stance", "Stance"},
}

// buildResults draws the right column: tabs, the live status line, the error box and
// the panels.
func (a *app) buildResults() dom.HTMLElement {
	list := h("div", "lede-tabs", at("role", "tablist"), at("aria-label", "Results"))
	a.status = h("p", "lede-status", at("role", "status"), at("aria-live", "polite"))
	a.errBox = h("div", "lede-error", at("role", "alert"), at("hidden", ""))
	a.say = h("p", "lede-sr", at("aria-live", "polite"))
	a.corrBox = h("div", "lede-corrections", at("role", "region"), at("aria-label", "Your corrections"), at("hidden", ""))
	sec := h("section", "lede-results", at("aria-label", "Results"), list, a.status, a.say, a.errBox, a.buildExportBar(), a.corrBox)
	for i, tn := range tabNames {
		t := &tab{key: tn[0], name: tn[1]}
		t.count = h("span", "lede-count")
		t.button = h("button", "lede-tab",
			at("type", "button"), at("role", "tab"), at("id", a.id+"tab-"+t.key),
			at("aria-controls", a.id+"panel-"+t.key), at("data-tab", t.key),
			t.name, t.count)
		t.panel = h("div", "lede-panel lede-panel-"+t.key,
			at("role", "tabpanel"), at("id", a.id+"panel-"+t.key),
			at("aria-labelledby", a.id+"tab-"+t.key), at("tabindex", "0"), at("data-panel", t.key))
		i := i
		a.on(t.button, "click", func(dom.Event) { a.selectTab(i, false) })
		a.on(t.button, "keydown", func(ev dom.Event) {
			n := len(a.tabs)
			switch ev.Underlying().Get("key").String() {
			case "ArrowRight", "ArrowDown":
				a.selectTab((i+1)%n, true)
			case "ArrowLeft", "ArrowUp":
				a.selectTab((i+n-1)%n, true)
			case "Home":
				a.selectTab(0, true)
			case "End":
				a.selectTab(n-1, true)
			default:
				return
			}
			ev.PreventDefault()
		})
		a.tabs = append(a.tabs, t)
		list.AppendChild(t.button)
		sec.AppendChild(t.panel)
	}
	a.selectTab(0, false)
	return sec
}

func (a *app) selectTab(i int, focus bool) {
	a.current = i
	for j, t := range a.tabs {
		on := i == j
		t.button.SetAttribute("aria-selected", strconv.FormatBool(on))
		if on {
			t.button.SetAttribute("tabindex", "0")
			t.panel.RemoveAttribute("hidden")
		} else {
			t.button.SetAttribute("tabindex", "-1")
			t.panel.SetAttribute("hidden", "")
		}
	}
	if focus {
		a.tabs[i].button.Focus()
	}
}

func (a *app) tabByKey(key string) int {
	for i, t := range a.tabs {
		if t.key == key {
			return i
		}
	}
	return 0
}

// renderEmpty is the state before any analysis: every panel invites a paste.
func (a *app) renderEmpty() {
	a.root.SetAttribute("data-state", "empty")
	a.exportBar.SetAttribute("hidden", "")
	a.corrBox.SetAttribute("hidden", "")
	a.hideError()
	for _, t := range a.tabs {
		t.count.SetTextContent("")
	}
	replace(a.tabs[0].panel, h("div", "lede-empty",
		h("p", "lede-empty-title", "Paste a news article to see who acts in it, who said what, and when."),
		h("ul", "",
			h("li", "", h("strong", "", "Actors"), ": people, organisations and places, with their titles and later mentions."),
			h("li", "", h("strong", "", "Quotes"), ": direct and reported speech, with the speaker and the verb."),
			h("li", "", h("strong", "", "Timeline"), ": every date, resolved against the publication date."),
			h("li", "", h("strong", "", "Stance"), ": who speaks for or against whom."),
		),
		h("p", "lede-muted", "The analysis runs in this browser; the text never leaves your computer."),
	))
	for _, t := range a.tabs[1:] {
		replace(t.panel, h("p", "lede-empty lede-muted", "Nothing analyzed yet."))
	}
	replace(a.article, h("p", "lede-empty lede-muted", "The annotated article appears here after Analyze."))
	a.artNote.SetTextContent("")
	a.status.SetTextContent("")
	a.showInspector("", "")
	a.marks = map[string][]dom.HTMLElement{}
	a.lit, a.litFrom = nil, nil
}

// showPrompt answers Analyze on an empty box.
func (a *app) showPrompt() {
	a.selectTab(0, false)
	replace(a.tabs[0].panel, h("div", "lede-empty lede-prompt",
		h("p", "lede-empty-title", "There is nothing to analyze yet."),
		h("p", "", "Paste an article into the box on the left (or try the sample), then press Analyze."),
	))
	a.status.SetTextContent("Paste an article first: the box is empty.")
}

// show draws a report: the panels and the annotated article. between, when not nil,
// runs between the steps (to let the browser handle input while a long text's results
// are drawn).
func (a *app) show(rep *analyzer.Report, input string, between func()) {
	a.rep = rep
	a.exportBar.RemoveAttribute("hidden")
	a.repText, a.repInput, a.repU16, a.repCounts = input, input, nil, nil
	a.limits = map[string]int{}
	a.filters = map[string]string{}
	a.root.RemoveAttribute("data-stale")
	if rep.Text != "" {
		a.repText = rep.Text
	}
	a.marks = map[string][]dom.HTMLElement{}
	a.lit, a.litFrom = nil, nil
	a.showInspector("", "")
	for i, step := range []func(){a.renderArticle, a.renderOverview, a.renderActors, a.renderQuotes, a.renderTimeline, a.renderStance, a.renderCorrections} {
		if i > 0 && between != nil {
			between()
		}
		step()
	}
	counts := map[string]int{"actors": len(rep.Actors), "quotes": len(rep.Quotes), "timeline": len(rep.Events), "stance": len(rep.Stance)}
	if len(rep.Events) == 0 {
		counts["timeline"] = len(rep.Timexes)
	}
	for _, t := range a.tabs[1:] {
		t.count.SetTextContent(strconv.Itoa(counts[t.key]))
	}
}
