package entity

import "testing"

// BenchmarkLoad is the cost of each embedded model's first use (what a fresh instance
// pays before its first analysis), one sub-benchmark per file.
func BenchmarkLoad(b *testing.B) {
	read := func(name string) []byte {
		d, err := modelFS.ReadFile("model/" + name)
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	b.Run("ner.bin", func(b *testing.B) {
		bin := read("ner.bin")
		for b.Loop() {
			if _, err := UnmarshalTagger(bin); err != nil {
				b.Fatal(err)
			}
		}
	})
	// the word lists, all read in place: a header check each
	b.Run("lists.tbl", func(b *testing.B) {
		for b.Loop() {
			lx, err := OpenLexicon(clustersTbl, namesTbl, gazetteerTbl)
			if err == nil {
				err = lx.OpenWordReps(wordrepsTbl)
			}
			if err == nil {
				_, err = openPhrases(orgsTbl)
			}
			if err == nil {
				_, err = openPhrases(wordnetTbl)
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
