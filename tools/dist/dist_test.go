package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// testFiles is web/'s real text files with a made-up wasm (the build's is not needed).
func testFiles(t *testing.T) webFiles {
	t.Helper()
	f := webFiles{m: map[string][]byte{}}
	for _, name := range pageFiles {
		if name == "lede.wasm" {
			f.m[name] = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("lede "), 5000)...)
			continue
		}
		if name == "wasm_exec.js" {
			f.m[name] = []byte("globalThis.Go = class {};\n")
			continue
		}
		b, err := os.ReadFile(filepath.Join("..", "..", "web", name))
		if err != nil {
			t.Fatal(err)
		}
		f.m[name] = b
	}
	f.m["LICENSE"] = []byte("MIT\n")
	return f
}

func TestOnePageInlinesEverything(t *testing.T) {
	f := testFiles(t)
	page, gz, err := onePage(f)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	// nothing is loaded from beside the page: no src= or href= but data: URIs
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[1], "data:") {
			t.Errorf("lede.html still loads %q", m[1])
		}
	}
	if strings.Contains(html, "manifest.webmanifest") {
		t.Errorf("lede.html links the manifest")
	}
	// the inline wasm is the wasm
	m := regexp.MustCompile(`<script type="application/octet-stream" id="lede-wasm-gzip">([^<]*)</script>`).FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no inline wasm")
	}
	raw, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil || len(raw) != gz {
		t.Fatalf("base64: %v (%d bytes, gzip said %d)", err, len(raw), gz)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if !bytes.Equal(got, f.get("lede.wasm")) {
		t.Errorf("the unpacked wasm differs from lede.wasm")
	}
	// lede.js comes after the script that gives it the wasm, app.js after lede.js
	order := []string{`id="lede-wasm-gzip"`, `id="lede-worker-source"`, `// lede.html: lede.wasm is inside this page`, `// lede.js loads the analyzer`, `// app.js: the page at /`}
	at := -1
	for _, s := range order {
		i := strings.Index(html, s)
		if i < 0 {
			t.Fatalf("lede.html lacks %q", s)
		}
		if i < at {
			t.Errorf("%q comes before what it needs", s)
		}
		at = i
	}
}

func TestOnePageRefusesWhatCannotGoInline(t *testing.T) {
	f := testFiles(t)
	f.m["lede.js"] = []byte(`var s = "</script>";`)
	if _, _, err := onePage(f); err == nil || !strings.Contains(err.Error(), "lede.js") {
		t.Errorf("a script holding </script> gave %v, want an error naming lede.js", err)
	}
	f = testFiles(t)
	f.m["index.html"] = []byte("<html><body></body></html>")
	if _, _, err := onePage(f); err == nil || !strings.Contains(err.Error(), "index.html no longer holds") {
		t.Errorf("an index.html without the expected tags gave %v", err)
	}
}

func TestPackage(t *testing.T) {
	dir := t.TempDir()
	n, err := writePackage(testFiles(t), dir, "1.2.3")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Name, Version string
		Exports       map[string]any
		Files         []string
	}
	b, _ := os.ReadFile(filepath.Join(dir, "package.json"))
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.Name != "lede" || m.Version != "1.2.3" || n != len(packageFiles)+3 {
		t.Errorf("package %s %s with %d files", m.Name, m.Version, n)
	}
	if root, _ := m.Exports["."].(map[string]any); root["import"] != "./lede.mjs" {
		t.Errorf(`exports["."] = %v, want the module`, m.Exports["."])
	}
	for _, f := range packageFiles {
		if m.Exports["./"+f] != "./"+f {
			t.Errorf("exports lacks ./%s", f)
		}
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the package lacks %s", f)
		}
	}
}

// TestPrecompress: each served file gets a .gz that decompresses to it (and a .br when
// the brotli command is there); a missing optional file is skipped, a missing wasm is
// an error.
func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"lede.wasm": strings.Repeat("\x00asm lede ", 500), "index.html": "<p>lede</p>"}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := precompress(dir, 1); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		gz, err := os.ReadFile(filepath.Join(dir, name+".gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := io.ReadAll(zr); string(got) != body {
			t.Errorf("%s.gz does not decompress to %s", name, name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "lede.css.gz")); err == nil {
		t.Error("a .gz of a file that is not there")
	}
	if err := os.Remove(filepath.Join(dir, "lede.wasm")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := precompress(dir, 1); err == nil {
		t.Error("no lede.wasm, and no error")
	}
}
