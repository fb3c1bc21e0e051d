package timex

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
)

// piece is a token, or a part of a hyphenated token: "third-quarter" and "mid-2020" are
// read as "third" "-" "quarter", so the grammar sees one word a piece. Spans are bytes.
type piece struct {
	doc.Span
	l     string // lower case, typographic variants folded
	o     string // as written (folded)
	num   int    // the value of an all-digit piece, else -1
	digit int    // number of digits of an all-digit piece
	kind  doc.TokenKind
	tok   int  // index of the token it comes from
	inTok bool // part of a hyphenated token (not its first part)
	split bool // the token it belongs to was split
}

// maxHyphenated is the longest hyphenated token, in bytes, read piece by piece: dates
// written with hyphens are short ("2023-07-12", "mid-July", "twenty-first-century"); a
// longer chain ("a-a-a-…" over kilobytes) holds none and would cost a piece a letter.
const maxHyphenated = 64

// appendPieces adds the pieces of tokens [first, end) of d to out.
func appendPieces(d *doc.Doc, first, end int, out []piece) []piece {
	for ti := first; ti < end; ti++ {
		t := d.Tokens[ti]
		if (t.Kind == doc.TokWord || t.Kind == doc.TokNumber) && strings.IndexByte(t.Norm, '-') > 0 && len(t.Norm) == t.End-t.Start && len(t.Norm) <= maxHyphenated {
			start := 0
			w := t.Norm
			for k := 0; k <= len(w); k++ {
				if k < len(w) && w[k] != '-' {
					continue
				}
				if k > start {
					out = append(out, newPiece(t.Start+start, t.Start+k, w[start:k], ti, start > 0, true))
				}
				if k < len(w) {
					out = append(out, piece{Span: doc.Span{Start: t.Start + k, End: t.Start + k + 1}, l: "-", o: "-", num: -1, kind: doc.TokPunct, tok: ti, inTok: true, split: true})
				}
				start = k + 1
			}
			continue
		}
		if n := len(t.Norm); n > 2 && t.Norm[n-1] == '.' && zones[strings.ToLower(t.Norm[:n-1])] && n == t.End-t.Start {
			// "EST." at a sentence end: the zone, then the full stop
			out = append(out, newPiece(t.Start, t.End-1, t.Norm[:n-1], ti, false, true))
			out = append(out, piece{Span: doc.Span{Start: t.End - 1, End: t.End}, l: ".", o: ".", num: -1, kind: doc.TokPunct, tok: ti, split: true})
			continue
		}
		lower := t.Lower // the token's own lower case (lowering each word again cost a copy)
		if lower == "" {
			lower = strings.ToLower(t.Norm)
		}
		p := newPieceLower(t.Start, t.End, t.Norm, lower, ti, false, false)
		p.kind = t.Kind
		out = append(out, p)
	}
	return out
}

func newPiece(start, end int, w string, tok int, inTok, split bool) piece {
	return newPieceLower(start, end, w, strings.ToLower(w), tok, inTok, split)
}

// newPieceLower is newPiece given w's lower case.
func newPieceLower(start, end int, w, lower string, tok int, inTok, split bool) piece {
	p := piece{Span: doc.Span{Start: start, End: end}, o: w, l: lower, num: -1, tok: tok, inTok: inTok, split: split}
	r, _ := utf8.DecodeRuneInString(w)
	p.kind = doc.TokWord
	if unicode.IsDigit(r) {
		p.kind = doc.TokNumber
	}
	if allDigits(w) && len(w) <= 9 {
		p.num, _ = strconv.Atoi(w)
		p.digit = len(w)
	}
	return p
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// capitalised reports whether the piece starts with an upper-case letter.
func (p piece) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(p.o)
	return unicode.IsUpper(r)
}
