package entity

import (
	"strconv"
	"strings"
)

// Word representations learned from far more text than the tagger's training data
// (wordreps.txt, derived by tools/derive-lists from the GloVe 6B vectors): each of the
// most frequent words of Wikipedia and Gigaword has a k-means cluster of its vector at
// three granularities and a frequency-rank bucket. A word the training text never had
// ("Ryanair") still shares a cluster with words it had ("Lufthansa").

// FamEmb adds the GloVe clusters of the word and its neighbours.
const FamEmb Families = 1 << 13

// FamRank adds the word's frequency-rank bucket in Wikipedia and Gigaword, with its shape.
const FamRank Families = 1 << 14

// FamEmbCase (trainer flag -families embcase) adds the word's mid GloVe cluster with
// whether it is capitalised and where it stands (first word or not): the vectors are of
// lower-cased words, so "Apple" and "apple" share them. It won in cross-validation and
// lost on CoNLL dev in the full model, with wikigold unchanged, so the default leaves it
// out (see tools/train-ner).
const FamEmbCase Families = 1 << 17

const (
	fEmbCase byte = 139
)

const (
	fEmbCoarse byte = 140 + iota
	fEmbMid
	fEmbFine
	fRank
	fRankShape
)

// wordReps is the parsed wordreps.txt.
type wordReps struct {
	index map[string]int32 // lower-cased word -> row
	fine  []uint16         // row -> fine cluster
	rank  []uint8          // row -> bit length of the frequency rank
	// mid and coarse give, per fine cluster, its mid and coarse cluster
	mid, coarse []uint16
}

// SetWordReps reads wordreps.txt (see tools/derive-lists):
//
//	@ TAB fine TAB mid TAB coarse      the coarser clusters of each fine one
//	fine TAB rank TAB word word ...    words of one fine cluster and rank bucket
func (lx *Lexicon) SetWordReps(b []byte) {
	wr := &wordReps{index: map[string]int32{}}
	eachLine(b, func(f []string) {
		if len(f) < 3 {
			return
		}
		if f[0] == "@" {
			if len(f) < 4 {
				return
			}
			fi, _ := strconv.Atoi(f[1])
			m, _ := strconv.Atoi(f[2])
			c, _ := strconv.Atoi(f[3])
			if fi < 0 || fi > 0xffff {
				return
			}
			for len(wr.mid) <= fi {
				wr.mid = append(wr.mid, 0)
				wr.coarse = append(wr.coarse, 0)
			}
			wr.mid[fi], wr.coarse[fi] = uint16(m), uint16(c)
			return
		}
		fi, err1 := strconv.Atoi(f[0])
		r, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || fi < 0 || fi > 0xffff || r < 0 || r > 0xff {
			return
		}
		for _, w := range strings.Fields(f[2]) {
			wr.index[w] = int32(len(wr.fine))
			wr.fine = append(wr.fine, uint16(fi))
			wr.rank = append(wr.rank, uint8(r))
		}
	})
	for _, fi := range wr.fine {
		if int(fi) >= len(wr.mid) {
			return // a malformed list: leave the lexicon without it
		}
	}
	lx.reps = wr
}

// repRow returns the word's row in the word representations, -1 if it has none.
func (lx *Lexicon) repRow(lower string) int32 {
	if lx.reps == nil {
		return -1
	}
	if i, ok := lx.reps.index[lower]; ok {
		return i
	}
	return -1
}

// repClusters returns the coarse, mid and fine GloVe cluster of row i (0xffff unknown,
// 0xfffe a sentence boundary when boundary is set).
func (lx *Lexicon) repClusters(i int32) (c, m, f uint16) {
	if i < 0 || lx.reps == nil {
		return 0xffff, 0xffff, 0xffff
	}
	f = lx.reps.fine[i]
	return lx.reps.coarse[f], lx.reps.mid[f], f
}

// repRank returns the frequency-rank bucket of row i, 0 for words outside the list.
func (lx *Lexicon) repRank(i int32) uint8 {
	if i < 0 || lx.reps == nil {
		return 0
	}
	return lx.reps.rank[i]
}

// embFeatures appends the GloVe cluster features of a word (row i) in role r.
func embFeatures(lx *Lexicon, i int32, boundary bool, r int, add func(uint64)) {
	c, m, f := uint16(0xfffe), uint16(0xfffe), uint16(0xfffe)
	if !boundary {
		c, m, f = lx.repClusters(i)
	}
	h := func(id byte, v uint16) uint64 {
		return hashByte(hashByte(hashByte(hashByte(featureSeed, id), byte(r)), byte(v)), byte(v>>8))
	}
	add(h(fEmbCoarse, c))
	if r <= roleNext {
		add(h(fEmbMid, m))
		add(h(fEmbFine, f))
	}
}
