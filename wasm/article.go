//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"
	"syscall/js"

	"lede/wasm/dom"

	"lede/wasm/present"
)

// annotateLimit is how much of the article (UTF-16 units) is drawn with its marks; the
// rest is plain text, so a 10 MB paste does not build a million elements. The panels
// always cover the whole text.
const annotateLimit = 100_000

// buildArticle draws the bottom section: the legend and the annotated text.
func (a *app) buildArticle() dom.HTMLElement {
	legend := h("ul", "lede-legend", at("aria-label", "Legend"))
	for _, k := range [][2]string{
		{"person", "person"}, {"org", "organisation"}, {"place", "place"}, {"other", "other name"},
		{"date", "date"}, {"quote", "quote"},
	} {
		legend.AppendChild(h("li", "lede-key lede-key-"+k[0], h("span", "lede-swatch", at("aria-hidden", "true")), k[1]))
	}
	a.article = h("div", "lede-text", at("id", a.id+"article"), at("tabindex", "0"),
		at("aria-label", "The article, annotated"))
	a.on(a.article, "mouseover", func(ev dom.Event) {
		t := ev.Underlying().Get("target")
		if t.Get("nodeType").Int() != 1 {
			return
		}
		if key := t.Call("getAttribute", "data-i"); key.Type() == js.TypeString {
			d := a.describe(key.String())
			if !t.Call("hasAttribute", "title").Bool() {
				t.Call("setAttribute", "title", d)
			}
			a.showInspector("At the pointer", d)
		}
	})
	a.artNote = h("p", "lede-muted lede-art-note")
	a.inspect = h("aside", "lede-inspector", at("aria-label", "What lede found"))
	return h("section", "lede-article", at("aria-labelledby", a.id+"article-h"),
		h("div", "lede-article-head",
			h("h2", "", at("id", a.id+"article-h"), "The article, annotated"),
			legend),
		a.artNote,
		h("div", "lede-article-body", a.article, a.inspect))
}

// renderArticle draws the text with mentions coloured by type, quotes underlined and
// dates boxed. Text goes in as text nodes only. Each mark carries only its kind and
// index (data-i); what lede found is written into its title when the pointer reaches it
// (describe), because a JS call costs microseconds and a long text has thousands of
// marks.
func (a *app) renderArticle() {
	r := a.rep
	var marks []present.Mark
	for i, q := range r.Quotes {
		marks = append(marks, present.Mark{Start: q.Start, End: q.End, Layer: present.Outer, Ref: i})
	}
	nm := len(r.Mentions)
	for i, m := range r.Mentions {
		marks = append(marks, present.Mark{Start: m.Start, End: m.End, Layer: present.Inner, Ref: i})
	}
	for i, t := range r.Timexes {
		marks = append(marks, present.Mark{Start: t.Start, End: t.End, Layer: present.Inner, Ref: nm + i})
	}
	pieces, tail := present.Layout(a.repText, marks, annotateLimit)
	frag := jsDocument.Call("createDocumentFragment")
	var quoteEl js.Value
	curOuter := -1
	for _, pc := range pieces {
		if pc.Outer != curOuter {
			curOuter = pc.Outer
			quoteEl = js.Undefined()
			if pc.Outer >= 0 {
				quoteEl = a.quoteElement(marks[pc.Outer].Ref)
				frag.Call("appendChild", quoteEl)
			}
		}
		var node js.Value
		if pc.Inner < 0 {
			node = jsDocument.Call("createTextNode", pc.Text)
		} else if ref := marks[pc.Inner].Ref; ref < nm {
			node = a.mentionElement(ref, pc.Text)
		} else {
			node = a.timexElement(ref-nm, pc.Text)
		}
		if quoteEl.IsUndefined() {
			frag.Call("appendChild", node)
		} else {
			quoteEl.Call("appendChild", node)
		}
	}
	if tail != "" {
		appendTail(frag, tail)
		a.artNote.SetTextContent(fmt.Sprintf("Marks are drawn on the first %s characters; the panels above cover the whole text.", thousands(annotateLimit)))
	} else {
		a.artNote.SetTextContent("")
	}
	clear(a.article)
	a.article.Underlying().Call("appendChild", frag)
}

// tailChunk is about how much of the unmarked tail of a long article (bytes) goes into one
// block, cut after a line break. The browser lays out only the blocks near the screen
// (content-visibility in lede.css): one text node of megabytes froze the page for
// seconds after a long analysis, while it broke the whole text into lines.
const tailChunk = 16 << 10

// appendTail appends the unmarked rest of the article: up to its first line break as
// text (it continues the last marked line), the rest in blocks cut after line breaks,
// which renders the same text the same way.
func appendTail(frag js.Value, tail string) {
	first := strings.IndexByte(tail, '\n') + 1
	if first == 0 {
		first = len(tail)
	}
	frag.Call("appendChild", jsDocument.Call("createTextNode", tail[:first]))
	for rest := tail[first:]; rest != ""; {
		n := len(rest)
		if n > tailChunk {
			if i := strings.IndexByte(rest[tailChunk:], '\n'); i >= 0 {
				n = tailChunk + i + 1
			}
		}
		chunk := jsDocument.Call("createElement", "div")
		chunk.Set("className", "lede-chunk")
		chunk.Set("textContent", rest[:n])
		// its height before the browser has measured it: lines of about 85 characters
		lines := strings.Count(rest[:n], "\n") + n/85 + 1
		chunk.Get("style").Call("setProperty", "contain-intrinsic-size", "auto "+strconv.Itoa(lines*30)+"px")
		frag.Call("appendChild", chunk)
		rest = rest[n:]
	}
}

