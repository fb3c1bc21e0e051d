package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
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
	return handlerFor(Files), nil
}

// encodings are the precompressed forms tools/dist writes beside a file, best first.
var encodings = []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// handlerFor serves the page in fsys. A file with a .br or .gz beside it (tools/dist
// writes them) is sent in the best form the request's Accept-Encoding names, with an
// entity tag, so that a reload under no-cache revalidates to a 304 instead of 3 MB.
func handlerFor(fsys fs.FS) http.Handler {
	files := http.FileServer(http.FS(fsys))
	var tags sync.Map // encoded file name -> its entity tag
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			http.NotFound(w, r) // the page's sources, and its encoded copies under their own names
			return
		}
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", CSP)
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-cache")
		switch {
		case p == "/lede.html":
			// the one-file page is for saving and opening from the disk; served here its
			// inline scripts would be refused by the CSP above, so it downloads
			hd.Set("Content-Disposition", `attachment; filename="lede.html"`)
		case strings.HasSuffix(p, ".wasm"):
			hd.Set("Content-Type", "application/wasm")
		case strings.HasSuffix(p, ".webmanifest"):
			hd.Set("Content-Type", "application/manifest+json")
		}
		name := strings.TrimPrefix(p, "/")
		if name == "" || strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		vary := false
		for _, enc := range encodings {
			data, err := fs.ReadFile(fsys, name+enc.suffix)
			if err != nil {
				continue
			}
			if !vary {
				hd.Add("Vary", "Accept-Encoding")
				vary = true
			}
			if !accepts(r.Header.Get("Accept-Encoding"), enc.name) {
				continue
			}
			if hd.Get("Content-Type") == "" {
				if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
					hd.Set("Content-Type", ct)
				}
			}
			tag, ok := tags.Load(name + enc.suffix)
			if !ok {
				sum := sha256.Sum256(data)
				tag = `"` + hex.EncodeToString(sum[:12]) + "-" + enc.name + `"`
				tags.Store(name+enc.suffix, tag)
			}
			hd.Set("Content-Encoding", enc.name)
			hd.Set("ETag", tag.(string))
			http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
			return
		}
		files.ServeHTTP(w, r)
	})
}

// accepts reports whether an Accept-Encoding header allows the coding (named, or "*",
// and not with q=0).
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if name = strings.TrimSpace(name); name != coding && name != "*" {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
