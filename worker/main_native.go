//go:build !(js && wasm)

package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
)

// main serves the worker's API natively, for development without wrangler:
// go run ./worker -web web  (then the page at /, the API at /api/).
func main() {
	addr := flag.String("addr", "127.0.0.1:8787", "address to listen on")
	webDir := flag.String("web", "", "also serve the static page from this directory (e.g. web)")
	origins := flag.String("allowed-origins", "*", "comma-separated origins allowed to call the API (CORS)")
	flag.Parse()
	api := newHandler(config{AllowedOrigins: parseOrigins(*origins)})
	var h http.Handler = api
	if *webDir != "" {
		files := http.FileServer(http.Dir(*webDir))
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasPrefix(r.URL.Path, "/api/") {
				api.ServeHTTP(w, r)
				return
			}
			files.ServeHTTP(w, r)
		})
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "lede worker (native): http://%s/api/health\n", ln.Addr())
	log.Fatal(newServer(h).Serve(ln))
}
