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
	gaz := read("gazetteer.txt")
	b.Run("ner.bin", func(b *testing.B) {
		for b.Loop() {
			if _, err := OpenTagger(nerBin); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("clusters.tbl+gazetteer.txt+names.tbl", func(b *testing.B) {
		for b.Loop() {
			if _, err := OpenLexicon(clustersTbl, namesTbl, gaz); err != nil {
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
		name string
		set  func(*Lexicon, []byte)
	}{{"orgs.txt", (*Lexicon).SetOrgs}, {"wordnet.txt", (*Lexicon).SetWordNet}} {
		b.Run(f.name, func(b *testing.B) {
			data := read(f.name)
			for b.Loop() {
				f.set(&Lexicon{}, data)
			}
		})
	}
}
