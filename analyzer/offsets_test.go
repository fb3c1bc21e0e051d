package analyzer

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// TestOffsetsRoundTrip checks byte <-> UTF-16 conversion at every rune boundary of a text
// mixing ASCII, two-, three- and four-byte runes.
func TestOffsetsRoundTrip(t *testing.T) {
	s := "ab é 中文 😀x “q” 𝄞"
	c := newOffsetConverter(s)
	for b := 0; b <= len(s); b++ {
		if b < len(s) && !utf8.RuneStart(s[b]) {
			continue
		}
		want := len(utf16.Encode([]rune(s[:b])))
		if got := c.toUTF16(b); got != want {
			t.Errorf("toUTF16(%d) = %d, want %d", b, got, want)
		}
		back, ok := c.toByte(want)
		if !ok || back != b {
			t.Errorf("toByte(%d) = %d, %v; want %d", want, back, ok, b)
		}
	}
	// the middle of a surrogate pair and past the end are refused
	emoji := len(utf16.Encode([]rune("ab é 中文 ")))
	if _, ok := c.toByte(emoji + 1); ok {
		t.Error("toByte accepted the middle of a surrogate pair")
	}
	if _, ok := c.toByte(len(utf16.Encode([]rune(s))) + 1); ok {
		t.Error("toByte accepted an offset past the end")
	}
}
