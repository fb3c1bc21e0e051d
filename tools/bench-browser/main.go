// Command bench-browser measures lede's page in headless Chromium beside the libraries a
// site would use instead (compromise with its dates plugin, wink-nlp with its lite web
// model, chrono-node), in one run, on a 1,000- and a 10,000-word article: load to ready,
// the first call, the steady time per article, growth from 1k to 10k words, the
// renderer's private anonymous memory (RssAnon) and the bytes on the wire (brotli). It
// prints the table, with lede/peer ratios, and issue 14's budgets, checked and printed
// (never asserted: the machine is shared). `make bench` runs it:
//
//	go run ./tools/bench-browser -web web -data ../shared/data
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

func main() {
	web := flag.String("web", "web", "the page's folder (lede.js, lede.wasm, ...), as `make dist` leaves it")
	data := flag.String("data", "../shared/data", "the shared data: BBC news articles from corpora/bbc when present")
	npmDir := flag.String("npm", "", "folder for the peers' npm packages (default: a new temporary one, removed after)")
	runs := flag.Int("runs", 15, "steady calls on the 1k article (the 10k one gets a third as many, at least 3)")
	flag.Parse()
	if err := run(*web, *data, *npmDir, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench-browser:", err)
		os.Exit(1)
	}
}

func run(web, data, npmDir string, runs int) error {
	exe := chromium()
	if exe == "" {
		return errors.New("no Chromium (make deps-browser installs it)")
	}
	if npmDir == "" {
		d, err := os.MkdirTemp("", "lede-bench-npm-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		npmDir = d
	}
	bundles, err := installPeers(npmDir)
	if err != nil {
		return err
	}
	short, long, source := articles(data)
	fmt.Printf("articles: %s; %d and %d words\n", source, words(short), words(long))

	srv, err := serve(web, bundles)
	if err != nil {
		return err
	}
	defer srv.Close()

	var cols []column
	ledeFiles := []string{"lede.js", "lede-worker.js", "wasm_exec.js", "lede.wasm"}
	for i := range ledeFiles {
		ledeFiles[i] = filepath.Join(web, ledeFiles[i])
	}
	wire, err := brotliBytes(npmDir, ledeFiles...)
	if err != nil {
		return err
	}
	c, err := measure(exe, srv.url+"/lede/bench.html", short, long, runs)
	if err != nil {
		return fmt.Errorf("lede: %w", err)
	}
	c.name, c.wire = "lede", wire
	cols = append(cols, c)
	for i, p := range peers {
		wire, err := brotliBytes(npmDir, bundles[i])
		if err != nil {
			return err
		}
		c, err := measure(exe, fmt.Sprintf("%s/peer/%d.html", srv.url, i), short, long, runs)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		c.name, c.wire = p.name, wire
		cols = append(cols, c)
	}
	wasm, err := brotliBytes(npmDir, filepath.Join(web, "lede.wasm"))
	if err != nil {
		return err
	}
	printTable(cols)
	printBudgets(cols, wasm)
	return nil
}

// column is one library's figures (times in ms, memory and sizes in bytes).
type column struct {
	name                string
	ready, first        float64 // navigation to ready; the first 1k call after it
	steady1k, steady10k float64 // medians
	rssAnon             int64
	wire                int
}

// measure opens url in a fresh Chromium (its own processes, so that the renderer's memory
// is this library's alone) and times window.bench there.
func measure(exe, url, short, long string, runs int) (column, error) {
	var c column
	dir, err := os.MkdirTemp("", "lede-bench-profile-")
	if err != nil {
		return c, err
	}
	defer os.RemoveAll(dir)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(dir))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancelTime := context.WithTimeout(ctx, 10*time.Minute)
	defer cancelTime()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return c, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[any](`window.readyAt || window.benchError`, chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
		return c, fmt.Errorf("waiting for ready: %w", err)
	}
	if failed, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.benchError || ""`)); err != nil || failed != "" {
		return c, fmt.Errorf("page: %s %v", failed, err)
	}
	if c.ready, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`window.readyAt`)); err != nil {
		return c, err
	}
	// the texts go in first, so that passing them is not timed
	set := fmt.Sprintf(`window.texts = {short: %s, long: %s}; true`, jsString(short), jsString(long))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](set)); err != nil {
		return c, err
	}
	timed := func(which string) (float64, error) {
		js := `(() => { const t = performance.now(); window.bench.run(window.texts.` + which + `); return performance.now() - t; })()`
		return chromedp.Run(ctx, chromedp.Evaluate[float64](js))
	}
	if c.first, err = timed("short"); err != nil {
		return c, err
	}
	median := func(which string, n int) (float64, error) {
		var ts []float64
		for range n {
			ms, err := timed(which)
			if err != nil {
				return 0, err
			}
			ts = append(ts, ms)
		}
		sort.Float64s(ts)
		return ts[len(ts)/2], nil
	}
	if c.steady1k, err = median("short", runs); err != nil {
		return c, err
	}
	if c.steady10k, err = median("long", max(3, runs/3)); err != nil {
		return c, err
	}
	c.rssAnon = rendererRssAnon(chromedp.FromContext(ctx).Browser.Process())
	return c, nil
}

// rendererRssAnon is the largest RssAnon among the browser's renderer processes (the
// page's; a worker runs inside its page's renderer).
func rendererRssAnon(browser *os.Process) int64 {
	if browser == nil {
		return 0
	}
	children := map[int][]int{}
	procs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, f := range procs {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'
		s := string(b)
		var pid, ppid int
		var state string
		fmt.Sscan(s, &pid)
		if k := strings.LastIndexByte(s, ')'); k > 0 {
			fmt.Sscan(s[k+1:], &state, &ppid)
		}
		children[ppid] = append(children[ppid], pid)
	}
	var best int64
	var walk func(pid int)
	walk = func(pid int) {
		for _, ch := range children[pid] {
			cmd, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", ch))
			if strings.Contains(string(cmd), "--type=renderer") {
				best = max(best, rssAnon(ch))
			}
			walk(ch)
		}
	}
	walk(browser.Pid)
	return best
}

func rssAnon(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "RssAnon:") {
			var kb int64
			fmt.Sscan(strings.TrimPrefix(line, "RssAnon:"), &kb)
			return kb << 10
		}
	}
	return 0
}

// server serves the page's folder at /lede/ (with a bench.html that loads lede.js as a
// site would) and each peer's bundle at /peer/.
type server struct {
	url   string
	close func()
}

func (s *server) Close() { s.close() }

func serve(web string, bundles []string) (*server, error) {
	mux := http.NewServeMux()
	page := func(scripts, ready string) string {
		return `<!doctype html><meta charset="utf-8"><title>bench</title>` + scripts +
			`<script>window.onerror = (m) => { window.benchError = String(m); };
try { ` + ready + `.then(() => { window.readyAt = performance.now(); }, (e) => { window.benchError = String(e); }); }
catch (e) { window.benchError = String(e); }</script>`
	}
	mux.HandleFunc("/lede/bench.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(`<script src="lede.js"></script>
<script>window.bench = { ready: lede.ready, run(text) { return lede.analyze(text, { refDate: "2005-03-10" }); } };</script>`,
			`window.bench.ready`))
	})
	mux.Handle("/lede/", http.StripPrefix("/lede/", http.FileServer(http.Dir(web))))
	for i, b := range bundles {
		mux.HandleFunc(fmt.Sprintf("/peer/%d.html", i), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page(fmt.Sprintf(`<script src="%d.js"></script>`, i), `window.bench.ready`))
		})
		mux.HandleFunc(fmt.Sprintf("/peer/%d.js", i), func(w http.ResponseWriter, r *http.Request) {
			http.ServeFile(w, r, b)
		})
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	hs := &http.Server{Handler: mux}
	go hs.Serve(ln)
	return &server{url: "http://" + ln.Addr().String(), close: func() { hs.Close() }}, nil
}

func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}
