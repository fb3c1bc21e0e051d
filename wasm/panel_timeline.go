//go:build js && wasm

package main

import (
	"lede/wasm/dom"

	"lede/analyzer"
)

// renderTimeline: the events in the analyzer's chronological order, dates readable.
func (a *app) renderTimeline() {
	p := a.tabs[a.tabByKey("timeline")].panel
	r := a.rep
	if len(r.Events) == 0 {
		if len(r.Timexes) == 0 {
			replace(p, h("p", "lede-empty lede-muted", "No dates or times found."))
			return
		}
		list := h("ul", "lede-list lede-timexes")
		for k, t := range r.Timexes {
			if k == a.limit("timeline") {
				break
			}
			list.AppendChild(a.timexItem(t))
		}
		replace(p, h("p", "lede-hint", "These expressions of time were found but not placed on a timeline."), list,
			a.showMore("timeline", min(len(r.Timexes), a.limit("timeline")), len(r.Timexes), "dates", a.renderTimeline))
		return
	}
	timexes := map[string]analyzer.ReportTimex{}
	for _, t := range r.Timexes {
		timexes[t.ID] = t
	}
	list := h("ol", "lede-timeline")
	for k, e := range r.Events {
		if k == a.limit("timeline") {
			break
		}
		e := e
		when := e.Display // "Sat 24 June 2023", "the week of 12 September 2016"
		cls := "lede-event"
		var flag any
		if !e.Resolved {
			cls += " lede-unsure"
			flag = h("span", "lede-flag lede-flag-soft", "unresolved")
		}
		expr := e.TimexText
		if expr == "" {
			expr = timexes[e.Timex].Text
		}
		actors := h("div", "lede-chips")
		for _, id := range e.Actors {
			actors.AppendChild(a.actorChip(id))
		}
		var about any
		if len(e.About) > 0 {
			// "Putin held a meeting on Monday to discuss the events of June 24": a Monday
			// event about 24 June
			dates := ""
			for k, id := range e.About {
				if k > 0 {
					dates += ", "
				}
				dates += timexes[id].Display
			}
			about = h("div", "lede-about lede-muted", "about "+dates)
		}
		show := h("button", "lede-link", at("type", "button"), "Show in text")
		var li dom.HTMLElement
		a.on(show, "click", func(dom.Event) { a.highlight(e.Timex, li) })
		li = h("li", cls, at("data-event", e.ID),
			h("div", "lede-when", h("strong", "lede-day", when), flag, h("code", "lede-value", e.Value)),
			h("div", "lede-expr", "\u201c"+expr+"\u201d"),
			h("p", "lede-event-text", e.Text),
			about,
			h("div", "lede-event-foot", actors, h("span", "lede-spacer"), show),
		)
		a.clickable(li, func() { a.highlight(e.Timex, li) })
		list.AppendChild(li)
	}
	var hint any
	if r.RefDate == "" {
		for _, e := range r.Events {
			if !e.Resolved {
				hint = h("p", "lede-hint lede-unsure-text", "No publication date: relative dates (\u201con Monday\u201d, \u201cthe next day\u201d) cannot be placed. Set it on the left and the timeline follows.")
				break
			}
		}
	}
	replace(p, hint, list, a.showMore("timeline", min(len(r.Events), a.limit("timeline")), len(r.Events), "events", a.renderTimeline))
}

func (a *app) timexItem(t analyzer.ReportTimex) dom.HTMLElement {
	cls := "lede-timex"
	if !t.Resolved {
		cls += " lede-unsure"
	}
	show := h("button", "lede-link", at("type", "button"), "Show in text")
	a.on(show, "click", func(dom.Event) { a.highlight(t.ID, show) })
	return h("li", cls,
		h("strong", "lede-day", t.Display), " ",
		h("span", "lede-expr", "\u201c"+t.Text+"\u201d"), " ",
		h("code", "lede-value", t.Type+" "+t.Value), " ", show)
}
