package e2e

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestCMSSidebar opens examples/cms-sidebar.html, types a sentence into its editor and
// checks that the sidebar follows: fewer analyses than keystrokes (debounced), each in
// the background worker, the new name found, nothing fetched after load.
func TestCMSSidebar(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	srv := fileServer(t, root, nil, nil)
	p := newTab(t, srv.URL)
	p.do(chromedp.Navigate(srv.URL + "/examples/cms-sidebar.html"))
	p.waitFor(`Number(document.documentElement.dataset.analyses || 0) >= 1`, 60*time.Second)
	names := `document.getElementById("cms-lede").report.actors.map((a) => a.name)`
	if got := eval[[]string](p, names); !contains(got, "Clara Voss") || !contains(got, "Coastal Trade Authority") {
		t.Errorf("the sidebar's first analysis found %q", got)
	}
	if s := eval[string](p, `lede.worker.state`); s != "ready" {
		t.Errorf("the worker is %q, want ready: the sidebar would analyse on the editor's thread", s)
	}
	before := p.sentCount()
	n := eval[int](p, `Number(document.documentElement.dataset.analyses)`)

	// the author types a new sentence at the end of the body
	eval[bool](p, `(() => { const b = document.getElementById("cms-body"); b.focus();
		const r = document.createRange(); r.selectNodeContents(b.lastElementChild); r.collapse(false);
		const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true })()`)
	typed := ` Mayor Ana Ruiz said the plan was sound.`
	p.do(chromedp.KeyEvent(typed))
	p.waitFor(`document.getElementById("cms-lede").report.actors.some((a) => a.name === "Ana Ruiz")`, 60*time.Second)
	time.Sleep(800 * time.Millisecond) // a late, superseded analysis would show now
	runs := eval[int](p, `Number(document.documentElement.dataset.analyses)`) - n
	t.Logf("%d keystrokes, %d analyses", len(typed), runs)
	if runs < 1 || runs > len(typed)/4 {
		t.Errorf("%d analyses for %d keystrokes: the sidebar is not debounced", runs, len(typed))
	}
	if note := eval[bool](p, `document.getElementById("cms-lede").shadowRoot.querySelector(".lede-worker-note").hidden`); !note {
		t.Errorf("the sidebar says it analyses on the page's thread")
	}
	if got := eval[string](p, `document.getElementById("cms-body").lastElementChild.textContent`); got[len(got)-len(typed):] != typed {
		t.Errorf("the editor's text is %q, the typing was lost", got)
	}
	if sent := p.sentSince(before); len(sent) > 0 {
		t.Errorf("the example sent requests after load: %q", sent)
	}
	if len(p.foreign) > 0 {
		t.Errorf("requests to other origins: %q", p.foreign)
	}
}
