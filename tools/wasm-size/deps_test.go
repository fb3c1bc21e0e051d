package main

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

// notInWasm are packages lede.wasm must not link: the training side's corpus readers, and
// regexp, which carries the unicode tables and whose package-level patterns compile at
// every start (0.37 MB of the wasm when lede/internal/corpus came in for its scorer).
var notInWasm = []string{"lede/internal/corpus", "regexp"}

// TestWasmDeps: the browser build imports none of notInWasm, directly or not. The imports
// are read with go/build, in this process, so that the test cache sees every file.
func TestWasmDeps(t *testing.T) {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "js", "wasm"
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	deps := map[string]bool{}
	var walk func(path, dir string)
	walk = func(path, dir string) {
		if deps[path] {
			return
		}
		deps[path] = true
		var pkg *build.Package
		var err error
		switch {
		case dir != "":
			pkg, err = ctx.ImportDir(dir, 0)
		case path == "lede" || strings.HasPrefix(path, "lede/"):
			pkg, err = ctx.ImportDir(filepath.Join(root, strings.TrimPrefix(path, "lede")), 0)
		case !strings.Contains(strings.Split(path, "/")[0], "."): // the standard library
			pkg, err = ctx.Import(path, "", 0)
		default: // another module's package (golang.org/x/...): not followed
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, p := range pkg.Imports {
			walk(p, "")
		}
	}
	walk("lede/wasm", filepath.Join(root, "wasm"))
	if !deps["lede/analyzer"] || !deps["syscall/js"] {
		t.Fatalf("lede/wasm's imports do not include lede/analyzer and syscall/js: %v", deps)
	}
	for _, p := range notInWasm {
		if deps[p] {
			t.Errorf("lede.wasm imports %s", p)
		}
	}
}

func TestPackageOf(t *testing.T) {
	for name, want := range map[string]string{
		"golang.org_x_net_html.inBodyIM":                      "golang.org_x_net_html",
		"lede_analyzer_entity.__featurizer_.sentenceFeatures": "lede_analyzer_entity",
		"runtime.gc_mark":                                     "runtime",
		"unicode.map.init.2":                                  "unicode",
	} {
		if got := packageOf(name); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", name, got, want)
		}
	}
}
