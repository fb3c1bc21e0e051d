package main

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// packageFiles go into the npm package as they are in web/.
var packageFiles = []string{"lede.mjs", "lede.js", "lede-worker.js", "wasm_exec.js", "lede.css", "lede.wasm"}

// packageJSON is the package's manifest. exports names every file a site may load: the
// module, the classic script (window.lede and the element), and the files they fetch
// beside themselves.
func packageJSON(version string) ([]byte, error) {
	exports := map[string]any{
		".":              map[string]string{"browser": "./lede.mjs", "import": "./lede.mjs", "default": "./lede.mjs"},
		"./package.json": "./package.json",
	}
	for _, f := range packageFiles {
		exports["./"+f] = "./" + f
	}
	m := map[string]any{
		"name":        "lede",
		"version":     version,
		"description": "Article analysis in the browser: actors, quotes, timeline and stance of a news article (Go compiled to WebAssembly)",
		"license":     "MIT",
		"browser":     "./lede.mjs",
		"module":      "./lede.mjs",
		"exports":     exports,
		"files":       append(append([]string{}, packageFiles...), "README.md", "LICENSE"),
		"sideEffects": []string{"./lede.js"},
		"keywords":    []string{"nlp", "news", "named-entities", "quotes", "webassembly", "custom-element"},
	}
	b, err := json.MarshalIndent(m, "", "  ")
	return append(b, '\n'), err
}

const packageReadme = `# lede

Article analysis that runs in the browser: the actors of a news article, who said what,
its timeline and who stands for or against whom. Go compiled to WebAssembly; nothing is
sent anywhere.

` + "```js" + `
import {load} from "lede";            // or "./node_modules/lede/lede.mjs" without a bundler
const lede = await load();            // lede.wasm is read from beside lede.mjs
const report = await lede.analyzeAsync(text, {refDate: "2023-07-12"});   // schema lede/1
` + "```" + `

` + "```html" + `
<script src="node_modules/lede/lede.js" defer></script>
<lede-analyzer ref-date="2023-07-12">Article text…</lede-analyzer>
` + "```" + `

The element dispatches lede-analyzed (detail: the report) after every analysis and
lede-error on failure. Serve the package's files as they are (lede.wasm as
application/wasm); a page under a Content-Security-Policy needs
script-src 'self' 'wasm-unsafe-eval' and worker-src 'self' blob:.
See the project's README for the whole API.
`

// writePackage empties dir and writes the package into it; it returns the file count.
func writePackage(f webFiles, dir, version string) (int, error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	manifest, err := packageJSON(version)
	if err != nil {
		return 0, err
	}
	out := map[string][]byte{"package.json": manifest, "README.md": []byte(packageReadme), "LICENSE": f.get("LICENSE")}
	for _, name := range packageFiles {
		out[name] = f.get(name)
	}
	for name, b := range out {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return 0, err
		}
	}
	return len(out), nil
}
