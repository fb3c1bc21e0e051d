package quote

import "testing"

// BenchmarkLoad is the cost of the cue list's first use (what a fresh instance pays
// before its first analysis).
func BenchmarkLoad(b *testing.B) {
	b.Run("cues.txt", func(b *testing.B) {
		for b.Loop() {
			loadCues()
		}
	})
}
