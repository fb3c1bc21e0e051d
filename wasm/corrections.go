//go:build js && wasm

package main

// An editor's corrections on the page: made from the result panels (an actor's Correct
// menu, a quote's Change speaker, a stance's Dismiss), kept in localStorage beside the
// article (under a hash of its text, so another article has its own), given to every
// analysis of that text, listed with what became of each, and undone one at a time.

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"syscall/js"
	"unicode/utf16"

	"lede/wasm/dom"

	"lede/analyzer"
)

// correctionsKey is the storage key of the corrections of text.
func correctionsKey(text string) string {
	h := fnv.New64a()
	h.Write([]byte(text))
	return ".corrections." + strconv.FormatUint(h.Sum64(), 36)
}

// useCorrectionsOf makes the corrections those of text, before it is analysed: the
// ones kept for it, else (an edited article, a fixed typo) the current ones, carried
// over on trial: each finds its words again or says why not. A carried list of which
// none applies belonged to another article; it stays kept with that one (carried).
func (a *app) useCorrectionsOf(text string) {
	if text == a.corrText && a.corrLoaded {
		return
	}
	a.corrText, a.corrLoaded, a.corrCarried = text, true, false
	if a.opts.storageKey != "" {
		if kept := a.load(correctionsKey(text)); kept != "" {
			cs, err := analyzer.ParseCorrections([]byte(kept))
			if err == nil && analyzer.CheckCorrections(cs) == nil {
				a.corrections = cs
				return
			}
		}
	}
	a.corrCarried = len(a.corrections) > 0
}

// settleCarried decides, once the report is in, on corrections carried over to an
// edited text: kept with it when at least one applied; else dropped from this text
// (the report then has none) and left with the text they were made on.
func (a *app) settleCarried() {
	if !a.corrCarried || a.rep == nil || a.repInput != a.corrText {
		return
	}
	a.corrCarried = false
	if rc := a.rep.Corrections; rc != nil && rc.Applied == 0 {
		a.corrections = nil
		a.rep.Corrections = nil
		return
	}
	a.saveCorrections()
}

// saveCorrections keeps the corrections of the analysed text; none: the key goes.
func (a *app) saveCorrections() {
	if a.opts.storageKey == "" {
		return
	}
	v := ""
	if len(a.corrections) > 0 {
		b, _ := json.Marshal(a.corrections)
		v = string(b)
	}
	if err := a.store(correctionsKey(a.corrText), v); err != nil {
		a.say.SetTextContent("The browser could not keep the corrections across a reload.")
	}
}

// correctionsOption is the corrections as a JS array for the worker's options.
func (a *app) correctionsOption() any {
	if len(a.corrections) == 0 {
		return nil
	}
	b, _ := json.Marshal(a.corrections)
	return js.Global().Get("JSON").Call("parse", string(b))
}

// correct adds one correction to the analysed text's and analyses it again.
func (a *app) correct(c analyzer.Correction) {
	if a.rep == nil || a.busy {
		return
	}
	if err := analyzer.CheckCorrections([]analyzer.Correction{c}); err != nil {
		a.fail("This correction cannot be made: "+err.Error(), "")
		return
	}
	a.useCorrectionsOf(a.repInput)
	a.corrections = append(a.corrections, c)
	a.saveCorrections()
	a.rerun("Correction made: " + a.correctionWords(c) + ".")
}

// setCorrections makes cs the corrections of the text in the box (an embedder's, from
// the controller) and analyses again when there are results to correct.
func (a *app) setCorrections(cs []analyzer.Correction) {
	a.corrections, a.corrText, a.corrLoaded, a.corrCarried = cs, a.text.Value(), true, false
	a.saveCorrections()
	if a.rep != nil && !a.busy {
		a.run()
	}
}

// uncorrect removes correction i (the last: undo) and analyses again.
func (a *app) uncorrect(i int) {
	if i < 0 || i >= len(a.corrections) || a.busy {
		return
	}
	c := a.corrections[i]
	a.corrections = append(a.corrections[:i:i], a.corrections[i+1:]...)
	a.saveCorrections()
	a.rerun("Correction removed: " + a.correctionWords(c) + ".")
}

