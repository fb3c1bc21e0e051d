package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"lede/analyzer"
)

func analyzeCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refDate := fs.String("ref-date", "", "the publication date, YYYY-MM-DD (default: from metadata or dateline)")
	isHTML := fs.Bool("html", false, "the input is HTML")
	format := fs.String("format", "json", "json or md")
	jsonl := fs.Bool("jsonl", false, "read JSON Lines, one article a line; write one report a line")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *format != "json" && *format != "md" {
		return usageError{fmt.Sprintf("unknown format %q (json or md)", *format)}
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *jsonl {
		for _, f := range files {
			if err := withInput(f, stdin, func(r io.Reader) error { return analyzeBatch(r, w) }); err != nil {
				return err
			}
		}
		return nil
	}
	opts := analyzer.Options{RefDate: *refDate, HTML: *isHTML}
	failed := 0
	for _, f := range files {
		err := withInput(f, stdin, func(r io.Reader) error {
			b, err := io.ReadAll(io.LimitReader(r, analyzer.MaxInputBytes+1))
			if err != nil {
				return err
			}
			rep, err := safeAnalyze(string(b), opts)
			if err != nil {
				return err
			}
			if *format == "md" {
				if len(files) > 1 {
					fmt.Fprintf(w, "<!-- %s -->\n", f)
				}
				return writeMarkdown(w, rep)
			}
			if len(files) > 1 {
				rep.ID = f
			}
			return writeJSON(w, rep, len(files) == 1)
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

// safeAnalyze turns a panic in the analyzer into an error, so one bad article never
// ends a batch.
func safeAnalyze(text string, opts analyzer.Options) (rep *analyzer.Report, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
		}
	}()
	return analyzer.Analyze(text, opts)
}

// batchLine is one JSON Lines input.
type batchLine struct {
	ID      *json.RawMessage   `json:"id"`
	Text    *string            `json:"text"`
	HTML    *string            `json:"html"`
	RefDate string             `json:"refDate"`
	Targets []analyzer.Offsets `json:"targets"`
}

type batchError struct {
	ID    any    `json:"id"`
	Error string `json:"error"`
}

// analyzeBatch reads JSON Lines and writes one report a line, in input order; a bad
// line gives an error line and the batch goes on.
func analyzeBatch(r io.Reader, w *bufio.Writer) error {
	br := bufio.NewReaderSize(r, 1<<20)
	lineNo := 0
	for {
		line, err := readLine(br)
		if err == io.EOF && len(line) == 0 {
			return nil
		}
		lineNo++
		if err == errTooLong {
			writeJSON(w, batchError{Error: fmt.Sprintf("line %d: longer than %d MiB", lineNo, analyzer.MaxInputBytes>>19)}, false)
			continue
		}
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) == 0 || isBlank(line) {
			continue
		}
		rep, id, lerr := analyzeLine(line, lineNo)
		if lerr != nil {
			writeJSON(w, batchError{ID: id, Error: lerr.Error()}, false)
		} else {
			writeJSON(w, rep, false)
		}
		w.Flush()
	}
}

func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			if len(line) > analyzer.MaxInputBytes*2 {
				// drain the rest of an oversized line
				for err == bufio.ErrBufferFull {
					_, err = br.ReadSlice('\n')
				}
				return []byte("{}"), errTooLong
			}
			continue
		}
		return line, err
	}
}

var errTooLong = errors.New("line too long")

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

func analyzeLine(line []byte, lineNo int) (*analyzer.Report, any, error) {
	var in batchLine
	if err := json.Unmarshal(line, &in); err != nil {
		return nil, nil, fmt.Errorf("line %d: not a JSON object: %v", lineNo, err)
	}
	var id any
	if in.ID != nil {
		json.Unmarshal(*in.ID, &id)
	}
	opts := analyzer.Options{RefDate: in.RefDate, Targets: in.Targets}
	var src string
	switch {
	case in.Text != nil && in.HTML != nil:
		return nil, id, fmt.Errorf("line %d: give either text or html, not both", lineNo)
	case in.Text != nil:
		src = *in.Text
	case in.HTML != nil:
		src, opts.HTML = *in.HTML, true
	default:
		return nil, id, fmt.Errorf("line %d: no text or html field", lineNo)
	}
	rep, err := safeAnalyze(src, opts)
	if err != nil {
		return nil, id, fmt.Errorf("line %d: %v", lineNo, err)
	}
	if id != nil {
		rep.ID = fmt.Sprint(id)
	}
	return rep, id, nil
}
