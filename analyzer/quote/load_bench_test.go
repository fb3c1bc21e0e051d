package quote

import "testing"

// BenchmarkLoad is the cost of the cue tables' first use (what a fresh instance pays
// before its first analysis): opening each embedded table.
func BenchmarkLoad(b *testing.B) {
	b.Run("cues.tbl", func(b *testing.B) {
		for b.Loop() {
			openCues()
		}
	})
	b.Run("cuemodel.tbl", func(b *testing.B) {
		for b.Loop() {
			openCueModel()
		}
	})
}

// BenchmarkParseLists is what the first use cost when the lists were parsed into maps
// (the packer's parse, kept for tools/pack-lists and the tests), to set beside
// BenchmarkLoad.
func BenchmarkParseLists(b *testing.B) {
	b.Run("cues.txt", func(b *testing.B) {
		for b.Loop() {
			parseCues(cuesTxt(b))
		}
	})
	b.Run("cuemodel.txt", func(b *testing.B) {
		for b.Loop() {
			parseCueModel(cueModelTxt(b))
		}
	})
}