// rerun analyses again with the corrections changed. A box edited since the last
// analysis keeps its edits: the corrections go over to the new text as an edit's do.
func (a *app) rerun(news string) {
	a.say.SetTextContent(news)
	a.run()
}

// renderCorrections draws the list of corrections under the export bar: each in words,
// whether it was applied (and why not), a Remove button; Undo removes the last.
func (a *app) renderCorrections() {
	a.settleCarried()
	box := a.corrBox
	if a.rep == nil || len(a.corrections) == 0 {
		box.SetAttribute("hidden", "")
		clear(box)
		return
	}
	box.RemoveAttribute("hidden")
	why := map[int]string{}
	applied := 0
	if rc := a.rep.Corrections; rc != nil {
		applied = rc.Applied
		for _, u := range rc.Unapplied {
			why[u.Index] = u.Reason
		}
	}
	list := h("ol", "lede-corrections-list")
	for i, c := range a.corrections {
		i := i
		state := h("span", "lede-correction-state", "applied")
		cls := "lede-correction"
		if r, ok := why[i]; ok {
			state = h("span", "lede-correction-state lede-unsure-text", "not applied: "+r)
			cls += " lede-correction-unapplied"
		}
		rm := h("button", "lede-link lede-correction-remove", at("type", "button"),
			at("aria-label", "Remove the correction: "+a.correctionWords(c)), "Remove")
		a.on(rm, "click", func(dom.Event) { a.uncorrect(i) })
		list.AppendChild(h("li", cls, at("data-op", c.Op), h("span", "lede-correction-what", a.correctionWords(c)), state, rm))
	}
	undo := h("button", "lede-corrections-undo", at("type", "button"), "Undo last")
	a.on(undo, "click", func(dom.Event) { a.uncorrect(len(a.corrections) - 1) })
	head := fmt.Sprintf("Your corrections: %d applied", applied)
	if n := len(a.corrections) - applied; n > 0 {
		head += fmt.Sprintf(", %d not applied", n)
	}
	replace(box, h("div", "lede-corrections-head", h("strong", "", head), undo),
		list, h("p", "lede-muted lede-corrections-note", "Kept with this text in your browser and given to every analysis of it; the exports carry them."))
}

// correctionWords says a correction in words.
func (a *app) correctionWords(c analyzer.Correction) string {
	q := func(s *analyzer.TextSpan) string {
		if s == nil {
			return "?"
		}
		return "\u201c" + excerpt(s.Text, 40) + "\u201d"
	}
	switch c.Op {
	case "rename":
		return q(c.Mention) + " is called \u201c" + c.Name + "\u201d"
	case "retype":
		if c.Type == "MISC" {
			return q(c.Mention) + " is no person, organisation or place"
		}
		return q(c.Mention) + " is " + article(typeLabel(c.Type))
	case "merge":
		return q(c.Mention) + " is the same as " + q(c.Into)
	case "split":
		return q(c.Mention) + " in \u201c" + a.around(c.Mention.Start, c.Mention.End) + "\u201d is someone else"
	case "speaker":
		if c.Speaker == nil {
			return q(c.Quote) + " has no known speaker"
		}
		return q(c.Quote) + " was said by " + q(c.Speaker)
	case "dismiss":
		return q(c.Holder) + " takes no side on " + q(c.Target)
	}
	return c.Op
}

func article(noun string) string {
	if noun != "" && (noun[0] == 'o' || noun[0] == 'a') {
		return "an " + noun
	}
	return "a " + noun
}

