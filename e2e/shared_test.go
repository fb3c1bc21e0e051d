package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// One Chromium serves the embedding tests (the module, the element, the npm package, the
// one-file page, the CMS example): each gets a tab of its own, which saves a browser
// start (seconds on a loaded machine) per test. The older tests start their own browser
// because they need flags or a fresh profile.
var shared struct {
	once   sync.Once
	ctx    context.Context
	cancel func()
	err    error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.cancel != nil {
		shared.cancel()
	}
	os.Exit(code)
}

func sharedBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := chromiumPath()
	need(t, exe != "", "no Chromium: install it with `make deps-browser` (apt-get install chromium)")
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "lede-e2e-profile-")
		if err != nil {
			shared.err = err
			return
		}
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
			chromedp.UserDataDir(dir),
			chromedp.WindowSize(1280, 900),
		)
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancel := chromedp.NewContext(allocCtx)
		shared.ctx = ctx
		shared.cancel = func() { cancel(); cancelAlloc(); os.RemoveAll(dir) }
		// the first run starts the browser; it gets no deadline (a deadline would stop it)
		shared.err = chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900))
	})
	if shared.err != nil {
		t.Fatalf("starting Chromium: %v", shared.err)
	}
	return shared.ctx
}

// newTab opens a tab of the shared browser on nothing yet; origin is the server whose
// requests count as the page's own ("" for a page from file://).
func newTab(t *testing.T, origin string) *page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(sharedBrowser(t))
	t.Cleanup(cancel)
	p := &page{t: t, ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if r, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := r.Request.URL
			p.mu.Lock()
			p.sent = append(p.sent, u)
			own := origin != "" && (strings.HasPrefix(u, origin+"/") || u == origin)
			if !own && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") && !strings.HasPrefix(u, "file:") {
				p.foreign = append(p.foreign, u)
			}
			p.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	return p
}

// sentSince is every request the tab sent after the first n, less blob: URLs (memory).
func (p *page) sentSince(n int) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, u := range p.sent[n:] {
		if !strings.HasPrefix(u, "blob:") {
			out = append(out, u)
		}
	}
	return out
}

func (p *page) sentCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.sent)
}

// fileServer serves a folder on 127.0.0.1 (lede.wasm as application/wasm), counting
// requests; extra maps paths to made-up files (test pages) served before the folder's.
func fileServer(t *testing.T, dir string, header http.Header, extra map[string]string) *server {
	t.Helper()
	files := http.FileServer(http.Dir(dir))
	srv := &server{}
	srv.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		srv.mu.Lock()
		srv.paths = append(srv.paths, r.URL.Path)
		srv.mu.Unlock()
		for k, v := range header {
			w.Header()[k] = v
		}
		w.Header().Set("Cache-Control", "no-cache")
		if body, ok := extra[r.URL.Path]; ok {
			switch {
			case strings.HasSuffix(r.URL.Path, ".js"):
				w.Header().Set("Content-Type", "text/javascript")
			case strings.HasSuffix(r.URL.Path, ".css"):
				w.Header().Set("Content-Type", "text/css")
			default:
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
			}
			w.Write([]byte(body))
			return
		}
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			w.Header().Set("Content-Type", "application/wasm")
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}
