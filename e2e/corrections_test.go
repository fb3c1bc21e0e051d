package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// correctFrom opens the Correct menu (a <details>) of the result row that holds text
// in its selector's element, sets the form's <select> or <input> to value (when not
// ""), and presses the form's button; then waits for the analysis it starts.
func (p *page) correctFrom(row, text, button, value string) {
	p.t.Helper()
	n := p.runs()
	got := eval[string](p, `(async () => {
		const row = [...document.querySelectorAll(`+js(row)+`)].find(r => r.querySelector(".lede-name") ? r.querySelector(".lede-name").textContent === `+js(text)+` : r.textContent.includes(`+js(text)+`));
		if (!row) return "no row with " + `+js(text)+`;
		const menu = row.querySelector("details.lede-correct");
		if (!menu) return "no Correct menu";
		if (!menu.open) menu.querySelector("summary").click();
		for (let i = 0; i < 50 && !menu.querySelector("form"); i++) await new Promise(r => setTimeout(r, 20));
		const b = [...menu.querySelectorAll("button")].find(b => b.textContent === `+js(button)+`);
		if (!b) return "no button " + `+js(button)+`;
		const field = b.form.querySelector("select, input");
		if (`+js(value)+` !== "") {
			if (field.tagName === "SELECT" && ![...field.options].some(o => o.value === `+js(value)+`)) return "no option " + `+js(value)+`;
			field.value = `+js(value)+`;
		}
		b.click();
		return "";
	})()`)
	if got != "" {
		p.t.Fatalf("correcting %q (%s): %s", text, button, got)
	}
	p.waitRun(n, 30*time.Second)
}

// actorID is the report's id of the actor named name.
func (p *page) actorID(name string) string {
	return eval[string](p, `([...document.querySelectorAll(".lede-actor")].find(b => b.querySelector(".lede-name").textContent === `+js(name)+`) || {dataset: {}}).dataset.actor || ""`)
}

func (p *page) correctionsListed() []string {
	return eval[[]string](p, `[...document.querySelectorAll(".lede-correction")].map(li => li.querySelector(".lede-correction-what").textContent + " | " + li.querySelector(".lede-correction-state").textContent)`)
}

