package text

import (
	"encoding/json"
	"io"
	"strings"
)

// jsonLDFields are the first datePublished (as YYYY-MM-DD) and headline of a JSON-LD block.
type jsonLDFields struct{ date, headline string }

// ldFrame is one open object or array of a JSON-LD block while it is read. own holds an
// object's own fields; sub the first fields found in the values it reaches (@graph
// members, array elements), which count only where the object has none of its own.
type ldFrame struct {
	object   bool
	reaching bool   // it is visited: the top level, array elements, @graph values
	key      string // an object's current key, "" between a value and the next key
	own, sub jsonLDFields
}

// readJSONLD reads datePublished and headline from a JSON-LD block, which may be an
// object, an array of objects, or an object with an @graph array. An object's own field
// beats the fields of its @graph members; an earlier member beats a later one.
//
// The block is read once, token by token, keeping one frame per open level: re-reading
// each nested level (as a lookup by key does) makes a deeply nested block quadratic.
// Invalid JSON gives nothing, and so does a block nested deeper than maxJSONLDDepth:
// structured data is a few levels deep, and each open level costs memory.
func readJSONLD(src string, dd *dates, tt *titles) {
	f, ok := scanJSONLD(src)
	if !ok {
		return
	}
	if f.date != "" && dd.jsonld == "" {
		dd.jsonld = f.date
	}
	if f.headline != "" && tt.jsonld == "" {
		tt.jsonld = collapseSpace(f.headline)
	}
}

// maxJSONLDDepth bounds the levels of a JSON-LD block that are read.
const maxJSONLDDepth = 64

// scanJSONLD reads the block's fields; false when it is not one JSON text or is nested
// deeper than maxJSONLDDepth.
func scanJSONLD(src string) (jsonLDFields, bool) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	var r ldReader
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return r.result, r.started && len(r.stack) == 0
		}
		if err != nil || !r.take(tok) {
			return jsonLDFields{}, false
		}
	}
}

// ldReader holds the open levels of a JSON-LD block while it is read, and the fields of
// the top-level value once it is closed.
type ldReader struct {
	stack   []ldFrame
	result  jsonLDFields
	started bool // a token has been read
}

// take reads one token of dec.Token's stream; false when the block cannot be read.
func (r *ldReader) take(tok json.Token) bool {
	if r.started && len(r.stack) == 0 {
		return false // a second top-level value: not one JSON text
	}
	r.started = true
	switch v := tok.(type) {
	case json.Delim:
		if v == '{' || v == '[' {
			return r.open(v == '{')
		}
		r.close()
	case string:
		r.text(v)
	default: // numbers, booleans, null
		r.valueEnded()
	}
	return true
}

// top is the innermost open level, nil at the top level.
func (r *ldReader) top() *ldFrame {
	if len(r.stack) == 0 {
		return nil
	}
	return &r.stack[len(r.stack)-1]
}

// open starts an object or array; false when it would be one level too deep.
func (r *ldReader) open(object bool) bool {
	if len(r.stack) == maxJSONLDDepth {
		return false
	}
	r.stack = append(r.stack, ldFrame{object: object, reaching: r.reached()})
	return true
}

// reached reports whether the value now starting is visited: the top level, an element
// of a visited array, the @graph value of a visited object.
func (r *ldReader) reached() bool {
	p := r.top()
	if p == nil {
		return true
	}
	return p.reaching && (!p.object || p.key == "@graph")
}

// close ends the innermost level and hands its fields (its own, else those it reached)
// to the level that holds it, or to the result at the top level.
func (r *ldReader) close() {
	f := r.stack[len(r.stack)-1]
	r.stack = r.stack[:len(r.stack)-1]
	if f.reaching {
		own := f.own
		own.fill(f.sub)
		if p := r.top(); p != nil {
			p.sub.fill(own)
		} else {
			r.result = own
		}
	}
	r.valueEnded()
}

// text reads a string: an object's key (dec.Token alternates keys and values inside an
// object), or a value, kept when it is a field of a visited object.
func (r *ldReader) text(v string) {
	p := r.top()
	if p == nil || !p.object {
		return
	}
	if p.key == "" {
		p.key = v
		if v == "" {
			p.key = "\x00" // an empty key is a key all the same
		}
		return
	}
	if p.reaching {
		p.own.set(p.key, v)
	}
	p.key = ""
}

// valueEnded clears the key of the object a value was read in.
func (r *ldReader) valueEnded() {
	if p := r.top(); p != nil && p.object {
		p.key = ""
	}
}

// set keeps the first datePublished (as YYYY-MM-DD) and the first headline.
func (f *jsonLDFields) set(key, v string) {
	switch {
	case key == "datePublished" && f.date == "":
		f.date = isoDate(v)
	case key == "headline" && f.headline == "":
		f.headline = v
	}
}

// fill sets the fields f lacks from g.
func (f *jsonLDFields) fill(g jsonLDFields) {
	if f.date == "" {
		f.date = g.date
	}
	if f.headline == "" {
		f.headline = g.headline
	}
}
