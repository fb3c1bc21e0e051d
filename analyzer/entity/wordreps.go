package entity

import (
	"encoding/binary"
	"errors"
	"strconv"
	"strings"

	"lede/analyzer/internal/table"
)

// Word representations learned from far more text than the tagger's training data
// (wordreps.txt, derived by tools/derive-lists from the GloVe 6B vectors): each of the
// most frequent words of Wikipedia and Gigaword has a k-means cluster of its vector at
// three granularities and a frequency-rank bucket. A word the training text never had
// ("Ryanair") still shares a cluster with words it had ("Lufthansa").

// famEmb adds the GloVe clusters of the word and its neighbours.
const famEmb Families = 1 << 13

// famRank adds the word's frequency-rank bucket in Wikipedia and Gigaword, with its shape.
const famRank Families = 1 << 14

// famEmbCase (trainer flag -families embcase) adds the word's mid GloVe cluster with
// whether it is capitalised and where it stands (first word or not): the vectors are of
// lower-cased words, so "Apple" and "apple" share them. It won in cross-validation and
// lost on CoNLL dev in the full model, with wikigold unchanged, so the default leaves it
// out (see tools/train-ner).
const famEmbCase Families = 1 << 17

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

// wordReps is wordreps.tbl read in place: a table of words (lower-cased word -> fine
// cluster u16, bit length of the frequency rank u8) and, per fine cluster in order, its
// mid u16 and coarse u16 cluster (clusters, 4 bytes each).
type wordReps struct {
	words    table.Table
	clusters string
}

// SetWordReps reads wordreps.txt (see tools/derive-lists):
//
//	@ TAB fine TAB mid TAB coarse      the coarser clusters of each fine one
//	fine TAB rank TAB word word ...    words of one fine cluster and rank bucket
//
// through the tables the embedded lexicon is read from (PackWordReps).
func (lx *Lexicon) SetWordReps(b []byte) {
	if err := lx.OpenWordReps(string(PackWordReps(b))); err != nil {
		panic("entity: a table just built does not open: " + err.Error())
	}
}

// OpenWordReps reads wordreps.tbl in place; an empty one (a malformed list) leaves the
// lexicon without word representations.
func (lx *Lexicon) OpenWordReps(tbl string) error {
	lx.reps = nil
	if tbl == "" {
		return nil
	}
	if len(tbl) < 4 {
		return errors.New("entity: truncated word representations")
	}
	n := int(tbl[0]) | int(tbl[1])<<8 | int(tbl[2])<<16 | int(tbl[3])<<24
	if n < 0 || 4+n > len(tbl) {
		return errors.New("entity: truncated word representations")
	}
	words, err := table.Open(tbl[4 : 4+n])
	if err != nil {
		return err
	}
	clusters := tbl[4+n:]
	if words.Width() != 3 || len(clusters)%4 != 0 {
		return errors.New("entity: word representations of an unknown width")
	}
	lx.reps = &wordReps{words: words, clusters: clusters}
	return nil
}

// PackWordReps lays wordreps.txt out as wordreps.tbl: the words table's length (u32),
// the words table, each fine cluster's mid and coarse cluster. A word listed twice keeps its last cluster; a
// list naming a fine cluster it gives no coarser ones for packs to nothing.
func PackWordReps(b []byte) []byte {
	var mid, coarse []uint16
	words := table.NewBuilder(3)
	maxFine := -1
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
			for len(mid) <= fi {
				mid = append(mid, 0)
				coarse = append(coarse, 0)
			}
			mid[fi], coarse[fi] = uint16(m), uint16(c)
			return
		}
		fi, err1 := strconv.Atoi(f[0])
		r, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || fi < 0 || fi > 0xffff || r < 0 || r > 0xff {
			return
		}
		for _, w := range strings.Fields(f[2]) {
			words.Add(w, []byte{byte(fi), byte(fi >> 8), byte(r)})
			maxFine = max(maxFine, fi)
		}
	})
	if maxFine >= len(mid) {
		return nil
	}
	wb := words.Bytes()
	out := binary.LittleEndian.AppendUint32(nil, uint32(len(wb)))
	out = append(out, wb...)
	for fi := range mid {
		out = binary.LittleEndian.AppendUint16(out, mid[fi])
		out = binary.LittleEndian.AppendUint16(out, coarse[fi])
	}
	return out
}

// repRow returns the word's row in the word representations, -1 if it has none.
func (lx *Lexicon) repRow(lower string) int32 {
	if lx.reps == nil {
		return -1
	}
	return int32(lx.reps.words.Find(lower))
}

// repClusters returns the coarse, mid and fine GloVe cluster of row i (0xffff unknown,
// 0xfffe a sentence boundary when boundary is set).
func (lx *Lexicon) repClusters(i int32) (c, m, f uint16) {
	if i < 0 || lx.reps == nil {
		return 0xffff, 0xffff, 0xffff
	}
	f = le16(lx.reps.words.Record(int(i)), 0)
	return le16(lx.reps.clusters, 4*int(f)+2), le16(lx.reps.clusters, 4*int(f)), f
}

// repRank returns the frequency-rank bucket of row i, 0 for words outside the list.
func (lx *Lexicon) repRank(i int32) uint8 {
	if i < 0 || lx.reps == nil {
		return 0
	}
	return lx.reps.words.Record(int(i))[2]
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
