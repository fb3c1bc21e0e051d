package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lede/analyzer"
)

// forEachPolNeAR calls fn for every article of a PolNeAR split (DIR/attributions/*.ann
// with DIR/text/*.txt), with its base name, its text (sanitised as the analyzer reads
// it) and its gold attributions. An article with several annotators' files is read once,
// with the first file in name order. It returns the number of articles.
func forEachPolNeAR(dir string, fn func(base, text string, gold []goldAttribution) error) (int, error) {
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
		text := analyzer.Sanitize(string(raw))
		gold, err := readBrat(ann, text)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", ann, err)
		}
		if err := fn(base, text, gold); err != nil {
			return 0, err
		}
	}
	return len(seen), nil
}
