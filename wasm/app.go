//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"syscall/js"
	"time"

	"lede/wasm/dom"

	"lede/analyzer"
)

// restoreAnalyzeLimit is the longest kept text (UTF-16 units) analyzed again on load.
const restoreAnalyzeLimit = 256 << 10

// mounts counts mounted UIs, to give each one unique element ids.
var mounts int

// app is one mounted UI: the input, the result panels and the annotated article.
type app struct {
	id    string // prefix of this mount's element ids
	opts  mountOptions
	hooks hooks // the embedder's callbacks (onAnalyzed, onError, onIdle)
	root  dom.HTMLElement

	text     *dom.HTMLTextAreaElement
	date     *dom.HTMLInputElement
	dateNote dom.HTMLElement
	dateFrom dateSource
	goButton *dom.HTMLButtonElement
	keepNote dom.HTMLElement

	cancelButton dom.HTMLElement // shown while the worker analyses
	progress     dom.HTMLElement // an indeterminate bar and the time so far, beside it
	elapsed      dom.HTMLElement
	workerNote   dom.HTMLElement // says when the analysis runs on the page's thread
	saveTimer    *time.Timer     // pending save of the text to localStorage

	status    dom.HTMLElement // aria-live summary of the last run
	say       dom.HTMLElement // visually hidden aria-live line for smaller news (a highlight)
	inspect   dom.HTMLElement // beside the article: what lede found at the pointer
	errBox    dom.HTMLElement
	exportBar dom.HTMLElement // copy, download and print the last report
	tabs      []*tab
	current   int // selected tab
	article   dom.HTMLElement
	artNote   dom.HTMLElement

	busy         bool
	busySince    time.Time        // when the running analysis started
	busyInWorker bool             // it runs in the worker: Cancel can stop it
	busyBytes    int              // the size of the text it analyses
	drawing      sync.Mutex       // held while a report is drawn (in steps, for a long text)
	rate         float64          // bytes per second of the last long analysis, for estimates
	seq          int              // the current run; an answer for an older one is dropped
	client       js.Value         // this app's jobs in the background worker (lede._pool.client)
	runs         int              // finished analyses, shown as data-runs for tests and embedders
	again        bool             // without a worker: the input changed during a run, run once more
	rep          *analyzer.Report // the last report, nil before the first
	repText      string           // the text rep's offsets refer to
	took         string           // how long the last run took, for the overview
	repInput     string           // the input (the box's text) rep was made from
	repU16       []uint16         // repText in UTF-16, made when a correction menu needs it
	repCounts    map[string]int   // how often words occur in repText (corrections.go)

	corrections []analyzer.Correction // the editor's corrections of corrText (corrections.go)
	corrText    string                // the text they belong to
	corrLoaded  bool                  // corrText's corrections were read from storage
	corrCarried bool                  // they were carried over from an edited text, on trial
	corrBox     dom.HTMLElement       // the list of corrections, under the export bar

	limits  map[string]int               // rows drawn per panel list, after "Show more"
	filters map[string]string            // the filter field's query per panel list
	marks   map[string][]dom.HTMLElement // article elements by actor, quote and timex id
	lit     []dom.HTMLElement            // elements highlighted now
	litFrom dom.HTMLElement              // the result item whose elements are highlighted
}

type mountOptions struct {
	storageKey string // localStorage key prefix; "" keeps nothing
	header     bool
	text       string
	refDate    string
	analyze    bool   // analyze the initial text at once
	layout     string // "" (the page) or "sidebar": one narrow column, no text box, no article
	// corrections are an editor's corrections of text (a CMS keeps them beside it)
	corrections []analyzer.Correction
}

// dateSource says where the reference date in the field came from.
type dateSource uint8

const (
	dateNone dateSource = iota
	dateUser
	dateMetadata
	dateDateline
	dateSaved
)

