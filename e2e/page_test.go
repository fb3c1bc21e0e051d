package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// article is written for this test (the people and bodies are invented): people with
// titles, a surname-only second mention, an organisation with its acronym, two direct
// quotes, reported statements, and the dates "on Monday" and "the next day".
const article = `Harbour plan splits the coast

Harbour Minister Clara Voss said on Monday that the government would pause the dredging plan. "We will not gamble with the estuary," Voss told reporters in Dunmore.

The Coastal Trade Authority (CTA) criticised the pause. Its chairman, Dr. Peter Lindqvist, said the authority would appeal.

"Clara Voss is wrecking a decade of careful work, and the pause is a disgrace," Lindqvist said.

Officials from the CTA met ministry staff the next day.`

// refDate is a Wednesday: "on Monday" is 26 June 2023, "the next day" 27 June.
const refDate = "2023-06-28"

func mentionsAtLeast(count string, n int) bool {
	f := strings.Fields(count)
	if len(f) == 0 {
		return false
	}
	k, err := strconv.Atoi(f[0])
	return err == nil && k >= n
}

func TestArticlePanels(t *testing.T) {
	p := open(t)

	// empty box: a friendly prompt, no analysis
	p.do(chromedp.Click(chromedp.CSS(".lede-go")))
	if got := eval[string](p, `document.querySelector(".lede-panel-overview").textContent`); !strings.Contains(got, "nothing to analyze") {
		t.Errorf("empty text: overview says %q, want a prompt to paste", got)
	}

	p.paste(article)
	p.setDate(refDate)
	// Ctrl+Enter analyzes
	n := p.runs()
	p.do(chromedp.Focus(chromedp.CSS(".lede-textarea")), chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	p.waitRun(n, 30*time.Second)
	if msg := eval[string](p, `(document.querySelector(".lede-error:not([hidden])") || {}).textContent || ""`); msg != "" {
		t.Fatalf("the page shows an error: %s", msg)
	}
	if got := eval[string](p, `document.querySelector(".lede-textarea").value`); got != article {
		t.Errorf("Ctrl+Enter changed the text: %q", got)
	}
	status := eval[string](p, `document.querySelector(".lede-status").textContent`)
	if !regexp.MustCompile(`Analyzed .* in [0-9.]+ (ms|s)|under 1 ms`).MatchString(status) {
		t.Errorf("status %q does not say how long the analysis took", status)
	}

	section(t, "overview", func() {
		words := eval[int](p, `lede.analyze(`+js(article)+`, {refDate: `+js(refDate)+`}).stats.words`)
		got := eval[string](p, `[...document.querySelectorAll(".lede-figure")].find(f => f.textContent.includes("word")).querySelector(".lede-figure-n").textContent`)
		if got != strconv.Itoa(words) || words < 60 {
			t.Errorf("overview shows %s words, the report counts %d", got, words)
		}
		facts := eval[string](p, `document.querySelector(".lede-facts").textContent`)
		if !strings.Contains(facts, "June 2023") {
			t.Errorf("overview time span: %q, want the days in June 2023", facts)
		}
		if !strings.Contains(facts, "Wed 28 June 2023") {
			t.Errorf("overview does not show the reference date readably: %q", facts)
		}
	})

	section(t, "actors", func() {
		p.tab("actors")
		rows := p.actors()
		var voss, lind, cta *actorRow
		for i, r := range rows {
			switch {
			case r.Name == "Clara Voss":
				voss = &rows[i]
			case strings.Contains(r.Name, "Peter Lindqvist"):
				lind = &rows[i]
			case r.Name == "Coastal Trade Authority":
				cta = &rows[i]
			}
		}
		if voss == nil {
			t.Errorf("no actor Clara Voss; actors: %+v", rows)
			return
		}
		if voss.Type != "person" || !mentionsAtLeast(voss.Count, 2) {
			t.Errorf("Clara Voss: %+v, want a person with at least 2 mentions (Voss = Clara Voss)", *voss)
		}
		if !strings.Contains(strings.ToLower(strings.Join(voss.Roles, " ")), "minister") {
			t.Errorf("Clara Voss roles %q, want her title (minister)", voss.Roles)
		}
		if lind == nil || lind.Type != "person" || !mentionsAtLeast(lind.Count, 2) {
			t.Errorf("Peter Lindqvist: %+v, want a person with at least 2 mentions", lind)
		}
		if cta == nil || cta.Type != "organisation" || !strings.Contains(cta.Aliases, "CTA") {
			t.Errorf("Coastal Trade Authority: %+v, want an organisation with the alias CTA", cta)
		}
		// selecting Clara Voss highlights her mentions, the surname-only one among them
		sel := `[...document.querySelectorAll(".lede-actor")].find(b => b.querySelector(".lede-name").textContent === "Clara Voss")`
		eval[chromedp.Void](p, `(() => { const b = `+sel+`; b.scrollIntoView(); b.click(); })()`)
		lit := eval[[]string](p, `[...document.querySelectorAll(".lede-text .lede-lit")].map(e => e.textContent)`)
		if len(lit) < 2 || !contains(lit, "Voss") {
			t.Errorf("selecting Clara Voss lit %q in the article, want her mentions including \"Voss\"", lit)
		}
		if eval[string](p, sel+`.getAttribute("aria-pressed")`) != "true" {
			t.Errorf("the selected actor is not aria-pressed")
		}
	})

	section(t, "quotes", func() {
		p.tab("quotes")
		qs := p.quotes()
		find := func(s string) *quoteRow {
			for i := range qs {
				if strings.Contains(qs[i].Text, s) {
					return &qs[i]
				}
			}
			return nil
		}
		if q := find("We will not gamble with the estuary"); q == nil || q.Kind != "direct" || q.Speaker != "Clara Voss" {
			t.Errorf("quote 'We will not gamble…': %+v, want direct, spoken by Clara Voss; quotes: %+v", q, qs)
		}
		if q := find("wrecking a decade"); q == nil || q.Kind != "direct" || !strings.Contains(q.Speaker, "Lindqvist") {
			t.Errorf("quote 'wrecking a decade…': %+v, want direct, spoken by Peter Lindqvist", q)
		}
		reported := false
		for _, q := range qs {
			if q.Kind == "indirect" && (strings.Contains(q.Text, "pause the dredging plan") || strings.Contains(q.Text, "would appeal")) {
				reported = true
			}
		}
		if !reported {
			t.Errorf("no reported (indirect) statement found; quotes: %+v", qs)
		}
		// the quote is underlined in the article
		under := eval[[]string](p, `[...document.querySelectorAll(".lede-text .lede-q")].map(e => e.textContent)`)
		if !containsPart(under, "We will not gamble") {
			t.Errorf("article quote marks %q, want the quote underlined", under)
		}
	})

	section(t, "timeline", func() {
		p.tab("timeline")
		ev := p.timeline()
		mon, next := indexOf(ev, "Mon 26 June 2023", "Monday"), indexOf(ev, "Tue 27 June 2023", "the next day")
		if mon < 0 || next < 0 || mon > next {
			t.Errorf("timeline %+v: want \"on Monday\" as Mon 26 June 2023 before \"the next day\" as Tue 27 June 2023", ev)
		}
		boxes := eval[[]string](p, `[...document.querySelectorAll(".lede-text .lede-t")].map(e => e.textContent)`)
		if !containsPart(boxes, "Monday") {
			t.Errorf("article date boxes %q, want Monday boxed", boxes)
		}
		// a new reference date re-anchors the timeline
		n := p.runs()
		p.setDate("2023-07-05")
		p.waitRun(n, 30*time.Second)
		if ev := p.timeline(); indexOf(ev, "Mon 3 July 2023", "Monday") < 0 {
			t.Errorf("after the date changed to 2023-07-05 the timeline is %+v, want Monday as Mon 3 July 2023", ev)
		}
		n = p.runs()
		p.setDate(refDate)
		p.waitRun(n, 30*time.Second)
	})

	section(t, "stance", func() {
		p.tab("stance")
		rows := p.stance()
		found := false
		for _, r := range rows {
			if strings.Contains(r.Holder, "Lindqvist") && r.Target == "Clara Voss" && r.Label == "against" && len(r.Evidence) > 0 {
				found = true
			}
		}
		if !found {
			t.Errorf("stance %+v: want Peter Lindqvist against Clara Voss, with the quote as evidence", rows)
		}
	})

	section(t, "article", func() {
		people := eval[[]string](p, `[...document.querySelectorAll(".lede-text .lede-m.lede-person")].map(e => e.textContent)`)
		if !contains(people, "Clara Voss") {
			t.Errorf("person marks %q, want Clara Voss coloured as a person", people)
		}
		orgs := eval[[]string](p, `[...document.querySelectorAll(".lede-text .lede-m.lede-org")].map(e => e.textContent)`)
		if !contains(orgs, "Coastal Trade Authority") {
			t.Errorf("organisation marks %q, want Coastal Trade Authority", orgs)
		}
		if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article {
			t.Errorf("the annotated article does not read as the input text:\n%q", got)
		}
	})

	section(t, "take away, print and phone", func() { checkTakeAway(t, p) })

	section(t, "reload keeps the text", func() {
		p.do(chromedp.Reload())
		p.waitReady()
		if got := eval[string](p, `document.querySelector(".lede-textarea").value`); got != article {
			t.Errorf("after a reload the box holds %q", got)
		}
		if got := eval[string](p, `document.querySelector(".lede-date").value`); got != refDate {
			t.Errorf("after a reload the date is %q, want %s", got, refDate)
		}
		p.waitRun(0, 30*time.Second) // the kept text comes back analyzed
		if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article {
			t.Errorf("after a reload the article view holds %.80q", got)
		}
	})
	section(t, "filters, stance grid on a phone, not English", func() { checkListsAndLanguage(t, p) })
	section(t, "the timeline as an editor reads it", func() { checkTimelineReading(t, p) })
}

// section runs one part of a long browser test; t.Errorf messages carry its name.
func section(t *testing.T, name string, fn func()) {
	t.Helper()
	t.Logf("-- %s", name)
	fn()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsPart(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

func indexOf(ev []eventRow, day, expr string) int {
	for i, e := range ev {
		if e.Day == day && strings.Contains(e.Expr, expr) && !e.Unsure {
			return i
		}
	}
	return -1
}

// TestPastedHTMLIsText pastes rich text with a script and an image with onerror: nothing
// runs, the markup shows as text, and the date comes from the page's metadata.
func TestPastedHTMLIsText(t *testing.T) {
	p := open(t)
	const html = `<html><head><meta property="article:published_time" content="2024-03-05T09:30:00Z"><title>Harbour vote</title>
<script>window.__ledePwned = "script"</script></head><body><article>
<h1>Council votes on harbour plan</h1>
<p>The council met on Tuesday. <img src="/nothing.png" onerror="window.__ledePwned = 'img'">Members said that &lt;img src=x onerror=alert(1)&gt; is only text.</p>
<p>Mayor Ruth Adler said the vote <b>would</b> go ahead.<script>window.__ledePwned = "inline"</script></p>
</article></body></html>`
	p.pasteHTML(html, "Council votes on harbour plan")
	val := eval[string](p, `document.querySelector(".lede-textarea").value`)
	if !strings.Contains(val, "Council votes on harbour plan") || !strings.Contains(val, "<img src=x onerror=alert(1)> is only text") {
		t.Errorf("the box holds %q, want the article's text with the escaped markup as text", val)
	}
	if strings.Contains(val, "__ledePwned") {
		t.Errorf("script source leaked into the text: %q", val)
	}
	if d := eval[string](p, `document.querySelector(".lede-date").value`); d != "2024-03-05" {
		t.Errorf("date field %q, want 2024-03-05 from the metadata", d)
	}
	if note := eval[string](p, `document.querySelector(".lede-date-note").textContent`); !strings.Contains(note, "metadata") {
		t.Errorf("date note %q, want it to say the date came from the metadata", note)
	}
	p.analyze()

	// plain text that looks like markup stays text too
	p.paste(val + "\n\n<img src=x onerror=\"window.__ledePwned='plain'\"><script>window.__ledePwned='plain2'</script>")
	p.analyze()
	time.Sleep(300 * time.Millisecond) // an image error or a script would have run by now
	if pw := eval[string](p, `String(window.__ledePwned)`); pw != "undefined" {
		t.Errorf("pasted markup ran: window.__ledePwned = %s", pw)
	}
	if n := eval[int](p, `document.querySelectorAll(".lede img, .lede script, .lede-text *[onerror]").length`); n != 0 {
		t.Errorf("%d img/script elements inside the app after pasting markup", n)
	}
	text := eval[string](p, `document.querySelector(".lede-text").textContent`)
	if !strings.Contains(text, `<img src=x onerror="window.__ledePwned='plain'">`) || !strings.Contains(text, "<img src=x onerror=alert(1)> is only text") {
		t.Errorf("the article does not show the markup as text: %q", text)
	}

	// a new article pasted over the old one drops the old date; its dateline gives the new
	p.paste("LONDON, June 28, 2023 (Reuters) - The harbour council met on Monday and voted the next day.")
	if d := eval[string](p, `document.querySelector(".lede-date").value`); d != "" {
		t.Errorf("after pasting a new article the date is still %q", d)
	}
	p.analyze()
	if d := eval[string](p, `document.querySelector(".lede-date").value`); d != "2023-06-28" {
		t.Errorf("date field %q after analysing a dateline, want 2023-06-28", d)
	}
	if note := eval[string](p, `document.querySelector(".lede-date-note").textContent`); !strings.Contains(note, "dateline") {
		t.Errorf("date note %q, want it to say the date came from the dateline", note)
	}
}

// TestNoRequestAfterLoad: once the page is loaded, analysing, switching panels and
// changing the date send nothing anywhere; nothing ever goes to another host.
func TestNoRequestAfterLoad(t *testing.T) {
	p := open(t)
	// let the service worker install and any late asset settle; the analysis worker
	// starts during load, not on the first analysis
	eval[chromedp.Void](p, `navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : true`)
	p.waitWorker()
	time.Sleep(700 * time.Millisecond)
	before := p.srv.requests()
	if !contains(before, "/lede-worker.js") {
		t.Errorf("the worker's script was not loaded during load: %q", before)
	}
	p.mu.Lock()
	sentBefore := len(p.sent)
	p.mu.Unlock()

	p.paste(article)
	p.setDate(refDate)
	p.analyze()
	for _, k := range []string{"actors", "quotes", "timeline", "stance", "overview"} {
		p.tab(k)
	}
	eval[chromedp.Void](p, `document.querySelector(".lede-actor") && document.querySelector(".lede-actor").click()`)
	n := p.runs()
	p.setDate("2023-07-01")
	p.waitRun(n, 30*time.Second)
	eval[chromedp.Void](p, `lede.analyze("Nothing leaves the page.")`)
	eval[chromedp.Void](p, `lede.analyzeAsync("Nothing leaves the page in the background either.")`)
	// Cancel ends the worker and starts a fresh one: that fetches nothing either
	p.bigText(1)
	p.startRun()
	time.Sleep(200 * time.Millisecond)
	p.do(chromedp.Click(chromedp.CSS(".lede-cancel")))
	p.paste(article)
	p.analyze()
	if r := eval[int](p, `lede._pool.restarts`); r != 1 {
		t.Errorf("the worker restarted %d times, want 1 (Cancel)", r)
	}
	time.Sleep(700 * time.Millisecond)

	if after := p.srv.requests(); len(after) != len(before) {
		t.Errorf("the server got requests after load: %q", after[len(before):])
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	// a restarted worker starts from the blob: URL made during load: memory, not network
	var sent []string
	for _, u := range p.sent[sentBefore:] {
		if !strings.HasPrefix(u, "blob:") {
			sent = append(sent, u)
		}
	}
	if len(sent) > 0 {
		t.Errorf("the page sent requests after load: %q", sent)
	}
	if len(p.foreign) > 0 {
		t.Errorf("the page sent requests to other origins: %q", p.foreign)
	}
	if len(before) == 0 {
		t.Errorf("the server saw no requests at all: the test is not watching the page")
	}
}

// TestJSAPI: lede.analyze returns a lede/1 report; bad options and a throwing getter are
// errors, not a dead page; lede.mount draws a second app.
func TestJSAPI(t *testing.T) {
	p := open(t)
	type report struct {
		Schema, RefDate, RefDateSource, Text string
		Stats                                struct{ Words, Sentences int }
		Mentions, Actors, Quotes, Timexes    []map[string]any
		Events, Stance                       []map[string]any
	}
	r := eval[report](p, `lede.analyze(`+js(article)+`, {refDate: "2023-06-28"})`)
	if r.Schema != "lede/1" || r.RefDate != "2023-06-28" || r.RefDateSource != "input" || r.Stats.Words < 60 || r.Stats.Sentences < 5 {
		t.Errorf("lede.analyze: %+v", r)
	}
	for name, list := range map[string]bool{"mentions": r.Mentions != nil, "actors": r.Actors != nil, "quotes": r.Quotes != nil, "timexes": r.Timexes != nil, "events": r.Events != nil, "stance": r.Stance != nil} {
		if !list {
			t.Errorf("report field %s is missing or null, want an array", name)
		}
	}
	h := eval[report](p, `lede.analyze("<p>Hello <b>there</b>.</p><script>window.__ledePwned=1</script>", {html: true})`)
	if h.Schema != "lede/1" || !strings.Contains(h.Text, "Hello there.") || strings.Contains(h.Text, "ledePwned") {
		t.Errorf("lede.analyze html: %+v", h)
	}
	// errors are thrown as JS errors, and the analyzer lives on
	msg := eval[string](p, `(() => { try { lede.analyze("x", {refDate: "June"}); return "no error" } catch (e) { return e.message } })()`)
	if !strings.Contains(msg, "reference date") {
		t.Errorf("a bad refDate gave %q, want an error about the reference date", msg)
	}
	msg = eval[string](p, `(() => { try { lede.analyze("x", {get refDate() { throw new Error("boom") }}); return "no error" } catch (e) { return e.message } })()`)
	if !strings.Contains(msg, "boom") {
		t.Errorf("a throwing option gave %q, want the error passed on", msg)
	}
	if s := eval[string](p, `lede.analyze("Still alive.").schema`); s != "lede/1" {
		t.Errorf("after an error lede.analyze gives %q", s)
	}
	// lede.analyzeAsync: the same report from the worker, errors as rejections
	ra := eval[report](p, `lede.analyzeAsync(`+js(article)+`, {refDate: "2023-06-28"})`)
	if ra.Schema != "lede/1" || ra.RefDate != "2023-06-28" || ra.Stats != r.Stats || len(ra.Quotes) != len(r.Quotes) || len(ra.Actors) != len(r.Actors) {
		t.Errorf("lede.analyzeAsync: %+v, want what lede.analyze gives: %+v", ra, r)
	}
	both := eval[[]string](p, `Promise.all([lede.analyzeAsync("LONDON, June 28, 2023 (Reuters) - It rained."), lede.analyzeAsync("No date here.", {refDate: "2020-01-02"})]).then(rs => rs.map(r => r.refDate + " " + r.refDateSource))`)
	if len(both) != 2 || both[0] != "2023-06-28 dateline" || both[1] != "2020-01-02 input" {
		t.Errorf("two lede.analyzeAsync calls at once gave %q", both)
	}
	for bad, want := range map[string]string{
		`lede.analyzeAsync("x", {refDate: "June"})`:                           "reference date",
		`lede.analyzeAsync("x", {get refDate() { throw new Error("boom") }})`: "boom",
		`lede.analyzeAsync(42)`:                                               "must be the article text",
		`lede.analyzeAsync("x", {targets: [{start: 0, end: 99}]})`:            "out of the text's range",
		`lede.analyzeAsync("x", {refdate: "2023-07-12"})`:                     `unknown option "refdate" (did you mean "refDate"?)`,
		`lede.analyzeAsync("x", {refDate: "2023-02-30"})`:                     "not a calendar date",
	} {
		msg := eval[string](p, bad+`.then(() => "no error", e => e.message)`)
		if !strings.Contains(msg, want) {
			t.Errorf("%s rejected with %q, want %q", bad, msg, want)
		}
	}
	// a second app mounted by the API, with nothing kept in storage
	n := eval[int](p, `(() => { const d = document.createElement("div"); document.body.appendChild(d);
		const c = lede.mount(d, {storageKey: false, header: false, text: "Dr. Ann Lee spoke.", analyze: true});
		return d.querySelectorAll(".lede-textarea").length + (typeof c.analyze === "function" ? 1 : 0) })()`)
	if n != 2 {
		t.Errorf("lede.mount did not draw an app with a controller (%d)", n)
	}
	// the documented embed: a stylesheet, the loader and an element with data-lede
	p.do(chromedp.Navigate(p.srv.URL + "/embed-example.html"))
	p.waitFor(`!!document.querySelector("[data-lede] .lede-textarea")`, 30*time.Second)
}

func TestEmbedExampleHasNoInlineScript(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "web", "embed-example.html"))
	if err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`<script>`).Match(b) {
		t.Errorf("embed-example.html runs an inline script, which the page's CSP forbids")
	}
}

// TestPanicIsShown hands the page's Go code a worker answer it cannot read (a string
// where the report's bytes belong), so that it panics behind the bridge: the page shows
// the error and stays alive.
func TestPanicIsShown(t *testing.T) {
	p := open(t)
	p.paste(article)
	eval[chromedp.Void](p, `(() => { const client = lede._pool.client; lede._pool.client = function (s) {
		const c = client.call(this, s); let broken = true;
		return {run(text, o, f) { if (broken) { broken = false; return Promise.resolve({wire: "not bytes", ms: 1}); } return c.run(text, o, f); },
			cancel() { c.cancel(); }};
	}; })()`)
	n := p.runs()
	p.do(chromedp.Click(chromedp.CSS(".lede-go")))
	p.waitRun(n, 30*time.Second)
	msg := eval[string](p, `(document.querySelector(".lede-error:not([hidden])") || {}).textContent || ""`)
	if !strings.Contains(msg, "Something went wrong inside lede") {
		t.Errorf("after a panic the page shows %q, want the error", msg)
	}
	p.analyze()
	if msg := eval[string](p, `(document.querySelector(".lede-error:not([hidden])") || {}).textContent || ""`); msg != "" {
		t.Errorf("the error stays after a good run: %q", msg)
	}
	if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article {
		t.Errorf("the page did not draw the analysis after the panic: %.80q", got)
	}
}

// TestScreenshot takes the page at 1280x900 after analysing the test article (with
// LEDE_SCREENSHOT=1, as docs/screenshot.png for the README), then checks the phone layout.
func TestScreenshot(t *testing.T) {
	p := open(t)
	p.paste(article)
	p.setDate(refDate)
	p.analyze()
	p.tab("actors")
	// select the first person, so the article shows the highlight of her mentions
	eval[chromedp.Void](p, `(() => { const b = document.querySelector(".lede-actor.lede-person"); if (b) b.click(); })()`)
	time.Sleep(800 * time.Millisecond) // the highlight scrolls smoothly; let it end
	eval[chromedp.Void](p, `window.scrollTo({top: 0, behavior: "instant"})`)
	time.Sleep(200 * time.Millisecond)
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	// the README's picture is rewritten only when asked (make screenshot), so that a
	// test run leaves the tree as it found it
	out := filepath.Join(t.TempDir(), "screenshot.png")
	if os.Getenv("LEDE_SCREENSHOT") != "" {
		out = filepath.Join("..", "docs", "screenshot.png")
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", out, len(png))

	// a phone: one column, nothing wider than the screen
	p.do(chromedp.EmulateViewport(390, 844))
	time.Sleep(200 * time.Millisecond)
	if w := eval[int](p, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("at 390 px wide the page is %d px wide: it scrolls sideways", w)
	}
	if cols := eval[string](p, `getComputedStyle(document.querySelector(".lede-main")).gridTemplateColumns`); strings.Count(cols, "px") != 1 {
		t.Errorf("at 390 px the layout has columns %q, want one", cols)
	}
}

// TestLargeText pastes a large text (1 MB; LEDE_E2E_MB=10 for the full check): the busy
// state shows at once, the analysis finishes, the page says how long it took and still
// shows the whole text.
func TestLargeText(t *testing.T) {
	mb := 1
	if v, err := strconv.Atoi(os.Getenv("LEDE_E2E_MB")); err == nil && v > 0 {
		mb = v
	}
	p := open(t)
	big := strings.Repeat(article+"\n\n", mb<<20/(len(article)+2)+1)
	// typing megabytes through the protocol is slow: set the value and fire input
	eval[bool](p, `(() => { const t = document.querySelector(".lede-textarea"); t.value = `+js(big)+`;
		t.dispatchEvent(new Event("input", {bubbles: true})); return true })()`)
	p.setDate(refDate)
	n := p.runs()
	start := time.Now()
	state := eval[string](p, `(document.querySelector(".lede-go").click(), document.querySelector(".lede").dataset.state)`)
	if state != "busy" {
		t.Errorf("right after Analyze the page is %q, want busy", state)
	}
	p.waitFor(`Number(document.querySelector(".lede").dataset.runs || 0) > `+strconv.Itoa(n), time.Duration(mb)*120*time.Second)
	t.Logf("%d bytes analysed and drawn in %v", len(big), time.Since(start))
	status := eval[string](p, `document.querySelector(".lede-status").textContent`)
	t.Logf("status: %s", status)
	if !regexp.MustCompile(`Analyzed [0-9.]+ MB in [0-9.]+ (ms|s)`).MatchString(status) {
		t.Errorf("status %q does not say how long the analysis took", status)
	}
	if msg := eval[string](p, `(document.querySelector(".lede-error:not([hidden])") || {}).textContent || ""`); msg != "" {
		t.Errorf("the page shows an error: %.300s", msg)
	}
	if same := eval[bool](p, `document.querySelector(".lede-text").textContent === document.querySelector(".lede-textarea").value`); !same {
		t.Errorf("the article view does not hold the whole text")
	}
	// long lists draw their first rows, and the rest on request
	p.tab("quotes")
	total := eval[int](p, `document.querySelectorAll(".lede-quote").length`)
	if more := eval[bool](p, `!!document.querySelector(".lede-panel-quotes .lede-show-more")`); total > 0 && more {
		p.do(chromedp.Click(chromedp.CSS(".lede-panel-quotes .lede-show-more")))
		if after := eval[int](p, `document.querySelectorAll(".lede-quote").length`); after <= total {
			t.Errorf("Show more left %d quotes drawn (before: %d)", after, total)
		}
	} else {
		t.Logf("quotes panel: %d rows, no Show more (the quote stage found few quotes)", total)
	}
}
