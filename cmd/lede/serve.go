package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"

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
	return http.Serve(ln, h)
}
