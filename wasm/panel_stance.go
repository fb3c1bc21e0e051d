//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"

	"lede/wasm/dom"

	"lede/analyzer"
)

// idOf reads an actor id that the report gives as a string or as a nullable *string.
func idOf(v any) string {
	switch x := v.(type) {
	case *string:
		if x != nil {
			return *x
		}
	case string:
		return x
	}
	return ""
}

// renderStance: a holder x target grid coloured by polarity, the edges with their
// evidence, and the article's own tone toward actors.
func (a *app) renderStance() {
	p := a.tabs[a.tabByKey("stance")].panel
	r := a.rep
	var tone []analyzer.ReportTone
	for _, t := range r.Tone {
		if t.Label != "neutral" {
			tone = append(tone, t)
		}
	}
	if len(r.Stance) == 0 && len(tone) == 0 {
		replace(p, h("p", "lede-empty lede-muted", "No stance found. lede shows a stance only when the text says one actor criticised, accused, sued, praised, backed… another, or when a speaker’s own quoted words judge another."))
		add(p, a.relationList())
		return
	}
	clear(p)
	if len(r.Stance) > 0 {
		add(p, h("p", "lede-hint", "Who is for or against whom, the strongest first, with the words that say so. Select a quote to see it in the article."))
		if g := a.stanceGrid(); g != nil {
			p.AppendChild(g)
		}
		list := h("ul", "lede-list lede-stance")
		// the report lists the edges strongest first (most evidence, most central actors)
		for k := range r.Stance {
			if k == a.limit("stance") {
				break
			}
			list.AppendChild(a.stanceItem(k, r.Stance[k]))
		}
		add(p, list, a.showMore("stance", min(len(r.Stance), a.limit("stance")), len(r.Stance), "stances", a.renderStance))
	}
	add(p, a.relationList())
	if len(tone) > 0 {
		add(p, h("h3", "lede-subhead", "The article’s own tone"),
			h("p", "lede-hint", "The article’s tone toward an actor, over the whole text: what it reports the actor doing and suffering."))
		list := h("ul", "lede-list lede-tone")
		for k, t := range tone {
			if k == firstItems {
				break
			}
			ev := h("div", "lede-evidence")
			for k, sen := range t.Sentences {
				if k == maxEvidence {
					ev.AppendChild(more(len(t.Sentences)-k, "sentences"))
					break
				}
				ev.AppendChild(h("p", "lede-evidence-sentence", excerpt(sen, 200)))
			}
			list.AppendChild(h("li", "lede-edge lede-"+toneClass(t.Label),
				h("div", "lede-edge-head", a.actorChip(t.Actor),
					h("span", "lede-stance-label", t.Label),
					h("span", "lede-polarity", fmt.Sprintf("%+.2f", t.Polarity))),
				ev))
		}
		p.AppendChild(list)
	}
}

func toneClass(label string) string {
	switch label {
	case "negative":
		return "against"
	case "positive":
		return "for"
	}
	return "neutral"
}

func (a *app) stanceItem(k int, s analyzer.ReportStance) dom.HTMLElement {
	holder := h("span", "lede-holder lede-muted", "the article itself")
	if id := idOf(s.Holder); id != "" {
		holder = a.actorChip(id)
	}
	ev := h("div", "lede-evidence")
	for k, qid := range s.Evidence {
		if k == maxEvidence {
			ev.AppendChild(more(len(s.Evidence)-k, "quotes"))
			break
		}
		q := a.quoteByID(qid)
		if q == nil {
			continue
		}
		b := h("button", "lede-evidence-quote", at("type", "button"), "\u201c"+excerpt(q.Text, 140)+"\u201d")
		a.on(b, "click", func(dom.Event) { a.highlight(qid, b) })
		ev.AppendChild(b)
	}
	for k, sen := range s.Sentences {
		if k == maxEvidence {
			ev.AppendChild(more(len(s.Sentences)-k, "sentences"))
			break
		}
		ev.AppendChild(h("p", "lede-evidence-sentence", excerpt(sen, 160)))
	}
	head := h("div", "lede-edge-head",
		holder, h("span", "lede-arrow", at("aria-hidden", "true"), "\u2192"),
		h("span", "lede-sr", " about "), a.actorChip(s.Target),
		h("span", "lede-stance-label", s.Label),
		h("span", "lede-polarity", at("title", "polarity from -1 (against) to 1 (for)"), fmt.Sprintf("%+.2f", s.Polarity)))
	if s.Predicate != nil {
		// the words that take the side, explained: "criticize Stumpf", "liar"
		head.AppendChild(h("span", "lede-predicate", at("title", "the words that take the side"), predicateWords(s.Predicate.Lemma, a.actorName(s.Target))))
	}
	head.AppendChild(a.dismissButton(s))
	return h("li", "lede-edge lede-"+s.Label, at("id", a.id+"edge-"+strconv.Itoa(k)), at("tabindex", "-1"), head, ev)
}

