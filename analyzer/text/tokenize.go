// Package text splits a document into paragraphs, sentences and tokens, and turns HTML
// into text with its metadata.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"lede/analyzer/doc"
)

// Tokenize splits s[start:end] into tokens whose spans are offsets into s. Words keep
// inner apostrophes, hyphens and the dots of abbreviations (U.S., Gen.); clitics are
// tokens of their own, as in CoNLL and the Penn Treebank: a possessive or verb 's, 're,
// 'll, 've, 'd, 'm ("they're" -> they + 're) and n't ("didn't" -> did + n't, "can't" ->
// ca + n't), so that the tagger reads the auxiliary and the negation it was trained on.
func Tokenize(s string, start, end int, out []doc.Token) []doc.Token {
	i := start
	space := true
	first := len(out)
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00AD' || r == '\u200B' || r == '\uFEFF' {
			i += size
			space = true
			continue
		}
		if isPictograph(r) {
			// emoji and other pictographs are no word and no punctuation of the
			// sentence: the stages see the tokens they would see without them
			// ("Smith 😀, the chief," reads as "Smith, the chief,")
			i = pictographEnd(s, i, end)
			space = len(out) == first || isWordRuneAt(s, i, end)
			continue
		}
		var tok doc.Token
		switch {
		case isWordRune(r):
			tok = scanWord(s, i, end)
		case isQuoteRune(r):
			tok = quoteToken(s, i, size, r, out)
		case isDashRune(r):
			j := i + size
			for j < end {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !isDashRune(r2) {
					break
				}
				j += sz
			}
			tok = doc.Token{Span: doc.Span{Start: i, End: j}, Kind: doc.TokDash, Norm: "-"}
			if j-i == 1 && r == '-' {
				tok.Kind = doc.TokPunct
			}
		case r == '…':
			tok = doc.Token{Span: doc.Span{Start: i, End: i + size}, Kind: doc.TokPunct, Norm: "..."}
		case r == '.' && strings.HasPrefix(s[i:end], "..."):
			tok = doc.Token{Span: doc.Span{Start: i, End: i + 3}, Kind: doc.TokPunct, Norm: "..."}
		default:
			tok = doc.Token{Span: doc.Span{Start: i, End: i + size}, Kind: doc.TokPunct, Norm: s[i : i+size]}
		}
		tok.SpaceBefore = space
		if tok.Norm == "" {
			tok.Norm = normaliseWord(s[tok.Start:tok.End])
		}
		tok.Lower = strings.ToLower(tok.Norm)
		out = append(out, tok)
		i = tok.End
		space = false
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiWord[c] is isWordRune(rune(c)) for the ASCII bytes: A-Z, a-z, 0-9.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '\'', '‘', '’', '‚', '‹', '›', '‟', '＂':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isDashRune(r rune) bool {
	switch r {
	case '-', '–', '—', '―', '‒', '−':
		return true
	}
	return false
}

func isInnerHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// scanWord reads a word or number starting at i.
func scanWord(s string, i, end int) doc.Token {
	start := i
	r0, _ := utf8.DecodeRuneInString(s[i:])
	numeric := unicode.IsDigit(r0)
	for i < end {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			i++ // an ASCII letter or digit, most of a news text: no decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		next := rune(0)
		if i+size < end {
			next, _ = utf8.DecodeRuneInString(s[i+size:])
		}
		switch {
		case isJoiner(r) && isWordRune(next) && i > start:
			i += size // a joiner inside a word (ZWJ, ZWNJ, word joiner) keeps it whole
		case isApostrophe(r) && unicode.IsLetter(next):
			// clitics stay apart: "Clinton's" -> Clinton + 's, "didn't" -> did + n't
			if i > start {
				switch tail := cliticTail(s, i+size, end); {
				case tail == "t" && i-1 > start && (s[i-1] == 'n' || s[i-1] == 'N'):
					return wordToken(s, start, i-1, numeric)
				case tail != "" && tail != "t":
					return wordToken(s, start, i, numeric)
				}
			}
			i += size
		case isInnerHyphen(r) && isWordRune(next) && i > start:
			i += size
		case numeric && (r == ',' || r == '.' || r == ':') && unicode.IsDigit(next):
			i += size
		case r == '.' && !numeric:
			return wordToken(s, start, abbreviationEnd(s, start, i, end), numeric)
		case r == '&' && unicode.IsUpper(next) && i-start <= 2 && IsAllCaps(s[start:i]):
			i += size // AT&T, S&P
		default:
			return wordToken(s, start, i, numeric)
		}
	}
	return wordToken(s, start, i, numeric)
}

