package entity

import "testing"

// BenchmarkLoad is the cost of each embedded model's first use (what a fresh instance
// pays before its first analysis), one sub-benchmark per file.
func BenchmarkLoad(b *testing.B) {
	b.Run("ner.bin", func(b *testing.B) {
		for b.Loop() {
			if _, err := OpenTagger(nerBin); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("clusters.tbl+gazetteer.tbl+names.tbl", func(b *testing.B) {
		for b.Loop() {
			if _, err := OpenLexicon(clustersTbl, namesTbl, gazetteerTbl); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("wordreps.tbl", func(b *testing.B) {
		for b.Loop() {
			if err := (&Lexicon{}).OpenWordReps(wordrepsTbl); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, f := range []struct {
		name, tbl string
		open      func(*Lexicon, string) error
	}{{"orgs.tbl", orgsTbl, (*Lexicon).OpenOrgs}, {"wordnet.tbl", wordnetTbl, (*Lexicon).OpenWordNet}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				if err := f.open(&Lexicon{}, f.tbl); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
