package text

import (
	"strings"
	"unicode/utf8"
)

// Sanitize replaces invalid UTF-8 and NUL bytes by U+FFFD, so that every later offset is
// on a rune boundary and no NUL reaches a C string or the page. The analyzer reads every
// input through it, and the corpus readers their texts, so that gold offsets and the
// analysis count the same text.
func Sanitize(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}
