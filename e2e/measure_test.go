package e2e

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestMeasure prints how long the page takes to show the sample article's result: from
// navigation to ready, the first analysis (cold: right after load) and a second one
// (warm), in a fresh profile and again after a reload (HTTP cache warm). It asserts no
// speed (the machine is shared); run it by hand:
//
//	LEDE_MEASURE=1 CI=true go test ./e2e/ -run TestMeasure -count=1 -v
func TestMeasure(t *testing.T) {
	if os.Getenv("LEDE_MEASURE") == "" {
		t.Skip("set LEDE_MEASURE=1 to measure")
	}
	p := open(t)
	sample := func(label, run string) {
		n := p.runs()
		start := time.Now()
		p.do(chromedp.Click(chromedp.CSS(".lede-more-actions .lede-link")))
		p.waitFor(`Number(document.querySelector(".lede").dataset.runs || 0) > `+strconv.Itoa(n), 60*time.Second)
		status := eval[string](p, `document.querySelector(".lede-status").textContent`)
		t.Logf("%s: %s analysis of the sample: %v to the result (%s)", label, run, time.Since(start).Round(time.Millisecond), status)
	}
	measure := func(label string) {
		ready := eval[float64](p, `performance.now()`)
		t.Logf("%s: ready %.0f ms after navigation", label, ready)
		sample(label, "first (clicked as soon as the page is ready)")
		if eval[bool](p, `!!(window.lede && lede._pool)`) {
			p.waitFor(`lede.worker.state !== "starting" && lede._pool.warmAt > 0`, 30*time.Second)
			t.Logf("%s: worker %s", label, eval[string](p, `JSON.stringify(lede.worker) + " instantiated in " + lede._pool.startMs + " ms, warm-up " + lede._pool.warmMs + " ms, warm at " + lede._pool.warmAt + " ms; page compiled at " + lede._pool.compiledAt + " ms, ready at " + lede._pool.readyAt + " ms"`))
		}
		sample(label, "second")
	}
	measure("fresh profile")
	p.do(chromedp.Reload())
	p.waitReady()
	// the kept sample comes back analysed on load; wait for that run first
	p.waitRun(0, 60*time.Second)
	measure("after reload")
}
