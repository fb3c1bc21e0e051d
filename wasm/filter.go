//go:build js && wasm

package main

import (
	"strconv"
	"strings"

	"lede/wasm/dom"
)

// filterMin is the shortest list that gets a filter field: a few rows read at a glance.
const filterMin = 8

// filterBox is a search field over a panel's list. Typing keeps the query (per panel,
// until the next report) and redraws only the list through draw, so the field keeps the
// focus. count says how many rows match; it is filled by draw.
func (a *app) filterBox(panel, label, placeholder string, count dom.HTMLElement, draw func()) dom.HTMLElement {
	in := newElement("input")
	in.SetAttribute("type", "search")
	in.SetAttribute("class", "lede-filter-input")
	in.SetAttribute("aria-label", label)
	in.SetAttribute("placeholder", placeholder)
	in.SetAttribute("data-filter", panel)
	in.Underlying().Set("value", a.filters[panel])
	a.on(in, "input", func(dom.Event) {
		a.filters[panel] = in.Underlying().Get("value").String()
		draw()
	})
	return h("div", "lede-filter", in, count)
}

// matches reports whether every word of the query occurs in one of the fields, ignoring
// case: "ruiz mayor" finds the actor Ana Ruiz with the role Mayor.
func matches(query string, fields ...string) bool {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return true
	}
	all := strings.ToLower(strings.Join(fields, "\n"))
	for _, w := range words {
		if !strings.Contains(all, w) {
			return false
		}
	}
	return true
}

// filterCount writes "3 of 12 actors match" beside the field, or "" when nothing is
// filtered (lists with a filter have at least filterMin rows, so what is a plural).
func filterCount(count dom.HTMLElement, query string, shown, total int, what string) {
	if strings.TrimSpace(query) == "" {
		count.SetTextContent("")
		return
	}
	count.SetTextContent(strconv.Itoa(shown) + " of " + strconv.Itoa(total) + " " + what + " match")
}
