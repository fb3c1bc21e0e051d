// Command dist writes what `make dist` adds to the static page in web/:
//
//   - web/lede.html, the whole app in one file for a laptop: the page, its scripts and
//     styles inline and lede.wasm gzip-compressed and base64-encoded inside it, unpacked
//     in the browser (DecompressionStream), so that a double click opens a working
//     analyzer from file:// with no network and no server;
//   - an npm package folder (default dist/npm): package.json with exports, the ES module,
//     the classic script with the <lede-analyzer> element, the worker, the styles and
//     the wasm; `npm pack` there makes the tarball a site installs;
//   - beside each file a server sends, its .gz and .br (compress.go), which `lede serve`
//     sends to a browser that accepts them.
//
// Usage: go run ./tools/dist -web web -html web/lede.html -npm dist/npm
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	webDir := flag.String("web", "web", "the page's folder, after the wasm build")
	htmlOut := flag.String("html", "web/lede.html", "the one-file page to write")
	npmOut := flag.String("npm", "dist/npm", "the npm package folder to write (emptied first)")
	version := flag.String("version", "0.1.0", "the npm package's version")
	brotliQ := flag.Int("brotli-quality", 11, "brotli quality of the .br files (0-11; 11 takes about a minute for lede.wasm), -1: no .gz or .br")
	flag.Parse()
	if err := run(*webDir, *htmlOut, *npmOut, *version, *brotliQ); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

func run(webDir, htmlOut, npmOut, version string, brotliQ int) error {
	files, err := readWeb(webDir)
	if err != nil {
		return err
	}
	page, gzipSize, err := onePage(files)
	if err != nil {
		return err
	}
	if err := os.WriteFile(htmlOut, page, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes (lede.wasm %d bytes, gzip %d)\n", htmlOut, len(page), len(files.get("lede.wasm")), gzipSize)
	if brotliQ >= 0 {
		gz, br, err := precompress(webDir, brotliQ)
		if err != nil {
			return err
		}
		fmt.Printf("%s: precompressed beside each file (lede.wasm.gz %d bytes, lede.wasm.br %d)\n", webDir, gz, br)
	}
	if npmOut == "" {
		return nil
	}
	n, err := writePackage(files, npmOut, version)
	if err != nil {
		return err
	}
	fmt.Printf("%s: npm package lede %s, %d files\n", npmOut, version, n)
	return nil
}
