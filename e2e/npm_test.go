package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// sitePage is a scratch site's page that uses the installed package the way the
// package's README says: the module through an import map, and the element.
const sitePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>a site</title>
<script type="importmap">{"imports": {"lede": "./node_modules/lede/lede.mjs"}}</script>
<script type="module">
window.events = [];
document.addEventListener("lede-analyzed", (e) => window.events.push(e.detail.actors.map((a) => a.name)));
import {load} from "lede";
window.result = load().then(async (lede) => {
  const r = await lede.analyzeAsync("Mayor Ana Ruiz opened the bridge on Monday. \"It took ten years,\" Ruiz said.", {refDate: "2023-07-12"});
  return [r.schema, r.refDate, String(r.quotes.length), ...r.actors.map((a) => a.name)];
});
</script>
</head><body>
<lede-analyzer ref-date="2023-07-12">Dr. Ann Lee of the Harbour Board spoke on Monday.</lede-analyzer>
</body></html>`

// npm runs npm in dir and returns its standard output.
func npm(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("npm", append(args, "--no-audit", "--no-fund", "--loglevel=error")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "npm_config_update_notifier=false")
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("npm %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
	return out
}

// TestNPMPackage packs dist/npm (make dist) with npm pack, installs the tarball into a
// scratch project with no network (--offline) and loads it in a page: the module
// analyses in its worker and the element draws and reports.
func TestNPMPackage(t *testing.T) {
	_, err := exec.LookPath("npm")
	need(t, err == nil, "no npm: install Node.js (apt-get install npm)")
	pkg, err := filepath.Abs(filepath.Join("..", "dist", "npm"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = os.Stat(filepath.Join(pkg, "package.json"))
	need(t, err == nil, "no dist/npm: build it with `make dist`")

	tmp := t.TempDir()
	var packed []struct {
		Filename string
		Size     int
		Files    []struct{ Path string }
	}
	if err := json.Unmarshal(npm(t, pkg, "pack", "--json", "--pack-destination", tmp), &packed); err != nil || len(packed) != 1 {
		t.Fatalf("npm pack --json: %v %+v", err, packed)
	}
	var files []string
	for _, f := range packed[0].Files {
		files = append(files, f.Path)
	}
	for _, want := range []string{"package.json", "lede.mjs", "lede.js", "lede-worker.js", "wasm_exec.js", "lede.css", "lede.wasm", "LICENSE"} {
		if !contains(files, want) {
			t.Errorf("the tarball lacks %s: %q", want, files)
		}
	}
	t.Logf("%s: %d bytes, %d files", packed[0].Filename, packed[0].Size, len(files))

	site := filepath.Join(tmp, "site")
	os.Mkdir(site, 0o755)
	os.WriteFile(filepath.Join(site, "package.json"), []byte(`{"name": "a-site", "version": "1.0.0", "private": true}`+"\n"), 0o644)
	npm(t, site, "install", "--offline", filepath.Join(tmp, packed[0].Filename))
	var manifest struct {
		Name    string
		Exports map[string]any
	}
	b, err := os.ReadFile(filepath.Join(site, "node_modules", "lede", "package.json"))
	if err != nil || json.Unmarshal(b, &manifest) != nil || manifest.Name != "lede" || manifest.Exports["."] == nil || manifest.Exports["./lede.wasm"] == nil {
		t.Fatalf("installed package.json: %v %s", err, b)
	}
	os.WriteFile(filepath.Join(site, "index.html"), []byte(sitePage), 0o644)

	srv := fileServer(t, site, nil, nil)
	p := newTab(t, srv.URL)
	p.do(chromedp.Navigate(srv.URL + "/index.html"))
	got := eval[[]string](p, `window.result`)
	if len(got) < 4 || got[0] != "lede/1" || got[1] != "2023-07-12" || got[2] != "1" || !contains(got[3:], "Ana Ruiz") {
		t.Errorf("the installed module's analyzeAsync gave %q, want lede/1, the date, one quote, Ana Ruiz", got)
	}
	p.waitFor(`window.events.length > 0`, 60*time.Second)
	if ev := eval[[][]string](p, `window.events`); !contains(ev[0], "Ann Lee") {
		t.Errorf("the installed element reported %q", ev)
	}
	if !contains(srv.requests(), "/node_modules/lede/lede.wasm") {
		t.Errorf("the wasm did not come from the installed package: %q", srv.requests())
	}
}
