//go:build js && wasm

package main

// The page's side of the background worker (web/lede-worker.js, run by lede.js): each
// mounted app sends its runs through a client of lede._pool and awaits the promise; the
// worker answers with the report in wire form, which the page reads far faster than JSON.

import (
	"sync"
	"syscall/js"

	"lede/analyzer"
	"lede/wasm/wire"
)

// workerClient is this app's line of jobs in the background worker, or undefined when
// no worker can run here.
func (a *app) workerClient() js.Value {
	pool := js.Global().Get("lede").Get("_pool")
	if !pool.Truthy() || pool.Get("state").String() == "unavailable" {
		return js.Undefined()
	}
	if !a.client.Truthy() {
		a.client = pool.Call("client", true)
	}
	return a.client
}

// watchWorker shows, beside Analyze, when the analysis has to run on the page's thread.
func (a *app) watchWorker() {
	pool := js.Global().Get("lede").Get("_pool")
	if !pool.Truthy() {
		return
	}
	show := func(state, reason string) {
		if state != "unavailable" {
			a.workerNote.SetAttribute("hidden", "")
			return
		}
		a.workerNote.SetTextContent("The analysis runs on this page's own thread here (no background worker: " +
			reason + "), so a long text freezes the page until it is done.")
		a.workerNote.RemoveAttribute("hidden")
	}
	show(pool.Get("state").String(), pool.Get("reason").String())
	pool.Call("onchange", js.FuncOf(func(_ js.Value, args []js.Value) any {
		a.safely(func() { show(args[0].String(), args[1].String()) })
		return nil
	}))
}

// rejection is a rejected promise's reason: an Error whose flags (cancelled,
// superseded, unavailable, crashed) say why a job gave no result.
type rejection struct{ v js.Value }

func (r rejection) Error() string {
	if m := r.v.Get("message"); m.Type() == js.TypeString {
		return m.String()
	}
	return js.Global().Call("String", r.v).String()
}

func (r rejection) has(flag string) bool {
	return r.v.Type() == js.TypeObject && r.v.Get(flag).Truthy()
}

// await waits for a promise; it must run on a goroutine of its own, not in a handler.
func await(p js.Value) (js.Value, *rejection) {
	type outcome struct {
		v  js.Value
		ok bool
	}
	done := make(chan outcome, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- outcome{args[0], true}
		return nil
	})
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- outcome{args[0], false}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	o := <-done
	if !o.ok {
		return js.Undefined(), &rejection{o.v}
	}
	return o.v, nil
}

// reportWire is the codec of reports between the worker and the page (lede/wasm/wire):
// ten times and more faster to read than JSON, which counts on the page's thread.
var reportWire = sync.OnceValue(func() *wire.Codec[analyzer.Report] {
	c, err := wire.For[analyzer.Report]()
	if err != nil {
		panic(err) // a report field of a kind wire cannot carry: its tests say which
	}
	return c
})

// jsAnalyzeWire is lede._analyzeWire(text, options) in the worker: {wire: Uint8Array}
// (the report in wire form, for the page to decode) or {error}.
func jsAnalyzeWire(_ js.Value, args []js.Value) (result any) {
	defer recoverAsError(&result)
	rep, err := analyzeArgs(args)
	if err != nil {
		return errorResult(err)
	}
	b := reportWire().Encode(nil, rep)
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return map[string]any{"wire": u}
}

// decodeReport reads a report sent by the worker in wire form.
func decodeReport(u js.Value) (*analyzer.Report, error) {
	b := make([]byte, u.Get("length").Int())
	js.CopyBytesToGo(b, u)
	rep := new(analyzer.Report)
	if err := reportWire().Decode(b, rep); err != nil {
		return nil, err
	}
	return rep, nil
}
