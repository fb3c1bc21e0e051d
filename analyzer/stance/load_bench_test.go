package stance

import "testing"

// BenchmarkLoad is the cost of each embedded model's first use (what a fresh instance
// pays before its first analysis), one sub-benchmark per file.
func BenchmarkLoad(b *testing.B) {
	b.Run("model.tbl", func(b *testing.B) {
		for b.Loop() {
			if _, err := OpenModel(modelTbl); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("lexicon.tbl", func(b *testing.B) {
		for b.Loop() {
			if _, err := OpenLexicon(lexiconTbl); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("predicates.tbl", func(b *testing.B) {
		for b.Loop() {
			if _, err := openPredicates(predicatesTbl); err != nil {
				b.Fatal(err)
			}
		}
	})
}
