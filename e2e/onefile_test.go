package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestOneFilePage opens web/lede.html (make dist) from file://, copied alone into an
// empty folder, in a browser with no special flags (a double click on a laptop): it
// unpacks its own wasm, analyses, and sends no request at all besides the file itself.
func TestOneFilePage(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "web", "lede.html"))
	need(t, err == nil, "no web/lede.html: build it with `make dist`")
	dir := t.TempDir()
	file := filepath.Join(dir, "lede.html")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(file)

	p := newTab(t, "")
	opened := time.Now()
	p.do(chromedp.Navigate(url))
	p.waitFor(`document.documentElement.dataset.ledeReady === "true" || !!document.querySelector(".lede-error")`, 60*time.Second)
	if msg := p.errorText(); msg != "" {
		t.Fatalf("lede.html from file:// shows an error: %s", msg)
	}
	ready := time.Since(opened)
	p.waitFor(`lede.worker.state !== "starting"`, 30*time.Second)
	t.Logf("lede.html (%d bytes) from file://: ready %v after opening (unpacked and compiled); worker %s",
		len(b), ready.Round(10*time.Millisecond), eval[string](p, `JSON.stringify(lede.worker)`))
	p.paste(article)
	p.setDate(refDate)
	p.analyze()
	if got := eval[string](p, `document.querySelector(".lede-text").textContent`); got != article || p.errorText() != "" {
		t.Errorf("from file:// the analysis shows %.80q (error %q)", got, p.errorText())
	}
	p.tab("actors")
	if names := p.actors(); len(names) == 0 {
		t.Errorf("no actors drawn")
	}
	var sent []string
	for _, u := range p.sentSince(0) {
		if u != url && !strings.HasPrefix(u, "data:") {
			sent = append(sent, u)
		}
	}
	if len(sent) > 0 {
		t.Errorf("lede.html sent requests: %q", sent)
	}
	if got := p.sentSince(0); len(got) == 0 {
		t.Errorf("the tab saw no request at all, not even the file: the test is not watching it")
	}
}
