package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"net/http"
	"strings"
	"sync"
	"time"
)

// CSP lets the page run only its own code: no inline scripts, nothing remote. The
// analysis worker may start from a blob: URL that lede.js makes of the page's own
// wasm_exec.js and lede-worker.js, so that restarting it (Cancel) fetches nothing.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

// Handler serves the embedded page. It fails when the wasm was not built into the binary
// (go build without make dist).
func Handler() (http.Handler, error) {
	if _, err := fs.Stat(Files, "lede.wasm"); err != nil {
		return nil, errors.New("this binary has no lede.wasm: build it with `make dist` (or `make run`)")
	}
	files := http.FileServer(http.FS(Files))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if strings.HasSuffix(p, ".go") {
			http.NotFound(w, r)
			return
		}
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", CSP)
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-cache")
		switch {
		case p == "/lede.wasm":
			hd.Set("Content-Type", "application/wasm")
			hd.Add("Vary", "Accept-Encoding")
			if gz := gzipped(); gz.data != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				hd.Set("Content-Encoding", "gzip")
				hd.Set("ETag", gz.etag) // with no-cache, a reload revalidates: 304, not 3 MB
				http.ServeContent(w, r, "lede.wasm", time.Time{}, bytes.NewReader(gz.data))
				return
			}
		case p == "/lede.html":
			// the one-file page is for saving and opening from the disk; served here its
			// inline scripts would be refused by the CSP above, so it downloads
			hd.Set("Content-Disposition", `attachment; filename="lede.html"`)
		case strings.HasSuffix(p, ".wasm"):
			hd.Set("Content-Type", "application/wasm")
		case strings.HasSuffix(p, ".webmanifest"):
			hd.Set("Content-Type", "application/manifest+json")
		}
		files.ServeHTTP(w, r)
	}), nil
}

// compressed is a file's gzip bytes with their entity tag.
type compressed struct {
	data []byte
	etag string
}

// gzipped is lede.wasm compressed once, on first request: a quarter of its size, which
// matters for the page's first load over a network.
var gzipped = sync.OnceValue(func() (gz compressed) {
	raw, err := fs.ReadFile(Files, "lede.wasm")
	if err != nil {
		return gz
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := zw.Write(raw); err != nil || zw.Close() != nil {
		return gz
	}
	sum := sha256.Sum256(raw)
	gz.data, gz.etag = buf.Bytes(), `"`+hex.EncodeToString(sum[:12])+`-gz"`
	return gz
})
