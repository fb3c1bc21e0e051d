package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// servedFiles are the page's files a server sends; each gets a .gz and a .br beside it
// (web/lede.html is a download, already packed, and gets neither).
var servedFiles = []string{"index.html", "lede.css", "lede.js", "lede-worker.js", "app.js", "wasm_exec.js",
	"lede.wasm", "icon.svg", "lede.mjs", "sw.js", "manifest.webmanifest", "embed-example.html"}

// precompress writes name.gz (gzip -9) and name.br (brotli at quality, with the brotli
// command: Go's standard library has no brotli encoder) beside each served file, so
// that `lede serve` sends the smallest form the browser accepts without compressing per
// request. A copy already newer than its file is kept: brotli at quality 11 takes about
// a minute of CPU for lede.wasm. Without the brotli command the page is served gzip and
// a line says so. It returns the bytes written per encoding for lede.wasm.
func precompress(dir string, quality int) (gz, br int, err error) {
	brotli, _ := exec.LookPath("brotli")
	if brotli == "" {
		fmt.Println("dist: no brotli command (apt-get install brotli): the page is served gzip only")
	}
	for _, name := range servedFiles {
		src := filepath.Join(dir, name)
		info, err := os.Stat(src)
		if err != nil {
			if os.IsNotExist(err) && name != "lede.wasm" {
				continue
			}
			return 0, 0, err
		}
		fresh := func(out string) bool {
			o, err := os.Stat(out)
			return err == nil && o.ModTime().After(info.ModTime())
		}
		if !fresh(src + ".gz") {
			if err := writeGzip(src); err != nil {
				return 0, 0, err
			}
		}
		if brotli != "" && !fresh(src+".br") {
			q := fmt.Sprint(quality)
			if out, err := exec.Command(brotli, "-f", "-q", q, "-w", "24", "-o", src+".br", src).CombinedOutput(); err != nil {
				return 0, 0, fmt.Errorf("brotli %s: %v: %s", name, err, strings.TrimSpace(string(out)))
			}
		}
	}
	wasm := filepath.Join(dir, "lede.wasm")
	if i, err := os.Stat(wasm + ".gz"); err == nil {
		gz = int(i.Size())
	}
	if i, err := os.Stat(wasm + ".br"); err == nil {
		br = int(i.Size())
	}
	return gz, br, nil
}

func writeGzip(src string) error {
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := zw.Write(raw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(src+".gz", b.Bytes(), 0o644)
}
