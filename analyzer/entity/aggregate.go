package entity

import (
	"unicode"
	"unicode/utf8"
)

// Context aggregation (Ratinov & Roth 2009): a capitalised word sees the words around
// its other occurrences in the document, so that "Deportivo chairman" in one sentence
// tells "Deportivo" in another that it is an organisation.

// famAgg adds the context aggregation features.
const famAgg Families = 1 << 11

const (
	fAggPrev byte = 130 + iota
	fAggNext
	fAggName
	fCoord
)

// famCoord (optional, -families coord: measured on dev without a gain, see
// tools/train-ner) adds the coordination features: is the "and" between two capitalised
// words inside one name ("Bodman , Longely & Dahling") or between two ("Mercantile and
// Commerce")? Whether the words on either side end and start names elsewhere in the
// document tells.
const famCoord Families = 1 << 12

// isCoordinator reports whether a lower-cased word joins two names.
func isCoordinator(l string) bool { return l == "and" || l == "&" || l == "or" }

// maxAgg is how many distinct neighbours of each side a word keeps.
const maxAgg = 6

// docAgg keeps, per word id, the distinct lower-case words right before and after its
// capitalised occurrences, when the document never writes the word in lower case.
type docAgg struct {
	prev, next [][]int32
	// name, per word id: bit 0, some occurrence follows a given name ("Joseph
	// Bernardin"); bit 1, some occurrence mid-sentence stands alone, between words that
	// are not capitalised ("shares in Magna rose"); bit 2, some occurrence mid-sentence
	// starts a capitalised run (not after "and"); bit 3, some occurrence ends one (not
	// before "and")
	name []uint8
}

func newDocAgg(v *docVocab, sents []Sentence) *docAgg {
	a := &docAgg{prev: make([][]int32, len(v.words)), next: make([][]int32, len(v.words)), name: make([]uint8, len(v.words))}
	addTo := func(list []int32, id int32) []int32 {
		if len(list) >= maxAgg {
			return list
		}
		for _, x := range list {
			if x == id {
				return list
			}
		}
		return append(list, id)
	}
	// only lower-case neighbours ("giant Pirelli", "Deportivo chairman") say what a
	// name is; punctuation, numbers and other names say little
	lowerWord := func(id int32) bool {
		if id == boundaryWord {
			return false
		}
		w := v.words[id]
		return len(w) > 1 && w[0] >= 'a' && w[0] <= 'z' && v.dc[id]>>16 == 0
	}
	for si, s := range sents {
		ids := v.ids[si]
		for i, w := range s.Words {
			if !initialCapital(w) || v.dc[ids[i]]&0xffff != 0 {
				continue
			}
			id := ids[i]
			if i > 0 && v.gender[ids[i-1]] != 0 && initialCapital(s.Words[i-1]) {
				a.name[id] |= 1
			}
			startsRun := i > 0 && !initialCapital(s.Words[i-1]) && !isSentenceOpener(s.Words[i-1]) && !isCoordinator(v.words[ids[i-1]])
			endsRun := i+1 == len(s.Words) || !initialCapital(s.Words[i+1]) && !isCoordinator(v.words[ids[i+1]])
			if startsRun && (i+1 == len(s.Words) || !initialCapital(s.Words[i+1])) {
				a.name[id] |= 2
			}
			if startsRun {
				a.name[id] |= 4
			}
			if endsRun {
				a.name[id] |= 8
			}
			if p := neighbour(ids, i, -1); lowerWord(p) {
				a.prev[id] = addTo(a.prev[id], p)
			}
			if n := neighbour(ids, i, 1); lowerWord(n) {
				a.next[id] = addTo(a.next[id], n)
			}
		}
	}
	return a
}

// initialCapital reports whether w starts with a capital: capitalised(wordShape(w)) without
// building the shape.
func initialCapital(w string) bool {
	if w == "" {
		return false
	}
	if b := w[0]; b < utf8.RuneSelf {
		return 'A' <= b && b <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// features appends, for token i (word ids) of a sentence, the neighbours of the word's
// other occurrences (those that differ from its own neighbours).
func (a *docAgg) features(v *docVocab, ids []int32, i int, add func(uint64)) {
	id := ids[i]
	add(hashByte(hashByte(featureSeed, fAggName), a.name[id]))
	own := neighbour(ids, i, -1)
	for _, p := range a.prev[id] {
		if p != own && p != boundaryWord {
			add(hashString(hashByte(featureSeed, fAggPrev), v.words[p]))
		}
	}
	own = neighbour(ids, i, 1)
	for _, n := range a.next[id] {
		if n != own && n != boundaryWord {
			add(hashString(hashByte(featureSeed, fAggNext), v.words[n]))
		}
	}
}

// coordFeatures appends the features of token i when it is a coordinator between two
// capitalised words.
func (a *docAgg) coordFeatures(ids []int32, infos []tokInfo, i int, add func(uint64)) {
	if i == 0 || i+1 >= len(infos) || !isCoordinator(infos[i].lower) || !capitalised(infos[i-1].shape) || !capitalised(infos[i+1].shape) {
		return
	}
	l, r := infos[i-1], infos[i+1]
	var k byte
	if l.dpos == 'L' || l.dpos == 'U' {
		k |= 1
	}
	if r.dpos == 'B' || r.dpos == 'U' {
		k |= 2
	}
	if a.name[ids[i-1]]&8 != 0 {
		k |= 4
	}
	if a.name[ids[i+1]]&4 != 0 {
		k |= 8
	}
	add(hashByte(hashByte(featureSeed, fCoord), k))
	add(hashByte(hashByte(hashString(hashByte(featureSeed, fCoord), infos[i].lower), k), dictType(l.dict)<<3|dictType(r.dict)))
}
