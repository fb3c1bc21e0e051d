package e2e

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// bigText fills the article box with the test article repeated to about mb megabytes
// (made in the page: sending megabytes through the protocol is slow).
func (p *page) bigText(mb float64) int {
	p.t.Helper()
	return eval[int](p, `(() => { const t = document.querySelector(".lede-textarea");
		const a = `+js(article+"\n\n")+`;
		t.value = a.repeat(Math.ceil(`+strconv.FormatFloat(mb, 'f', -1, 64)+` * 1048576 / a.length));
		t.dispatchEvent(new Event("input", {bubbles: true})); return t.value.length })()`)
}

func (p *page) state() string {
	return eval[string](p, `document.querySelector(".lede").dataset.state`)
}

// startRun clicks Analyze and checks the page is busy at once.
func (p *page) startRun() {
	p.t.Helper()
	if s := eval[string](p, `(document.querySelector(".lede-go").click(), document.querySelector(".lede").dataset.state)`); s != "busy" {
		p.t.Fatalf("right after Analyze the page is %q, want busy", s)
	}
}

func (p *page) errorText() string {
	return eval[string](p, `(document.querySelector(".lede-error:not([hidden])") || {}).textContent || ""`)
}

func (p *page) waitWorker() {
	p.t.Helper()
	p.waitFor(`lede.worker.state === "ready"`, 30*time.Second)
}

// TestWorker: the worker starts and warms up while the page loads; a 3 MB analysis runs
// in it while the page keeps answering (a timer keeps ticking, a tab switches, typing
// shows); Cancel stops it; a newer run supersedes an older one and no stale result is
// drawn; a crash of the worker is reported and the next analysis works.
func TestWorker(t *testing.T) {
	p := open(t)
	section(t, "warm-up during load", func() {
		p.waitFor(`lede.worker.state === "ready" && lede._pool.warmMs > 0`, 30*time.Second)
		if via := eval[string](p, `lede.worker.via`); via != "blob" {
			t.Errorf("the worker started via %q, want blob (restarts then fetch nothing)", via)
		}
		if p.runs() != 0 {
			t.Errorf("the warm-up counted as an analysis")
		}
	})

	section(t, "responsive", func() {
		size := p.bigText(3)
		p.setDate(refDate)
		// a 50 ms timer on the page: it records when it ran
		eval[chromedp.Void](p, `window.__beats = []; window.__hbStart = performance.now(); window.__hb = setInterval(() => window.__beats.push(performance.now()), 50)`)
		n := p.runs()
		p.startRun()
		time.Sleep(300 * time.Millisecond)
		// switch panels and type while the analysis runs
		p.tab("quotes")
		if sel := eval[string](p, `document.querySelector('.lede-tab[data-tab="quotes"]').getAttribute("aria-selected")`); sel != "true" {
			t.Errorf("the Quotes tab did not switch while the analysis ran")
		}
		eval[chromedp.Void](p, `(() => { const i = document.createElement("input"); i.id = "scratch"; document.body.appendChild(i); i.focus(); })()`)
		if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: "still typing"}); err != nil {
			t.Fatal(err)
		}
		if v := eval[string](p, `document.getElementById("scratch").value`); v != "still typing" {
			t.Errorf("typing while the analysis ran gave %q", v)
		}
		time.Sleep(2 * time.Second)
		if p.state() != "busy" {
			t.Fatalf("the %d-byte analysis ended before the check: the test proves nothing; make the text larger", size)
		}
		// the timer ran all along: a frozen page runs it once or twice, when the analysis
		// ends, so its longest gap is the whole analysis. (On a loaded machine an idle
		// page also sees gaps of up to a second: the bounds leave room for that.)
		beats := eval[[]float64](p, `window.__beats`)
		busy := eval[float64](p, `performance.now()`) - eval[float64](p, `window.__hbStart`)
		gap := 0.0
		for i := 1; i < len(beats); i++ {
			gap = max(gap, beats[i]-beats[i-1])
		}
		t.Logf("a 50 ms timer ran %d times in %.0f ms of analysis, at most %.0f ms apart", len(beats), busy, gap)
		if len(beats) < 5 || gap > 0.7*busy {
			t.Errorf("the page's 50 ms timer ran %d times in %.0f ms, at most %.0f ms apart: the main thread is blocked", len(beats), busy, gap)
		}
		if vis := eval[bool](p, `!document.querySelector(".lede-progress").hidden && !document.querySelector(".lede-cancel").hidden`); !vis {
			t.Errorf("no progress indication or Cancel button while the analysis runs")
		}
		if st := eval[string](p, `document.querySelector(".lede-status").textContent`); !strings.Contains(st, "Analyzing 3.0 MB") {
			t.Errorf("status while busy: %q, want the size being analysed", st)
		}
		p.waitFor(`/[0-9] s/.test(document.querySelector(".lede-elapsed").textContent)`, 5*time.Second)

		// Cancel
		p.do(chromedp.Click(chromedp.CSS(".lede-cancel")))
		if s := p.state(); s == "busy" {
			t.Errorf("after Cancel the page is still busy")
		}
		if st := eval[string](p, `document.querySelector(".lede-status").textContent`); !strings.Contains(st, "cancelled") {
			t.Errorf("status after Cancel: %q", st)
		}
		if p.runs() != n {
			t.Errorf("a cancelled analysis counted as finished")
		}
		eval[chromedp.Void](p, `clearInterval(window.__hb)`)
	})

	section(t, "after cancel", func() {
		p.paste(article)
		p.analyze()
		if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article {
			t.Errorf("after Cancel the next analysis shows %.80q", got)
		}
		if msg := p.errorText(); msg != "" {
			t.Errorf("error after Cancel and a new run: %s", msg)
		}
	})

	section(t, "a newer run supersedes", func() {
		p.bigText(2)
		n := p.runs()
		p.startRun()
		time.Sleep(300 * time.Millisecond)
		small := "Mayor Ruth Adler said on Tuesday that the vote would go ahead."
		eval[chromedp.Void](p, `(() => { const t = document.querySelector(".lede-textarea"); t.value = `+js(small)+`;
			t.dispatchEvent(new Event("input", {bubbles: true})); document.querySelector(".lede-go").click(); })()`)
		p.waitRun(n, 30*time.Second)
		time.Sleep(time.Second) // a stale result would land about now, or later
		if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != small {
			t.Errorf("after a newer run the article view holds %.80q, want the newer text", got)
		}
		if r := p.runs(); r != n+1 {
			t.Errorf("%d runs finished after superseding, want 1", r-n)
		}
	})

	section(t, "a crash is shown and the worker restarts", func() {
		// the worker's Go program ends (as out of memory would) just as a job reaches it:
		// the worker handles one message at a time, so the crash comes first
		p.paste(article)
		n := p.runs()
		eval[chromedp.Void](p, `lede._pool.crashForTest(); document.querySelector(".lede-go").click()`)
		p.waitRun(n, 30*time.Second)
		if msg := p.errorText(); !strings.Contains(msg, "background analyzer stopped") || !strings.Contains(msg, "restarted") {
			t.Errorf("after the worker crashed the page shows %q, want a clear message", msg)
		}
		p.paste(article)
		p.analyze()
		if msg := p.errorText(); msg != "" {
			t.Errorf("the error stays after a good run: %q", msg)
		}
		if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article {
			t.Errorf("after the restart the analysis shows %.80q", got)
		}
		if r := eval[int](p, `lede._pool.restarts`); r < 2 {
			t.Errorf("the pool restarted the worker %d times, want one for Cancel and one for the crash", r)
		}
	})
}

