package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// The libraries a site would use instead of lede, pinned, installed from npm into a
// temporary folder (never the project) and bundled with esbuild as a site ships them:
// one minified script per library that defines window.bench.
var npmPackages = []string{
	"compromise@14.17.0", "compromise-dates@3.9.0",
	"wink-nlp@2.4.0", "wink-eng-lite-web-model@1.8.1",
	"chrono-node@2.10.3", "esbuild@0.28.2",
}

// peer is one library: its bundle's entry (ES module source) and what one call does.
type peer struct {
	name  string // column heading
	entry string // the bundle's source: sets window.bench = {ready: Promise, run(text)}
}

var peers = []peer{
	{"compromise + dates", `
import nlp from "compromise";
import dates from "compromise-dates";
nlp.plugin(dates);
window.bench = {
  ready: Promise.resolve(),
  // people, places, organisations and dates: what lede's report has
  run(text) {
    const d = nlp(text);
    return [d.people().json().length, d.places().json().length, d.organizations().json().length,
      d.dates({ today: "2005-03-10" }).json().length];
  },
};`},
	{"wink-nlp + lite model", `
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model);
const its = nlp.its;
window.bench = {
  ready: Promise.resolve(),
  run(text) {
    const d = nlp.readDoc(text);
    return [d.entities().out(its.detail).length, d.sentences().length()];
  },
};`},
	{"chrono-node", `
import * as chrono from "chrono-node";
window.bench = {
  ready: Promise.resolve(),
  run(text) { return chrono.parse(text, new Date("2005-03-10T12:00:00Z")).length; },
};`},
}

// installPeers installs the packages into dir and bundles each peer into
// dir/<i>.js, returning the bundles' paths.
func installPeers(dir string) ([]string, error) {
	for _, tool := range []string{"npm", "node"} {
		if _, err := exec.LookPath(tool); err != nil {
			return nil, fmt.Errorf("no %s: the peers come from npm (make deps-worker installs Node.js)", tool)
		}
	}
	args := append([]string{"install", "--silent", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix", dir}, npmPackages...)
	if out, err := exec.Command("npm", args...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("npm install: %v\n%s", err, out)
	}
	esbuild := filepath.Join(dir, "node_modules", ".bin", "esbuild")
	var bundles []string
	for i, p := range peers {
		src := filepath.Join(dir, fmt.Sprintf("entry%d.mjs", i))
		if err := os.WriteFile(src, []byte(p.entry), 0o644); err != nil {
			return nil, err
		}
		out := filepath.Join(dir, fmt.Sprintf("peer%d.js", i))
		cmd := exec.Command(esbuild, src, "--bundle", "--minify", "--format=iife", "--platform=browser", "--outfile="+out, "--log-level=error")
		cmd.Dir = dir
		if b, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("esbuild %s: %v\n%s", p.name, err, b)
		}
		bundles = append(bundles, out)
	}
	return bundles, nil
}

// brotliBytes is the size of files compressed with brotli at its highest quality (node's
// zlib: no brotli in Go's standard library), as a server would send them precompressed.
// Each file is compressed once per run (the wasm takes a while).
func brotliBytes(dir string, files ...string) (int, error) {
	total := 0
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return 0, err
		}
		n, ok := brotliSizes[abs]
		if !ok {
			if n, err = brotliSize(dir, abs); err != nil {
				return 0, err
			}
			brotliSizes[abs] = n
		}
		total += n
	}
	return total, nil
}

var brotliSizes = map[string]int{}

func brotliSize(dir, file string) (int, error) {
	script := `const z=require("zlib"),fs=require("fs");const b=fs.readFileSync(process.argv[1]);` +
		`console.log(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}).length)`
	cmd := exec.Command("node", "-e", script, file)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("brotli size of %s: %v", file, err)
	}
	var n int
	_, err = fmt.Sscan(string(out), &n)
	return n, err
}
