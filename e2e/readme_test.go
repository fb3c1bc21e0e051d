package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestReadmeModuleSnippet pastes the README's ES-module snippet, as it stands, into a page
// of a site that has web/ under /lede/, and checks what it logs: the actor's name and the
// CSV table.
func TestReadmeModuleSnippet(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<!-- 2\. the ES module[^\n]*\n(<script type="module">.*?</script>)`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no <!-- 2. the ES module --> snippet")
	}
	webDir, err := filepath.Abs(filepath.Join("..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = os.Stat(filepath.Join(webDir, "lede.wasm"))
	need(t, err == nil, "no web/lede.wasm: build it with `make dist`")
	dir := t.TempDir()
	if err := os.Symlink(webDir, filepath.Join(dir, "lede")); err != nil {
		t.Fatal(err)
	}
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title>
<script>window.logged = []; const log = console.log; console.log = (...a) => { window.logged.push(JSON.stringify(a)); log(...a) };
window.addEventListener("error", (e) => window.logged.push("error: " + e.message));</script>
` + string(m[1]) + `</head><body></body></html>`
	srv := fileServer(t, dir, nil, map[string]string{"/t/snippet.html": page})
	p := newTab(t, srv.URL)
	p.do(chromedp.Navigate(srv.URL + "/t/snippet.html"))
	p.waitFor(`window.logged.length > 0`, 60*time.Second)
	got := eval[[]string](p, `window.logged`)
	if len(got) != 1 || !strings.Contains(got[0], `["Ana Ruiz"`) || !strings.Contains(got[0], `id,name,type,roles`) {
		t.Errorf("the README snippet logged %q, want the actor Ana Ruiz and the actors CSV", got)
	}
}
