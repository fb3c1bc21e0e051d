//go:build js && wasm

// Package dom is the little of the DOM the page draws with, over syscall/js: one
// element type and one event type, each a js.Value with the methods wasm/ calls. It
// replaces honnef.co/go/js/dom/v2, whose wrappers for every interface of the DOM came
// to some 0.8 MB of lede.wasm's code for the twenty methods used here.
package dom

import "syscall/js"

// Element is a DOM node: an element, or a text node (made by Text), which only goes in
// as a child.
type Element struct{ v js.Value }

// HTMLElement is the name the page's code uses for an element.
type HTMLElement = *Element

// The form controls are elements like any other; the names say what they hold.
type (
	HTMLTextAreaElement = Element
	HTMLInputElement    = Element
	HTMLButtonElement   = Element
)

var document = js.Global().Get("document")

// HasDocument reports whether there is a document to draw in (not in a Web Worker).
func HasDocument() bool { return !document.IsUndefined() }

// Wrap returns the element of a JavaScript value (nil for null or undefined).
func Wrap(v js.Value) *Element {
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	return &Element{v}
}

// CreateElement makes a new element of the tag.
func CreateElement(tag string) *Element { return &Element{document.Call("createElement", tag)} }

// Text makes a text node: the only way user text enters the page (never innerHTML).
func Text(s string) *Element { return &Element{document.Call("createTextNode", s)} }

// Underlying is the element's JavaScript value.
func (e *Element) Underlying() js.Value { return e.v }

func (e *Element) SetAttribute(name, value string) { e.v.Call("setAttribute", name, value) }
func (e *Element) RemoveAttribute(name string)     { e.v.Call("removeAttribute", name) }
func (e *Element) HasAttribute(name string) bool   { return e.v.Call("hasAttribute", name).Bool() }

// GetAttribute returns the attribute's value, "" when it is absent.
func (e *Element) GetAttribute(name string) string {
	v := e.v.Call("getAttribute", name)
	if v.IsNull() {
		return ""
	}
	return v.String()
}

func (e *Element) AppendChild(c *Element)  { e.v.Call("appendChild", c.v) }
func (e *Element) Remove()                 { e.v.Call("remove") }
func (e *Element) SetTextContent(s string) { e.v.Set("textContent", s) }
func (e *Element) TextContent() string     { return e.v.Get("textContent").String() }
func (e *Element) SetID(id string)         { e.v.Set("id", id) }
func (e *Element) Focus()                  { e.v.Call("focus") }
func (e *Element) Value() string           { return e.v.Get("value").String() }
func (e *Element) SetValue(s string)       { e.v.Set("value", s) }
func (e *Element) Class() ClassList        { return ClassList{e.v.Get("classList")} }
func (e *Element) QuerySelector(sel string) *Element {
	return Wrap(e.v.Call("querySelector", sel))
}

// AddEventListener calls fn for each event of the type. The callback lives as long as
// the page (the page's elements are few and made once, or replaced with their panel).
func (e *Element) AddEventListener(typ string, useCapture bool, fn func(Event)) {
	e.v.Call("addEventListener", typ, js.FuncOf(func(_ js.Value, args []js.Value) any {
		fn(Event{args[0]})
		return nil
	}), useCapture)
}

// ClassList is an element's classList.
type ClassList struct{ v js.Value }

func (c ClassList) Add(name string)    { c.v.Call("add", name) }
func (c ClassList) Remove(name string) { c.v.Call("remove", name) }

// Event is a DOM event.
type Event struct{ v js.Value }

func (ev Event) Underlying() js.Value { return ev.v }
func (ev Event) PreventDefault()      { ev.v.Call("preventDefault") }
