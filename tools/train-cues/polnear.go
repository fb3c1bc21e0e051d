package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"lede/analyzer"
	"lede/analyzer/doc"
)

// gold is one attribution relation of a PolNeAR brat file, as byte spans of the text.
type gold struct{ content, cue []doc.Span }

// forEachPolNeAR calls fn for every article of a PolNeAR split, read as lede eval quotes
// reads it: the first annotator's file of each article, offsets in code points.
func forEachPolNeAR(dir string, fn func(name, text string, g []gold) error) error {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return err
	}
	if len(anns) == 0 {
		return fmt.Errorf("no attributions/*.ann under %s", dir)
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
			return err
		}
		text := analyzer.Sanitize(string(raw))
		g, err := readBrat(ann, text)
		if err != nil {
			return fmt.Errorf("%s: %w", ann, err)
		}
		if err := fn(base, text, g); err != nil {
			return err
		}
	}
	return nil
}

func readBrat(path, text string) ([]gold, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	spans := map[string][]doc.Span{}
	var out []gold
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
	for _, r := range rels {
		var g gold
		for _, kv := range r {
			k, v, ok := strings.Cut(kv, ":")
			if !ok {
				continue
			}
			switch k {
			case "Content":
				g.content = spans[v]
			case "Cue":
				g.cue = spans[v]
			}
		}
		if len(g.content) > 0 {
			out = append(out, g)
		}
	}
	return out, nil
}

func spansLen(ss []doc.Span) int {
	n := 0
	for _, s := range ss {
		n += s.Len()
	}
	return n
}

// overlap is the number of bytes of a inside the spans ss.
func overlap(a doc.Span, ss []doc.Span) int {
	n := 0
	for _, s := range ss {
		if lo, hi := max(a.Start, s.Start), min(a.End, s.End); hi > lo {
			n += hi - lo
		}
	}
	return n
}
