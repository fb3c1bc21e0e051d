package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// PolNeAR (attribution relations of US political news, brat standoff): a split is a
// folder DIR/text/NAME.txt with DIR/attributions/NAME_ANNOTATOR.ann, and publication
// dates in metadata.tsv beside or above it.

// Attribution is one attribution relation: content, source and cue as byte spans.
type Attribution struct {
	Content, Source, Cue []doc.Span
	Direct               bool // the content holds a double quotation mark (or '' written for one)
}

// ForEachPolNeAR calls fn for every article of a PolNeAR split (DIR/attributions/*.ann
// with DIR/text/*.txt), with its base name, its text (sanitised as the analyzer reads
// it) and its gold attributions. An article with several annotators' files is read once,
// with the first file in name order. It returns the number of articles.
func ForEachPolNeAR(dir string, fn func(base, text string, gold []Attribution) error) (int, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return 0, err
	}
	if len(anns) == 0 {
		return 0, fmt.Errorf("no attributions/*.ann under %s", dir)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if seen[base] {
			continue
		}
		seen[base] = true
		raw, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
		if err != nil {
			return 0, err
		}
		txt := text.Sanitize(string(raw))
		gold, err := ReadBrat(ann, txt)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", ann, err)
		}
		if err := fn(base, txt, gold); err != nil {
			return 0, err
		}
	}
	return len(seen), nil
}

// PolNeARDates reads publication dates from metadata.tsv next to (or above) dir.
func PolNeARDates(dir string) map[string]string {
	dates := map[string]string{}
	for _, p := range []string{filepath.Join(dir, "metadata.tsv"), filepath.Join(dir, "..", "metadata.tsv")} {
		raw, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		lines := strings.Split(string(raw), "\n")
		if len(lines) == 0 {
			continue
		}
		cols := strings.Split(lines[0], "\t")
		fi, di := -1, -1
		for i, c := range cols {
			switch c {
			case "filename":
				fi = i
			case "publication_date":
				di = i
			}
		}
		if fi < 0 || di < 0 {
			continue
		}
		for _, l := range lines[1:] {
			f := strings.Split(l, "\t")
			if len(f) > fi && len(f) > di && len(f[di]) == 10 {
				dates[f[fi]] = f[di]
			}
		}
		break
	}
	return dates
}

// ReadBrat reads the attribution relations of a brat .ann file; offsets are characters
// (code points) and come back as byte spans of text.
func ReadBrat(path, text string) ([]Attribution, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	byteAt := CodePointBytes(text)
	spans := map[string][]doc.Span{}
	var rels [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			sp := strings.SplitN(f[1], " ", 2)
			if len(sp) < 2 {
				continue
			}
			var list []doc.Span
			for _, part := range strings.Split(sp[1], ";") {
				ab := strings.Fields(part)
				if len(ab) != 2 {
					return nil, errors.New("bad span " + part)
				}
				a, err1 := strconv.Atoi(ab[0])
				b, err2 := strconv.Atoi(ab[1])
				if err1 != nil || err2 != nil || a < 0 || b < a || b >= len(byteAt) {
					return nil, errors.New("bad span " + part)
				}
				list = append(list, doc.Span{Start: byteAt[a], End: byteAt[b]})
			}
			spans[f[0]] = list
		case strings.HasPrefix(f[0], "E"):
			rels = append(rels, strings.Fields(f[1]))
		}
	}
	var out []Attribution
	for _, r := range rels {
		var g Attribution
		for _, kv := range r {
			k, v, ok := strings.Cut(kv, ":")
			if !ok {
				continue
			}
			switch k {
			case "Content":
				g.Content = spans[v]
			case "Source":
				g.Source = spans[v]
			case "Cue":
				g.Cue = spans[v]
			}
		}
		if len(g.Content) == 0 {
			continue
		}
		for _, s := range g.Content {
			if c := text[s.Start:s.End]; strings.ContainsAny(c, "\"“”«»„") || strings.Contains(c, "''") {
				g.Direct = true
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// SpansLen is the bytes the spans cover (they do not overlap).
func SpansLen(ss []doc.Span) int {
	n := 0
	for _, s := range ss {
		n += s.Len()
	}
	return n
}

// OverlapLen is the bytes of a that the spans ss cover.
func OverlapLen(a doc.Span, ss []doc.Span) int {
	n := 0
	for _, s := range ss {
		lo, hi := max(a.Start, s.Start), min(a.End, s.End)
		if hi > lo {
			n += hi - lo
		}
	}
	return n
}

// CodePointBytes maps each code-point offset 0..n of s (Python's string offsets, brat's
// and NewsMTSC's) to its byte offset.
func CodePointBytes(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}
