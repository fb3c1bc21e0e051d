package text

import "testing"

// BenchmarkLoad is the cost of each embedded model's first use (what a fresh instance
// pays before its first analysis), one sub-benchmark per file.
func BenchmarkLoad(b *testing.B) {
	b.Run("classes.tbl", func(b *testing.B) {
		for b.Loop() {
			openClasses()
		}
	})
	b.Run("pos.bin+posdict.bin", func(b *testing.B) {
		for b.Loop() {
			loadPOS()
		}
	})
	b.Run("chunk.bin", func(b *testing.B) {
		for b.Loop() {
			loadChunk()
		}
	})
}
