// Package e2e drives the page in Debian's Chromium (chromedp): paste, analyze, read the
// panels, check that nothing runs from pasted HTML and that no request leaves the page.
// It needs web/lede.wasm (make dist) and /usr/bin/chromium (make deps-browser); without
// them it skips, or fails when CI=true.
package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"lede/web"
)

// need skips the test for a missing prerequisite, or fails it under CI=true.
func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true: a browser test may not skip)", what)
	}
	t.Skip(what)
}

func chromiumPath() string {
	for _, p := range []string{os.Getenv("LEDE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// server is the page on 127.0.0.1, counting the requests it answers.
type server struct {
	*httptest.Server
	mu    sync.Mutex
	paths []string
}

func (s *server) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.paths...)
}

// cspWriter replaces the Content-Security-Policy the page's handler sets.
type cspWriter struct {
	http.ResponseWriter
	csp   string
	wrote bool
}

func (w *cspWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		w.Header().Set("Content-Security-Policy", w.csp)
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *cspWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// page is one browser tab on the served page.
type page struct {
	t   *testing.T
	ctx context.Context
	srv *server

	mu      sync.Mutex
	foreign []string // requests the page sent to any other origin
	sent    []string // every request URL the page sent
}

// open starts a fresh Chromium (its own profile) on the page and waits until the
// analyzer is ready.
func open(t *testing.T) *page {
	t.Helper()
	p := start(t)
	p.do(chromedp.Navigate(p.srv.URL + "/"))
	p.waitReady()
	return p
}

// start starts a fresh Chromium (its own profile, with extra flags) and the page's
// server, and opens no page yet.
func start(t *testing.T, flags ...chromedp.ExecAllocatorOption) *page {
	t.Helper()
	return startWithCSP(t, "", flags...)
}

// startWithCSP is start with the page served under another Content-Security-Policy
// (csp "" keeps the page's own).
func startWithCSP(t *testing.T, csp string, flags ...chromedp.ExecAllocatorOption) *page {
	t.Helper()
	exe := chromiumPath()
	need(t, exe != "", "no Chromium: install it with `make deps-browser` (apt-get install chromium)")
	h, err := web.Handler()
	need(t, err == nil, "no web/lede.wasm: build it with `make dist`")
	srv := &server{}
	srv.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		srv.mu.Lock()
		srv.paths = append(srv.paths, r.URL.Path)
		srv.mu.Unlock()
		if csp != "" {
			w = &cspWriter{ResponseWriter: w, csp: csp}
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	opts = append(opts, flags...)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	p := &page{t: t, ctx: ctx, srv: srv}
	// start the browser with no deadline (a deadline on the first run stops the browser)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if r, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := r.Request.URL
			p.mu.Lock()
			p.sent = append(p.sent, u)
			if !strings.HasPrefix(u, srv.URL+"/") && u != srv.URL && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				p.foreign = append(p.foreign, u)
			}
			p.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	return p
}

// do runs actions with a deadline, failing the test on error.
func (p *page) do(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 45*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JavaScript expression into a T.
func eval[T any](p *page, js string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 45*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluating %.80q: %v", js, err)
	}
	return v
}

// waitFor polls a JavaScript predicate until it is truthy.
func (p *page) waitFor(js string, timeout time.Duration) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, timeout+5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		p.t.Fatalf("waiting for %s: %v", js, err)
	}
}

func (p *page) waitReady() {
	p.t.Helper()
	p.waitFor(`document.documentElement.dataset.ledeReady === "true" && !!document.querySelector(".lede-textarea")`, 30*time.Second)
}
