package entity

import "lede/analyzer/doc"

// The language layer's tags as tagger features: a capitalised word the POS tagger calls
// a common noun or a verb ("Reading", "Home" opening a sentence) is less often a name, and
// a name's edges tend to be its noun phrase's. The trainer gives its training sentences
// the tags taggers that had not seen them predicted (jackknifing), so that the weights
// learn how far the runtime's tags can be trusted.

const (
	// FamPOS adds each token's part of speech, with its neighbours' and its shape.
	FamPOS Families = 1 << 18
	// FamPhrase adds each token's place in its base phrase (kind, begin/inside/last/unit).
	FamPhrase Families = 1 << 19
)

const (
	fPOS byte = 160 + iota
	fPOSShape
	fPOSPrev
	fPOSNext
	fPOSPosition
	fPhrase
	fPhraseNext
)

// Phrase places, packed as kind<<2 | place (0 outside any phrase).
const (
	phraseBegin uint8 = iota
	phraseInside
	phraseLast
	phraseUnit
)

// SentenceSyntax returns, for the tokens [first, end) of a Doc, their POS tags and their
// phrase places (kind<<2 | place, 0 outside a phrase) from chunks (the Doc's, in text
// order; chunks before first are skipped).
func SentenceSyntax(toks []doc.Token, chunks []doc.Chunk, first, end int) ([]doc.POS, []uint8) {
	pos := make([]doc.POS, end-first)
	places := make([]uint8, end-first)
	for i := first; i < end; i++ {
		pos[i-first] = toks[i].POS
	}
	for _, c := range chunks {
		if c.EndToken <= first {
			continue
		}
		if c.FirstToken >= end {
			break
		}
		for i := max(c.FirstToken, first); i < min(c.EndToken, end); i++ {
			place := phraseInside
			switch {
			case c.EndToken-c.FirstToken == 1:
				place = phraseUnit
			case i == c.FirstToken:
				place = phraseBegin
			case i == c.EndToken-1:
				place = phraseLast
			}
			places[i-first] = uint8(c.Kind)<<2 | place
		}
	}
	return pos, places
}

// syntaxFeatures appends token i's FamPOS and FamPhrase features; position is the
// token's sentence position (F first, O after an opener, M else).
func (f *featurizer) syntaxFeatures(s Sentence, i int, sh shape, position byte, add func(uint64)) {
	base := func(id byte) uint64 { return hashByte(featureSeed, id) }
	n := len(s.Words)
	if f.fams&FamPOS != 0 && len(s.POS) == n {
		p := byte(s.POS[i])
		prev, next := byte(doc.NumPOS), byte(doc.NumPOS)+1 // the sentence's edges
		if i > 0 {
			prev = byte(s.POS[i-1])
		}
		if i+1 < n {
			next = byte(s.POS[i+1])
		}
		add(hashByte(base(fPOS), p))
		add(hashShape(hashByte(base(fPOSShape), p), sh))
		add(hashByte(hashByte(base(fPOSPrev), prev), p))
		add(hashByte(hashByte(base(fPOSNext), p), next))
		add(hashByte(hashShape(hashByte(base(fPOSPosition), p), sh), position))
	}
	if f.fams&FamPhrase != 0 && len(s.Phrases) == n {
		next := uint8(0xff)
		if i+1 < n {
			next = s.Phrases[i+1]
		}
		add(hashShape(hashByte(base(fPhrase), s.Phrases[i]), sh))
		add(hashByte(hashByte(base(fPhraseNext), s.Phrases[i]), next))
	}
}
