package text

// Small hand matchers for what were regular expressions: the regexp package (with the
// Unicode tables it keeps) came to some 0.3 MB of lede.wasm for five patterns. Each
// function names the pattern it matches, with the regexp package's semantics (\s is
// [\t\n\f\r ], \b an ASCII word boundary); scan_test.go checks them against it.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isRegexpSpace reports whether b is in \s: [\t\n\f\r ].
func isRegexpSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isASCIIWord reports whether b is in \w: [0-9A-Za-z_].
func isASCIIWord(b byte) bool {
	return isDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
}

// skipSpace returns the index after the run of \s at s[i:].
func skipSpace(s string, i int) int {
	for i < len(s) && isRegexpSpace(s[i]) {
		i++
	}
	return i
}

// digitsAt reports whether s[i:i+n] is n ASCII digits.
func digitsAt(s string, i, n int) bool {
	if i < 0 || i+n > len(s) {
		return false
	}
	for _, b := range []byte(s[i : i+n]) {
		if !isDigit(b) {
			return false
		}
	}
	return true
}

// collapseRuns replaces each run of [\s\x{00A0}] in s with one space
// (regexp `[\s\x{00A0}]+`, ReplaceAllString(s, " ")).
func collapseRuns(s string) string {
	var out []byte
	for i := 0; i < len(s); {
		n := 0
		for i+n < len(s) {
			if isRegexpSpace(s[i+n]) {
				n++
			} else if s[i+n] == 0xC2 && i+n+1 < len(s) && s[i+n+1] == 0xA0 {
				n += 2
			} else {
				break
			}
		}
		if n == 0 {
			if out != nil {
				out = append(out, s[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]byte, 0, len(s)), s[:i]...)
		}
		out = append(out, ' ')
		i += n
	}
	if out == nil {
		return s
	}
	return string(out)
}

// isoDatePrefix returns the three digit groups of `^\s*(\d{4})-(\d{2})-(\d{2})`.
func isoDatePrefix(s string) (y, m, d string, ok bool) {
	i := skipSpace(s, 0)
	if !digitsAt(s, i, 4) || i+10 > len(s) || s[i+4] != '-' || !digitsAt(s, i+5, 2) || s[i+7] != '-' || !digitsAt(s, i+8, 2) {
		return "", "", "", false
	}
	return s[i : i+4], s[i+5 : i+7], s[i+8 : i+10], true
}

// years returns the matches of `\b(?:19|20)\d\d\b` in s, in order.
func years(s string) []string {
	var out []string
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && digitsAt(s, i+2, 2) &&
			(i == 0 || !isASCIIWord(s[i-1])) && (i+4 == len(s) || !isASCIIWord(s[i+4])) {
			out = append(out, s[i:i+4])
			i += 3
		}
	}
	return out
}

// datelineMatch is a match of the dateline pattern: its span and its parts (year "" when
// the dateline has none).
type datelineMatch struct {
	start, end       int
	month, day, year string
}

// findDateline returns the leftmost match in s of
//
//	(?m)^[\p{Lu}][\p{L}.' -]{1,40},\s+(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})|
//	(?P<day2>\d{1,2})\s+(?P<mon2>[A-Z][a-z]{2,8})\.?)(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*
//	(?:\([^)]{1,30}\)\s*)?[-–—:]
//
// ("WASHINGTON, July 12 (Reuters) -"). Every part of it is followed by something it
// cannot hold, so one pass decides each line.
func findDateline(s string) (datelineMatch, bool) {
	for start := 0; ; {
		if m, ok := datelineAt(s, start); ok {
			return m, true
		}
		j := strings.IndexByte(s[start:], '\n')
		if j < 0 {
			return datelineMatch{}, false
		}
		start += j + 1
	}
}

func datelineAt(s string, i int) (datelineMatch, bool) {
	m := datelineMatch{start: i}
	r, w := utf8.DecodeRuneInString(s[i:])
	if w == 0 || !unicode.IsUpper(r) {
		return m, false
	}
	j, n := i+w, 0 // the place: up to 40 letters, dots, apostrophes, spaces and hyphens
	for j < len(s) && s[j] != ',' {
		r, w := utf8.DecodeRuneInString(s[j:])
		if n == 40 || !(unicode.IsLetter(r) || r == '.' || r == '\'' || r == ' ' || r == '-') {
			return m, false
		}
		j, n = j+w, n+1
	}
	if n == 0 || j == len(s) {
		return m, false
	}
	k := skipSpace(s, j+1)
	if k == j+1 || k == len(s) {
		return m, false
	}
	var p int
	if e, ok := monthName(s, k); ok { // "July 12"
		m.month, p = s[k:e], e
		if p < len(s) && s[p] == '.' {
			p++
		}
		d := skipSpace(s, p)
		if d == p {
			return m, false
		}
		if p = dayDigits(s, d); p == d {
			return m, false
		}
		m.day = s[d:p]
	} else if p = dayDigits(s, k); p > k { // "12 July"
		m.day = s[k:p]
		mo := skipSpace(s, p)
		e, ok := monthName(s, mo)
		if mo == p || !ok {
			return m, false
		}
		m.month, p = s[mo:e], e
		if p < len(s) && s[p] == '.' {
			p++
		}
	} else {
		return m, false
	}
	// the year, when one follows and the rest matches after it
	q := p
	if q < len(s) && s[q] == ',' {
		q++
	}
	if y := skipSpace(s, q); y > q && y+4 <= len(s) && (s[y:y+2] == "19" || s[y:y+2] == "20") && digitsAt(s, y+2, 2) {
		if end, ok := datelineTail(s, y+4); ok {
			m.year, m.end = s[y:y+4], end
			return m, true
		}
	}
	end, ok := datelineTail(s, p)
	m.end = end
	return m, ok
}

// monthName returns the end of `[A-Z][a-z]{2,8}` at s[i:], when the run of lower-case
// letters after the capital is 2 to 8 long (a longer one matches nothing after it).
func monthName(s string, i int) (int, bool) {
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return i, false
	}
	j := i + 1
	for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
		j++
	}
	return j, j-i-1 >= 2 && j-i-1 <= 8
}

// dayDigits returns the end of `\d{1,2}` at s[i:] (i itself when there is no digit).
func dayDigits(s string, i int) int {
	j := i
	for j < len(s) && j-i < 2 && isDigit(s[j]) {
		j++
	}
	return j
}

// datelineTail matches `\s*(?:\([^)]{1,30}\)\s*)?[-–—:]` at s[i:] and returns its end.
func datelineTail(s string, i int) (int, bool) {
	i = skipSpace(s, i)
	if i < len(s) && s[i] == '(' {
		j, n := i+1, 0
		for j < len(s) && s[j] != ')' && n < 30 {
			_, w := utf8.DecodeRuneInString(s[j:])
			j, n = j+w, n+1
		}
		if n == 0 || j == len(s) || s[j] != ')' {
			return i, false
		}
		i = skipSpace(s, j+1)
	}
	for _, dash := range []string{"-", ":", "–", "—"} {
		if strings.HasPrefix(s[i:], dash) {
			return i + len(dash), true
		}
	}
	return i, false
}