// nameOf is the place that names actor id in a correction: a name mention whose words
// occur once in the text (found again however the article is edited around them), the
// longest of those, else the longest name mention; a pronoun only when it has no name.
func (a *app) nameOf(id string) *analyzer.TextSpan {
	var best *analyzer.ReportMention
	bestRank := 0
	rank := func(m *analyzer.ReportMention) int {
		r := 1
		if m.Kind == "name" {
			r += 2
			if a.occurrences(m.Text) == 1 {
				r += 4
			}
		}
		return r
	}
	for i := range a.rep.Mentions {
		m := &a.rep.Mentions[i]
		if m.Actor == nil || *m.Actor != id {
			continue
		}
		if r := rank(m); best == nil || r > bestRank || r == bestRank && len(m.Text) > len(best.Text) {
			best, bestRank = m, r
		}
	}
	if best == nil {
		return nil
	}
	return mentionSpan(*best)
}

// occurrences counts the places of words in the analysed text, once per words and
// report (an actor of a thousand mentions has a few names).
func (a *app) occurrences(words string) int {
	if a.repCounts == nil {
		a.repCounts = map[string]int{}
	}
	n, ok := a.repCounts[words]
	if !ok {
		n = strings.Count(a.repText, words)
		a.repCounts[words] = n
	}
	return n
}

func mentionSpan(m analyzer.ReportMention) *analyzer.TextSpan {
	return &analyzer.TextSpan{Start: m.Start, End: m.End, Text: m.Text}
}

// actorMentions are the mentions of actor id, in text order.
func (a *app) actorMentions(id string) []analyzer.ReportMention {
	var out []analyzer.ReportMention
	for _, m := range a.rep.Mentions {
		if m.Actor != nil && *m.Actor == id {
			out = append(out, m)
		}
	}
	return out
}

// correctionForm is a small form of label, control and a button that makes the
// correction make returns (nil: nothing to do).
func (a *app) correctionForm(label string, control dom.HTMLElement, button string, build func() *analyzer.Correction) dom.HTMLElement {
	b := h("button", "lede-correct-apply", at("type", "submit"), button)
	f := h("form", "lede-correct-row", h("label", "", label, control), b)
	a.on(f, "submit", func(ev dom.Event) {
		ev.PreventDefault()
		if c := build(); c != nil {
			a.correct(*c)
		}
	})
	return f
}

// lazyMenu is a disclosure whose forms are built when it first opens: a list of a
// thousand actors draws no thousand menus.
func (a *app) lazyMenu(summary, label string, build func() []any) dom.HTMLElement {
	body := h("div", "lede-correct-menu")
	d := h("details", "lede-correct", h("summary", "lede-correct-toggle", at("aria-label", label), summary), body)
	built := false
	a.on(d, "toggle", func(dom.Event) {
		if !built && d.HasAttribute("open") {
			built = true
			replace(body, build()...)
			if first := body.QuerySelector("input, select"); first != nil {
				first.Focus()
			}
		}
	})
	return d
}

func selectOf(class string, options [][2]string) dom.HTMLElement {
	sel := h("select", class)
	for _, o := range options {
		sel.AppendChild(h("option", "", at("value", o[0]), o[1]))
	}
	return sel
}

func value(e dom.HTMLElement) string { return e.Underlying().Get("value").String() }

// actorMenu is the Correct menu of an actor: rename, change type, merge with another
// actor, split one mention off. It folds away under a disclosure.
func (a *app) actorMenu(ac analyzer.ReportActor) dom.HTMLElement {
	return a.lazyMenu("Correct", "Correct "+ac.Name, func() []any { return a.actorForms(ac) })
}

