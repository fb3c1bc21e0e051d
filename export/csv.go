package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"lede/analyzer"
)

// Tables are the CSV exports, one table each, in the order the page lists them.
var Tables = []string{"actors", "quotes", "timeline", "stance"}

// CSV prints one table of the report as RFC 4180 CSV with a header row. Ids (a1, q1,
// e1) join the tables; names are repeated beside them so that each table reads alone.
// Offsets are UTF-16 code units into the analysed text, as in the JSON report. Lists in
// one cell (roles, aliases, evidence) are joined by "; ".
// Columns added later go at the end, so a sheet built on an older export keeps its
// columns where they were.
func CSV(w io.Writer, r *analyzer.Report, table string) error {
	rows, err := csvRows(r, table)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

func csvRows(r *analyzer.Report, table string) ([][]string, error) {
	names := actorNames(r)
	switch table {
	case "actors":
		rows := [][]string{{"id", "name", "type", "roles", "aliases", "mentions", "salience", "gender", "anonymous", "corrected"}}
		for _, a := range r.Actors {
			rows = append(rows, []string{a.ID, a.Name, a.Type, list(a.Roles), list(a.Aliases),
				strconv.Itoa(a.MentionCount), number(a.Salience), a.Gender, strconv.FormatBool(a.Anonymous),
				strconv.FormatBool(a.Corrected)})
		}
		return rows, nil
	case "quotes":
		rows := [][]string{{"id", "kind", "speaker_id", "speaker", "speaker_text", "cue", "inferred", "outlet", "start", "end", "text", "corrected"}}
		for _, q := range r.Quotes {
			sid := ""
			if q.Speaker != nil {
				sid = *q.Speaker
			}
			rows = append(rows, []string{q.ID, q.Kind, sid, names[sid], q.SpeakerText, q.Cue,
				strconv.FormatBool(q.Inferred), q.Outlet, strconv.Itoa(q.Start), strconv.Itoa(q.End), oneLine(q.Text),
				strconv.FormatBool(q.Corrected)})
		}
		return rows, nil
	case "timeline":
		rows := [][]string{{"id", "date", "display", "granularity", "resolved", "anchor", "date_text", "actors", "start", "end", "text", "from", "to", "about"}}
		for _, e := range r.Events {
			var who []string
			for _, id := range e.Actors {
				who = append(who, names[id])
			}
			rows = append(rows, []string{e.ID, e.Value, e.Display, e.Granularity, strconv.FormatBool(e.Resolved),
				e.Anchor, e.TimexText, list(who), strconv.Itoa(e.Start), strconv.Itoa(e.End), oneLine(e.Text),
				e.From, e.To, list(e.About)})
		}
		return rows, nil
	case "stance":
		rows := [][]string{{"holder_id", "holder", "target_id", "target", "label", "polarity", "evidence", "sentences"}}
		for _, s := range r.Stance {
			hid := ""
			if s.Holder != nil {
				hid = *s.Holder
			}
			rows = append(rows, []string{hid, names[hid], s.Target, names[s.Target], s.Label,
				number(s.Polarity), list(s.Evidence), oneLine(list(s.Sentences))})
		}
		return rows, nil
	case "":
		return nil, fmt.Errorf("the csv format needs a table: %s", strings.Join(Tables, ", "))
	}
	return nil, fmt.Errorf("unknown table %q (use %s)", table, strings.Join(Tables, ", "))
}

func actorNames(r *analyzer.Report) map[string]string {
	names := make(map[string]string, len(r.Actors))
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	return names
}

func list(s []string) string { return strings.Join(s, "; ") }

// number writes a score with at most two decimals, as the report rounds it.
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// oneLine keeps a passage on one line, so that a spreadsheet row stays one line high.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
