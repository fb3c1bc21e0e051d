package analyzer

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// marshalBoth is what AppendJSON reproduces: json.Marshal, and an Encoder that does not
// escape HTML (without its newline).
func marshalBoth(t *testing.T, r *Report) (html, plain []byte) {
	t.Helper()
	html, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return html, bytes.TrimSuffix(buf.Bytes(), []byte{'\n'})
}

func expectSameJSON(t *testing.T, name string, r *Report) {
	t.Helper()
	wantHTML, wantPlain := marshalBoth(t, r)
	for _, c := range []struct {
		escape bool
		want   []byte
	}{{true, wantHTML}, {false, wantPlain}} {
		got, err := r.AppendJSON(nil, c.escape)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got, c.want) {
			i := 0
			for i < len(got) && i < len(c.want) && got[i] == c.want[i] {
				i++
			}
			lo := max(0, i-80)
			t.Fatalf("%s (escapeHTML %v): differs at byte %d:\n got %s\nwant %s", name, c.escape, i,
				got[lo:min(len(got), i+80)], c.want[lo:min(len(c.want), i+80)])
		}
	}
}

// TestAppendJSONIsMarshal: the hand-written writer gives json.Marshal's bytes on the
// pipeline goldens' reports and on reports with every field filled at random (strings
// with quotes, control bytes, HTML, U+2028 and invalid UTF-8; floats in both of
// encoding/json's formats; nil and empty lists; nil and set pointers). A field added to a
// report type and not to report_json.go fails here.
func TestAppendJSONIsMarshal(t *testing.T) {
	files, _ := filepath.Glob("testdata/pipeline/*.txt")
	if len(files) == 0 {
		t.Fatal("no pipeline goldens")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Analyze(string(src), Options{RefDate: "2025-03-04"})
		if err != nil {
			t.Fatal(err)
		}
		expectSameJSON(t, f, r)
	}
	rng := rand.New(rand.NewSource(14))
	for i := range 300 {
		var r Report
		fillRandom(rng, reflect.ValueOf(&r).Elem(), 0)
		expectSameJSON(t, "random report "+string(rune('a'+i%26)), &r)
	}
	var empty Report
	expectSameJSON(t, "zero report", &empty)
}

// TestAppendJSONRejectsNaN: a float json.Marshal refuses is an error here too.
func TestAppendJSONRejectsNaN(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		r := &Report{Mentions: []ReportMention{{Polarity: f}}}
		_, werr := json.Marshal(r)
		_, err := r.AppendJSON(nil, true)
		if err == nil || werr == nil || !strings.Contains(werr.Error(), err.Error()) {
			t.Errorf("%v: AppendJSON %v, json.Marshal %v", f, err, werr)
		}
	}
}

var randomStrings = []string{"", "a", "Hale said \"no\"", `back\slash`, "<b>&amp;</b>", "line\nbreak\ttab\r\b\f",
	"\x00\x01\x1f\x7f", "caf\u00e9 \u2028 \u2029 \U0001F600", "bad \xff\xfe utf8 \xe2\x82", "–—‘’“”"}

var randomFloats = []float64{0, math.Copysign(0, -1), 0.5, -0.25, 1e-7, 1.5e-9, 1e21, -3e22, 123456789.125, 0.1, 1e20, 1e-6, -0.33}

// fillRandom sets every field of v, recursively: each field a report type has is reached.
func fillRandom(rng *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(randomStrings[rng.Intn(len(randomStrings))])
	case reflect.Int:
		v.SetInt(int64(rng.Intn(2001) - 1000))
	case reflect.Float64:
		v.SetFloat(randomFloats[rng.Intn(len(randomFloats))])
	case reflect.Bool:
		v.SetBool(rng.Intn(2) == 0)
	case reflect.Pointer:
		if rng.Intn(3) > 0 && depth < 6 {
			p := reflect.New(v.Type().Elem())
			fillRandom(rng, p.Elem(), depth+1)
			v.Set(p)
		} else {
			v.SetZero()
		}
	case reflect.Slice:
		switch n := rng.Intn(5); {
		case n == 0 || depth >= 6:
			v.SetZero() // nil
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1) // empty included
			for i := range n - 1 {
				fillRandom(rng, s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillRandom(rng, v.Field(i), depth+1)
			}
		}
	}
}

// BenchmarkReportJSON: the writer beside json.Marshal on the benchmark article's report.
func BenchmarkReportJSON(b *testing.B) {
	r, err := Analyze(strings.Repeat(sample+"\n\n", 10), Options{RefDate: "2025-03-04"})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("AppendJSON", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf, _ = r.AppendJSON(buf[:0], true)
		}
	})
	b.Run("json.Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			json.Marshal(r)
		}
	})
}