// cliticTail returns the letters from i to the end of the word, lower-cased, when they
// are a clitic after an apostrophe (s, re, ll, ve, d, m, or the t of n't), else "".
func cliticTail(s string, i, end int) string {
	j := i
	for j < end && j-i < 3 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	if isWordRuneAt(s, j, end) {
		return "" // "O'Neill", "rock'n'roll": the word goes on
	}
	switch tail := strings.ToLower(s[i:j]); tail {
	case "s", "re", "ll", "ve", "d", "m", "t":
		return tail
	}
	return ""
}

func isWordRuneAt(s string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// abbreviationEnd decides whether the dot at dot belongs to the word s[start:dot]: it
// does for initialisms (U.S., a.m.), single initials (W.) and known abbreviations (Gen.).
// It returns the word's end.
func abbreviationEnd(s string, start, dot, end int) int {
	word := s[start:dot]
	// initialism: letter . letter . ...
	if utf8.RuneCountInString(word) == 1 {
		j := dot + 1
		for {
			r, size := utf8.DecodeRuneInString(s[j:min(end, j+4)])
			if j >= end || !unicode.IsLetter(r) || j+size >= end || s[j+size] != '.' {
				break
			}
			j += size + 1
		}
		if j > dot+1 {
			return j
		}
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			return dot + 1 // an initial: "George W. Bush"
		}
		return dot
	}
	if IsAbbreviation(word) {
		return dot + 1
	}
	return dot
}

func wordToken(s string, start, end int, numeric bool) doc.Token {
	k := doc.TokWord
	if numeric {
		k = doc.TokNumber
	}
	return doc.Token{Span: doc.Span{Start: start, End: end}, Kind: k}
}

// normaliseWord folds typographic apostrophes and hyphens inside a word, drops the
// joiners inside it and composes its accents (NFC: "Peru\u0301" is "Perú"), so that a
// word reads the same however it was encoded; its span stays on the input as written.
func normaliseWord(w string) string {
	ascii := true // the marks replaced are all multi-byte: an ASCII word has none
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	if strings.ContainsAny(w, "’ʼ‐‑\u200C\u200D\u2060") {
		w = wordMarks.Replace(w)
	}
	if !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	return w
}

// wordMarks folds apostrophes and hyphens inside words and drops joiners (built once,
// not per word).
var wordMarks = strings.NewReplacer("’", "'", "ʼ", "'", "‐", "-", "‑", "-", "\u200C", "", "\u200D", "", "\u2060", "")

// quoteToken classifies a quotation mark or apostrophe by its shape and neighbours.
func quoteToken(s string, i, size int, r rune, prev []doc.Token) doc.Token {
	t := doc.Token{Span: doc.Span{Start: i, End: i + size}, Kind: doc.TokQuote}
	switch r {
	case '"', '＂':
		t.Norm, t.Quote = `"`, doc.QuoteEither
	case '“', '„', '‟':
		t.Norm, t.Quote = `"`, doc.QuoteOpen
	case '”':
		t.Norm, t.Quote = `"`, doc.QuoteClose
	case '«':
		t.Norm, t.Quote = `"`, doc.QuoteOpen
	case '»':
		t.Norm, t.Quote = `"`, doc.QuoteClose
	case '‘', '‚':
		t.Norm, t.Quote, t.Single = "'", doc.QuoteOpen, true
	case '’':
		t.Norm, t.Quote, t.Single = "'", doc.QuoteClose, true
	case '‹':
		t.Norm, t.Quote, t.Single = "'", doc.QuoteOpen, true
	case '›':
		t.Norm, t.Quote, t.Single = "'", doc.QuoteClose, true
	case '\'':
		t.Norm, t.Quote, t.Single = "'", doc.QuoteEither, true
	}
	// a clitic after a word: a possessive or a verb, not a quote ("Clinton's", "they’re")
	if isApostrophe(r) && len(prev) > 0 && prev[len(prev)-1].End == i {
		if tail := cliticTail(s, i+size, len(s)); tail != "" && tail != "t" {
			n := len(tail) // the clitic's letters are ASCII
			return doc.Token{Span: doc.Span{Start: i, End: i + size + n}, Kind: doc.TokWord, Norm: "'" + s[i+size:i+size+n]}
		}
		// officials' : a plural possessive
		p := prev[len(prev)-1]
		if p.Kind == doc.TokWord && strings.HasSuffix(p.Lower, "s") && !isWordRuneAt(s, i+size, len(s)) {
			return doc.Token{Span: t.Span, Kind: doc.TokPunct, Norm: "'"}
		}
	}
	// '90s, 'em: an elided start
	if isApostrophe(r) && i+size < len(s) && unicode.IsDigit(rune(s[i+size])) {
		w := scanWord(s, i+size, len(s))
		return doc.Token{Span: doc.Span{Start: i, End: w.End}, Kind: doc.TokNumber, Norm: "'" + s[i+size:w.End]}
	}
	return t
}
