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

func scanJSONLD(src string) (jsonLDFields, bool) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	var stack []ldFrame
	var result jsonLDFields
	// done hands the fields of a finished value to the level that holds it.
	done := func(f jsonLDFields, reached bool) {
		if !reached {
			return
		}
		if len(stack) == 0 {
			result = f
			return
		}
		p := &stack[len(stack)-1]
		p.sub.fill(f)
	}
	// reached reports whether the value now starting is visited.
	reached := func() bool {
		if len(stack) == 0 {
			return true
		}
		p := stack[len(stack)-1]
		if !p.reaching {
			return false
		}
		return !p.object || p.key == "@graph"
	}
	started := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return result, started && len(stack) == 0
		}
		if err != nil {
			return jsonLDFields{}, false
		}
		if started && len(stack) == 0 {
			return jsonLDFields{}, false // a second top-level value: not one JSON text
		}
		started = true
		var top *ldFrame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				if len(stack) == maxJSONLDDepth {
					return jsonLDFields{}, false
				}
				stack = append(stack, ldFrame{object: v == '{', reaching: reached()})
			case '}', ']':
				f := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				own := f.own
				own.fill(f.sub)
				done(own, f.reaching)
				if len(stack) > 0 {
					stack[len(stack)-1].key = ""
				}
			}
		case string:
			if top != nil && top.object && top.key == "" {
				top.key = v // dec.Token alternates keys and values inside an object
				if top.key == "" {
					top.key = "\x00" // an empty key is a key all the same
				}
				continue
			}
			if top != nil && top.object && top.reaching {
				switch top.key {
				case "datePublished":
					if top.own.date == "" {
						top.own.date = isoDate(v)
					}
				case "headline":
					if top.own.headline == "" {
						top.own.headline = v
					}
				}
			}
			if top != nil && top.object {
				top.key = ""
			}
		default: // numbers, booleans, null
			if top != nil && top.object {
				top.key = ""
			}
		}
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
