package web

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, h http.Handler, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestHandler(t *testing.T) {
	if _, err := fs.Stat(Files, "lede.wasm"); err != nil {
		t.Skip("no lede.wasm: run make dist")
	}
	h, err := Handler()
	if err != nil {
		t.Fatal(err)
	}
	res := get(t, h, "/")
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.Contains(string(body), `<script src="lede.js"`) {
		t.Fatalf("GET / = %d %.100q", res.StatusCode, body)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP %q", csp)
	} else if !strings.Contains(csp, "worker-src 'self' blob:") {
		t.Errorf("CSP %q: the analysis worker starts from a blob: URL of the page's own scripts", csp)
	}
	if res := get(t, h, "/handler.go"); res.StatusCode != 404 {
		t.Errorf("GET /handler.go = %d, want 404: the page's source files are not served", res.StatusCode)
	}
	if _, err := fs.Stat(Files, "lede.html"); err == nil { // make dist writes it after the wasm
		if res := get(t, h, "/lede.html"); res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("GET /lede.html = %d, Content-Disposition %q: the one-file page is a download", res.StatusCode, res.Header.Get("Content-Disposition"))
		}
	}
}

// TestPrecompressed: a file with .br and .gz beside it goes out in the best coding the
// request accepts, revalidates by entity tag, and goes out as it is to a client that
// accepts neither; the encoded copies are not served under their own names.
func TestPrecompressed(t *testing.T) {
	fsys := fstest.MapFS{
		"lede.wasm":     {Data: []byte("raw wasm")},
		"lede.wasm.br":  {Data: []byte("brotli wasm")},
		"lede.wasm.gz":  {Data: []byte("gzip wasm")},
		"index.html":    {Data: []byte("<p>page</p>")},
		"index.html.gz": {Data: []byte("gzip page")},
		"lede.css":      {Data: []byte("p{}")},
	}
	h := handlerFor(fsys)
	for _, c := range []struct{ path, accept, coding, body, contentType string }{
		{"/lede.wasm", "gzip, deflate, br, zstd", "br", "brotli wasm", "application/wasm"},
		{"/lede.wasm", "gzip", "gzip", "gzip wasm", "application/wasm"},
		{"/lede.wasm", "br;q=0, gzip", "gzip", "gzip wasm", "application/wasm"},
		{"/lede.wasm", "", "", "raw wasm", "application/wasm"},
		{"/", "br, gzip", "gzip", "gzip page", "text/html; charset=utf-8"},
		{"/lede.css", "br, gzip", "", "p{}", "text/css; charset=utf-8"},
	} {
		res := get(t, h, c.path, "Accept-Encoding", c.accept)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != c.coding || string(body) != c.body || res.Header.Get("Content-Type") != c.contentType {
			t.Errorf("GET %s (Accept-Encoding %q) = %d, coding %q, type %q, body %q; want coding %q, type %q, body %q",
				c.path, c.accept, res.StatusCode, res.Header.Get("Content-Encoding"), res.Header.Get("Content-Type"), body, c.coding, c.contentType, c.body)
		}
		if c.coding != "" {
			if v := res.Header.Values("Vary"); len(v) != 1 || v[0] != "Accept-Encoding" {
				t.Errorf("GET %s: Vary %q, want Accept-Encoding once", c.path, v)
			}
			etag := res.Header.Get("ETag")
			if res := get(t, h, c.path, "Accept-Encoding", c.accept, "If-None-Match", etag); etag == "" || res.StatusCode != 304 {
				t.Errorf("revalidating %s with ETag %q = %d, want 304", c.path, etag, res.StatusCode)
			}
		}
	}
	if res := get(t, h, "/lede.wasm.br"); res.StatusCode != 404 {
		t.Errorf("GET /lede.wasm.br = %d, want 404", res.StatusCode)
	}
}

func TestAccepts(t *testing.T) {
	for _, c := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip", "br", false},
		{"br;q=0", "br", false},
		{"br; q=0.5", "br", true},
		{"*", "gzip", true},
		{"", "gzip", false},
	} {
		if got := accepts(c.header, c.coding); got != c.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", c.header, c.coding, got, c.want)
		}
	}
}
