package entity

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/entity/ner"
)

// The phrase dictionary (Ratinov & Roth 2009): the entity strings of the labelled
// training text with how they were labelled. The trainer builds it by jackknifing (a
// training document sees the dictionary of the other folds only), so that the model
// learns how far a phrase's past labels can be trusted on a text it has not seen; at
// run time the dictionary of all the training text is used. Only 32-bit hashes of the
// lower-cased phrases are stored, never the phrases themselves.

// FamDict adds the phrase dictionary features. Measured on dev it did not earn its
// place (see tools/train-ner), so the default model leaves it out and the trainer
// writes no phrases.bin; -families dict brings it back.
const FamDict Families = 1 << 8

// maxDictPhrase is the longest phrase (in words) the dictionary holds.
const maxDictPhrase = 6

// PhraseDict maps hashed lower-cased phrases to their packed label summary.
type PhraseDict struct {
	phrases map[uint32]uint8 // phrase hash -> dictValue
	first   map[uint32]uint8 // first-word hash -> longest phrase starting with it
}

// dictValue packs a label summary in a byte: type 1..4 (bits 0-2), purity bucket
// (bits 3-4: the type's share of all capitalised occurrences, <1/2, <9/10, >=9/10),
// count bucket (bits 5-6: 1, 2-3, 4-9, 10+).
func dictValue(counts [5]int32) uint8 {
	best, total := 1, int32(0)
	for t := 0; t < 5; t++ {
		total += counts[t]
		if t > 0 && counts[t] > counts[best] {
			best = t
		}
	}
	n := counts[best]
	if n == 0 {
		return 0
	}
	var pur uint8
	switch {
	case n*10 >= total*9:
		pur = 2
	case n*2 > total:
		pur = 1
	}
	var cnt uint8
	switch {
	case n >= 10:
		cnt = 3
	case n >= 4:
		cnt = 2
	case n >= 2:
		cnt = 1
	}
	return uint8(best) | pur<<3 | cnt<<5
}

func dictType(v uint8) uint8 { return v & 7 }

// phraseKey hashes lower-cased words joined by single spaces.
func phraseKey(lowers []string) uint32 {
	h := featureSeed
	for i, w := range lowers {
		if i > 0 {
			h = hashByte(h, ' ')
		}
		h = hashString(h, w)
	}
	return uint32(h ^ h>>32)
}

// firstLen returns the longest phrase starting with the lower-cased word w (0: none).
func (pd *PhraseDict) firstLen(w string) uint8 {
	h := hashString(featureSeed, w)
	return pd.first[uint32(h^h>>32)]
}

// BuildPhraseDict counts the entities of docs: each distinct lower-cased entity string
// with its types, and how often the same string occurs capitalised outside an entity.
func BuildPhraseDict(docs []ner.CoNLLDoc) *PhraseDict {
	counts := map[string]*[5]int32{}
	firstLen := map[string]int{}
	lowerAll := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = lowerWord(w)
		}
		return out
	}
	for _, d := range docs {
		for si, words := range d.Words {
			lows := lowerAll(words)
			for _, c := range ner.Chunks(d.Tags[si]) {
				n := c.End - c.Start
				if n > maxDictPhrase {
					continue
				}
				key := strings.Join(lows[c.Start:c.End], " ")
				p := counts[key]
				if p == nil {
					p = new([5]int32)
					counts[key] = p
				}
				p[c.Type]++
				firstLen[lows[c.Start]] = max(firstLen[lows[c.Start]], n)
			}
		}
	}
	// capitalised occurrences outside an entity of the same span
	for _, d := range docs {
		for si, words := range d.Words {
			lows := lowerAll(words)
			exact := map[[2]int]bool{}
			for _, c := range ner.Chunks(d.Tags[si]) {
				exact[[2]int{c.Start, c.End}] = true
			}
			for i, w := range words {
				r, _ := utf8.DecodeRuneInString(w)
				if !unicode.IsUpper(r) {
					continue
				}
				for n := 1; n <= firstLen[lows[i]] && i+n <= len(words); n++ {
					if exact[[2]int{i, i + n}] {
						continue
					}
					if p := counts[strings.Join(lows[i:i+n], " ")]; p != nil {
						p[0]++
					}
				}
			}
		}
	}
	pd := &PhraseDict{phrases: map[uint32]uint8{}, first: map[uint32]uint8{}}
	for k, c := range counts {
		if v := dictValue(*c); v != 0 {
			pd.phrases[phraseKey(strings.Split(k, " "))] = v
		}
	}
	for w, n := range firstLen {
		pd.first[phraseKey([]string{w})] = uint8(n)
	}
	return pd
}

