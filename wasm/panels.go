//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"

	"lede/wasm/dom"

	"lede/analyzer"
)

// Helpers shared by the result panels: names, kinds and lookups by id.

// firstItems is how many rows a list draws at first, and maxItems how many it draws at
// most after "Show more": every row costs JS calls, and a 10 MB text has thousands.
const (
	firstItems = 100
	maxItems   = 2000
)

// maxEvidence bounds the quotes shown under one stance.
const maxEvidence = 12

// typeClass is the CSS class of an entity type: one colour per kind, everywhere.
func typeClass(t string) string {
	switch t {
	case "PERSON":
		return "person"
	case "ORG":
		return "org"
	case "LOC":
		return "place"
	}
	return "other"
}

func typeLabel(t string) string {
	switch t {
	case "PERSON":
		return "person"
	case "ORG":
		return "organisation"
	case "LOC":
		return "place"
	}
	return "other"
}

func (a *app) actor(id *string) *analyzer.ReportActor {
	if id == nil {
		return nil
	}
	return a.actorByID(*id)
}

func (a *app) actorByID(id string) *analyzer.ReportActor {
	// ids are "a1", "a2", ... in order; fall back to a scan if that ever changes
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "a")); err == nil && n >= 1 && n <= len(a.rep.Actors) && a.rep.Actors[n-1].ID == id {
		return &a.rep.Actors[n-1]
	}
	for i := range a.rep.Actors {
		if a.rep.Actors[i].ID == id {
			return &a.rep.Actors[i]
		}
	}
	return nil
}

func (a *app) quoteByID(id string) *analyzer.ReportQuote {
	// ids are "q1", "q2", ... in order; fall back to a scan if that ever changes
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "q")); err == nil && n >= 1 && n <= len(a.rep.Quotes) && a.rep.Quotes[n-1].ID == id {
		return &a.rep.Quotes[n-1]
	}
	for i := range a.rep.Quotes {
		if a.rep.Quotes[i].ID == id {
			return &a.rep.Quotes[i]
		}
	}
	return nil
}

// actorChip is a small button naming an actor; it highlights the actor's mentions.
func (a *app) actorChip(id string) dom.HTMLElement {
	ac := a.actorByID(id)
	if ac == nil {
		return h("span", "lede-chip", id)
	}
	b := h("button", "lede-chip lede-"+typeClass(ac.Type), at("type", "button"), at("aria-pressed", "false"),
		at("title", "Show the mentions of "+ac.Name+" in the text"), ac.Name)
	a.on(b, "click", func(dom.Event) { a.highlight(ac.ID, b) })
	return b
}

func more(n int, what string) dom.HTMLElement {
	if n <= 0 {
		return nil
	}
	return h("p", "lede-muted lede-more", fmt.Sprintf("…and %d more %s not listed here.", n, what))
}

func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// clickable makes a whole result item select on a click (its button stays the keyboard
// way in); clicks on the item's own buttons and correction menus are theirs.
func (a *app) clickable(item dom.HTMLElement, fn func()) {
	item.Class().Add("lede-clickable")
	a.on(item, "click", func(ev dom.Event) {
		if t := ev.Underlying().Get("target"); t.Call("closest", "button, a, details").Truthy() {
			return
		}
		fn()
	})
}

// limit is how many rows the list of a panel draws now.
func (a *app) limit(panel string) int {
	if n, ok := a.limits[panel]; ok {
		return n
	}
	return firstItems
}

// showMore ends a list of total rows that shows shown of them: a button that draws the
// rest (up to maxItems) with redraw, or a note when even that is cut.
func (a *app) showMore(panel string, shown, total int, what string, redraw func()) dom.HTMLElement {
	if total <= shown {
		return nil
	}
	if shown >= maxItems {
		return more(total-shown, what)
	}
	b := h("button", "lede-link lede-show-more", at("type", "button"),
		fmt.Sprintf("Show %d more %s", min(total, maxItems)-shown, what))
	a.on(b, "click", func(dom.Event) {
		a.limits[panel] = maxItems
		redraw()
	})
	return h("p", "lede-more", b)
}
