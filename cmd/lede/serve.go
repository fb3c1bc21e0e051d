package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"lede/web"
)

// serveCmd serves the page with its assets embedded in the binary (web.Handler), so one
// binary is the whole app, offline.
func serveCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	h, err := web.Handler()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "lede: serving the page at http://%s/ (Ctrl+C to stop)\n", ln.Addr())
	return newServer(h).Serve(ln)
}

// newServer serves h with deadlines: a client that sends its request slowly, or never,
// is dropped rather than held (the page's files are small; nothing is uploaded).
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}
