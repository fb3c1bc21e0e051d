package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// checkTakeAway is a section of TestArticlePanels (its page holds the analysed article):
// Copy and Download give the text lede.export gives, the JS API's formats and errors,
// the print stylesheet prints the results and the article but not the form, and on a
// phone's width every tab is in view.
func checkTakeAway(t *testing.T, p *page) {
	report := `lede.analyze(` + js(article) + `, {refDate: ` + js(refDate) + `})`
	// Copy: the clipboard is replaced by a recorder (headless Chromium grants no clipboard)
	eval[bool](p, `Object.defineProperty(navigator.clipboard, "writeText", {configurable: true, value: (s) => { window.__copied = s; return Promise.resolve() }}), true`)
	p.choose(".lede-export-format", "0")
	p.do(chromedp.Click(chromedp.CSS(".lede-export-copy")))
	p.waitFor(`typeof window.__copied === "string"`, 5*time.Second)
	md := eval[string](p, `lede.export(`+report+`, "markdown")`)
	if got := eval[string](p, `window.__copied`); got != md || !strings.Contains(md, "## Quotes (") {
		t.Errorf("Copy (Markdown) put %.200q on the clipboard, want lede.export's %.200q", got, md)
	}
	if note := eval[string](p, `document.querySelector(".lede-export-note").textContent`); !strings.Contains(note, "Copied the Markdown") {
		t.Errorf("after Copy the bar says %q", note)
	}

	// Download: the blob handed to URL.createObjectURL holds lede.export's CSV
	eval[bool](p, `(() => { const make = URL.createObjectURL; URL.createObjectURL = (b) => { window.__blob = b; return make(b) }; return true })()`)
	p.choose(".lede-export-format", "2")
	p.do(chromedp.Click(chromedp.CSS(".lede-export-download")))
	p.waitFor(`!!window.__blob`, 5*time.Second)
	csv := eval[string](p, `lede.export(`+report+`, "csv", "quotes")`)
	if got := eval[string](p, `window.__blob.text()`); got != csv || !strings.HasPrefix(csv, "id,kind,speaker_id,") || strings.Count(csv, "\n") < 3 {
		t.Errorf("Download (CSV quotes) saved %.200q, want lede.export's %.200q", got, csv)
	}
	if typ := eval[string](p, `window.__blob.type`); typ != "text/csv;charset=utf-8" {
		t.Errorf("the CSV blob's type is %q", typ)
	}
	for call, want := range map[string]string{
		`lede.export(` + report + `, "csv")`:                "needs a table",
		`lede.export(` + report + `, "csv", "people")`:      `unknown table "people"`,
		`lede.export(` + report + `, "xml")`:                `unknown format "xml"`,
		`lede.export({schema: ""}, "markdown")`:             "lede/1 report",
		`lede.export(` + report + `, "markdown", "actors")`: "only for the csv format",
	} {
		msg := eval[string](p, `(() => { try { lede.export`+strings.TrimPrefix(call, "lede.export")+`; return "no error" } catch (e) { return e.message } })()`)
		if !strings.Contains(msg, want) {
			t.Errorf("%.60s... threw %q, want %q", call, msg, want)
		}
	}

	// print: the results, every panel, and the annotated article; not the form or the tabs
	p.media("print")
	shown := eval[map[string]bool](p, `(() => { const vis = (s) => [...document.querySelectorAll(s)].length > 0 && [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display !== "none" && e.getClientRects().length > 0);
		return {input: vis(".lede-input"), tabs: vis(".lede-tabs"), bar: vis(".lede-export"), panels: vis(".lede-panel"), article: vis(".lede-text")} })()`)
	p.media("")
	if shown["input"] || shown["tabs"] || shown["bar"] || !shown["panels"] || !shown["article"] {
		t.Errorf("in print: %v; want the panels and the article, not the input, tabs or export bar", shown)
	}

	// a phone: every tab lies inside the screen's width
	p.do(chromedp.EmulateViewport(360, 740))
	out := eval[[]string](p, `[...document.querySelectorAll(".lede-tab")].filter(b => { const r = b.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth }).map(b => b.textContent)`)
	p.do(chromedp.EmulateViewport(1280, 900))
	if len(out) > 0 {
		t.Errorf("on a 360 px screen these tabs lie outside it: %q", out)
	}
}

// choose picks an option of a <select> as a person does: the value, then a change event.
func (p *page) choose(selector, value string) {
	p.t.Helper()
	eval[bool](p, `(() => { const s = document.querySelector(`+js(selector)+`); s.value = `+js(value)+`; s.dispatchEvent(new Event("change", {bubbles: true})); return s.value === `+js(value)+` })()`)
}

// media emulates a CSS media type ("print"; "" for the screen again).
func (p *page) media(m string) {
	p.t.Helper()
	p.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
		return err
	}))
}
