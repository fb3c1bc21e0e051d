package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
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

// crowd is a story written for the test: eight office holders, each criticising the next
// and quoted once, so that the lists are long enough for a filter and the stance grid
// has eight columns.
func crowd() string {
	names := []string{"Ana Ruiz", "Tom Baker", "Lena Fischer", "Omar Haddad", "Grace Chen", "Pavel Novak", "Maria Costa", "Yuki Tanaka"}
	roles := []string{"Mayor", "Councillor", "Senator", "Governor", "Minister", "Judge", "Director", "Professor"}
	var b strings.Builder
	b.WriteString("City leaders argue over the harbour plan\n\n")
	for i, n := range names {
		last := func(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }
		next := names[(i+1)%len(names)]
		fmt.Fprintf(&b, "%s %s criticised %s on Monday, saying the harbour plan was a costly mistake. \"This plan will ruin the port,\" %s said.\n\n", roles[i], n, last(next), last(n))
	}
	return b.String()
}

// checkListsAndLanguage is a section of TestArticlePanels: the actor and quote filters,
// the stance grid on a phone, and the notice for a text that is not English.
func checkListsAndLanguage(t *testing.T, p *page) {
	p.paste(crowd())
	p.setDate("2023-07-12")
	p.analyze()

	// the actor filter: typing redraws the list only, keeps the focus and counts
	p.tab("actors")
	total := eval[int](p, `document.querySelectorAll(".lede-actors .lede-actor").length`)
	if total < 8 {
		t.Fatalf("the crowd story gave %d actors, want 8", total)
	}
	p.do(chromedp.Click(chromedp.CSS(`[data-filter="actors"]`)))
	if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: "judge"}); err != nil {
		t.Fatal(err)
	}
	names := eval[[]string](p, `[...document.querySelectorAll(".lede-actors .lede-name")].map(e => e.textContent)`)
	if len(names) != 1 || names[0] != "Pavel Novak" {
		t.Errorf("filtering actors by %q shows %q, want the judge, Pavel Novak", "judge", names)
	}
	if focus := eval[string](p, `document.activeElement.dataset.filter || ""`); focus != "actors" {
		t.Errorf("after typing the focus moved away from the filter (to %q)", focus)
	}
	if c := eval[string](p, `document.querySelector(".lede-panel-actors .lede-filter-count").textContent`); c != fmt.Sprintf("1 of %d actors match", total) {
		t.Errorf("the filter count says %q", c)
	}

	// the quote filter: every word must match, in the quote or its speaker
	p.tab("quotes")
	p.do(chromedp.Click(chromedp.CSS(`[data-filter="quotes"]`)))
	if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: "ruin tanaka"}); err != nil {
		t.Fatal(err)
	}
	quotes := eval[[]string](p, `[...document.querySelectorAll(".lede-quotes .lede-quote")].map(e => e.textContent)`)
	if len(quotes) != 1 || !strings.Contains(quotes[0], "ruin the port") || !strings.Contains(quotes[0], "Tanaka") {
		t.Errorf("filtering quotes by %q shows %q, want Tanaka's one", "ruin tanaka", quotes)
	}

	// on a phone the eight-column stance grid scrolls inside its panel; the page does not
	p.do(chromedp.EmulateViewport(360, 740))
	p.tab("stance")
	grid := eval[map[string]float64](p, `(() => { const w = document.querySelector(".lede-grid-wrap"), r = w.getBoundingClientRect();
		return {scroll: w.scrollWidth, client: w.clientWidth, right: r.right, page: document.documentElement.scrollWidth, screen: window.innerWidth} })()`)
	wide := eval[[]string](p, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 12).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))`)
	p.do(chromedp.EmulateViewport(1280, 900))
	if grid["scroll"] <= grid["client"] || grid["right"] > grid["screen"] || grid["page"] > grid["screen"] {
		t.Errorf("stance grid on a 360 px screen: %v; want it to scroll inside the screen and the page not to; wider than the screen: %q", grid, wide)
	}

	// the timeline as an editor reads it: a week by its dates; the span covers a month too
	p.paste("Mayor Ana Ruiz said in September 2016 that the work would start soon. The bridge opened in the week of 3 July 2023, city officials said on Monday.")
	p.analyze()
	if facts := eval[string](p, `document.querySelector(".lede-facts").textContent`); !strings.Contains(facts, "September 2016 – 10 July 2023") {
		t.Errorf("the overview's time span: %q, want September 2016 – 10 July 2023 (every dated event)", facts)
	}
	days := eval[[]string](p, `[...document.querySelectorAll(".lede-timeline .lede-day")].map(e => e.textContent)`)
	if !contains(days, "the week of 3 July 2023") {
		t.Errorf("the timeline reads %q, want the week as \"the week of 3 July 2023\"", days)
	}

	// a German text: a notice, no actors
	p.paste("Die Bürgermeisterin Anna Weber hat am Montag die neue Brücke über den Fluss eröffnet. Nach zehn Jahren Planung sei das Projekt endlich fertig, sagte sie vor Hunderten Zuschauern. Der Stadtrat kritisierte jedoch die hohen Kosten und die Verzögerungen beim Bau.")
	p.analyze()
	p.tab("overview")
	notice := eval[string](p, `(document.querySelector(".lede-panel-overview .lede-notice") || {}).textContent || ""`)
	if !strings.Contains(notice, "does not read as English") {
		t.Errorf("a German text shows no notice (%q)", notice)
	}
	if n := eval[string](p, `document.querySelector('.lede-tab[data-tab="actors"] .lede-count').textContent`); n != "0" {
		t.Errorf("a German text lists %s actors, want 0", n)
	}
}
