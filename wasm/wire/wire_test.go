package wire

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"lede/analyzer"
)

// fill sets every field of v to a value that differs from its zero value, by kind, so a
// field the codec drops or mixes up shows in the comparison.
func fill(v reflect.Value, r *rand.Rand, depth int) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(r.IntN(2000)) - 1000 | 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(r.IntN(1000)) + 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(r.Float64()*2 - 1)
	case reflect.String:
		v.SetString(strings.Repeat("é“x", r.IntN(3)+1))
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), r, depth)
		v.Set(p)
	case reflect.Slice:
		n := r.IntN(3) + 1
		if depth > 3 {
			n = 0
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n; i++ {
			fill(s.Index(i), r, depth+1)
		}
		v.Set(s)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(v.Field(i), r, depth)
		}
	}
}

func codec(t *testing.T) *Codec[analyzer.Report] {
	t.Helper()
	c, err := For[analyzer.Report]()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestEveryReportField: a report with every field set (and nil, empty and non-empty
// slices and pointers) comes back equal, so a field added to the report is carried.
func TestEveryReportField(t *testing.T) {
	c := codec(t)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		var in, out analyzer.Report
		fill(reflect.ValueOf(&in).Elem(), r, 0)
		if i == 1 {
			in.Mentions, in.Actors = nil, []analyzer.ReportActor{}
			in.Quotes[0].Speaker = nil
		}
		if err := c.Decode(c.Encode(nil, &in), &out); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(in, out) {
			t.Fatalf("round trip differs:\n in %+v\nout %+v", in, out)
		}
	}
}

// TestRealReport: an analysed text comes back equal, and encodes to the same JSON.
func TestRealReport(t *testing.T) {
	c := codec(t)
	rep, err := analyzer.Analyze(`Harbour Minister Clara Voss said on Monday that the plan would pause. "We will not gamble with the estuary," Voss told reporters.`, analyzer.Options{RefDate: "2023-06-28"})
	if err != nil {
		t.Fatal(err)
	}
	var out analyzer.Report
	if err := c.Decode(c.Encode(nil, rep), &out); err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(rep)
	b, _ := json.Marshal(&out)
	if string(a) != string(b) {
		t.Errorf("JSON after the round trip differs:\n%s\n%s", a, b)
	}
}

// TestMalformed: truncated or trailing bytes are an error, never a panic.
func TestMalformed(t *testing.T) {
	c := codec(t)
	var in analyzer.Report
	fill(reflect.ValueOf(&in).Elem(), rand.New(rand.NewPCG(3, 4)), 0)
	b := c.Encode(nil, &in)
	for _, bad := range [][]byte{nil, b[:len(b)/2], b[:len(b)-1], append(append([]byte{}, b...), 0), {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}} {
		var out analyzer.Report
		if err := c.Decode(bad, &out); err == nil {
			t.Errorf("decoding %d malformed bytes gave no error", len(bad))
		}
	}
}

func TestUnsupported(t *testing.T) {
	if _, err := For[struct{ M map[string]int }](); err == nil {
		t.Errorf("a map field was accepted")
	}
	if _, err := For[struct{ x int }](); err == nil {
		t.Errorf("an unexported field was accepted")
	}
}

func benchReport(b *testing.B) *analyzer.Report {
	text := strings.Repeat(`Harbour Minister Clara Voss said on Monday that the plan would pause. "We will not gamble with the estuary," Voss told reporters in Dunmore. The Coastal Trade Authority (CTA) met the next day.`+"\n\n", 500)
	rep, err := analyzer.Analyze(text, analyzer.Options{RefDate: "2023-06-28"})
	if err != nil {
		b.Fatal(err)
	}
	return rep
}

// BenchmarkDecode compares reading a report with wire and with encoding/json.
func BenchmarkDecode(b *testing.B) {
	rep := benchReport(b)
	c, _ := For[analyzer.Report]()
	wb := c.Encode(nil, rep)
	jb, _ := json.Marshal(rep)
	b.Run("wire", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(wb)))
		for b.Loop() {
			var out analyzer.Report
			if err := c.Decode(wb, &out); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(jb)))
		for b.Loop() {
			var out analyzer.Report
			if err := json.Unmarshal(jb, &out); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	rep := benchReport(b)
	c, _ := For[analyzer.Report]()
	b.ReportAllocs()
	for b.Loop() {
		c.Encode(nil, rep)
	}
}