// jsMount is lede.mount(element, {storageKey, header, text, refDate, analyze, layout,
// corrections, onAnalyzed, onError, onIdle}). It returns a small controller: {analyze(),
// setText(text, refDate), report(), corrections(), setCorrections(list)}; lede.js makes
// its analyze() return a promise and setCorrections throw on a bad list.
func jsMount(_ js.Value, args []js.Value) (result any) {
	defer func() {
		if r := recover(); r != nil {
			result = errorResult(fmt.Errorf("lede.mount: %v", r))
		}
	}()
	if len(args) == 0 || args[0].Type() != js.TypeObject {
		return errorResult(fmt.Errorf("lede.mount: the first argument must be an element"))
	}
	o := mountOptions{storageKey: "lede", header: true}
	var hk hooks
	if len(args) > 1 && args[1].Type() == js.TypeObject {
		v := args[1]
		if k := v.Get("storageKey"); k.Type() == js.TypeString {
			o.storageKey = k.String()
		} else if k.Type() == js.TypeBoolean && !k.Bool() {
			o.storageKey = ""
		}
		if hd := v.Get("header"); hd.Type() == js.TypeBoolean {
			o.header = hd.Bool()
		}
		if t := v.Get("text"); t.Type() == js.TypeString {
			o.text = t.String()
		}
		if d := v.Get("refDate"); d.Type() == js.TypeString {
			o.refDate = d.String()
		}
		o.analyze = v.Get("analyze").Truthy()
		if c := v.Get("corrections"); !c.IsUndefined() && !c.IsNull() {
			cs, err := readCorrections("lede.mount", c)
			if err != nil {
				return errorResult(err)
			}
			o.corrections = cs
		}
		if l := v.Get("layout"); l.Type() == js.TypeString && l.String() == "sidebar" {
			o.layout = "sidebar"
		}
		hk = readHooks(v)
	}
	mounts++
	a := &app{id: "lede" + strconv.Itoa(mounts) + "-", opts: o, hooks: hk, marks: map[string][]dom.HTMLElement{}}
	if o.corrections != nil {
		a.corrections, a.corrText, a.corrLoaded = o.corrections, o.text, true
		a.saveCorrections()
	}
	a.build(dom.Wrap(args[0]))
	ctl := js.Global().Get("Object").New()
	ctl.Set("analyze", js.FuncOf(func(js.Value, []js.Value) any {
		a.safely(func() { a.run() })
		return nil
	}))
	ctl.Set("setText", js.FuncOf(func(_ js.Value, args []js.Value) any {
		a.safely(func() {
			if len(args) > 0 && args[0].Type() == js.TypeString {
				a.text.SetValue(args[0].String())
				a.setDate("", dateNone)
				a.saveText()
			}
			if len(args) > 1 && args[1].Type() == js.TypeString {
				a.setDate(args[1].String(), dateUser)
			}
		})
		return nil
	}))
	ctl.Set("report", js.FuncOf(func(js.Value, []js.Value) any {
		if a.rep == nil {
			return nil
		}
		return jsAnalyzeResult(a.rep)
	}))
	ctl.Set("corrections", js.FuncOf(func(js.Value, []js.Value) (result any) {
		defer recoverAsError(&result)
		return jsCorrections(a.corrections)
	}))
	ctl.Set("setCorrections", js.FuncOf(func(_ js.Value, args []js.Value) (result any) {
		defer recoverAsError(&result)
		list := js.Global().Get("Array").New()
		if len(args) > 0 && !args[0].IsUndefined() && !args[0].IsNull() {
			list = args[0]
		}
		cs, err := readCorrections("setCorrections", list)
		if err != nil {
			return errorResult(err)
		}
		a.safely(func() { a.setCorrections(cs) })
		return nil
	}))
	return ctl
}

// safely runs fn and shows a panic in the page instead of letting it stop the program.
func (a *app) safely(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("Something went wrong inside lede: %v. The page still works: edit the text or try again.", r)
			wasBusy := a.busy
			if a.busy {
				a.busyDone()
				a.status.SetTextContent("The analysis failed.")
			}
			a.fail(msg, string(debug.Stack()))
			if wasBusy {
				a.notifyFailed(msg)
			}
		}
	}()
	fn()
}

// on adds an event listener whose panics are shown, not fatal.
func (a *app) on(target dom.HTMLElement, typ string, fn func(dom.Event)) {
	target.AddEventListener(typ, false, func(ev dom.Event) {
		a.safely(func() { fn(ev) })
	})
}

// build draws the UI into root.
func (a *app) build(root dom.HTMLElement) {
	a.root = h("div", "lede")
	a.root.SetAttribute("data-state", "empty")
	if a.opts.layout != "" {
		a.root.SetAttribute("data-layout", a.opts.layout)
	}
	if a.opts.header {
		a.root.AppendChild(h("header", "lede-bar",
			h("span", "lede-logo", "lede"),
			h("span", "lede-tagline", "article analyzer"),
			h("span", "lede-private", "Runs in your browser. Nothing is uploaded."),
		))
	}
	main := h("div", "lede-main")
	main.AppendChild(a.buildInput())
	main.AppendChild(a.buildResults())
	a.root.AppendChild(main)
	a.root.AppendChild(a.buildArticle())
	// Ctrl+Enter (Cmd+Enter) analyzes from anywhere in the app; Escape drops a highlight
	a.on(a.root, "keydown", func(ev dom.Event) {
		k := ev.Underlying()
		switch key := k.Get("key").String(); {
		case key == "Enter" && (k.Get("ctrlKey").Bool() || k.Get("metaKey").Bool()):
			ev.PreventDefault()
			a.run()
		case key == "Escape" && a.busy && a.busyInWorker:
			a.cancel("Analysis cancelled.")
		case key == "Escape" && a.litFrom != nil:
			a.highlight("", a.litFrom)
		}
	})
	replace(root, a.root)
	a.watchWorker()
	saved := a.restore()
	a.renderEmpty()
	// a text kept from last time comes back analyzed, unless it is long enough to keep
	// the reader waiting on load
	if (a.opts.analyze || saved && a.text.Underlying().Get("textLength").Int() < restoreAnalyzeLimit) && a.text.Value() != "" {
		a.run()
	}
}
