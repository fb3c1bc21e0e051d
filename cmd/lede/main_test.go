package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runCLI runs the command in-process and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestAnalyzeJSON(t *testing.T) {
	code, out, errs := runCLI(t, "Mayor Ellen Varga spoke on Monday.", "analyze", "--ref-date", "2024-05-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r["schema"] != "lede/1" || r["refDate"] != "2024-05-01" || r["refDateSource"] != "input" {
		t.Errorf("report head: %v %v %v", r["schema"], r["refDate"], r["refDateSource"])
	}
}

func TestAnalyzeMarkdownAndFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("Varga spoke."), 0o644)
	code, out, errs := runCLI(t, "", "analyze", "--format", "md", a, filepath.Join(dir, "missing.txt"))
	if code != 1 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("a missing file must fail the run but not the others: exit %d, %s", code, errs)
	}
	if !strings.Contains(out, "## Actors") || !strings.Contains(out, "## Timeline") {
		t.Errorf("markdown output:\n%s", out)
	}
}

func TestAnalyzeJSONLines(t *testing.T) {
	in := `{"id":"a","text":"Varga spoke on Monday.","refDate":"2024-05-01"}
this is not json
{"id":7,"html":"<p>One <script>x()</script>two.</p>"}

{"id":"no-text"}
{"id":"bad-date","text":"x","refDate":"yesterday"}
`
	code, out, errs := runCLI(t, in, "analyze", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line is not JSON: %q", sc.Text())
		}
		lines = append(lines, m)
	}
	if len(lines) != 5 {
		t.Fatalf("want 5 output lines (one per non-blank input), got %d:\n%s", len(lines), out)
	}
	if lines[0]["id"] != "a" || lines[0]["schema"] != "lede/1" {
		t.Errorf("line 1: %v", lines[0])
	}
	if lines[1]["error"] == nil || lines[1]["id"] != nil {
		t.Errorf("line 2 must be an error without id: %v", lines[1])
	}
	if lines[2]["id"] != "7" || lines[2]["text"] != "One two." {
		t.Errorf("line 3 (html): %v", lines[2])
	}
	if lines[3]["id"] != "no-text" || lines[3]["error"] == nil {
		t.Errorf("line 4: %v", lines[3])
	}
	if lines[4]["id"] != "bad-date" || !strings.Contains(lines[4]["error"].(string), "YYYY-MM-DD") {
		t.Errorf("line 5: %v", lines[4])
	}
}

func TestUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	if code, _, _ := runCLI(t, ""); code != 2 {
		t.Errorf("no command: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "analyze", "--format", "xml"); code != 2 {
		t.Errorf("bad format: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "eval", "nothing", "x"); code != 2 {
		t.Errorf("unknown eval kind: exit %d", code)
	}
}

func TestAnalyzeCSV(t *testing.T) {
	in := `"We will build it," Mayor Ana Ruiz said on Monday.`
	code, out, errs := runCLI(t, in, "analyze", "--ref-date", "2023-07-12", "--format", "csv", "--table", "quotes")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "id,kind,speaker_id,speaker,") || !strings.Contains(out, "Ana Ruiz") {
		t.Errorf("csv quotes:\n%s", out)
	}
	for _, args := range [][]string{
		{"analyze", "--format", "csv"},                      // no table
		{"analyze", "--format", "csv", "--table", "people"}, // no such table
		{"analyze", "--format", "md", "--table", "actors"},  // a table is for csv
		{"analyze", "--jsonl", "--format", "csv", "--table", "actors"},
	} {
		if code, _, errs := runCLI(t, in, args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, %q; want a usage error", args, code, errs)
		}
	}
}

