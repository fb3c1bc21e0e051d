//go:build js && wasm

package main

import (
	"lede/wasm/dom"

	"lede/analyzer"
)

// renderQuotes: each quote with its speaker, cue and kind; an unattributed quote and an
// inferred speaker are marked as unsure.
func (a *app) renderQuotes() {
	p := a.tabs[a.tabByKey("quotes")].panel
	if len(a.rep.Quotes) == 0 {
		replace(p, h("p", "lede-empty lede-muted", "No quotes found."))
		return
	}
	body := h("div", "lede-filtered")
	count := h("span", "lede-filter-count", at("aria-live", "polite"))
	draw := func() { replace(body, a.quoteList(count)...) }
	var box any
	if len(a.rep.Quotes) >= filterMin {
		box = a.filterBox("quotes", "Filter quotes", "Filter by words, speaker or verb", count, draw)
	}
	replace(p, box, body)
	draw()
}

// quoteList draws the quotes that match the panel's filter, with a "Show more".
func (a *app) quoteList(count dom.HTMLElement) []any {
	query := a.filters["quotes"]
	list := h("ol", "lede-list lede-quotes")
	drawn, matched := 0, 0
	for _, q := range a.rep.Quotes {
		if !matches(query, q.Text, a.speakerName(q), q.SpeakerText, q.Cue, q.Kind) {
			continue
		}
		matched++
		if drawn == a.limit("quotes") {
			continue
		}
		drawn++
		q := q
		cls := "lede-quote lede-kind-" + q.Kind
		var who any
		switch {
		case q.Speaker == nil && q.SpeakerText == "":
			cls += " lede-unattributed"
			who = h("span", "lede-flag", "unattributed")
		case q.Inferred:
			cls += " lede-inferred"
			who = h("span", "lede-speaker lede-unsure-text", a.speakerName(q)+"?",
				h("span", "lede-flag lede-flag-soft", "speaker inferred"))
		default:
			who = h("span", "lede-speaker", a.speakerName(q))
		}
		var fixed any
		if q.Corrected {
			fixed = h("span", "lede-flag lede-flag-corrected", "corrected")
		}
		var cue any
		if q.Cue != "" {
			cue = h("span", "lede-cue", "\u201c"+q.Cue+"\u201d")
		}
		show := h("button", "lede-link", at("type", "button"), "Show in text")
		var li dom.HTMLElement
		a.on(show, "click", func(dom.Event) { a.highlight(q.ID, li) })
		li = h("li", cls, at("data-quote", q.ID),
			h("blockquote", "", q.Text),
			h("div", "lede-quote-meta",
				h("span", "lede-badge lede-badge-"+q.Kind, q.Kind),
				who, fixed, cue, h("span", "lede-spacer"), show),
			a.speakerMenu(q),
		)
		a.clickable(li, func() { a.highlight(q.ID, li) })
		list.AppendChild(li)
	}
	filterCount(count, query, matched, len(a.rep.Quotes), "quotes")
	return []any{list, a.showMore("quotes", drawn, matched, "quotes", a.renderQuotes)}
}

func (a *app) speakerName(q analyzer.ReportQuote) string {
	if ac := a.actor(q.Speaker); ac != nil {
		return ac.Name
	}
	return q.SpeakerText
}
