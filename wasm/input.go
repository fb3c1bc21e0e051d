//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"
	"time"

	"lede/wasm/dom"

	"lede/analyzer"
)

// buildInput draws the left column: the article box, the reference date and Analyze.
func (a *app) buildInput() dom.HTMLElement {
	a.text = dom.CreateElement("textarea")
	a.text.SetID(a.id + "text")
	a.text.SetAttribute("class", "lede-textarea")
	a.text.SetAttribute("spellcheck", "false")
	a.text.SetAttribute("placeholder", "Paste an article here: plain text, or copied straight from a news site.")
	a.text.SetAttribute("aria-describedby", a.id+"keys")

	a.date = dom.CreateElement("input")
	a.date.SetID(a.id + "date")
	a.date.SetAttribute("type", "date")
	a.date.SetAttribute("class", "lede-date")
	a.date.SetAttribute("aria-describedby", a.id+"date-note")
	a.dateNote = h("span", "lede-date-note", at("id", a.id+"date-note"))

	a.goButton = dom.CreateElement("button")
	a.goButton.SetAttribute("type", "button")
	a.goButton.SetAttribute("class", "lede-go")
	a.goButton.SetTextContent("Analyze")

	a.cancelButton = h("button", "lede-cancel", at("type", "button"), at("hidden", ""), "Cancel")
	a.elapsed = h("span", "lede-elapsed")
	a.progress = h("span", "lede-progress", at("hidden", ""),
		h("progress", "", at("aria-label", "Analyzing")), a.elapsed)
	a.workerNote = h("p", "lede-worker-note", at("hidden", ""))

	sample := h("button", "lede-link", at("type", "button"), "Try a sample article")
	clearBtn := h("button", "lede-link", at("type", "button"), "Clear")
	a.keepNote = h("p", "lede-keep-note", at("hidden", ""))

	a.on(a.goButton, "click", func(dom.Event) { a.run() })
	a.on(a.cancelButton, "click", func(dom.Event) {
		a.cancel("Analysis cancelled.")
		a.text.Focus()
	})

	a.on(a.text, "paste", a.paste)
	a.on(a.text, "input", func(dom.Event) {
		if a.text.Underlying().Get("textLength").Int() == 0 {
			a.setDate("", dateNone)
		}
		if a.rep != nil && !a.busy && a.root.GetAttribute("data-stale") != "true" {
			a.root.SetAttribute("data-stale", "true")
			a.status.SetTextContent("The text has changed: press Analyze (Ctrl+Enter) to update the results.")
		}
		a.saveSoon()
	})
	a.on(a.date, "change", func(dom.Event) {
		src := dateUser
		if a.date.Value() == "" {
			src = dateNone
		}
		a.setDate(a.date.Value(), src)
		if a.rep != nil || a.busy {
			a.run() // re-anchor the timeline on the new date
		}
	})
	a.on(sample, "click", func(dom.Event) {
		a.text.SetValue(sampleArticle)
		a.setDate(sampleDate, dateUser)
		a.saveText()
		a.run()
	})
	a.on(clearBtn, "click", func(dom.Event) {
		a.text.SetValue("")
		a.setDate("", dateNone)
		a.saveText()
		a.rep = nil
		a.renderEmpty()
		a.text.Focus()
	})

	return h("section", "lede-input", at("aria-label", "Article"),
		h("label", "lede-label", at("for", a.id+"text"), "Article"),
		a.text,
		h("div", "lede-date-row",
			h("label", "lede-label", at("for", a.id+"date"), "Published"),
			a.date,
			a.dateNote,
		),
		h("div", "lede-actions",
			a.goButton,
			a.cancelButton,
			a.progress,
			h("span", "lede-keys", at("id", a.id+"keys"), h("kbd", "", "Ctrl"), "+", h("kbd", "", "Enter"), " analyzes"),
		),
		a.workerNote,
		h("div", "lede-more-actions", sample, clearBtn),
		a.keepNote,
	)
}

// paste turns rich text (the clipboard's text/html) into plain text with the analyzer's
// HTML extraction, and takes the publication date from its metadata. Plain text is left
// to the browser.
func (a *app) paste(ev dom.Event) {
	cd := ev.Underlying().Get("clipboardData")
	if cd.IsUndefined() || cd.IsNull() {
		return
	}
	src := cd.Call("getData", "text/html").String()
	if strings.TrimSpace(src) == "" {
		a.afterPaste(true)
		return
	}
	ex := analyzer.ExtractHTML(src)
	if strings.TrimSpace(ex.Text) == "" {
		return // nothing readable in the HTML: let the browser paste its plain text
	}
	ev.PreventDefault()
	ta := a.text.Underlying()
	whole := a.replacesAll()
	start, end := ta.Get("selectionStart").Int(), ta.Get("selectionEnd").Int()
	ta.Call("setRangeText", ex.Text, start, end, "end")
	if whole {
		a.setDate("", dateNone)
	}
	if ex.Published != "" {
		a.setDate(ex.Published, dateMetadata)
	}
	a.saveText()
	a.status.SetTextContent("Pasted " + plural(len(strings.Fields(ex.Text)), "word", "words") + " from formatted text" + titleNote(ex.Title) + ".")
}

