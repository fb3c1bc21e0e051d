package analyzer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
)

// WriteJSON writes v (a report, an error line: a pointer to a struct) exactly as a
// json.Encoder with SetEscapeHTML(false) (and SetIndent("", "  ") when indent) would,
// byte for byte, newline included, but one field, and one element of each list field,
// at a time. The Encoder builds the whole document in memory, and a caller that
// buffers it a second copy: a 2 MB article's report is some 12 MB of JSON, so the
// Worker held 30 MB more at its peak, and the CLI, indenting a 5 MB paste, about
// 100 MB. A value this does not handle (not a pointer to a struct, embedded fields,
// unusual tags) goes through the Encoder whole.
func WriteJSON(w io.Writer, v any, indent bool) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
		return encodeWhole(w, v, indent)
	}
	fields, ok := streamFields(rv.Elem().Type())
	if !ok {
		return encodeWhole(w, v, indent)
	}
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// encode returns x's JSON with every line after the first starting with prefix (when
	// indenting), without the Encoder's newline; valid until the next call
	encode := func(x reflect.Value, prefix string) ([]byte, error) {
		buf.Reset()
		if indent {
			enc.SetIndent(prefix, "  ")
		}
		if err := enc.Encode(x.Interface()); err != nil {
			return nil, err
		}
		return bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}), nil
	}
	nl := func(depth int) { // a new line at depth (nothing when compact)
		if indent {
			bw.WriteByte('\n')
			bw.WriteString(strings.Repeat("  ", depth))
		}
	}
	bw.WriteByte('{')
	first := true
	for _, f := range fields {
		fv := rv.Elem().Field(f.index)
		if f.omitEmpty && emptyValue(fv) {
			continue
		}
		if !first {
			bw.WriteByte(',')
		}
		first = false
		nl(1)
		bw.WriteString(f.key)
		if indent {
			bw.WriteByte(' ')
		}
		if fv.Kind() == reflect.Slice && !fv.IsNil() && fv.Len() > 0 {
			bw.WriteByte('[')
			for i := 0; i < fv.Len(); i++ {
				if i > 0 {
					bw.WriteByte(',')
				}
				nl(2)
				b, err := encode(fv.Index(i), "    ")
				if err != nil {
					return err
				}
				bw.Write(b)
			}
			nl(1)
			bw.WriteByte(']')
			continue
		}
		b, err := encode(fv, "  ")
		if err != nil {
			return err
		}
		bw.Write(b)
	}
	if !first {
		nl(0)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// encodeWhole is what WriteJSON reproduces: the Encoder, on the whole of v.
func encodeWhole(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

// streamField is one JSON field of a struct: its key already quoted with the colon.
type streamField struct {
	index     int
	key       string
	omitEmpty bool
}

// streamFields lists t's JSON fields in order; false when t has a field this writer
// does not reproduce exactly (embedded structs, names that need escaping, ",string").
func streamFields(t reflect.Type) ([]streamField, bool) {
	var out []streamField
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if sf.Anonymous {
			return nil, false
		}
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		for _, r := range name {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
				return nil, false
			}
		}
		f := streamField{index: i, key: `"` + name + `":`}
		switch opts {
		case "":
		case "omitempty":
			f.omitEmpty = true
		default:
			return nil, false
		}
		switch sf.Type.Kind() {
		case reflect.String, reflect.Slice, reflect.Struct, reflect.Pointer, reflect.Bool,
			reflect.Int, reflect.Int64, reflect.Int32, reflect.Float64:
		default:
			return nil, false
		}
		out = append(out, f)
	}
	return out, true
}

// emptyValue is encoding/json's test for omitempty, for the kinds streamFields accepts.
func emptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String, reflect.Slice:
		return v.Len() == 0
	case reflect.Pointer:
		return v.IsNil()
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int64, reflect.Int32:
		return v.Int() == 0
	case reflect.Float64:
		return v.Float() == 0
	}
	return false
}
