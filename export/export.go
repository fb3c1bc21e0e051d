package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"lede/analyzer"
)

// Formats are the names Write accepts, as the CLI and lede.export spell them.
var Formats = []string{"markdown", "json", "csv"}

// Write prints a report in one format: "markdown" (or "md"), "json" or "csv". A CSV
// export is one table (see Tables); the other formats take no table.
func Write(w io.Writer, r *analyzer.Report, format, table string) error {
	switch format {
	case "markdown", "md":
		if table != "" {
			return fmt.Errorf("a table (%q) is only for the csv format", table)
		}
		return Markdown(w, r)
	case "json":
		if table != "" {
			return fmt.Errorf("a table (%q) is only for the csv format", table)
		}
		return JSON(w, r)
	case "csv":
		return CSV(w, r, table)
	}
	return fmt.Errorf("unknown format %q (use %s)", format, strings.Join(Formats, ", "))
}

// JSON prints the report indented by two spaces, as JSON.stringify(report, null, 2)
// does, with <, > and & left as they are.
func JSON(w io.Writer, r *analyzer.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
