package text

import (
	"unicode"
	"unicode/utf8"
)

// isPictograph reports whether r begins a pictograph: an emoji, a dingbat, an arrow box
// or any other symbol outside Latin-1 (general category So or Sk: 😀 ★ ™ ✓ 🇫). The
// symbols that words and numbers need ($ € % + < #) are other categories and stay tokens,
// and so does U+FFFD, which stands for a character lost in decoding (often a £).
func isPictograph(r rune) bool {
	if r < 0x2000 || r == '\uFFFD' {
		return false
	}
	return unicode.In(r, unicode.So, unicode.Sk)
}

// pictographEnd returns the end of the pictograph sequence starting at i: its symbols
// and what binds them into one picture (variation selectors, skin tones, keycaps, tag
// characters, joiners between two pictographs: 👩🏽‍🚒, 🏴󠁧󠁢󠁳󠁣󠁴󠁿, 1️⃣ after its digit).
func pictographEnd(s string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isPictograph(r), isPictureModifier(r):
			i += size
		case r == '\u200D' && i+size < end:
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if !isPictograph(next) {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

// isPictureModifier reports whether r modifies the pictograph before it rather than
// standing alone: variation selectors, the combining keycap and enclosing marks, tags.
func isPictureModifier(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF || r >= 0xE0020 && r <= 0xE007F ||
		unicode.Is(unicode.Me, r)
}

// isJoiner reports whether r is a zero-width joiner or non-joiner or a word joiner,
// which may sit inside a word (Persian and Indic spelling, or pasted text) without
// splitting it.
func isJoiner(r rune) bool { return r == '\u200D' || r == '\u200C' || r == '\u2060' }
