package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// webFiles are the page's files by name, read once.
type webFiles struct{ m map[string][]byte }

// pageFiles are the files the page is made of; the one-file page inlines them all.
var pageFiles = []string{"index.html", "lede.css", "lede.js", "lede-worker.js", "app.js", "wasm_exec.js", "lede.wasm", "icon.svg", "lede.mjs"}

func readWeb(dir string) (webFiles, error) {
	f := webFiles{m: map[string][]byte{}}
	for _, name := range pageFiles {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return f, fmt.Errorf("%v (run `make dist`: the wasm build comes first)", err)
		}
		f.m[name] = b
	}
	// the package carries the project's licence, from the folder above the page's
	b, err := os.ReadFile(filepath.Join(dir, "..", "LICENSE"))
	if err != nil {
		return f, err
	}
	f.m["LICENSE"] = b
	return f, nil
}

func (f webFiles) get(name string) []byte { return f.m[name] }

// onePage is index.html with every file it loads inline. The wasm goes in as base64 of
// its gzip form (about 3.4 MB of 12 MB, 4.5 MB as text); the page unpacks it with the
// browser's DecompressionStream, which reads no network.
func onePage(f webFiles) (page []byte, gzipSize int, err error) {
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := zw.Write(f.get("lede.wasm")); err != nil {
		return nil, 0, err
	}
	if err := zw.Close(); err != nil {
		return nil, 0, err
	}

	html := string(f.get("index.html"))
	icon := "data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(f.get("icon.svg"))
	inline := func(name, tag string) (string, error) {
		body := string(f.get(name))
		if strings.Contains(strings.ToLower(body), "</"+tag) {
			return "", fmt.Errorf("%s holds </%s>: it cannot go inline", name, tag)
		}
		return body, nil
	}
	css, err := inline("lede.css", "style")
	if err != nil {
		return nil, 0, err
	}
	scripts := map[string]string{}
	for _, name := range []string{"wasm_exec.js", "lede-worker.js", "lede.js", "app.js"} {
		if scripts[name], err = inline(name, "script"); err != nil {
			return nil, 0, err
		}
	}
	var tail strings.Builder
	fmt.Fprintf(&tail, "<script type=\"application/octet-stream\" id=\"lede-wasm-gzip\">%s</script>\n", base64.StdEncoding.EncodeToString(gz.Bytes()))
	// the worker runs wasm_exec.js and lede-worker.js from a blob: made of this text
	fmt.Fprintf(&tail, "<script type=\"text/plain\" id=\"lede-worker-source\">%s\n;\n%s</script>\n", scripts["wasm_exec.js"], scripts["lede-worker.js"])
	fmt.Fprintf(&tail, "<script>\n%s</script>\n", scripts["wasm_exec.js"])
	fmt.Fprintf(&tail, "<script>\n%s</script>\n", unpackScript)
	fmt.Fprintf(&tail, "<script>\n%s</script>\n", scripts["lede.js"])
	fmt.Fprintf(&tail, "<script>\n%s</script>\n", scripts["app.js"])

	edits := []struct{ old, new string }{
		{`<link rel="icon" href="icon.svg" type="image/svg+xml">`, `<link rel="icon" href="` + icon + `" type="image/svg+xml">`},
		{`<link rel="manifest" href="manifest.webmanifest">` + "\n", ""},
		{`<link rel="stylesheet" href="lede.css">`, "<style>\n" + css + "</style>"},
		{`<script src="lede.js" defer></script>` + "\n", ""},
		{`<script src="app.js" defer></script>` + "\n", ""},
		{`<title>lede: article analyzer</title>`, `<title>lede: article analyzer (one file, offline)</title>`},
		{"</body>", tail.String() + "</body>"},
	}
	for _, e := range edits {
		if !strings.Contains(html, e.old) {
			return nil, 0, fmt.Errorf("index.html no longer holds %q: update tools/dist/page.go", e.old)
		}
		html = strings.Replace(html, e.old, e.new, 1)
	}
	return []byte(html), gz.Len(), nil
}

// unpackScript hands lede.js (which runs next) the wasm, the worker's script and the
// styles from this page itself, so that nothing is fetched.
const unpackScript = `// lede.html: lede.wasm is inside this page, gzip-compressed and base64-encoded.
(function () {
  "use strict";
  var text = function (id) { return document.getElementById(id).textContent; };
  var wasm = Promise.resolve().then(function () {
    if (typeof DecompressionStream !== "function") {
      throw new Error("this browser cannot unpack the analyzer (no DecompressionStream): open lede.html in a current browser");
    }
    var packed = document.getElementById("lede-wasm-gzip");
    var bin = atob(packed.textContent);
    packed.remove(); // 5 MB of text the page need not keep
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  });
  var css = "";
  document.querySelectorAll("style").forEach(function (s) { css += s.textContent; });
  window.lede = window.lede || {};
  window.lede._config = { wasm: wasm, workerSource: text("lede-worker-source"), css: css, base: location.href };
})();
`
