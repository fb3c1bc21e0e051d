//go:build js && wasm

// Command wasm is lede in the browser: the JS API (lede.analyze, lede.mount) and the page.
//
// web/lede.js loads this program and wraps its raw functions: lede._analyze returns
// {json} or {error}, which the wrapper turns into a report object or a thrown Error,
// because a Go function called from JS cannot throw. Every function and event handler
// behind the bridge recovers its panics: a bug is shown, the page stays alive.
//
// The same program runs twice: on the page (the UI, lede.mount and the synchronous
// lede.analyze) and in a Web Worker started by lede.js (web/lede-worker.js), where it
// only analyses, so that a long analysis never freezes the page. It knows where it is by
// the absence of a document.
package main

import (
	"syscall/js"

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
	lede.Set("_warmUp", js.FuncOf(jsWarmUp))
	lede.Set("extractHTML", js.FuncOf(jsExtractHTML))
	lede.Set("_export", js.FuncOf(jsExport))
	lede.Set("version", version)
	if inWorker() {
		lede.Set("_analyzeWire", js.FuncOf(jsAnalyzeWire))
		lede.Set("_crash", js.FuncOf(jsCrash))
	} else {
		lede.Set("mount", js.FuncOf(jsMount))
	}
	if ready := lede.Get("_ready"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// inWorker reports whether this instance runs in a Web Worker (no document, no UI).
func inWorker() bool { return js.Global().Get("document").IsUndefined() }

// jsWarmUp is lede._warmUp(): one small analysis, so that the models' lazy parsing (a
// second or so in a browser) is done before the first real one. lede.js calls it in the
// worker as soon as it runs, and on the page only when there is no worker.
func jsWarmUp(js.Value, []js.Value) any {
	defer func() { recover() }() // a failure here shows up, with a message, on Analyze
	analyzer.Analyze("Dr. Ann Lee of the Harbour Board (HB) said on Monday: \"We agree.\"", analyzer.Options{RefDate: "2023-06-28"})
	return nil
}

// jsCrash is lede._crash() in the worker, a test hook: it ends the Go program with an
// unrecovered panic, as a runtime failure (out of memory, say) would, so that the tests
// can check the page restarts the worker and says what happened.
func jsCrash(js.Value, []js.Value) any {
	go func() { panic("lede: the worker was asked to crash (test hook)") }()
	return nil
}
