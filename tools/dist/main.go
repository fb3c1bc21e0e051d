// Command dist writes what `make dist` adds to the static page in web/:
//
//   - web/lede.html, the whole app in one file for a laptop: the page, its scripts and
//     styles inline and lede.wasm gzip-compressed and base64-encoded inside it, unpacked
//     in the browser (DecompressionStream), so that a double click opens a working
//     analyzer from file:// with no network and no server;
//   - an npm package folder (default dist/npm): package.json with exports, the ES module,
//     the classic script with the <lede-analyzer> element, the worker, the styles and
//     the wasm; `npm pack` there makes the tarball a site installs.
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
	flag.Parse()
	if err := run(*webDir, *htmlOut, *npmOut, *version); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

func run(webDir, htmlOut, npmOut, version string) error {
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
