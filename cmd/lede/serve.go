package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strings"

	"lede/web"
)

func serveCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	h, err := pageHandler()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "lede: serving the page at http://%s/ (Ctrl+C to stop)\n", ln.Addr())
	return http.Serve(ln, h)
}

// pageHandler serves the embedded page. It fails when the wasm was not built into the
// binary (go build without make dist).
func pageHandler() (http.Handler, error) {
	if _, err := fs.Stat(web.Files, "lede.wasm"); err != nil {
		return nil, errors.New("this binary has no lede.wasm: build it with `make dist` (or `make run`)")
	}
	files := http.FileServer(http.FS(web.Files))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		// the page runs only its own code: no inline scripts, no remote anything
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'")
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			h.Set("Content-Type", "application/wasm")
		}
		if strings.HasSuffix(r.URL.Path, ".go") {
			http.NotFound(w, r)
			return
		}
		h.Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	}), nil
}
