//go:build js && wasm

package main

import (
	"syscall/js"

	"lede/analyzer"
)

// hooks are an embedder's callbacks, from lede.mount's options. lede.js builds on them:
// the promise that controller.analyze() returns and the <lede-analyzer> element's
// lede-analyzed and lede-error events.
type hooks struct {
	analyzed js.Value // onAnalyzed(report): after every analysis whose result is drawn
	failed   js.Value // onError(message): an analysis failed (bad input, a bug)
	idle     js.Value // onIdle(reason): a run ended with no result: "cancelled", "empty"
}

// readHooks takes the callbacks from mount's options; a missing one stays undefined.
func readHooks(opts js.Value) hooks {
	fn := func(name string) js.Value {
		if v := opts.Get(name); v.Type() == js.TypeFunction {
			return v
		}
		return js.Undefined()
	}
	return hooks{analyzed: fn("onAnalyzed"), failed: fn("onError"), idle: fn("onIdle")}
}

// call invokes a hook; an exception in the embedder's code is its own and is not allowed
// to stop the app (it is reported on the console, where the embedder looks).
func call(hook js.Value, arg any) {
	if hook.Type() != js.TypeFunction {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			js.Global().Get("console").Call("error", "lede: a mount callback threw:", js.ValueOf(jsMessage(r)))
		}
	}()
	hook.Invoke(arg)
}

func jsMessage(r any) string {
	if e, ok := r.(js.Error); ok {
		return e.Error()
	}
	if e, ok := r.(error); ok {
		return e.Error()
	}
	return "panic"
}

// notifyAnalyzed hands the drawn report to onAnalyzed, as a plain object; it is made
// only when someone listens, since a long text's report is large.
func (a *app) notifyAnalyzed(rep *analyzer.Report) {
	if a.hooks.analyzed.Type() == js.TypeFunction {
		call(a.hooks.analyzed, jsAnalyzeResult(rep))
	}
}

func (a *app) notifyFailed(msg string) { call(a.hooks.failed, msg) }

func (a *app) notifyIdle(reason string) { call(a.hooks.idle, reason) }