// TestAnalyzeCorrections: --corrections applies a file of corrections to an article; a
// batch line carries its own, and a broken one fails that line only.
func TestAnalyzeCorrections(t *testing.T) {
	text := `"We will build it," Mayor Ana Ruiz said on Monday. Critics attacked Ruiz.`
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`[{"op":"rename","mention":{"start":26,"end":34,"text":"Ana Ruiz"},"name":"Ana María Ruiz"},
		{"op":"retype","mention":{"start":0,"end":3,"text":"Zed"},"type":"ORG"}]`), 0o644)
	code, out, errs := runCLI(t, text, "analyze", "--corrections", good)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Actors      []struct{ Name string }
		Corrections struct {
			Applied   int
			Unapplied []struct{ Index int }
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Actors) == 0 || r.Actors[0].Name != "Ana María Ruiz" || r.Corrections.Applied != 1 || len(r.Corrections.Unapplied) != 1 || r.Corrections.Unapplied[0].Index != 1 {
		t.Errorf("corrected report: %+v", r)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`[{"op":"rename","mention":{"start":26,"end":34,"text":"Ana Ruiz"}}]`), 0o644)
	if code, _, errs := runCLI(t, text, "analyze", "--corrections", bad); code == 0 || !strings.Contains(errs, `corrections[0] (rename): needs "name"`) {
		t.Errorf("a broken corrections file: exit %d, %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "analyze", "--jsonl", "--corrections", good); code != 2 || !strings.Contains(errs, "each line carries its own") {
		t.Errorf("--corrections with --jsonl: exit %d, %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "analyze", "--corrections", good, good, bad); code != 2 || !strings.Contains(errs, "give one file") {
		t.Errorf("--corrections with two files: exit %d, %q", code, errs)
	}

	in := `{"id":"fixed","text":` + jsonString(text) + `,"corrections":[{"op":"speaker","quote":{"start":1,"end":18,"text":"We will build it,"}}]}
{"id":"broken","text":` + jsonString(text) + `,"corrections":[{"op":"speaker","quote":{"start":1,"end":18}}]}
{"id":"plain","text":` + jsonString(text) + `}
`
	code, out, errs = runCLI(t, in, "analyze", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 lines, got %d:\n%s", len(lines), out)
	}
	var fixed struct {
		Quotes      []struct{ Speaker *string }
		Corrections struct{ Applied int }
	}
	if err := json.Unmarshal([]byte(lines[0]), &fixed); err != nil || len(fixed.Quotes) != 1 || fixed.Quotes[0].Speaker != nil || fixed.Corrections.Applied != 1 {
		t.Errorf("line 1 (the quote given no speaker): %v %s", err, lines[0])
	}
	if !strings.Contains(lines[1], `"id":"broken","error":"line 2: corrections[0] (speaker): quote: no \"text\"`) {
		t.Errorf("line 2: %s", lines[1])
	}
	if !strings.Contains(lines[2], `"id":"plain"`) || strings.Contains(lines[2], `"corrections"`) {
		t.Errorf("line 3: %s", lines[2])
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestReadmeCorrections runs the README's corrections example as it stands: its text and
// its JSON through `lede analyze --corrections`, with the outcome the README states.
func TestReadmeCorrections(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)<!-- corrections example[^\n]*\n```text\n(.*?)\n```\n\n```json\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no <!-- corrections example --> text and JSON")
	}
	fixes := filepath.Join(t.TempDir(), "fixes.json")
	os.WriteFile(fixes, m[2], 0o644)
	code, out, errs := runCLI(t, string(m[1]), "analyze", "--corrections", fixes)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Actors   []struct{ ID, Name string }
		Mentions []struct {
			Text  string
			Actor *string
		}
		Quotes      []struct{ Speaker *string }
		Corrections struct {
			Applied   int
			Unapplied []any
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	speaker := ""
	if len(r.Quotes) == 1 && r.Quotes[0].Speaker != nil {
		speaker = names[*r.Quotes[0].Speaker]
	}
	itsActor := "?"
	for _, mn := range r.Mentions {
		if mn.Text == "It" {
			itsActor = ""
			if mn.Actor != nil {
				itsActor = names[*mn.Actor]
			}
		}
	}
	if len(r.Actors) != 3 || speaker != "Robert Hale" || itsActor != "" || r.Corrections.Applied != 3 || len(r.Corrections.Unapplied) != 0 {
		t.Errorf("the README's example gives %d actors %v, the quote's speaker %q, \"It\" -> %q, %d applied %v; want what the README says",
			len(r.Actors), names, speaker, itsActor, r.Corrections.Applied, r.Corrections.Unapplied)
	}
}
