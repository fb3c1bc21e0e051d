package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"lede/analyzer"
	"lede/export"
)

func analyzeCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refDate := fs.String("ref-date", "", "the publication date, YYYY-MM-DD (default: from metadata or dateline)")
	isHTML := fs.Bool("html", false, "the input is HTML")
	format := fs.String("format", "json", "json, md (markdown) or csv")
	table := fs.String("table", "", "with --format csv: the table, "+strings.Join(export.Tables, ", "))
	jsonl := fs.Bool("jsonl", false, "read JSON Lines, one article a line; write one report a line")
	corrections := fs.String("corrections", "", "a JSON file of an editor's corrections of the one input (an array, or {\"corrections\": [...]}); with --jsonl each line carries its own")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	switch *format {
	case "json", "md", "markdown":
		if *table != "" {
			return usageError{fmt.Sprintf("--table %s is only for --format csv", *table)}
		}
	case "csv":
		if !slices.Contains(export.Tables, *table) {
			return usageError{fmt.Sprintf("--format csv needs --table %s (got %q)", strings.Join(export.Tables, "|"), *table)}
		}
	default:
		return usageError{fmt.Sprintf("unknown format %q (json, md or csv)", *format)}
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	if *corrections != "" && len(files) > 1 {
		return usageError{"--corrections name places in one article: give one file"}
	}
	if *format == "csv" && len(files) > 1 {
		return usageError{"--format csv writes one table of one article: give one file"}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	var cs []analyzer.Correction
	if *corrections != "" {
		b, err := os.ReadFile(*corrections)
		if err != nil {
			return err
		}
		if cs, err = analyzer.ParseCorrections(b); err != nil {
			return fmt.Errorf("%s: %v", *corrections, err)
		}
		if err := analyzer.CheckCorrections(cs); err != nil {
			return fmt.Errorf("%s: %v", *corrections, err)
		}
	}
	if *jsonl {
		if *corrections != "" {
			return usageError{"--corrections is for single articles: with --jsonl each line carries its own \"corrections\""}
		}
		if *format != "json" {
			return usageError{"--jsonl writes JSON Lines; --format md and csv are for single reports"}
		}
		for _, f := range files {
			if err := withInput(f, stdin, func(r io.Reader) error { return analyzer.AnalyzeBatch(r, w) }); err != nil {
				return err
			}
		}
		return nil
	}
	opts := analyzer.Options{RefDate: *refDate, HTML: *isHTML, Corrections: cs}
	failed := 0
	for _, f := range files {
		err := withInput(f, stdin, func(r io.Reader) error {
			b, err := io.ReadAll(io.LimitReader(r, analyzer.MaxInputBytes+1))
			if err != nil {
				return err
			}
			rep, err := analyzer.Analyze(string(b), opts)
			if err != nil {
				return err
			}
			switch *format {
			case "md", "markdown":
				if len(files) > 1 {
					fmt.Fprintf(w, "<!-- %s -->\n", f)
				}
				return writeMarkdown(w, rep)
			case "csv":
				return export.CSV(w, rep, *table)
			}
			if len(files) > 1 {
				rep.ID = f
			}
			return writeStreamed(w, rep, len(files) == 1)
		})
		if err != nil {
			fmt.Fprintf(stderr, "lede: %s: %v\n", f, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, len(files))
	}
	return nil
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

func writeJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