const dictMagic = "LDICT1\n"

// Marshal writes the two tables: a count, sorted hashes as uvarint deltas, then the
// values.
func (pd *PhraseDict) Marshal() []byte {
	b := []byte(dictMagic)
	for _, m := range []map[uint32]uint8{pd.phrases, pd.first} {
		keys := make([]uint32, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = binary.AppendUvarint(b, uint64(len(keys)))
		var prev uint32
		for _, k := range keys {
			b = binary.AppendUvarint(b, uint64(k-prev))
			prev = k
		}
		for _, k := range keys {
			b = append(b, m[k])
		}
	}
	return b
}

// UnmarshalPhraseDict reads what Marshal wrote.
func UnmarshalPhraseDict(b []byte) (*PhraseDict, error) {
	if len(b) < len(dictMagic) || string(b[:len(dictMagic)]) != dictMagic {
		return nil, errors.New("entity phrases: bad header")
	}
	b = b[len(dictMagic):]
	var tabs [2]map[uint32]uint8
	for ti := range tabs {
		keys, rest, err := readSortedHashes(b, 1<<22)
		if err != nil {
			return nil, fmt.Errorf("entity phrases: %w", err)
		}
		b = rest
		n := uint64(len(keys))
		if uint64(len(b)) < n {
			return nil, errors.New("entity phrases: truncated values")
		}
		m := make(map[uint32]uint8, n)
		for i, k := range keys {
			m[k] = b[i]
		}
		b = b[n:]
		tabs[ti] = m
	}
	return &PhraseDict{phrases: tabs[0], first: tabs[1]}, nil
}

// WithPhrases returns a copy of lx that uses the phrase dictionary pd (the trainer's
// jackknifed dictionaries share everything else).
func (lx *Lexicon) WithPhrases(pd *PhraseDict) *Lexicon {
	c := *lx
	c.dict = pd
	return &c
}

// mark sets infos[i].dict and .dpos for the longest dictionary phrase starting at
// each token, left to right. dictFirst[id] is the longest phrase starting with word id.
func (pd *PhraseDict) mark(lowers []string, ids []int32, dictFirst []uint8, infos []tokInfo) {
	for i := 0; i < len(lowers); {
		maxN := min(int(dictFirst[ids[i]]), len(lowers)-i)
		matched := 0
		var val uint8
		h := featureSeed
		for n := 1; n <= maxN; n++ {
			if n > 1 {
				h = hashByte(h, ' ')
			}
			h = hashString(h, lowers[i+n-1])
			if v, ok := pd.phrases[uint32(h^h>>32)]; ok {
				matched, val = n, v
			}
		}
		if matched == 0 {
			i++
			continue
		}
		for k := i; k < i+matched; k++ {
			pos := byte('I')
			switch {
			case matched == 1:
				pos = 'U'
			case k == i:
				pos = 'B'
			case k == i+matched-1:
				pos = 'L'
			}
			infos[k].dict, infos[k].dpos = val, pos
		}
		i += matched
	}
}

// dictFeatures appends the dictionary features of token ti.
func dictFeatures(ti *tokInfo, add func(uint64)) {
	if ti.dict == 0 {
		return
	}
	base := func(b byte) uint64 { return hashByte(featureSeed, b) }
	t := dictType(ti.dict)
	add(hashByte(hashByte(hashByte(base(fDictTP), t), ti.dict>>3&3), ti.dpos))
	add(hashByte(hashByte(base(fDictTC), t), ti.dict>>5&3))
	add(hashShape(hashByte(base(fDictTS), t), ti.shape))
}

// readSortedHashes reads a count (at most limit) and that many ascending 32-bit hashes,
// each written as its difference from the one before (a uvarint): the key columns of the
// model and of the phrase dictionary. It returns the hashes and the rest of b.
func readSortedHashes(b []byte, limit uint64) ([]uint32, []byte, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > limit {
		return nil, nil, errors.New("bad count")
	}
	b = b[k:]
	hashes := make([]uint32, n)
	var h uint32
	for i := range hashes {
		d, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, nil, errors.New("truncated hashes")
		}
		b = b[k:]
		h += uint32(d)
		hashes[i] = h
	}
	return hashes, b, nil
}