// TestCorrections is an editor's session: every correction made from the panels shows
// in the results and in the list of corrections, survives a reload, is undone by Undo
// and Remove, and goes out with the exports; the JS API takes the same corrections.
func TestCorrections(t *testing.T) {
	p := open(t)
	p.paste(article)
	p.setDate(refDate)
	p.analyze()
	if n := eval[int](p, `document.querySelectorAll(".lede-correction").length`); n != 0 {
		t.Fatalf("a fresh article lists %d corrections", n)
	}

	p.tab("actors")
	p.correctFrom(".lede-actor-row", "Dunmore", "Change type", "ORG")
	if a := actorByName(p.actors(), "Dunmore"); a == nil || a.Type != "organisation" {
		t.Errorf("after the retype Dunmore is %+v, want an organisation", a)
	}
	p.correctFrom(".lede-actor-row", "Clara Voss", "Rename", "Clara Voss MP")
	if actorByName(p.actors(), "Clara Voss MP") == nil || eval[int](p, `document.querySelectorAll(".lede-actor .lede-flag-corrected").length`) != 2 {
		t.Errorf("after the rename: %+v (want Clara Voss MP, two actors flagged corrected)", p.actors())
	}
	// split the last "CTA" off the authority, then merge it back by the menu's Same as
	before := len(p.actors())
	p.correctFrom(".lede-actor-row", "Coastal Trade Authority", "Split off", "4")
	if n := len(p.actors()); n != before+1 || actorByName(p.actors(), "CTA") == nil {
		t.Fatalf("after the split %d actors (want %d, one named CTA): %+v", n, before+1, p.actors())
	}
	p.correctFrom(".lede-actor-row", "CTA", "Merge", p.actorID("Coastal Trade Authority"))
	if n := len(p.actors()); n != before {
		t.Errorf("after the merge %d actors, want %d again", n, before)
	}

	p.tab("quotes")
	p.correctFrom(".lede-quote", "the authority would appeal", "Set speaker", "")
	var appeal *quoteRow
	for _, q := range p.quotes() {
		if strings.Contains(q.Text, "the authority would appeal") {
			appeal = &q
		}
	}
	if appeal == nil || !appeal.Unattributed {
		t.Errorf("the quote given no speaker is %+v", appeal)
	}

	p.tab("stance")
	edges := len(p.stance())
	if edges == 0 {
		t.Fatalf("the article has no stance edge to dismiss")
	}
	n := p.runs()
	p.do(chromedp.Click(chromedp.CSS(".lede-edge .lede-dismiss")))
	p.waitRun(n, 30*time.Second)
	if got := len(p.stance()); got != edges-1 {
		t.Errorf("after Dismiss %d stance edges, want %d", got, edges-1)
	}
	listed := p.correctionsListed()
	if len(listed) != 6 || strings.Contains(strings.Join(listed, "\n"), "not applied") {
		t.Errorf("corrections listed:\n%s\nwant six, all applied", strings.Join(listed, "\n"))
	}

	// a reload brings the text back analysed with its corrections
	p.do(chromedp.Reload())
	p.waitReady()
	p.waitFor(`Number(document.querySelector(".lede").dataset.runs || 0) >= 1`, 30*time.Second)
	if got := p.correctionsListed(); len(got) != 6 {
		t.Errorf("after a reload %d corrections listed, want 6: %q", len(got), got)
	}
	if actorByName(p.actors(), "Clara Voss MP") == nil || len(p.stance()) != edges-1 {
		t.Errorf("after a reload the corrections are not applied: %+v, %d stance edges", p.actors(), len(p.stance()))
	}

	// Undo takes the dismissal back; Remove takes the retype away
	n = p.runs()
	p.do(chromedp.Click(chromedp.CSS(".lede-corrections-undo")))
	p.waitRun(n, 30*time.Second)
	if got := len(p.stance()); got != edges {
		t.Errorf("after Undo %d stance edges, want %d", got, edges)
	}
	n = p.runs()
	eval[bool](p, `(document.querySelector('.lede-correction[data-op="retype"] .lede-correction-remove').click(), true)`)
	p.waitRun(n, 30*time.Second)
	if a := actorByName(p.actors(), "Dunmore"); a == nil || a.Type != "place" {
		t.Errorf("after Remove Dunmore is %+v, want a place again", a)
	}
	if got := p.correctionsListed(); len(got) != 4 {
		t.Errorf("%d corrections listed, want 4: %q", len(got), got)
	}

	// the exports carry them: the JSON report lists them, the Markdown says so
	eval[bool](p, `(() => { const make = URL.createObjectURL; URL.createObjectURL = (b) => { window.__blob = b; return make(b) }; return true })()`)
	p.choose(".lede-export-format", "5")
	p.do(chromedp.Click(chromedp.CSS(".lede-export-download")))
	p.waitFor(`!!window.__blob`, 5*time.Second)
	var exported struct {
		Corrections struct {
			List    []map[string]any
			Applied int
		}
	}
	if err := json.Unmarshal([]byte(eval[string](p, `window.__blob.text()`)), &exported); err != nil {
		t.Fatal(err)
	}
	if len(exported.Corrections.List) != 4 || exported.Corrections.Applied != 4 {
		t.Errorf("the exported JSON carries corrections %+v, want 4 applied", exported.Corrections)
	}
	eval[bool](p, `Object.defineProperty(navigator.clipboard, "writeText", {configurable: true, value: (s) => { window.__copied = s; return Promise.resolve() }}), true`)
	p.choose(".lede-export-format", "0")
	p.do(chromedp.Click(chromedp.CSS(".lede-export-copy")))
	p.waitFor(`typeof window.__copied === "string"`, 5*time.Second)
	if md := eval[string](p, `window.__copied`); !strings.Contains(md, "## Corrections (4)\n\n4 applied by an editor.") || !strings.Contains(md, "Clara Voss MP (corrected)") {
		t.Errorf("the Markdown export does not carry the corrections:\n%s", md)
	}

	// the JS API: the same corrections, and a clear error for a broken one
	start := strings.Index(article, "Dunmore")
	fix := `[{op: "retype", mention: {start: ` + itoa(start) + `, end: ` + itoa(start+7) + `, text: "Dunmore"}, type: "ORG"}]`
	if got := eval[string](p, `(() => { const r = lede.analyze(`+js(article)+`, {refDate: `+js(refDate)+`, corrections: `+fix+`});
		return r.corrections.applied + " " + r.actors.find(a => a.name === "Dunmore").type })()`); got != "1 ORG" {
		t.Errorf("lede.analyze with corrections: %q, want 1 ORG", got)
	}
	for call, want := range map[string]string{
		`{corrections: [{op: "recolour"}]}`:          `corrections[0] (recolour): unknown op "recolour"`,
		`{corrections: [{op: "split"}]}`:             `corrections[0] (split): needs "mention"`,
		`{corrections: {op: "split"}}`:               "corrections must be an array",
		`{corrections: [{op: "split", mention: 5}]}`: "corrections[0]: cannot unmarshal number",
	} {
		msg := eval[string](p, `(() => { try { lede.analyze(`+js(article)+`, `+call+`); return "no error" } catch (e) { return e.message } })()`)
		if !strings.Contains(msg, want) {
			t.Errorf("lede.analyze(text, %s) threw %q, want %q", call, msg, want)
		}
	}
	section(t, "mount", func() { checkMountCorrections(t, p, fix) })
	section(t, "element", func() { checkElementCorrections(t, p, fix) })
	section(t, "edits", func() { checkCorrectionsFollowTheText(t, p, 4) })
}

