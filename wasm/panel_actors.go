//go:build js && wasm

package main

import (
	"sort"
	"strings"

	"lede/wasm/dom"
)

// renderActors: one row per actor, most prominent first.
func (a *app) renderActors() {
	p := a.tabs[a.tabByKey("actors")].panel
	if len(a.rep.Actors) == 0 {
		replace(p, h("p", "lede-empty lede-muted", "No people, organisations or places found."))
		return
	}
	order := make([]int, len(a.rep.Actors))
	for i := range order {
		order[i] = i
	}
	acs := a.rep.Actors
	sort.SliceStable(order, func(i, j int) bool {
		x, y := acs[order[i]], acs[order[j]]
		if x.Salience != y.Salience {
			return x.Salience > y.Salience
		}
		return x.MentionCount > y.MentionCount
	})
	body := h("div", "lede-filtered")
	count := h("span", "lede-filter-count", at("aria-live", "polite"))
	draw := func() { replace(body, a.actorList(order, count)...) }
	var box any
	if len(acs) >= filterMin {
		box = a.filterBox("actors", "Filter actors", "Filter by name, role or type", count, draw)
	}
	replace(p, h("p", "lede-hint", "Select an actor to highlight its mentions in the article."), box, body)
	draw()
}

// actorList draws the actors in order that match the panel's filter, with a "Show more".
func (a *app) actorList(order []int, count dom.HTMLElement) []any {
	acs := a.rep.Actors
	q := a.filters["actors"]
	list := h("ul", "lede-list lede-actors")
	drawn, matched := 0, 0
	for _, i := range order {
		ac := acs[i]
		if !matches(q, append(append([]string{ac.Name, typeLabel(ac.Type)}, ac.Roles...), ac.Aliases...)...) {
			continue
		}
		matched++
		if drawn == a.limit("actors") {
			continue
		}
		drawn++
		cls := typeClass(ac.Type)
		var roles, aliases any
		if len(ac.Roles) > 0 {
			rs := h("span", "lede-roles")
			for _, r := range ac.Roles {
				rs.AppendChild(h("span", "lede-role", r))
			}
			roles = rs
		}
		if len(ac.Aliases) > 0 {
			aliases = h("span", "lede-aliases", "also: "+strings.Join(ac.Aliases, ", "))
		}
		var anon, fixed any
		if ac.Anonymous {
			anon = h("span", "lede-role lede-unsure-text", "unnamed source")
		}
		if ac.Corrected {
			fixed = h("span", "lede-flag lede-flag-corrected", "corrected")
		}
		b := h("button", "lede-item lede-actor lede-"+cls,
			at("type", "button"), at("aria-pressed", "false"), at("data-actor", ac.ID),
			h("span", "lede-dot", at("aria-hidden", "true")),
			h("span", "lede-actor-main",
				h("span", "lede-name", ac.Name),
				h("span", "lede-type", typeLabel(ac.Type)),
				roles, anon, fixed),
			aliases,
			h("span", "lede-mcount", plural(ac.MentionCount, "mention", "mentions")),
		)
		a.on(b, "click", func(dom.Event) { a.highlight(ac.ID, b) })
		list.AppendChild(h("li", "lede-actor-row", b, a.actorMenu(ac)))
	}
	filterCount(count, q, matched, len(acs), "actors")
	return []any{list, a.showMore("actors", drawn, matched, "actors", a.renderActors)}
}
