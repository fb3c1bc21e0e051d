package e2e

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestLazyWorker: a page that only calls lede.analyze (on its own thread) never starts
// the analysis worker, so it holds one wasm instance, not two; lede.analyzeAsync starts
// the worker when first called, and both give the same report.
func TestLazyWorker(t *testing.T) {
	page := `<!doctype html><meta charset="utf-8"><title>bare</title><script src="/lede.js"></script>`
	webDir, err := filepath.Abs(filepath.Join("..", "web"))
	need(t, err == nil, "no web folder")
	_, err = os.Stat(filepath.Join(webDir, "lede.wasm"))
	need(t, err == nil, "no web/lede.wasm: build it with `make dist`")
	srv := fileServer(t, webDir, nil, map[string]string{"/t/bare.html": page})
	p := newTab(t, srv.URL)
	p.do(chromedp.Navigate(srv.URL + "/t/bare.html"))
	eval[bool](p, `lede.ready.then(() => true)`)
	if s := eval[string](p, `lede.worker.state`); s != "idle" {
		t.Errorf("after load the worker is %q, want idle (nothing needed it)", s)
	}
	text := "Dr. Ann Lee of the Harbour Board said on Monday: \"We agree.\" The board met in Leeds."
	words := eval[int](p, `lede.analyze(`+js(text)+`, {refDate: "2023-06-28"}).stats.words`)
	if words < 10 {
		t.Errorf("lede.analyze counted %d words", words)
	}
	// a timer's turn, in case the worker were started behind the call
	time.Sleep(300 * time.Millisecond)
	if s := eval[string](p, `lede.worker.state`); s != "idle" {
		t.Errorf("after lede.analyze the worker is %q, want idle", s)
	}
	async := eval[int](p, `lede.analyzeAsync(`+js(text)+`, {refDate: "2023-06-28"}).then(r => r.stats.words)`)
	if async != words {
		t.Errorf("lede.analyzeAsync counted %d words, lede.analyze %d", async, words)
	}
	if s := eval[string](p, `lede.worker.state`); s != "ready" {
		t.Errorf("after lede.analyzeAsync the worker is %q, want ready", s)
	}
}