// checkCorrectionsFollowTheText is a section of TestCorrections: an edited article
// keeps its corrections, another article has none of them, and the first one, pasted
// again, has its own back (kept under its text).
func checkCorrectionsFollowTheText(t *testing.T, p *page, want int) {
	p.paste(article + "\n\nThe minister did not reply.")
	p.analyze()
	if got := p.correctionsListed(); len(got) != want || strings.Contains(strings.Join(got, "\n"), "not applied") {
		t.Errorf("the edited article lists %d corrections, want %d applied: %q", len(got), want, got)
	}
	p.paste("Mayor Ana Ruiz opened the bridge on Monday. \"It took ten years,\" Ruiz said.")
	p.analyze()
	if got := p.correctionsListed(); len(got) != 0 {
		t.Errorf("another article lists the first one's corrections: %q", got)
	}
	p.paste(article)
	p.analyze()
	if got := p.correctionsListed(); len(got) != want {
		t.Errorf("the article pasted again lists %d corrections, want its %d: %q", len(got), want, got)
	}
}

// checkMountCorrections is a section of TestCorrections: an embedder gives corrections
// to lede.mount, reads them back from the controller and replaces them.
func checkMountCorrections(t *testing.T, p *page, fix string) {
	got := eval[string](p, `(async () => {
		const el = document.createElement("div"); document.body.appendChild(el);
		const app = lede.mount(el, {storageKey: false, header: false, text: `+js(article)+`, refDate: `+js(refDate)+`, corrections: `+fix+`});
		const r = await app.analyze();
		const first = r.corrections.applied + " " + app.corrections().length + " " + app.corrections()[0].op;
		let threw = "no error";
		try { app.setCorrections([{op: "nope"}]) } catch (e) { threw = e.message }
		app.setCorrections([]);
		const r2 = await app.analyze();
		el.remove();
		return first + " | " + threw + " | " + ("corrections" in r2) + " " + app.corrections().length;
	})()`)
	want := `1 1 retype | setCorrections: corrections[0] (nope): unknown op "nope" (known: rename, retype, merge, split, speaker, dismiss) | false 0`
	if got != want {
		t.Errorf("the mounted app's corrections:\n got %s\nwant %s", got, want)
	}
}

// checkElementCorrections is a section of TestCorrections: <lede-analyzer>'s corrections
// property, given with the text, is applied with it; a broken list is a lede-error.
func checkElementCorrections(t *testing.T, p *page, fix string) {
	got := eval[string](p, `(async () => {
		const el = document.createElement("lede-analyzer");
		el.setAttribute("ref-date", `+js(refDate)+`);
		el.text = `+js(article)+`;
		el.corrections = `+fix+`;
		const first = new Promise((ok) => el.addEventListener("lede-analyzed", (e) => ok(e.detail), {once: true}));
		document.body.appendChild(el);
		const r = await first;
		const out = r.corrections.applied + " " + r.actors.find(a => a.name === "Dunmore").type + " " + el.corrections.length;
		const failed = new Promise((ok) => el.addEventListener("lede-error", (e) => ok(e.detail.message), {once: true}));
		el.corrections = [{op: "split"}];
		const msg = await failed;
		el.remove();
		return out + " | " + msg;
	})()`)
	if want := `1 ORG 1 | setCorrections: corrections[0] (split): needs "mention"`; !strings.HasPrefix(got, want) {
		t.Errorf("the element's corrections:\n got %s\nwant %s...", got, want)
	}
}

func actorByName(rows []actorRow, name string) *actorRow {
	for i := range rows {
		if rows[i].Name == name {
			return &rows[i]
		}
	}
	return nil
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestScreenshotCorrected takes the page after an editor's corrections and a Markdown
// copy (with LEDE_SCREENSHOT=1, as docs/corrections.png for the README).
func TestScreenshotCorrected(t *testing.T) {
	p := open(t)
	p.paste(article)
	p.setDate(refDate)
	p.analyze()
	p.tab("actors")
	p.correctFrom(".lede-actor-row", "Dunmore", "Change type", "ORG")
	p.correctFrom(".lede-actor-row", "Clara Voss", "Rename", "Clara Voss MP")
	p.tab("quotes")
	p.correctFrom(".lede-quote", "the authority would appeal", "Set speaker", "")
	p.tab("actors")
	eval[bool](p, `Object.defineProperty(navigator.clipboard, "writeText", {configurable: true, value: (s) => { window.__copied = s; return Promise.resolve() }}), true`)
	p.choose(".lede-export-format", "0")
	p.do(chromedp.Click(chromedp.CSS(".lede-export-copy")))
	p.waitFor(`typeof window.__copied === "string"`, 5*time.Second)
	// the Correct menu of the renamed actor, open, shows where corrections are made
	eval[bool](p, `(() => { const m = [...document.querySelectorAll(".lede-actor-row")].find(r => r.textContent.includes("Peter Lindqvist")).querySelector("summary"); m.click(); return true })()`)
	time.Sleep(300 * time.Millisecond)
	eval[chromedp.Void](p, `window.scrollTo({top: 0, behavior: "instant"})`)
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "corrections.png")
	if os.Getenv("LEDE_SCREENSHOT") != "" {
		out = filepath.Join("..", "docs", "corrections.png")
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", out, len(png))
}
