//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"lede/wasm/dom"
)

// The page is built from DOM nodes only: user text goes in through text nodes
// (CreateTextNode / SetTextContent), never through innerHTML.

// jsDocument is the page's document, for the article's marks, which are made as bare
// values (thousands of them on a long article); undefined in a Web Worker.
var jsDocument = js.Global().Get("document")

// newElement creates an element.
func newElement(tag string) dom.HTMLElement { return dom.CreateElement(tag) }

// newText creates a text node: the only way user text enters the page.
func newText(s string) dom.HTMLElement { return dom.Text(s) }

// attr is an attribute for h.
type attr struct{ name, value string }

func at(name, value string) attr { return attr{name, value} }

// h creates an element of tag with a class (may be "") and children: strings become text
// nodes, attrs become attributes, nodes are appended, nil is skipped.
func h(tag, class string, kids ...any) dom.HTMLElement {
	e := newElement(tag)
	if class != "" {
		e.SetAttribute("class", class)
	}
	add(e, kids...)
	return e
}

func add(e dom.HTMLElement, kids ...any) {
	for _, k := range kids {
		switch k := k.(type) {
		case nil:
		case string:
			if k != "" {
				e.AppendChild(newText(k))
			}
		case attr:
			e.SetAttribute(k.name, k.value)
		case []dom.HTMLElement:
			for _, c := range k {
				e.AppendChild(c)
			}
		case dom.HTMLElement:
			if k != nil {
				e.AppendChild(k)
			}
		default:
			panic("h: unexpected child type")
		}
	}
}

// clear removes every child of e.
func clear(e dom.HTMLElement) { e.SetTextContent("") }

// replace makes kids the only children of e.
func replace(e dom.HTMLElement, kids ...any) {
	clear(e)
	add(e, kids...)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// jsCall calls a method that may throw (localStorage, clipboard) and reports the throw as
// an error instead of a Go panic.
func jsCall(v js.Value, method string, args ...any) (res js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(js.Error); ok {
				err = je
				return
			}
			panic(r)
		}
	}()
	return v.Call(method, args...), nil
}

// frameDone receives a signal from the paint callbacks of nextFrame. The callbacks are
// made once and never released (nextFrame is called once per analysis).
var (
	frameDone = make(chan struct{}, 8)
	signal    = js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case frameDone <- struct{}{}:
		default:
		}
		return nil
	})
	afterFrame = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Call("setTimeout", signal, 0)
		return nil
	})
)

// nextFrame returns after the browser has had the chance to paint (a busy state, say):
// requestAnimationFrame, then a task; or after 100 ms when the tab is hidden and no frame
// comes. It must run on a goroutine of its own, not in an event handler.
func nextFrame() {
	for len(frameDone) > 0 {
		<-frameDone
	}
	js.Global().Call("requestAnimationFrame", afterFrame)
	js.Global().Call("setTimeout", signal, 100)
	<-frameDone
}