// TestWorkerFallback: under a policy that forbids blob: workers the worker starts from
// its file; where no worker may start, the analysis runs on the page, which says so.
func TestWorkerFallback(t *testing.T) {
	t.Parallel() // small analyses: it waits more than it works
	const base = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; "
	p := startWithCSP(t, base+"worker-src 'self'")
	p.do(chromedp.Navigate(p.srv.URL + "/"))
	p.waitReady()
	p.waitWorker()
	if via := eval[string](p, `lede.worker.via`); via != "url" {
		t.Errorf("with worker-src 'self' the worker started via %q, want url", via)
	}

	p = startWithCSP(t, base+"worker-src 'none'")
	p.do(chromedp.Navigate(p.srv.URL + "/"))
	p.waitReady()
	p.waitFor(`lede.worker.state === "unavailable"`, 30*time.Second)
	p.waitFor(`!document.querySelector(".lede-worker-note").hidden`, 5*time.Second)
	if note := eval[string](p, `document.querySelector(".lede-worker-note").textContent`); !strings.Contains(note, "own thread") {
		t.Errorf("worker note %q", note)
	}
	p.paste(article)
	p.setDate(refDate)
	p.analyze()
	if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article || p.errorText() != "" {
		t.Errorf("without a worker the analysis shows %.80q (error %q)", got, p.errorText())
	}
	r := eval[string](p, `lede.analyzeAsync("Dr. Ann Lee spoke.").then(r => r.schema)`)
	if r != "lede/1" {
		t.Errorf("lede.analyzeAsync without a worker gave %q", r)
	}
}

// TestFileURL opens web/index.html from the disk. Chromium lets a file read the files
// beside it only with --allow-file-access-from-files: then the app works (with its
// worker); without it the page says how to serve the folder, never a blank page.
func TestFileURL(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(dir) + "/index.html"

	p := start(t)
	p.do(chromedp.Navigate(url))
	p.waitFor(`!!document.querySelector(".lede-error")`, 30*time.Second)
	if msg := eval[string](p, `document.querySelector(".lede-error").textContent`); !strings.Contains(msg, "Serve the folder") {
		t.Errorf("from file:// the page says %q, want how to serve it", msg)
	}

	p = start(t, chromedp.Flag("allow-file-access-from-files", true))
	p.do(chromedp.Navigate(url))
	p.waitReady()
	p.waitFor(`lede.worker.state !== "starting"`, 30*time.Second)
	t.Logf("from file:// with file access: worker %s", eval[string](p, `JSON.stringify(lede.worker)`))
	p.paste(article)
	p.setDate(refDate)
	p.analyze()
	if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article || p.errorText() != "" {
		t.Errorf("from file:// the analysis shows %.80q (error %q)", got, p.errorText())
	}
}
