// Command pack-lists writes the tables the analyzer embeds in place of word lists
// (analyzer/entity/model/<list>.tbl from <list>.txt; see entity.PackedLists), so that
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
)

func main() {
	dir := flag.String("dir", "analyzer/entity/model", "the entity stage's model folder")
	flag.Parse()
	for _, l := range entity.PackedLists {
		text, err := os.ReadFile(filepath.Join(*dir, l.Text))
		if err != nil {
			fmt.Fprintln(os.Stderr, "pack-lists:", err)
			os.Exit(1)
		}
		out := filepath.Join(*dir, l.Table)
		packed := l.Pack(text)
		if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, packed) {
			fmt.Printf("%s: unchanged (%d bytes)\n", out, len(packed))
			continue
		}
		if err := os.WriteFile(out, packed, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "pack-lists:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d bytes from %s (%d)\n", out, len(packed), l.Text, len(text))
	}
}
