//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"lede/wasm/dom"

	"lede/export"
)

// takeAway is one choice of the results' export bar: a format, and for CSV its table.
type takeAway struct {
	label, format, table string
	file, mime           string
}

var takeAways = []takeAway{
	{"Markdown summary", "markdown", "", "lede-report.md", "text/markdown"},
	{"CSV: actors", "csv", "actors", "lede-actors.csv", "text/csv"},
	{"CSV: quotes", "csv", "quotes", "lede-quotes.csv", "text/csv"},
	{"CSV: timeline", "csv", "timeline", "lede-timeline.csv", "text/csv"},
	{"CSV: stance", "csv", "stance", "lede-stance.csv", "text/csv"},
	{"JSON report (lede/1)", "json", "", "lede-report.json", "application/json"},
}

// buildExportBar draws the bar under the tabs that copies or downloads the last report
// in the chosen format (the same text as lede.export and `lede analyze --format`).
// Nothing leaves the browser: Copy writes the clipboard, Download a blob: URL.
func (a *app) buildExportBar() dom.HTMLElement {
	sel := h("select", "lede-export-format", at("aria-label", "Export format"))
	for i, t := range takeAways {
		sel.AppendChild(h("option", "", at("value", strconv.Itoa(i)), t.label))
	}
	copyB := h("button", "lede-export-copy", at("type", "button"), "Copy")
	downB := h("button", "lede-export-download", at("type", "button"), "Download")
	printB := h("button", "lede-export-print", at("type", "button"), "Print")
	note := h("span", "lede-export-note", at("aria-live", "polite"))
	chosen := func() takeAway {
		i, err := strconv.Atoi(sel.Underlying().Get("value").String())
		if err != nil || i < 0 || i >= len(takeAways) {
			i = 0
		}
		return takeAways[i]
	}
	a.on(copyB, "click", func(dom.Event) {
		t := chosen()
		text, ok := a.exportText(t)
		if !ok {
			return
		}
		copyText(text, func(err string) {
			if err != "" {
				note.SetTextContent("Copying failed (" + err + "); use Download.")
				return
			}
			note.SetTextContent("Copied the " + t.label + " (" + plural(len(text), "character", "characters") + ").")
		})
	})
	a.on(downB, "click", func(dom.Event) {
		t := chosen()
		if text, ok := a.exportText(t); ok {
			saveFile([]byte(text), t.file, t.mime)
			note.SetTextContent("Saved " + t.file + ".")
		}
	})
	a.on(printB, "click", func(dom.Event) { js.Global().Call("print") })
	a.exportBar = h("div", "lede-export", at("role", "group"), at("aria-label", "Take the results away"), at("hidden", ""),
		h("span", "lede-export-label", "Take away"), sel, copyB, downB, printB, note)
	return a.exportBar
}

// exportText writes the last report in one format; a failure is shown and gives false.
func (a *app) exportText(t takeAway) (string, bool) {
	if a.rep == nil {
		return "", false
	}
	var b strings.Builder
	if err := export.Write(&b, a.rep, t.format, t.table); err != nil {
		a.fail("The report could not be written: "+err.Error(), "")
		return "", false
	}
	return b.String(), true
}

// copyText writes the clipboard and calls done with "" or the reason it failed.
func copyText(text string, done func(err string)) {
	clip := js.Global().Get("navigator").Get("clipboard")
	if clip.IsUndefined() || clip.Get("writeText").Type() != js.TypeFunction {
		done("this browser gives no clipboard here")
		return
	}
	p, err := jsCall(clip, "writeText", text)
	if err != nil {
		done(err.Error())
		return
	}
	var ok, bad js.Func
	release := func() { ok.Release(); bad.Release() }
	ok = js.FuncOf(func(js.Value, []js.Value) any { release(); done(""); return nil })
	bad = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		msg := "not allowed"
		if len(args) > 0 && args[0].Type() == js.TypeObject && args[0].Get("message").Type() == js.TypeString {
			msg = args[0].Get("message").String()
		}
		done(msg)
		return nil
	})
	p.Call("then", ok, bad)
}

// saveFile offers bytes as a file to download, through a blob: URL.
func saveFile(b []byte, name, mime string) {
	g := js.Global()
	u8 := g.Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u8, b)
	blob := g.Get("Blob").New([]any{u8}, map[string]any{"type": mime + ";charset=utf-8"})
	url := g.Get("URL").Call("createObjectURL", blob)
	link := jsDocument.Call("createElement", "a")
	link.Set("href", url)
	link.Set("download", name)
	link.Call("click")
	var revoke js.Func
	revoke = js.FuncOf(func(js.Value, []js.Value) any {
		g.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	g.Call("setTimeout", revoke, 1000)
}