func titleNote(t string) string {
	if t == "" {
		return ""
	}
	return ` ("` + t + `")`
}

// afterPaste clears a date that belonged to the previous article when a plain-text paste
// replaces the whole text.
func (a *app) afterPaste(plain bool) {
	if plain && a.replacesAll() && a.dateFrom != dateUser {
		a.setDate("", dateNone)
	}
}

// replacesAll reports whether typing now would replace the whole text.
func (a *app) replacesAll() bool {
	ta := a.text.Underlying()
	n := ta.Get("textLength").Int() // UTF-16 units, as selectionEnd counts
	return n == 0 || (ta.Get("selectionStart").Int() == 0 && ta.Get("selectionEnd").Int() == n)
}

// setDate fills the reference date and says where it came from.
func (a *app) setDate(value string, src dateSource) {
	if value == "" {
		src = dateNone
	}
	a.date.SetValue(value)
	a.dateFrom = src
	note := map[dateSource]string{
		dateNone:     "none yet: taken from a dateline when there is one",
		dateUser:     "set by you",
		dateMetadata: "from the page's metadata",
		dateDateline: "from the dateline",
		dateSaved:    "kept from last time",
	}[src]
	a.dateNote.SetTextContent(note)
	a.dateNote.SetAttribute("data-source", dateSourceNames[src])
	if a.opts.storageKey != "" {
		a.store(".refDate", value)
		a.store(".refDateSource", dateSourceNames[src])
	}
}

// restore fills the input from the mount options or from what was kept before a reload.
// It reports whether the text came back from storage.
func (a *app) restore() (saved bool) {
	text, date, src := a.opts.text, a.opts.refDate, dateUser
	if text == "" && a.opts.storageKey != "" {
		text, date, src, saved = a.load(".text"), a.load(".refDate"), dateSaved, true
		for s, name := range dateSourceNames {
			if name == a.load(".refDateSource") && s != int(dateNone) {
				src = dateSource(s)
			}
		}
	}
	a.text.SetValue(text)
	a.setDate(date, src)
	return saved && text != ""
}

// dateSourceNames name the date sources in data-source and in storage.
var dateSourceNames = [...]string{"none", "user", "metadata", "dateline", "saved"}

// saveSoon keeps the text a moment after the last keystroke.
func (a *app) saveSoon() {
	if a.opts.storageKey == "" {
		return
	}
	if a.saveTimer != nil {
		a.saveTimer.Stop()
	}
	a.saveTimer = time.AfterFunc(400*time.Millisecond, func() { a.safely(a.saveText) })
}

// saveText keeps the text in localStorage so a reload loses nothing. A text over the
// browser's quota is not kept, and the page says so.
func (a *app) saveText() {
	if a.opts.storageKey == "" {
		return
	}
	if err := a.store(".text", a.text.Value()); err != nil {
		a.keepNote.SetTextContent("This text is too large for the browser to keep across a reload; keep your own copy.")
		a.keepNote.RemoveAttribute("hidden")
		return
	}
	a.keepNote.SetAttribute("hidden", "")
}

func (a *app) store(key, value string) error {
	ls := localStorage()
	if !ls.Truthy() {
		return nil
	}
	if value == "" {
		_, err := jsCall(ls, "removeItem", a.opts.storageKey+key)
		return err
	}
	_, err := jsCall(ls, "setItem", a.opts.storageKey+key, value)
	if err != nil {
		jsCall(ls, "removeItem", a.opts.storageKey+key) // never restore a stale text
	}
	return err
}

func (a *app) load(key string) string {
	ls := localStorage()
	if !ls.Truthy() {
		return ""
	}
	v, err := jsCall(ls, "getItem", a.opts.storageKey+key)
	if err != nil || v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// localStorage is window.localStorage, or undefined where it is denied (a sandboxed
// frame throws on access).
func localStorage() (ls js.Value) {
	defer func() {
		if recover() != nil {
			ls = js.Undefined()
		}
	}()
	return js.Global().Get("localStorage")
}