// predicateWords puts the target's name in a predicate's lemma: "criticize _" ->
// "criticize Stumpf"; an opinion word ("liar") stays as it is.
func predicateWords(lemma, target string) string {
	return strings.ReplaceAll(lemma, "_", target)
}

func (a *app) actorName(id string) string {
	if ac := a.actorByID(id); ac != nil {
		return ac.Name
	}
	return id
}

// relationList lists the pairs linked with no side taken (a quote naming the other, a
// negated or hedged stance verb), hidden until asked for; nil when there are none.
func (a *app) relationList() dom.HTMLElement {
	rel := a.rep.Relations
	if len(rel) == 0 {
		return nil
	}
	list := h("ul", "lede-list lede-relations")
	for k, r := range rel {
		if k == firstItems {
			list.AppendChild(h("li", "lede-muted", more(len(rel)-k, "relations")))
			break
		}
		list.AppendChild(h("li", "lede-relation", a.actorChip(r.Holder),
			h("span", "lede-arrow", at("aria-hidden", "true"), "\u2014"), h("span", "lede-sr", " mentions "), a.actorChip(r.Target)))
	}
	return h("details", "lede-relations-wrap",
		h("summary", "", fmt.Sprintf("%d relations with no side taken", len(rel))), list)
}

// stanceGrid is a holder x target table when there are at least two edges among a few
// actors; each cell names the stance and jumps to its evidence.
func (a *app) stanceGrid() dom.HTMLElement {
	r := a.rep
	var holders, targets []string
	seen := map[string]bool{}
	cell := map[[2]string]int{}
	for k, s := range r.Stance {
		hd := idOf(s.Holder)
		if hd == "" {
			continue
		}
		if !seen["h"+hd] {
			seen["h"+hd] = true
			holders = append(holders, hd)
		}
		if !seen["t"+s.Target] {
			seen["t"+s.Target] = true
			targets = append(targets, s.Target)
		}
		if _, dup := cell[[2]string{hd, s.Target}]; !dup {
			cell[[2]string{hd, s.Target}] = k
		}
	}
	if len(cell) < 2 || len(holders) > 8 || len(targets) > 8 {
		return nil
	}
	name := func(id string) string {
		if ac := a.actorByID(id); ac != nil {
			return ac.Name
		}
		return id
	}
	head := h("tr", "", h("th", "lede-grid-corner", at("scope", "col"), h("span", "lede-sr", "holder, target")))
	for _, t := range targets {
		head.AppendChild(h("th", "", at("scope", "col"), "about "+name(t)))
	}
	body := h("tbody", "")
	for _, hd := range holders {
		row := h("tr", "", h("th", "", at("scope", "row"), name(hd)))
		for _, t := range targets {
			k, ok := cell[[2]string{hd, t}]
			if !ok {
				row.AppendChild(h("td", "lede-grid-none", h("span", "lede-sr", "none")))
				continue
			}
			s := r.Stance[k]
			b := h("button", "lede-grid-cell lede-"+s.Label, at("type", "button"),
				at("title", fmt.Sprintf("%s %s %s (%+.2f)", name(hd), s.Label, name(t), s.Polarity)),
				s.Label)
			a.on(b, "click", func(dom.Event) {
				if el := a.root.QuerySelector("#" + a.id + "edge-" + strconv.Itoa(k)); el != nil {
					el.Underlying().Call("scrollIntoView", map[string]any{"block": "nearest", "behavior": "smooth"})
					el.Focus()
				}
				if len(s.Evidence) > 0 {
					a.highlight(s.Evidence[0], b)
				}
			})
			row.AppendChild(h("td", "", b))
		}
		body.AppendChild(row)
	}
	return h("div", "lede-grid-wrap", h("table", "lede-grid", h("caption", "lede-sr", "Stance: holders in rows, targets in columns"),
		h("thead", "", head), body))
}
