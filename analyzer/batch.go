package analyzer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
)

// Request is one article to analyse, as a batch line or an API body carries it:
// {"id","text"} or {"id","html"}, with optional "refDate", "targets" and "corrections".
type Request struct {
	ID      json.RawMessage `json:"id,omitempty"`
	Text    *string         `json:"text"`
	HTML    *string         `json:"html"`
	RefDate string          `json:"refDate"`
	Targets []Offsets       `json:"targets"`
	// Corrections is a JSON array of Correction, read by ParseCorrections (which
	// refuses a misspelled field).
	Corrections json.RawMessage `json:"corrections"`
}

// ErrorLine is what a batch writes for an input it cannot analyse.
type ErrorLine struct {
	ID    any    `json:"id"`
	Error string `json:"error"`
}

// AnalyzeRequest parses one JSON request and analyses it. On failure it returns the
// request's id (when it could be read) with the error.
func AnalyzeRequest(body []byte) (*Report, any, error) { return AnalyzeRequestMax(body, MaxInputBytes) }

// AnalyzeRequestMax is AnalyzeRequest with the adapter's limit on the article (limits.go).
func AnalyzeRequestMax(body []byte, maxBytes int) (*Report, any, error) {
	body = bytes.TrimPrefix(body, utf8BOM)
	var in Request
	if err := json.Unmarshal(body, &in); err != nil {
		return nil, readableID(body), inputErrorf("not a JSON object of the form {\"id\",\"text\"|\"html\"}: %v", err)
	}
	var id any
	if len(in.ID) > 0 {
		json.Unmarshal(in.ID, &id)
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) == nil {
		names := make([]string, 0, len(fields))
		for n := range fields {
			names = append(names, n)
		}
		sort.Strings(names) // the first unknown name in a stable order
		if err := CheckNames("request", names, requestFields); err != nil {
			return nil, id, err
		}
	}
	opts := Options{RefDate: in.RefDate, Targets: in.Targets, MaxBytes: maxBytes}
	if len(in.Corrections) > 0 && string(in.Corrections) != "null" {
		cs, err := ParseCorrections(in.Corrections)
		if err != nil {
			return nil, id, err
		}
		opts.Corrections = cs
	}
	var src string
	switch {
	case in.Text != nil && in.HTML != nil:
		return nil, id, inputErrorf("give either text or html, not both")
	case in.Text != nil:
		src = *in.Text
	case in.HTML != nil:
		src, opts.HTML = *in.HTML, true
	default:
		return nil, id, inputErrorf("no text or html field")
	}
	rep, err := Analyze(src, opts)
	if err != nil {
		return nil, id, err
	}
	if id != nil {
		if s, ok := id.(string); ok {
			rep.ID = s
		} else {
			rep.ID = string(in.ID)
		}
	}
	return rep, id, nil
}

// utf8BOM may open a line written by a Windows tool.
var utf8BOM = []byte("\uFEFF")

// readableID returns the id of a request that is a JSON object but not a valid request
// ({"id":7,"text":5}), so that its error line still says which input failed; nil when
// the line is not a JSON object at all.
func readableID(body []byte) any {
	var only struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(body, &only) != nil || len(only.ID) == 0 {
		return nil
	}
	var id any
	if json.Unmarshal(only.ID, &id) != nil {
		return nil
	}
	return id
}

// lineBytes bounds one batch line for an article limit: the article JSON-escaped (at
// most twice its size for text as articles are written) and the request around it.
func lineBytes(maxBytes int) int { return 2*limitOf(maxBytes) + 64<<10 }

// AnalyzeBatch reads JSON Lines and writes one report a line, in input order. A bad line
// yields {"id","error"} and the batch goes on; only a failing reader or writer stops it.
func AnalyzeBatch(r io.Reader, w io.Writer) error { return AnalyzeBatchMax(r, w, MaxInputBytes) }

// AnalyzeBatchMax is AnalyzeBatch with the adapter's limit on each line's article: a
// batch line obeys the same cap as one request.
func AnalyzeBatchMax(r io.Reader, w io.Writer, maxBytes int) error {
	br := bufio.NewReaderSize(r, 64<<10) // a longer line is read in pieces (readLine)
	bw := bufio.NewWriter(w)
	maxLine := lineBytes(maxBytes)
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(br, maxLine)
		lineLen := len(line)
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) == 0 && err == io.EOF {
			return bw.Flush()
		}
		var out any
		switch {
		case tooLong:
			out = ErrorLine{Error: fmt.Sprintf("line %d: longer than %s", lineNo, FormatSize(maxLine))}
		case isBlank(line):
			if err == io.EOF {
				return bw.Flush()
			}
			continue
		default:
			rep, id, aerr := AnalyzeRequestMax(line, maxBytes)
			if aerr != nil {
				out = ErrorLine{ID: id, Error: fmt.Sprintf("line %d: %v", lineNo, aerr)}
			} else {
				out = rep
			}
		}
		if werr := WriteJSON(bw, out, false); werr != nil {
			return werr
		}
		if werr := bw.Flush(); werr != nil {
			return werr
		}
		// a long line's Doc and report are garbage now: collected (in wasm) before the
		// next line is read, not beside it
		yieldToCollector(lineLen)
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line; an over-long line is drained and reported as tooLong.
func readLine(br *bufio.Reader, maxLine int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if cap(line)-len(line) < len(chunk) {
				// doubled, not grown by a quarter as append grows a long slice: a 2 MiB
				// line leaves a few pieces behind, not a dozen
				line = slices.Grow(line, max(len(chunk), len(line)))
			}
			line = append(line, chunk...)
			if len(line) > maxLine {
				tooLong, line = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			line = []byte{'x'}
		}
		return line, tooLong, err
	}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
