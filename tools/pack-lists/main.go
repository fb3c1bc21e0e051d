// Command pack-lists writes the tables the analyzer embeds in place of word lists
// (<list>.tbl beside <list>.txt; see the PackedLists of entity, stance, text and quote), so that
// nothing is parsed into maps at start. `make model` runs it after the tools that write
// the lists; run it after editing a list by hand:
//
//	go run ./tools/pack-lists
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"lede/analyzer/entity"
	"lede/analyzer/quote"
	"lede/analyzer/stance"
	"lede/analyzer/text"
)

// noError adapts a packer that cannot fail (its list's bad lines are skipped).
func noError(pack func([]byte) []byte) func([]byte) ([]byte, error) {
	return func(b []byte) ([]byte, error) { return pack(b), nil }
}

func main() {
	root := flag.String("root", ".", "the repository's root")
	flag.Parse()
	type list struct {
		dir, text, table string
		pack             func([]byte) ([]byte, error)
	}
	var lists []list
	for _, l := range entity.PackedLists {
		lists = append(lists, list{"analyzer/entity/model", l.Text, l.Table, noError(l.Pack)})
	}
	for _, l := range stance.PackedLists {
		lists = append(lists, list{"analyzer/stance", l.Text, l.Table, noError(l.Pack)})
	}
	for _, l := range text.PackedLists {
		lists = append(lists, list{"analyzer/text", l.Text, l.Table, l.Pack})
	}
	for _, l := range quote.PackedLists {
		lists = append(lists, list{"analyzer/quote", l.Text, l.Table, l.Pack})
	}
	for _, l := range lists {
		dir := filepath.Join(*root, l.dir)
		src, err := os.ReadFile(filepath.Join(dir, l.text))
		if err != nil {
			fmt.Fprintln(os.Stderr, "pack-lists:", err)
			os.Exit(1)
		}
		out := filepath.Join(dir, l.table)
		packed, err := l.pack(src)
		if err != nil {
			fmt.Fprintln(os.Stderr, "pack-lists:", l.text+":", err)
			os.Exit(1)
		}
		if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, packed) {
			fmt.Printf("%s: unchanged (%d bytes)\n", out, len(packed))
			continue
		}
		if err := os.WriteFile(out, packed, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "pack-lists:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d bytes from %s (%d)\n", out, len(packed), l.text, len(src))
	}
}