// mark makes an article element: tag, class, data-i and (optionally) its text.
func (a *app) mark(tag, class, key, text string) js.Value {
	el := jsDocument.Call("createElement", tag)
	el.Set("className", class)
	el.Call("setAttribute", "data-i", key)
	if text != "" {
		el.Set("textContent", text)
	}
	a.marks[key] = append(a.marks[key], wrap(el))
	return el
}

func wrap(v js.Value) dom.HTMLElement {
	return dom.Wrap(v)
}

func (a *app) quoteElement(i int) js.Value {
	q := a.rep.Quotes[i]
	cls := "lede-q lede-q-" + q.Kind
	if q.Speaker == nil && q.SpeakerText == "" {
		cls += " lede-q-unattributed"
	}
	return a.mark("span", cls, q.ID, "")
}

func (a *app) mentionElement(i int, text string) js.Value {
	m := a.rep.Mentions[i]
	el := a.mark("mark", "lede-m lede-"+typeClass(m.Type), "m"+strconv.Itoa(i), text)
	if m.Actor != nil {
		a.marks[*m.Actor] = append(a.marks[*m.Actor], wrap(el))
	}
	return el
}

func (a *app) timexElement(i int, text string) js.Value {
	t := a.rep.Timexes[i]
	cls := "lede-t"
	if !t.Resolved {
		cls += " lede-t-unresolved"
	}
	return a.mark("span", cls, t.ID, text)
}

// showInspector writes beside the article what lede found for a mark or a selection;
// with no text it shows how to use it.
func (a *app) showInspector(title, what string) {
	if what == "" {
		replace(a.inspect,
			h("p", "lede-inspector-title", "What lede found"),
			h("p", "", "Point at a marked word to see what lede made of it."),
			h("p", "", "Select an actor, a quote or a date in the panels above to light it up in the text."))
		return
	}
	replace(a.inspect, h("p", "lede-inspector-title", title), h("p", "lede-inspector-what", what))
}

// describe says what lede found for an article mark (its data-i): the title shown on
// hover.
func (a *app) describe(key string) string {
	r := a.rep
	if r == nil || key == "" {
		return ""
	}
	n, _ := strconv.Atoi(key[1:])
	switch key[0] {
	case 'a':
		ac := a.actorByID(key)
		if ac == nil {
			return ""
		}
		s := ac.Name + " · " + typeLabel(ac.Type)
		if len(ac.Roles) > 0 {
			s += " · " + strings.Join(ac.Roles, ", ")
		}
		if len(ac.Aliases) > 0 {
			s += " · also " + strings.Join(ac.Aliases, ", ")
		}
		return s
	case 'm':
		if n < 0 || n >= len(r.Mentions) {
			return ""
		}
		m := r.Mentions[n]
		s := typeLabel(m.Type)
		if m.Kind != "" && m.Kind != "name" {
			s += " (" + m.Kind + ")"
		}
		if ac := a.actor(m.Actor); ac != nil {
			s += " · " + ac.Name + " · " + plural(ac.MentionCount, "mention", "mentions")
			if len(ac.Roles) > 0 {
				s += " · " + strings.Join(ac.Roles, ", ")
			}
		}
		return s
	case 'q':
		q := a.quoteByID(key)
		if q == nil {
			return ""
		}
		who := a.speakerName(*q)
		switch {
		case q.Speaker == nil && q.SpeakerText == "":
			who = "unattributed"
		case q.Inferred:
			who += " (inferred, unsure)"
		}
		s := q.Kind + " quote · speaker: " + who
		if q.Cue != "" {
			s += " · cue: " + q.Cue
		}
		return s
	case 't':
		for _, t := range r.Timexes {
			if t.ID == key {
				s := fmt.Sprintf("%s · %s (%s)", strings.ToLower(t.Type), t.Display, t.Value)
				if !t.Resolved {
					s += " · unresolved"
				}
				return s
			}
		}
	}
	return ""
}

// highlight lights the article elements of key (an actor, quote or timex id) and
// scrolls to the first; selecting the same item again turns it off.
func (a *app) highlight(key string, from dom.HTMLElement) {
	for _, el := range a.lit {
		el.Class().Remove("lede-lit")
	}
	same := a.litFrom != nil && from != nil && a.litFrom.Underlying().Equal(from.Underlying())
	if a.litFrom != nil {
		a.litFrom.SetAttribute("aria-pressed", "false")
		a.litFrom.Class().Remove("lede-active")
	}
	a.lit, a.litFrom = nil, nil
	if same || key == "" {
		a.showInspector("", "")
		return
	}
	a.lit, a.litFrom = a.marks[key], from
	if from != nil {
		if from.HasAttribute("aria-pressed") {
			from.SetAttribute("aria-pressed", "true")
		}
		from.Class().Add("lede-active")
	}
	for _, el := range a.lit {
		el.Class().Add("lede-lit")
	}
	if len(a.lit) > 0 {
		opts := map[string]any{"block": "center", "behavior": "smooth"}
		if reducedMotion() {
			opts["behavior"] = "auto"
		}
		a.lit[0].Underlying().Call("scrollIntoView", opts)
		a.say.SetTextContent(fmt.Sprintf("%s highlighted in the article.", plural(len(a.lit), "place", "places")))
	} else {
		a.say.SetTextContent("Not marked in the drawn part of the article.")
	}
	a.showInspector("Selected", a.describe(key)+" · "+plural(len(a.lit), "place", "places")+" lit in the text")
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// reducedMotion reports the reader's wish for less animation.
func reducedMotion() bool {
	mm := js.Global().Get("matchMedia")
	return mm.Type() == js.TypeFunction && js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
}
