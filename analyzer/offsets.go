package analyzer

import (
	"sort"
	"unicode/utf8"
)

// offsetConverter maps byte offsets of a UTF-8 string to UTF-16 code units (JavaScript
// string indices) and back. It stores one checkpoint per non-ASCII rune, so ASCII text
// costs nothing.
type offsetConverter struct {
	text string
	// bytePos[i] is the byte offset just after the i-th non-ASCII rune; extra[i] is how
	// many fewer UTF-16 units than bytes the text has up to there.
	bytePos []int
	extra   []int
}

func newOffsetConverter(s string) *offsetConverter {
	c := &offsetConverter{text: s}
	shrink := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		units := 1
		if r > 0xFFFF {
			units = 2
		}
		shrink += size - units
		i += size
		c.bytePos = append(c.bytePos, i)
		c.extra = append(c.extra, shrink)
	}
	return c
}

// toUTF16 converts a byte offset (on a rune boundary) to UTF-16 units.
func (c *offsetConverter) toUTF16(b int) int {
	// the last checkpoint at or before b
	k := sort.SearchInts(c.bytePos, b+1) - 1
	if k < 0 {
		return b
	}
	return b - c.extra[k]
}

// toByte converts a UTF-16 offset to a byte offset; ok is false when it is out of range
// or falls inside a surrogate pair.
func (c *offsetConverter) toByte(u int) (int, bool) {
	if u < 0 {
		return 0, false
	}
	// binary search on the monotone function toUTF16 over checkpoints
	k := sort.Search(len(c.bytePos), func(i int) bool { return c.bytePos[i]-c.extra[i] > u }) - 1
	b := u
	start := 0
	if k >= 0 {
		b = u + c.extra[k]
		start = c.bytePos[k]
	}
	if b < start || b > len(c.text) {
		return 0, false
	}
	// inside the ASCII run after checkpoint k every byte is one unit; b must not pass
	// the next non-ASCII rune's start.
	if k+1 < len(c.bytePos) {
		next := c.bytePos[k+1]
		_, size := utf8.DecodeLastRuneInString(c.text[:next])
		if b > next-size {
			return 0, false
		}
	}
	return b, true
}
