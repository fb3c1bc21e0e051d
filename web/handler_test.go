package web

import (
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
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
	raw, _ := fs.ReadFile(Files, "lede.wasm")
	res = get(t, h, "/lede.wasm", "Accept-Encoding", "gzip")
	if res.Header.Get("Content-Encoding") != "gzip" || res.Header.Get("Content-Type") != "application/wasm" {
		t.Fatalf("lede.wasm headers: %v", res.Header)
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if string(got) != string(raw) {
		t.Errorf("gzipped lede.wasm does not decompress to the file")
	}
	etag := res.Header.Get("ETag")
	if res := get(t, h, "/lede.wasm", "Accept-Encoding", "gzip", "If-None-Match", etag); res.StatusCode != 304 {
		t.Errorf("revalidating lede.wasm = %d, want 304", res.StatusCode)
	}
	if res := get(t, h, "/lede.wasm"); res.Header.Get("Content-Encoding") != "" || res.ContentLength != int64(len(raw)) {
		t.Errorf("lede.wasm without gzip: %v", res.Header)
	}
	if _, err := fs.Stat(Files, "lede.html"); err == nil { // make dist writes it after the wasm
		if res := get(t, h, "/lede.html"); res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("GET /lede.html = %d, Content-Disposition %q: the one-file page is a download", res.StatusCode, res.Header.Get("Content-Disposition"))
		}
	}
}
