//go:build js && wasm

// Command wasm is lede in the browser: the JS API (lede.analyze, lede.mount) and the page.
//
// web/lede.js loads this program and wraps its raw functions: lede._analyze returns
// {json} or {error}, which the wrapper turns into a report object or a thrown Error,
// because a Go function called from JS cannot throw. Every function and event handler
// behind the bridge recovers its panics: a bug is shown, the page stays alive.
package main

import (
	"syscall/js"
	"time"

	"lede/analyzer"
)

// version is shown in the page footer and returned by lede.version.
const version = "lede/1"

func main() {
	lede := js.Global().Get("lede")
	if lede.Type() != js.TypeObject {
		lede = js.Global().Get("Object").New()
		js.Global().Set("lede", lede)
	}
	lede.Set("_analyze", js.FuncOf(jsAnalyze))
	lede.Set("extractHTML", js.FuncOf(jsExtractHTML))
	lede.Set("mount", js.FuncOf(jsMount))
	lede.Set("version", version)
	if ready := lede.Get("_ready"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	go warmUp()
	select {}
}

// warmUp runs one small analysis soon after the page is drawn, so that the models' lazy
// parsing (a second or so in a browser) is done before the first Analyze.
func warmUp() {
	defer func() { recover() }() // a failure here shows up, with a message, on Analyze
	time.Sleep(300 * time.Millisecond)
	analyzer.Analyze("Dr. Ann Lee of the Harbour Board (HB) said on Monday: \"We agree.\"", analyzer.Options{RefDate: "2023-06-28"})
}
