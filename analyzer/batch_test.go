package analyzer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestBatchLines: a BOM does not spoil a line, an error line keeps an id that was
// readable, and a line obeys the article limit of the adapter.
func TestBatchLines(t *testing.T) {
	in := "\uFEFF" + `{"id":"bom","text":"Mayor Ellen Varga spoke."}` + "\n" +
		`{"id":7,"text":5}` + "\n" +
		`{"id":"t","text":"abc","targets":[{"start":2,"end":9}]}` + "\n" +
		`not json` + "\n" +
		`{"id":"big","text":"` + strings.Repeat("a", 3000) + `"}` + "\n" +
		`{"id":"long","text":"` + strings.Repeat("a", 70000) + `"}` + "\n"
	var out bytes.Buffer
	if err := AnalyzeBatchMax(strings.NewReader(in), &out, 2000); err != nil {
		t.Fatal(err)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line %q: %v", sc.Text(), err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 6 {
		t.Fatalf("%d output lines, want 6: %s", len(lines), out.String())
	}
	if lines[0]["id"] != "bom" || lines[0]["schema"] != Schema {
		t.Errorf("the BOM line: %v", lines[0])
	}
	if lines[1]["id"] != 7.0 || lines[1]["error"] == nil {
		t.Errorf("a bad line with a readable id: %v", lines[1])
	}
	if lines[2]["id"] != "t" || !strings.Contains(lines[2]["error"].(string), "target 0") {
		t.Errorf("a target out of range: %v", lines[2])
	}
	if lines[3]["id"] != nil || lines[3]["error"] == nil {
		t.Errorf("not JSON: %v", lines[3])
	}
	if lines[4]["id"] != "big" || !strings.Contains(lines[4]["error"].(string), "larger than") {
		t.Errorf("an article over the limit: %v", lines[4])
	}
	if e, _ := lines[5]["error"].(string); !strings.Contains(e, "longer than") {
		t.Errorf("a line over the limit: %v", lines[5])
	}
}

// TestInputErrors: the caller's mistakes are marked as such, so that an adapter answers
// them as bad requests.
func TestInputErrors(t *testing.T) {
	for _, c := range []struct {
		in   string
		opts Options
	}{
		{"x", Options{RefDate: "2023-02-31"}},
		{"abc", Options{Targets: []Offsets{{2, 9}}}},
		{"<script>var x;</script><style>p{}</style>", Options{HTML: true}},
		{strings.Repeat("a", 101), Options{MaxBytes: 100}},
	} {
		if _, err := Analyze(c.in, c.opts); err == nil || !IsInputError(err) {
			t.Errorf("%.30q %+v: %v, want an input error", c.in, c.opts, err)
		}
	}
}
