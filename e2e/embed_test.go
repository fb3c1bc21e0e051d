package e2e

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lede/web"
)

// hostileCSS is a host page that styles everything it can reach, with !important: the
// app inside <lede-analyzer> must look as it does on its own page.
const hostileCSS = `* { color: rgb(255, 0, 0) !important; font-size: 40px !important; letter-spacing: 6px !important;
  text-transform: uppercase !important; line-height: 3 !important; font-family: monospace !important; }
div, section, textarea, button, p { display: none !important; }
.lede, .lede-main, .lede-results, .lede-textarea, .lede-go { display: none !important; background: lime !important; }
`

// embedPage holds three elements, one per way of giving the text: light-DOM markup, the
// text attribute (in the sidebar layout) and, later, the text property.
const embedPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="stylesheet" href="/t/hostile.css">
<script type="module" src="/t/embed.js"></script>
</head><body>
<lede-analyzer id="light" ref-date="2023-06-28"><p>Harbour Minister Clara Voss said on Monday that the government would pause the dredging plan.</p>
<p>"We will not gamble with the estuary," Voss told reporters in Dunmore.</p></lede-analyzer>
<lede-analyzer id="attr" layout="sidebar" ref-date="2023-06-28" text="Dr. Ann Lee of the Harbour Board spoke on Monday."></lede-analyzer>
<div id="plain"></div>
</body></html>`

// embedJS records every lede-analyzed and lede-error event, then loads the module with
// the wasm at a URL of its own (not beside the module).
const embedJS = `window.events = [];
for (const type of ["lede-analyzed", "lede-error"]) {
  document.addEventListener(type, (e) => window.events.push({type, id: e.target.id,
    schema: (e.detail && e.detail.schema) || "", words: e.detail && e.detail.stats ? e.detail.stats.words : -1,
    paragraphs: e.detail && e.detail.stats ? e.detail.stats.paragraphs : -1, refDate: (e.detail && e.detail.refDate) || "",
    actors: e.detail && e.detail.actors ? e.detail.actors.map((a) => a.name) : [], message: (e.detail && e.detail.message) || ""}));
}
import {load} from "/lede.mjs";
window.loaded = load({wasmURL: "/assets/analyzer.wasm"}).then((l) => { window.L = l; return Object.keys(l).sort().join(","); });
`

type event struct {
	Type, ID, Schema, RefDate, Message string
	Words, Paragraphs                  int
	Actors                             []string
}

// embedSite is a scratch folder with the files a site copies (links to web/'s) and the
// wasm moved to assets/, served under the page's own Content-Security-Policy.
func embedSite(t *testing.T) *server {
	t.Helper()
	webDir, err := filepath.Abs(filepath.Join("..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = os.Stat(filepath.Join(webDir, "lede.wasm"))
	need(t, err == nil, "no web/lede.wasm: build it with `make dist`")
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "assets"), 0o755)
	for _, f := range []string{"lede.mjs", "lede.js", "lede-worker.js", "wasm_exec.js", "lede.css"} {
		if err := os.Symlink(filepath.Join(webDir, f), filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(webDir, "lede.wasm"), filepath.Join(dir, "assets", "analyzer.wasm")); err != nil {
		t.Fatal(err)
	}
	return fileServer(t, dir, http.Header{"Content-Security-Policy": {web.CSP}}, map[string]string{
		"/t/embed.html": embedPage, "/t/embed.js": embedJS, "/t/hostile.css": hostileCSS,
	})
}

func (p *page) events() []event { return eval[[]event](p, `window.events`) }

func (p *page) waitEvents(n int) []event {
	p.t.Helper()
	p.waitFor(`window.events && window.events.length >= `+strconv.Itoa(n), 60*time.Second)
	return p.events()
}

func lastFor(evs []event, id string) *event {
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].ID == id {
			return &evs[i]
		}
	}
	return nil
}

// TestModuleAndElement: lede.mjs loads the analyzer with the wasm at another URL and
// gives the whole API; <lede-analyzer> takes its text from markup, an attribute and a
// property, reports each analysis as an event, reports a bad date as lede-error, keeps
// hostile host CSS out, and nothing is fetched after load, not even for a new element.
func TestModuleAndElement(t *testing.T) {
	srv := embedSite(t)
	p := newTab(t, srv.URL)
	p.do(chromedp.Navigate(srv.URL + "/t/embed.html"))
	if keys := eval[string](p, `window.loaded`); keys != "analyze,analyzeAsync,export,extractHTML,mount,version,worker" {
		t.Errorf("load() gave an API with %q", keys)
	}
	p.waitFor(`window.events.filter((e) => e.type === "lede-analyzed").length >= 2`, 60*time.Second)
	evs := p.events()

	section(t, "element: light-DOM markup", func() {
		e := lastFor(evs, "light")
		if e == nil || e.Type != "lede-analyzed" {
			t.Fatalf("no lede-analyzed from the element with markup: %+v", evs)
		}
		if e.Schema != "lede/1" || e.RefDate != "2023-06-28" || e.Paragraphs != 2 || !contains(e.Actors, "Clara Voss") {
			t.Errorf("the markup element's report: %+v, want lede/1, the ref-date, two paragraphs, Clara Voss", *e)
		}
		want := eval[[]string](p, `L.analyze(document.getElementById("light").text, {refDate: "2023-06-28"}).actors.map((a) => a.name)`)
		if strings.Join(want, "|") != strings.Join(e.Actors, "|") {
			t.Errorf("the element found actors %q, lede.analyze on its text %q", e.Actors, want)
		}
	})
	section(t, "element: light-DOM edits", func() {
		n := len(p.events())
		eval[bool](p, `(() => { const p = document.createElement("p");
			p.textContent = "Officials from the Coastal Trade Authority met ministry staff the next day.";
			document.getElementById("light").appendChild(p); return true })()`)
		evs := p.waitEvents(n + 1)
		if e := evs[len(evs)-1]; e.ID != "light" || e.Paragraphs != 3 || !contains(e.Actors, "Coastal Trade Authority") {
			t.Errorf("after a paragraph was added to the markup: %+v, want three paragraphs and the new organisation", e)
		}
	})
	section(t, "element: text attribute, sidebar layout", func() {
		e := lastFor(evs, "attr")
		if e == nil || !contains(e.Actors, "Ann Lee") {
			t.Fatalf("the text attribute's analysis: %+v", e)
		}
		hidden := eval[string](p, `(() => { const r = document.getElementById("attr").shadowRoot;
			return [".lede-textarea", ".lede-article", ".lede-results"].map((s) => getComputedStyle(r.querySelector(s)).display).join(" ") })()`)
		if hidden != "none none flex" {
			t.Errorf("sidebar layout: text box, article, results display %q, want none none flex", hidden)
		}
	})

	section(t, "hostile host CSS", func() {
		// the same CSS does reach an app mounted in the light DOM: the test can fail
		light := eval[string](p, `(() => { const c = L.mount(document.getElementById("plain"), {storageKey: false});
			return getComputedStyle(document.querySelector("#plain .lede")).color })()`)
		if light != "rgb(255, 0, 0)" {
			t.Errorf("the hostile CSS does not reach even a light-DOM app (color %s): the test is not testing", light)
		}
		got := eval[map[string]string](p, `(() => { const r = document.getElementById("light").shadowRoot;
			const s = getComputedStyle(r.querySelector(".lede")), go = r.querySelector(".lede-go");
			return {color: s.color, size: s.fontSize, spacing: s.letterSpacing, transform: s.textTransform,
				family: s.fontFamily.includes("monospace") ? "monospace" : "own",
				main: getComputedStyle(r.querySelector(".lede-main")).display, text: getComputedStyle(r.querySelector(".lede-textarea")).display,
				button: go.getBoundingClientRect().height > 20 ? "shown" : "hidden", buttonSize: getComputedStyle(go).fontSize} })()`)
		want := map[string]string{"size": "15px", "spacing": "normal", "transform": "none", "family": "own", "main": "grid", "text": "block", "button": "shown", "buttonSize": "15px"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("inside the shadow root %s = %q, want %q (all: %v)", k, got[k], v, got)
			}
		}
		if got["color"] == "rgb(255, 0, 0)" {
			t.Errorf("the host's color reaches into the shadow root")
		}
	})

	before := p.sentCount()
	section(t, "element: text property, events, errors", func() {
		n := len(p.events())
		eval[bool](p, `(() => { const el = document.getElementById("attr"); el.text = "Mayor Ana Ruiz opened the bridge on Monday."; return true })()`)
		evs := p.waitEvents(n + 1)
		if e := evs[len(evs)-1]; e.ID != "attr" || e.Type != "lede-analyzed" || !contains(e.Actors, "Ana Ruiz") || contains(e.Actors, "Ann Lee") {
			t.Errorf("after el.text = …: %+v, want a lede-analyzed with Ana Ruiz", e)
		}
		if got := eval[string](p, `document.getElementById("attr").report.actors.map((a) => a.name).join("|")`); !strings.Contains(got, "Ana Ruiz") {
			t.Errorf("el.report after el.text: %q", got)
		}
		r := eval[[]string](p, `document.getElementById("attr").analyze().then((r) => [r.schema, r.refDate])`)
		if len(r) != 2 || r[0] != "lede/1" || r[1] != "2023-06-28" {
			t.Errorf("el.analyze() resolved with %q", r)
		}
		n = len(p.events())
		eval[bool](p, `(document.getElementById("attr").setAttribute("ref-date", "12 July"), true)`)
		evs = p.waitEvents(n + 1)
		if e := evs[len(evs)-1]; e.Type != "lede-error" || e.ID != "attr" || !strings.Contains(e.Message, "ref-date") {
			t.Errorf("a bad ref-date gave %+v, want lede-error about ref-date", e)
		}
		msg := eval[string](p, `document.getElementById("attr").analyze().then(() => "resolved", (e) => e.message)`)
		if !strings.Contains(msg, "YYYY-MM-DD") {
			t.Errorf("el.analyze() with a bad ref-date: %q", msg)
		}
		// an element made after load fetches nothing (its styles were read during load)
		n = len(p.events())
		eval[bool](p, `(() => { const el = document.createElement("lede-analyzer"); el.id = "late";
			el.text = "Officials from the Coastal Trade Authority met on Tuesday."; document.body.appendChild(el); return true })()`)
		evs = p.waitEvents(n + 1)
		if e := lastFor(evs, "late"); e == nil || e.Type != "lede-analyzed" {
			t.Errorf("an element made after load: %+v", evs[n:])
		}
	})

	section(t, "element: a failed analysis", func() {
		// the new element's app gets a worker client that fails every job, as the analyzer
		// does on input it refuses: the app says so and the element reports lede-error
		n := len(p.events())
		eval[bool](p, `(() => { const pool = lede._pool, client = pool.client;
			pool.client = function () { pool.client = client;
				return {run() { return Promise.reject(new Error("refused by the test")); }, cancel() {}}; };
			const el = document.createElement("lede-analyzer"); el.id = "failing";
			el.text = "Some text."; document.body.appendChild(el); return true })()`)
		evs := p.waitEvents(n + 1)
		if e := lastFor(evs, "failing"); e == nil || e.Type != "lede-error" || !strings.Contains(e.Message, "refused by the test") {
			t.Errorf("a failed analysis gave %+v, want lede-error with the analyzer's message", evs[n:])
		}
		msg := eval[string](p, `document.getElementById("failing").analyze().then(() => "resolved", (e) => e.message)`)
		if !strings.Contains(msg, "refused by the test") {
			t.Errorf("el.analyze() after a failure: %q", msg)
		}
	})

	section(t, "module API", func() {
		type out struct {
			Words, AsyncWords, Paragraphs int
			Mount, Empty, Markdown, JSON  string
			Title, BadExport              string
		}
		o := eval[out](p, `(async () => {
			const text = "Harbour Minister Clara Voss said on Monday that the plan would pause. \"We will not gamble,\" Voss said.";
			const r = L.analyze(text, {refDate: "2023-06-28"});
			const a = await L.analyzeAsync(text, {refDate: "2023-06-28"});
			const d = document.createElement("section"); document.body.appendChild(d);
			const c = L.mount(d, {storageKey: false, header: false});
			c.setText(text, "2023-06-28");
			const m = await c.analyze();
			c.setText("");
			const empty = await c.analyze().then(() => "resolved", (e) => e.message);
			let bad = "no error"; try { L.export({}, "markdown") } catch (e) { bad = e.message }
			return {words: r.stats.words, asyncWords: a.stats.words, paragraphs: r.stats.paragraphs,
				mount: m.schema + " " + m.actors.map((x) => x.name).join("|"), empty,
				markdown: L.export(r, "markdown"), json: JSON.parse(L.export(r)).schema,
				title: L.extractHTML("<title>T</title><p>Body.</p>").title, badExport: bad};
		})()`)
		if o.Words < 15 || o.AsyncWords != o.Words {
			t.Errorf("analyze gave %d words, analyzeAsync %d", o.Words, o.AsyncWords)
		}
		if !strings.HasPrefix(o.Mount, "lede/1 ") || !strings.Contains(o.Mount, "Clara Voss") {
			t.Errorf("mount(...).analyze() resolved with %q", o.Mount)
		}
		if !strings.Contains(o.Empty, "nothing to analyze") {
			t.Errorf("mount(...).analyze() on an empty text: %q", o.Empty)
		}
		if !strings.Contains(o.Markdown, "## Actors") || !strings.Contains(o.Markdown, "| Clara Voss |") || o.JSON != "lede/1" {
			t.Errorf("export: markdown %.200q, json schema %q", o.Markdown, o.JSON)
		}
		if !strings.Contains(o.BadExport, "lede/1 report") {
			t.Errorf("export of a non-report: %q", o.BadExport)
		}
		if o.Title != "T" {
			t.Errorf("extractHTML title %q", o.Title)
		}
	})
	time.Sleep(300 * time.Millisecond)
	if sent := p.sentSince(before); len(sent) > 0 {
		t.Errorf("the page sent requests after load: %q", sent)
	}
	if len(p.foreign) > 0 {
		t.Errorf("requests to other origins: %q", p.foreign)
	}
}
