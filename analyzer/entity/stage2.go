package entity

import "lede/analyzer/entity/ner"

// The second pass: a model that sees, besides the local features, what the first pass
// decided elsewhere in the same document (Krishnan & Manning 2006): a team named in a
// results table is an organisation in the next line too, a surname tagged as a person
// in its full form is a person alone. The trainer feeds it first-pass tags obtained by
// cross-validation, so that it learns how far to trust them.

// FamStage2 marks a second-pass model (document-level first-pass tag features).
const FamStage2 Families = 1 << 16

const (
	fS2Self byte = 100 + iota
	fS2Prev
	fS2Next
	fS2Major
	fS2Entity
	fS2Mixed
	fS2PrevMajor
	fS2NextMajor
)

// firstPass summarises first-pass tags over one document, per word id.
type firstPass struct {
	tags   [][]uint8
	types  [][5]uint16 // count of each entity type (0: O)
	entity []uint8     // type of the longest entity containing the word (0: none)
	elen   []uint8     // its length in words
}

func newFirstPass(v *docVocab, tags [][]uint8) *firstPass {
	n := len(v.words)
	fp := &firstPass{tags: tags, types: make([][5]uint16, n), entity: make([]uint8, n), elen: make([]uint8, n)}
	for si, ids := range v.ids {
		for i, id := range ids {
			c := &fp.types[id]
			t := (int(tags[si][i]) + 1) / 2
			if c[t] < 0xffff {
				c[t]++
			}
		}
		for _, ch := range ner.Chunks(tags[si]) {
			n := uint8(min(ch.End-ch.Start, 255))
			for i := ch.Start; i < ch.End; i++ {
				id := ids[i]
				if n > fp.elen[id] {
					fp.elen[id] = n
					fp.entity[id] = uint8(ch.Type)
				}
			}
		}
	}
	return fp
}

// stage2Features appends the document-level features of token i of sentence si.
func (fp *firstPass) features(si, i int, ids []int32, shape shape, add func(uint64)) {
	id := ids[i]
	tags := fp.tags[si]
	base := func(id byte) uint64 { return hashByte(featureSeed, id) }
	self := tags[i]
	add(hashByte(base(fS2Self), self))
	prev, next := byte(ner.NTags), byte(ner.NTags)
	if i > 0 {
		prev = tags[i-1]
	}
	if i+1 < len(tags) {
		next = tags[i+1]
	}
	add(hashByte(hashByte(base(fS2Prev), prev), self))
	add(hashByte(hashByte(base(fS2Next), next), self))
	// the other occurrences of the word: their majority type
	c := fp.types[id]
	own := (int(self) + 1) / 2
	if c[own] > 0 {
		c[own]--
	}
	total, best, bestN := 0, 0, uint16(0)
	for t := 0; t < 5; t++ {
		total += int(c[t])
		if t > 0 && c[t] > bestN {
			best, bestN = t, c[t]
		}
	}
	if total > 0 {
		strength := byte('w') // weak: a minority of the other occurrences
		if int(bestN)*2 > total {
			strength = 'm'
		}
		if int(bestN) == total {
			strength = 'a'
		}
		if bestN == 0 {
			best = 0
			strength = 'o'
		}
		add(hashByte(hashByte(hashShape(base(fS2Major), shape), byte(best)), strength))
		add(hashByte(hashByte(base(fS2Mixed), byte(best)), byte(own)))
	}
	if e := fp.entity[id]; e != 0 {
		add(hashByte(hashByte(hashShape(base(fS2Entity), shape), e), min(fp.elen[id], 4)))
	}
	// what the neighbouring words are elsewhere ("Leeds" before "United")
	if i > 0 {
		t, st := fp.majority(ids[i-1])
		add(hashByte(hashByte(hashByte(base(fS2PrevMajor), byte(t)), st), byte(own)))
	}
	if i+1 < len(ids) {
		t, st := fp.majority(ids[i+1])
		add(hashByte(hashByte(hashByte(base(fS2NextMajor), byte(t)), st), byte(own)))
	}
}

// majority returns the entity type most of the word's occurrences got in the first
// pass (0: none) and how strong it is ('a' all, 'm' most, 'w' some, 'o' none).
func (fp *firstPass) majority(id int32) (int, byte) {
	c := fp.types[id]
	total, best, bestN := 0, 0, uint16(0)
	for t := 0; t < 5; t++ {
		total += int(c[t])
		if t > 0 && c[t] > bestN {
			best, bestN = t, c[t]
		}
	}
	switch {
	case bestN == 0:
		return 0, 'o'
	case int(bestN) == total:
		return best, 'a'
	case int(bestN)*2 > total:
		return best, 'm'
	}
	return best, 'w'
}
