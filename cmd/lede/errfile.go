package main

import (
	"bufio"
	"io"
	"os"
)

// errorFile opens the file named by environment variable env for a scorer's error list
// (LEDE_QUOTE_ERRORS=FILE ...), or io.Discard when it is unset. close flushes and closes.
func errorFile(env string) (w io.Writer, close func(), err error) {
	p := os.Getenv(env)
	if p == "" {
		return io.Discard, func() {}, nil
	}
	fh, err := os.Create(p)
	if err != nil {
		return nil, nil, err
	}
	bw := bufio.NewWriter(fh)
	return bw, func() { bw.Flush(); fh.Close() }, nil
}
