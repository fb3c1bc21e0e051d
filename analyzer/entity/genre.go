package entity

import (
	"unicode"
	"unicode/utf8"
)

// Document genre (famGenre, optional): in results tables and score lines ("Leicester 21 Bath 15") a place
// name is mostly a team, an organisation; in prose it is a place. The tagger sees, per
// token, whether its line is mostly numbers and how much of the document is such lines,
// conjoined with the token's shape and gazetteer kind.

// famGenre adds the table-line features. Measured on dev it did not earn its place
// (see tools/train-ner), so the default model leaves it out (-families genre).
const famGenre Families = 1 << 9

// famTopic adds the document's first word (a wire story's section slug, "SOCCER -")
// conjoined with the token's gazetteer kind.
const famTopic Families = 1 << 10

const (
	fGenre byte = 120 + iota
	fGenreGaz
	fTopic
	fGenreDict
)

// docGenre is what the genre features know about one document.
type docGenre struct {
	table byte   // '0' no numeric lines, '1' a few, '2' at least a fifth of the lines
	rows  []bool // per sentence: mostly numbers
	topic string // the document's first word, lower-cased
}

func newDocGenre(sents []Sentence, firstWord string) *docGenre {
	g := &docGenre{table: '0', rows: make([]bool, len(sents))}
	n := 0
	for si, s := range sents {
		digits := 0
		for _, w := range s.Words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
				digits++
			}
		}
		if digits >= 2 && digits*4 >= len(s.Words) {
			g.rows[si] = true
			n++
		}
	}
	switch {
	case n == 0:
	case n*5 < len(sents):
		g.table = '1'
	default:
		g.table = '2'
	}
	g.topic = firstWord
	return g
}

// features appends the genre features of token ti of sentence si.
func (g *docGenre) features(fams Families, si int, ti *tokInfo, add func(uint64)) {
	base := func(b byte) uint64 { return hashByte(featureSeed, b) }
	row := byte('p')
	if g.rows[si] {
		row = 'r'
	}
	if fams&famGenre != 0 {
		add(hashShape(hashByte(hashByte(base(fGenre), g.table), row), ti.shape))
		if ti.gaz != 0 {
			add(hashByte(hashByte(hashByte(base(fGenreGaz), g.table), row), ti.gaz))
		}
		if ti.dict != 0 {
			// a phrase of mixed types (a city that is also a team) read by the genre
			add(hashByte(hashByte(hashByte(base(fGenreDict), g.table), row), ti.dict&31))
		}
	}
	if fams&famTopic != 0 && capitalised(ti.shape) {
		add(hashByte(hashString(base(fTopic), g.topic), ti.gaz>>2))
	}
}
