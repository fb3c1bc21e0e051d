package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"lede/analyzer"
)

// A hand-made report: a name with a comma and quotes, a passage over two lines, a quote
// with no speaker, an editor's correction, an event about a second date. Every table
// parses back to what went in.
func handReport() *analyzer.Report {
	a1 := "a1"
	return &analyzer.Report{
		Schema: analyzer.Schema,
		Actors: []analyzer.ReportActor{{ID: "a1", Name: `Smith, "Doc" Jones`, Type: "PERSON", Roles: []string{"mayor", "author"}, Aliases: []string{}, MentionCount: 3, Salience: 0.5}},
		Quotes: []analyzer.ReportQuote{
			{ID: "q1", Kind: "direct", Text: "\"We won,\nat last\"", Speaker: &a1, Cue: "said", Start: 4, End: 20, Corrected: true},
			{ID: "q2", Kind: "direct", Text: `"Nobody knows"`},
		},
		Events: []analyzer.ReportEvent{{ID: "e1", Value: "2023-07-10", Display: "Mon 10 July 2023", Granularity: "day", Resolved: true, TimexText: "Monday", Actors: []string{"a1"}, Text: "opened it on Monday", From: "2023-07-10", To: "2023-07-10", About: []string{"t2", "t3"}}},
		Stance: []analyzer.ReportStance{{Holder: &a1, Target: "a1", Label: "against", Polarity: -0.25, Evidence: []string{"q1", "q2"}}},
	}
}

func TestCSVRoundTrip(t *testing.T) {
	rep := handReport()
	want := map[string][][]string{
		"actors":   {{"a1", `Smith, "Doc" Jones`, "PERSON", "mayor; author", "", "3", "0.5", "", "false", "false"}},
		"quotes":   {{"q1", "direct", "a1", `Smith, "Doc" Jones`, "", "said", "false", "", "4", "20", `"We won, at last"`, "true"}, {"q2", "direct", "", "", "", "", "false", "", "0", "0", `"Nobody knows"`, "false"}},
		"timeline": {{"e1", "2023-07-10", "Mon 10 July 2023", "day", "true", "", "Monday", `Smith, "Doc" Jones`, "0", "0", "opened it on Monday", "2023-07-10", "2023-07-10", "t2; t3"}},
		"stance":   {{"a1", `Smith, "Doc" Jones`, "a1", `Smith, "Doc" Jones`, "against", "-0.25", "q1; q2", ""}},
	}
	for _, table := range Tables {
		var b bytes.Buffer
		if err := CSV(&b, rep, table); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		if len(rows) != len(want[table])+1 {
			t.Fatalf("%s: %d rows, want a header and %d", table, len(rows), len(want[table]))
		}
		for i, row := range want[table] {
			if strings.Join(rows[i+1], "|") != strings.Join(row, "|") {
				t.Errorf("%s row %d:\n got %q\nwant %q", table, i+1, rows[i+1], row)
			}
			if len(rows[i+1]) != len(rows[0]) {
				t.Errorf("%s row %d has %d cells, the header %d", table, i+1, len(rows[i+1]), len(rows[0]))
			}
		}
	}
}

func TestWriteErrors(t *testing.T) {
	rep := handReport()
	for _, c := range []struct{ format, table, want string }{
		{"csv", "", "needs a table: actors, quotes, timeline, stance"},
		{"csv", "people", `unknown table "people"`},
		{"xml", "", `unknown format "xml"`},
		{"markdown", "actors", "only for the csv format"},
		{"json", "quotes", "only for the csv format"},
	} {
		err := Write(&bytes.Buffer{}, rep, c.format, c.table)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Write(%q, %q) = %v, want an error with %q", c.format, c.table, err, c.want)
		}
	}
}

func TestJSONIsTheReport(t *testing.T) {
	rep := handReport()
	var b bytes.Buffer
	if err := Write(&b, rep, "json", ""); err != nil {
		t.Fatal(err)
	}
	var back analyzer.Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Actors[0].Name != rep.Actors[0].Name || len(back.Quotes) != 2 || !strings.HasPrefix(b.String(), "{\n  \"schema\": \"lede/1\"") {
		t.Errorf("the JSON export is not the report:\n%s", b.String())
	}
}
