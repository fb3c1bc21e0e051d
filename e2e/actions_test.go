package e2e

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// js quotes a Go string as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// paste puts plain text into the article box as a user's paste does, replacing what is
// there: a paste event whose clipboard holds text/plain, then (as the browser does when
// the page lets it) the insertion, as trusted input.
func (p *page) paste(text string) {
	p.t.Helper()
	prevented := eval[bool](p, `(() => {
		const t = document.querySelector(".lede-textarea");
		t.focus(); t.select();
		const dt = new DataTransfer();
		dt.setData("text/plain", `+js(text)+`);
		return !t.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`)
	if prevented {
		p.t.Fatalf("the page took over a plain-text paste")
	}
	if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		p.t.Fatalf("inserting text: %v", err)
	}
}

// pasteHTML fires a paste event whose clipboard holds rich text, as a copy from a web
// page does.
func (p *page) pasteHTML(html, plain string) {
	p.t.Helper()
	eval[chromedp.Void](p, `(() => {
		const t = document.querySelector(".lede-textarea");
		t.focus(); t.select();
		const dt = new DataTransfer();
		dt.setData("text/html", `+js(html)+`);
		dt.setData("text/plain", `+js(plain)+`);
		t.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`)
}

// setDate types a reference date into the date field (as a change event).
func (p *page) setDate(d string) {
	p.t.Helper()
	eval[chromedp.Void](p, `(() => { const d = document.querySelector(".lede-date");
		d.value = `+js(d)+`; d.dispatchEvent(new Event("change", {bubbles: true})); })()`)
}

func (p *page) runs() int {
	s := eval[string](p, `document.querySelector(".lede").dataset.runs || "0"`)
	n, _ := strconv.Atoi(s)
	return n
}

// waitRun waits until more than before analyses have finished.
func (p *page) waitRun(before int, timeout time.Duration) {
	p.t.Helper()
	p.waitFor(`Number(document.querySelector(".lede").dataset.runs || 0) > `+strconv.Itoa(before), timeout)
}

// analyze clicks Analyze and waits for the result.
func (p *page) analyze() {
	p.t.Helper()
	n := p.runs()
	p.do(chromedp.Click(chromedp.CSS(".lede-go")))
	p.waitRun(n, 30*time.Second)
}

// tab selects a results tab by its key (overview, actors, quotes, timeline, stance).
func (p *page) tab(key string) {
	p.t.Helper()
	p.do(chromedp.Click(chromedp.CSS(`.lede-tab[data-tab="` + key + `"]`)))
}

type actorRow struct {
	Name, Type, Aliases, Count string
	Roles                      []string
}

func (p *page) actors() []actorRow {
	return eval[[]actorRow](p, `[...document.querySelectorAll(".lede-actor")].map(b => ({
		Name: b.querySelector(".lede-name").textContent,
		Type: b.querySelector(".lede-type").textContent,
		Roles: [...b.querySelectorAll(".lede-role")].map(r => r.textContent),
		Aliases: (b.querySelector(".lede-aliases") || {}).textContent || "",
		Count: b.querySelector(".lede-mcount").textContent,
	}))`)
}

type quoteRow struct {
	Text, Kind, Speaker, Cue string
	Unattributed, Inferred   bool
}

func (p *page) quotes() []quoteRow {
	return eval[[]quoteRow](p, `[...document.querySelectorAll(".lede-quote")].map(q => ({
		Text: q.querySelector("blockquote").textContent,
		Kind: q.querySelector(".lede-badge").textContent,
		Speaker: (q.querySelector(".lede-speaker") || {}).textContent || "",
		Cue: (q.querySelector(".lede-cue") || {}).textContent || "",
		Unattributed: q.classList.contains("lede-unattributed"),
		Inferred: q.classList.contains("lede-inferred"),
	}))`)
}

type eventRow struct {
	Day, Value, Expr, Text string
	Unsure                 bool
}

func (p *page) timeline() []eventRow {
	return eval[[]eventRow](p, `[...document.querySelectorAll(".lede-event")].map(e => ({
		Day: e.querySelector(".lede-day").textContent,
		Value: e.querySelector(".lede-value").textContent,
		Expr: e.querySelector(".lede-expr").textContent,
		Text: e.querySelector(".lede-event-text").textContent,
		Unsure: e.classList.contains("lede-unsure"),
	}))`)
}

type stanceRow struct {
	Holder, Target, Label string
	Evidence              []string
}

func (p *page) stance() []stanceRow {
	return eval[[]stanceRow](p, `[...document.querySelectorAll(".lede-edge")].map(e => {
		const head = e.querySelector(".lede-edge-head");
		const names = [...head.children].filter(c => c.classList.contains("lede-chip") || c.classList.contains("lede-holder"));
		return {
			Holder: names[0] ? names[0].textContent : "",
			Target: names[1] ? names[1].textContent : "",
			Label: head.querySelector(".lede-stance-label").textContent,
			Evidence: [...e.querySelectorAll(".lede-evidence-quote")].map(b => b.textContent),
		};
	})`)
}
