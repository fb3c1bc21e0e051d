// Package present turns a lede/1 report into what the page shows: the layering of
// annotations over the article text and short summaries. Dates come readable in the
// report (display, timeSpan, refDateDisplay): nothing here reads a TIMEX3 value. It is
// pure Go (no syscall/js), so it builds and is tested natively; package wasm/ only draws
// its results.
package present

import (
	"sort"
	"unicode/utf8"
)

// Layer is how a mark is drawn: outer marks (quotes) may contain inner ones (names,
// dates); marks of one layer never nest, so the article stays two levels deep.
type Layer uint8

const (
	Outer Layer = iota
	Inner
)

// Mark is an annotation to draw over the text: a half-open range of UTF-16 code units
// (the report's offsets) and the caller's index of what it stands for.
type Mark struct {
	Start, End int
	Layer      Layer
	Ref        int
}

// Piece is a run of text under at most one outer and one inner mark (indices into the
// marks given to Layout, -1 for none).
type Piece struct {
	Text         string
	Outer, Inner int
}

// Layout cuts the first limit UTF-16 units of text into pieces under the marks, and
// returns the rest of the text (unannotated) as tail. Within a layer a mark that overlaps
// an earlier one (by start, longest first) is left out: a page cannot draw two crossing
// underlines honestly. Marks out of range are clipped. It is one sort and one pass over
// the text: linear in the text plus n log n in the marks.
func Layout(text string, marks []Mark, limit int) (pieces []Piece, tail string) {
	total := utf16Len(text)
	if limit < 0 || limit > total {
		limit = total
	}
	kept := [2][]int{}
	for l := Outer; l <= Inner; l++ {
		var idx []int
		for i, m := range marks {
			if m.Layer == l && m.Start < m.End && m.Start >= 0 && m.Start < limit {
				idx = append(idx, i)
			}
		}
		sort.SliceStable(idx, func(a, b int) bool {
			ma, mb := marks[idx[a]], marks[idx[b]]
			if ma.Start != mb.Start {
				return ma.Start < mb.Start
			}
			return ma.End > mb.End
		})
		end := -1
		for _, i := range idx {
			if marks[i].Start >= end {
				kept[l] = append(kept[l], i)
				end = marks[i].End
			}
		}
	}
	clip := func(u int) int { return min(u, limit) }
	bounds := []int{0, limit}
	for _, layer := range kept {
		for _, i := range layer {
			bounds = append(bounds, marks[i].Start, clip(marks[i].End))
		}
	}
	sort.Ints(bounds)
	uniq := bounds[:1]
	for _, b := range bounds[1:] {
		if b != uniq[len(uniq)-1] {
			uniq = append(uniq, b)
		}
	}
	bytes := unitsToBytes(text, uniq)
	var at [2]int // next candidate mark per layer
	cover := func(l Layer, u int) int {
		ks := kept[l]
		for at[l] < len(ks) && clip(marks[ks[at[l]]].End) <= u {
			at[l]++
		}
		if at[l] < len(ks) && marks[ks[at[l]]].Start <= u {
			return ks[at[l]]
		}
		return -1
	}
	for i := 0; i+1 < len(uniq); i++ {
		if bytes[i] >= bytes[i+1] {
			continue
		}
		pieces = append(pieces, Piece{
			Text:  text[bytes[i]:bytes[i+1]],
			Outer: cover(Outer, uniq[i]),
			Inner: cover(Inner, uniq[i]),
		})
	}
	return pieces, text[bytes[len(bytes)-1]:]
}

// unitsToBytes converts ascending UTF-16 offsets into byte offsets of s in one pass. An
// offset inside a surrogate pair moves to the end of its rune.
func unitsToBytes(s string, units []int) []int {
	out := make([]int, len(units))
	u, b, k := 0, 0, 0
	for k < len(units) {
		if units[k] <= u || b >= len(s) {
			out[k] = b
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[b:])
		b += size
		u++
		if r > 0xFFFF {
			u++
		}
	}
	return out
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}
