package text

import (
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
)

// Letter case, defined once. A word's case says much in English news (names are
// capitalised, headlines may be in capitals), so every stage asks these and no other.

// IsCapitalised: a word token whose first letter is a capital ("Smith", "U.S.", "NATO").
func IsCapitalised(t doc.Token) bool {
	if t.Kind != doc.TokWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Norm)
	return unicode.IsUpper(r)
}

// IsLowerWord: a word token whose first letter is lower case ("said", "de", "iPhone").
func IsLowerWord(t doc.Token) bool {
	if t.Kind != doc.TokWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Norm)
	return unicode.IsLower(r)
}

// IsAllCaps: w has letters and none of them is lower case ("WASHINGTON", "U.S.", "AT&T");
// a single letter counts ("A").
func IsAllCaps(w string) bool {
	has := false
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf { // ASCII, most words: no decoding, no tables
			if 'a' <= c && c <= 'z' {
				return false
			}
			has = has || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
		i += size
	}
	return has
}

// StartsUpperOrDigit: the first rune is a capital or a digit ("Smith", "3M").
func StartsUpperOrDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// HasNoCapitals: a word token written wholly in lower case ("said"; not "iPhone").
func HasNoCapitals(t doc.Token) bool { return t.Kind == doc.TokWord && t.Norm == t.Lower }