// actorForms are the forms of an actor's Correct menu.
func (a *app) actorForms(ac analyzer.ReportActor) []any {
	ref := a.nameOf(ac.ID)
	if ref == nil {
		return []any{h("p", "lede-muted", "This actor has no mention to name it by.")}
	}
	name := h("input", "lede-correct-name", at("type", "text"), at("value", ac.Name), at("maxlength", "200"))
	rename := a.correctionForm("Name ", name, "Rename", func() *analyzer.Correction {
		return &analyzer.Correction{Op: "rename", Mention: ref, Name: value(name)}
	})
	var types [][2]string
	for _, t := range []string{"PERSON", "ORG", "LOC", "MISC"} {
		if t != ac.Type {
			types = append(types, [2]string{t, typeLabel(t)})
		}
	}
	typeSel := selectOf("lede-correct-type", types)
	retype := a.correctionForm("Type ", typeSel, "Change type", func() *analyzer.Correction {
		return &analyzer.Correction{Op: "retype", Mention: ref, Type: value(typeSel)}
	})
	forms := []any{rename, retype}
	var others [][2]string
	for _, o := range a.rep.Actors {
		if o.ID != ac.ID {
			others = append(others, [2]string{o.ID, o.Name + " (" + typeLabel(o.Type) + ")"})
		}
	}
	if len(others) > 0 {
		into := selectOf("lede-correct-into", others)
		forms = append(forms, a.correctionForm("Same as ", into, "Merge", func() *analyzer.Correction {
			target := a.nameOf(value(into))
			if target == nil {
				return nil
			}
			return &analyzer.Correction{Op: "merge", Mention: ref, Into: target}
		}))
	}
	if ms := a.actorMentions(ac.ID); len(ms) > 1 {
		var opts [][2]string
		for i, m := range ms {
			opts = append(opts, [2]string{strconv.Itoa(i), fmt.Sprintf("\u201c%s\u201d in \u201c%s\u201d", m.Text, a.around(m.Start, m.End))})
		}
		which := selectOf("lede-correct-mention", opts)
		forms = append(forms, a.correctionForm("Not this one ", which, "Split off", func() *analyzer.Correction {
			i, err := strconv.Atoi(value(which))
			if err != nil || i < 0 || i >= len(ms) {
				return nil
			}
			return &analyzer.Correction{Op: "split", Mention: mentionSpan(ms[i])}
		}))
	}
	return forms
}

// around is a few words of the analysed text around a span (UTF-16 offsets), to tell
// one mention of a name from another.
func (a *app) around(start, end int) string {
	if a.repU16 == nil {
		a.repU16 = utf16.Encode([]rune(a.repText))
	}
	u := a.repU16
	from, to := max(0, start-30), min(len(u), end+30)
	if from > to {
		return ""
	}
	return excerpt(string(utf16.Decode(u[from:to])), 70)
}

// speakerMenu is a quote's Change speaker: another actor, or no one.
func (a *app) speakerMenu(q analyzer.ReportQuote) dom.HTMLElement {
	return a.lazyMenu("Change speaker", "Change the speaker of this quote", func() []any { return []any{a.speakerForm(q)} })
}

func (a *app) speakerForm(q analyzer.ReportQuote) dom.HTMLElement {
	opts := [][2]string{{"", "no one (unattributed)"}}
	for _, ac := range a.rep.Actors {
		if q.Speaker == nil || *q.Speaker != ac.ID {
			opts = append(opts, [2]string{ac.ID, ac.Name + " (" + typeLabel(ac.Type) + ")"})
		}
	}
	who := selectOf("lede-correct-speaker", opts)
	quote := &analyzer.TextSpan{Start: q.Start, End: q.End, Text: q.Text}
	return a.correctionForm("Said by ", who, "Set speaker", func() *analyzer.Correction {
		c := &analyzer.Correction{Op: "speaker", Quote: quote}
		if id := value(who); id != "" {
			if c.Speaker = a.nameOf(id); c.Speaker == nil {
				return nil
			}
		}
		return c
	})
}

// dismissButton is a stance's Dismiss: the holder takes no side on the target.
func (a *app) dismissButton(s analyzer.ReportStance) dom.HTMLElement {
	b := h("button", "lede-link lede-dismiss", at("type", "button"),
		at("title", "Not a stance: remove it from the results (undo under Your corrections)"), "Dismiss")
	a.on(b, "click", func(dom.Event) {
		holder, target := a.nameOf(idOf(s.Holder)), a.nameOf(s.Target)
		if holder == nil || target == nil {
			a.fail("This stance cannot be dismissed: its holder or target has no mention to name it by.", "")
			return
		}
		a.correct(analyzer.Correction{Op: "dismiss", Holder: holder, Target: target})
	})
	return b
}
