package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"lede/analyzer"
	"lede/export"
)

// analyzeCmd is `lede analyze`: one report per input file (stdin when none), or with
// --jsonl one report a line of each batch.
func analyzeCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	o, err := parseAnalyzeFlags(args, stderr)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if o.jsonl {
		return analyzeBatches(o.files, stdin, w)
	}
	opts := analyzer.Options{RefDate: o.refDate, HTML: o.html}
	if o.corrections != "" {
		if opts.Corrections, err = readCorrections(o.corrections); err != nil {
			return err
		}
	}
	return analyzeFiles(o, opts, stdin, w, stderr)
}

// analyzeFlags are the options of `lede analyze` and its input files ("-" is stdin).
type analyzeFlags struct {
	refDate, format, table, corrections string
	html, jsonl                         bool
	files                               []string
}

// parseAnalyzeFlags reads the options and checks that they go together, before any
// input is read.
func parseAnalyzeFlags(args []string, stderr io.Writer) (*analyzeFlags, error) {
	var o analyzeFlags
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.refDate, "ref-date", "", "the publication date, YYYY-MM-DD (default: from metadata or dateline)")
	fs.BoolVar(&o.html, "html", false, "the input is HTML")
	fs.StringVar(&o.format, "format", "json", "json, md (markdown) or csv")
	fs.StringVar(&o.table, "table", "", "with --format csv: the table, "+strings.Join(export.Tables, ", "))
	fs.BoolVar(&o.jsonl, "jsonl", false, "read JSON Lines, one article a line; write one report a line")
	fs.StringVar(&o.corrections, "corrections", "", "a JSON file of an editor's corrections of the one input (an array, or {\"corrections\": [...]}); with --jsonl each line carries its own")
	if err := fs.Parse(args); err != nil {
		return nil, usageError{err.Error()}
	}
	if o.files = fs.Args(); len(o.files) == 0 {
		o.files = []string{"-"}
	}
	if err := o.check(); err != nil {
		return nil, err
	}
	return &o, nil
}

// check reports the first option that does not go with the others.
func (o *analyzeFlags) check() error {
	switch o.format {
	case "json", "md", "markdown":
		if o.table != "" {
			return usageError{fmt.Sprintf("--table %s is only for --format csv", o.table)}
		}
	case "csv":
		if !slices.Contains(export.Tables, o.table) {
			return usageError{fmt.Sprintf("--format csv needs --table %s (got %q)", strings.Join(export.Tables, "|"), o.table)}
		}
	default:
		return usageError{fmt.Sprintf("unknown format %q (json, md or csv)", o.format)}
	}
	switch {
	case o.corrections != "" && len(o.files) > 1:
		return usageError{"--corrections name places in one article: give one file"}
	case o.format == "csv" && len(o.files) > 1:
		return usageError{"--format csv writes one table of one article: give one file"}
	case o.jsonl && o.corrections != "":
		return usageError{"--corrections is for single articles: with --jsonl each line carries its own \"corrections\""}
	case o.jsonl && o.format != "json":
		return usageError{"--jsonl writes JSON Lines; --format md and csv are for single reports"}
	}
	return nil
}

// readCorrections reads and checks an editor's corrections file.
func readCorrections(path string) ([]analyzer.Correction, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	cs, err := analyzer.ParseCorrections(b)
	if err == nil {
		err = analyzer.CheckCorrections(cs)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return cs, nil
}

// analyzeBatches writes one report a line for each line of each JSON Lines file.
func analyzeBatches(files []string, stdin io.Reader, w io.Writer) error {
	for _, f := range files {
		if err := withInput(f, stdin, func(r io.Reader) error { return analyzer.AnalyzeBatch(r, w) }); err != nil {
			return err
		}
	}
	return nil
}

// analyzeFiles writes the report of each file in turn; a file that fails is named on
// stderr and the others go on.
func analyzeFiles(o *analyzeFlags, opts analyzer.Options, stdin io.Reader, w, stderr io.Writer) error {
	failed := 0
	for _, f := range o.files {
		err := withInput(f, stdin, func(r io.Reader) error {
			b, err := io.ReadAll(io.LimitReader(r, analyzer.MaxInputBytes+1))
			if err != nil {
				return err
			}
			rep, err := analyzer.Analyze(string(b), opts)
			if err != nil {
				return err
			}
			return o.writeReport(w, rep, f)
		})
		if err != nil {
			fmt.Fprintf(stderr, "lede: %s: %v\n", f, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, len(o.files))
	}
	return nil
}

// writeReport writes the report of the input named name in the chosen format; of several
// inputs, each report is marked with its input's name.
func (o *analyzeFlags) writeReport(w io.Writer, rep *analyzer.Report, name string) error {
	many := len(o.files) > 1
	switch o.format {
	case "md", "markdown":
		if many {
			fmt.Fprintf(w, "<!-- %s -->\n", name)
		}
		return writeMarkdown(w, rep)
	case "csv":
		return export.CSV(w, rep, o.table)
	}
	if many {
		rep.ID = name
	}
	return analyzer.WriteJSON(w, rep, !many)
}

func withInput(name string, stdin io.Reader, fn func(io.Reader) error) error {
	if name == "-" {
		return fn(stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return fn(f)
}
