package entity

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
)

// Tags are BIO labels over the four entity types.
const (
	TagO = iota
	TagBPer
	TagIPer
	TagBOrg
	TagIOrg
	TagBLoc
	TagILoc
	TagBMisc
	TagIMisc
	NTags
)

// TagNames are the CoNLL spellings of the tags.
var TagNames = [NTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// TagOf parses a CoNLL tag (IOB1 I- at an entity start is read as B- by the caller).
func TagOf(s string) int {
	for i, n := range TagNames {
		if n == s {
			return i
		}
	}
	return TagO
}

// allowed reports whether tag cur may follow prev (prev == NTags: sentence start):
// an I-X continues a B-X or I-X of the same type.
func allowed(prev, cur int) bool {
	if cur == TagO || cur%2 == 1 {
		return true
	}
	return prev != NTags && prev != TagO && (prev+1)/2 == cur/2
}

// Transitions are the tag bigram weights: [prev][cur], prev == NTags at sentence start.
type Transitions [NTags + 1][NTags]float32

// predecessors lists, for each tag, the tags allowed before it (NTags: sentence start).
var predecessors = func() (p [NTags][]int) {
	for cur := 0; cur < NTags; cur++ {
		for prev := 0; prev <= NTags; prev++ {
			if allowed(prev, cur) {
				p[cur] = append(p[cur], prev)
			}
		}
	}
	return
}()

// Decode finds the best tag sequence for n tokens given emission scores emit[i*NTags+t]
// and transition weights, honouring the BIO constraint; it writes the tags to out.
func Decode(emit []float32, n int, tr *Transitions, out []uint8) {
	if n == 0 {
		return
	}
	var stack [64 * NTags]float32
	var backStack [64 * NTags]uint8
	score, back := stack[:], backStack[:]
	if n > 64 {
		score, back = make([]float32, n*NTags), make([]uint8, n*NTags)
	}
	for t := 0; t < NTags; t++ {
		if allowed(NTags, t) {
			score[t] = emit[t] + tr[NTags][t]
		} else {
			score[t] = decodeNeg
		}
	}
	// the same recurrence as over predecessors[t], the five steps into O and B-X side by
	// side (one pass over the predecessors, the running maxima in registers). Ties and order are as over predecessors (the first
	// best predecessor wins), so the result is the same.
	for i := 1; i < n; i++ {
		prev := (*[NTags]float32)(score[(i-1)*NTags:])
		cur := (*[NTags]float32)(score[i*NTags:])
		em := (*[NTags]float32)(emit[i*NTags:])
		bk := (*[NTags]uint8)(back[i*NTags:])
		const _ = uint(NTags-9) + uint(9-NTags) // the tags below are the nine of BIO over four types
		// O and B-X may follow any tag: the best predecessor of each, over p in order
		// (the first best wins), five running maxima side by side
		bO, bBPer, bBOrg, bBLoc, bBMisc := decodeNeg, decodeNeg, decodeNeg, decodeNeg, decodeNeg
		var aO, aBPer, aBOrg, aBLoc, aBMisc uint8
		for p := uint8(0); p < NTags; p++ {
			v, row := prev[p], &tr[p]
			if s := v + row[TagO]; s > bO {
				bO, aO = s, p
			}
			if s := v + row[TagBPer]; s > bBPer {
				bBPer, aBPer = s, p
			}
			if s := v + row[TagBOrg]; s > bBOrg {
				bBOrg, aBOrg = s, p
			}
			if s := v + row[TagBLoc]; s > bBLoc {
				bBLoc, aBLoc = s, p
			}
			if s := v + row[TagBMisc]; s > bBMisc {
				bBMisc, aBMisc = s, p
			}
		}
		cur[TagO], bk[TagO] = bO+em[TagO], aO
		cur[TagBPer], bk[TagBPer] = bBPer+em[TagBPer], aBPer
		cur[TagBOrg], bk[TagBOrg] = bBOrg+em[TagBOrg], aBOrg
		cur[TagBLoc], bk[TagBLoc] = bBLoc+em[TagBLoc], aBLoc
		cur[TagBMisc], bk[TagBMisc] = bBMisc+em[TagBMisc], aBMisc
		// I-X only after B-X or I-X
		cur[TagIPer], bk[TagIPer] = bestInside(prev, tr, TagIPer, em[TagIPer])
		cur[TagIOrg], bk[TagIOrg] = bestInside(prev, tr, TagIOrg, em[TagIOrg])
		cur[TagILoc], bk[TagILoc] = bestInside(prev, tr, TagILoc, em[TagILoc])
		cur[TagIMisc], bk[TagIMisc] = bestInside(prev, tr, TagIMisc, em[TagIMisc])
	}
	best, arg := decodeNeg, 0
	for t := 0; t < NTags; t++ {
		if s := score[(n-1)*NTags+t]; s > best {
			best, arg = s, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(arg)
		arg = int(back[i*NTags+arg])
	}
}

// decodeNeg is the score of an impossible path.
const decodeNeg = float32(-1e30)

// bestInside is the Viterbi step into I-X (tag t), which only B-X (t-1) or I-X itself
// may precede: the best of the two plus em, and which one (0 when neither beats
// decodeNeg, as a loop from decodeNeg gives).
func bestInside(prev *[NTags]float32, tr *Transitions, t int, em float32) (float32, uint8) {
	best, arg := decodeNeg, uint8(0)
	if s := prev[t-1] + tr[t-1][t]; s > best {
		best, arg = s, uint8(t-1)
	}
	if s := prev[t] + tr[t][t]; s > best {
		best, arg = s, uint8(t)
	}
	return best + em, arg
}

// Model is a trained tagger: hashed feature weights (int8, one scale) and transitions.
type Model struct {
	Fams  Families
	Trans Transitions
	scale float32 // weight = int8 * scale
	tab   featTable
	// rowCaches pools *lexRowCache: word-feature weights of lexicon words, kept
	// across documents (see tagger.go)
	rowCaches sync.Pool
}

// featEntry is one feature's weights, next to its hash so that a lookup touches one
// cache line.
type featEntry struct {
	key uint32
	w   [NTags]int8
}

// featTable maps feature hashes to weights: open addressing with linear probing, about
// twice as many slots as keys (a Go map is three times slower here, and this lookup is
// most of the tagging time). Key 0 marks an empty slot; hash 0 has its own entry.
type featTable struct {
	slots []featEntry
	mask  uint32
	zero  *featEntry // the entry of hash 0, nil if none
	n     int
	// seen is a one-hash Bloom filter over the keys, 16 bits per key: most features of
	// a token are absent from the model, and the filter (small enough to stay in cache)
	// answers most of those without touching the table.
	seen     []uint64
	seenMask uint32
}

func newFeatTable(n int) featTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	bits := 1024
	for bits < 16*n {
		bits <<= 1
	}
	return featTable{slots: make([]featEntry, size), mask: uint32(size - 1), seen: make([]uint64, bits/64), seenMask: uint32(bits - 1)}
}

// bloomBit is the filter bit of hash h (a different mix from slot's).
func (t *featTable) bloomBit(h uint32) uint32 { return (h * 0x85EBCA6B) >> 5 & t.seenMask }

func (t *featTable) slot(h uint32) uint32 { return (h * 0x9E3779B1) >> 7 & t.mask }

func (t *featTable) put(h uint32, w [NTags]int8) {
	t.n++
	if h == 0 {
		t.zero = &featEntry{w: w}
		return
	}
	b := t.bloomBit(h)
	t.seen[b>>6] |= 1 << (b & 63)
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 || t.slots[i].key == h {
			t.slots[i] = featEntry{key: h, w: w}
			return
		}
	}
}

func (t *featTable) get(h uint32) *featEntry {
	if h == 0 {
		return t.zero
	}
	if b := t.bloomBit(h); t.seen[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.key == h {
			return e
		}
		if e.key == 0 {
			return nil
		}
	}
}

// hashes returns the stored hashes, sorted.
func (t *featTable) hashes() []uint32 {
	out := make([]uint32, 0, t.n)
	if t.zero != nil {
		out = append(out, 0)
	}
	for _, e := range t.slots {
		if e.key != 0 {
			out = append(out, e.key)
		}
	}
	slices.Sort(out)
	return out
}

// NewModel builds a model from float weights (NTags per hash), quantising them to int8
// with one scale: the largest |weight| maps to 127.
func NewModel(fams Families, tr Transitions, hashes []uint32, weights []float32) *Model {
	var maxAbs float32
	for _, w := range weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / 127
	if scale == 0 {
		scale = 1
	}
	m := &Model{Fams: fams, Trans: tr, scale: scale, tab: newFeatTable(len(hashes))}
	for i, h := range hashes {
		var q [NTags]int8
		for t := range q {
			q[t] = int8(math.Round(float64(max(-127, min(127, weights[i*NTags+t]/scale)))))
		}
		m.tab.put(h, q)
	}
	return m
}

// addWeights adds one feature's weights to acc, written out tag by tag: the loop costs
// twice the instructions of the adds, and this runs for every feature of every token.
func addWeights(acc *[NTags]int32, w *[NTags]int8) {
	const _ = uint(NTags-9) + uint(9-NTags) // (compiles only while there are 9 tags)
	acc[0] += int32(w[0])
	acc[1] += int32(w[1])
	acc[2] += int32(w[2])
	acc[3] += int32(w[3])
	acc[4] += int32(w[4])
	acc[5] += int32(w[5])
	acc[6] += int32(w[6])
	acc[7] += int32(w[7])
	acc[8] += int32(w[8])
}

// Emissions adds up the weights of each token's features: emit[i*NTags+t].
func (m *Model) Emissions(feats []uint32, offs []int32, emit []float32) []float32 {
	n := len(offs) - 1
	emit = slices.Grow(emit[:0], n*NTags)[:n*NTags]
	tab := &m.tab
	for i := 0; i < n; i++ {
		var acc [NTags]int32
		for _, h := range feats[offs[i]:offs[i+1]] {
			// tab.get(h) and addWeights written out: two calls a feature were a
			// quarter of the instructions here
			e := tab.zero
			if h != 0 {
				if b := tab.bloomBit(h); tab.seen[b>>6]&(1<<(b&63)) == 0 {
					continue
				}
				e = nil
				for j := tab.slot(h); ; j = (j + 1) & tab.mask {
					if s := &tab.slots[j]; s.key == h {
						e = s
						break
					} else if s.key == 0 {
						break
					}
				}
			}
			if e == nil {
				continue
			}
			w := &e.w
			acc[0] += int32(w[0])
			acc[1] += int32(w[1])
			acc[2] += int32(w[2])
			acc[3] += int32(w[3])
			acc[4] += int32(w[4])
			acc[5] += int32(w[5])
			acc[6] += int32(w[6])
			acc[7] += int32(w[7])
			acc[8] += int32(w[8])
		}
		for t := range acc {
			emit[i*NTags+t] = float32(acc[t]) * m.scale
		}
	}
	return emit
}

const modelMagic = "LNER1\n"

// Marshal writes the model compactly: sorted feature hashes as varint deltas, then the
// int8 weights tag by tag (runs of zeros compress well).
func (m *Model) Marshal() []byte {
	hashes := m.tab.hashes()
	b := []byte(modelMagic)
	b = binary.LittleEndian.AppendUint32(b, uint32(m.Fams))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.scale))
	for p := range m.Trans {
		for t := range m.Trans[p] {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.Trans[p][t]))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(hashes)))
	var prev uint32
	for _, h := range hashes {
		b = binary.AppendUvarint(b, uint64(h-prev))
		prev = h
	}
	entries := make([]*featEntry, len(hashes))
	for i, h := range hashes {
		entries[i] = m.tab.get(h)
	}
	for t := 0; t < NTags; t++ {
		for _, e := range entries {
			b = append(b, byte(e.w[t]))
		}
	}
	return b
}

// Unmarshal reads a model written by Marshal.
func Unmarshal(b []byte) (*Model, error) {
	if len(b) < len(modelMagic)+8 || string(b[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("entity model: bad header")
	}
	b = b[len(modelMagic):]
	m := &Model{Fams: Families(binary.LittleEndian.Uint32(b))}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	b = b[8:]
	if len(b) < 4*(NTags+1)*NTags {
		return nil, errors.New("entity model: truncated")
	}
	for p := range m.Trans {
		for t := range m.Trans[p] {
			m.Trans[p][t] = math.Float32frombits(binary.LittleEndian.Uint32(b))
			b = b[4:]
		}
	}
	hashes, b, err := readSortedHashes(b, 1<<24)
	if err != nil {
		return nil, fmt.Errorf("entity model: %w", err)
	}
	n := uint64(len(hashes))
	if len(b) < int(n)*NTags {
		return nil, errors.New("entity model: truncated weights")
	}
	m.tab = newFeatTable(int(n))
	for i, h := range hashes {
		var w [NTags]int8
		for t := range w {
			w[t] = int8(b[t*int(n)+i])
		}
		m.tab.put(h, w)
	}
	return m, nil
}

const taggerMagic = "LNERT\n"

// MarshalTagger writes both passes into one file: each model's length, then its bytes.
func MarshalTagger(t *Tagger) []byte {
	b := []byte(taggerMagic)
	for _, m := range []*Model{t.First, t.Second} {
		if m == nil {
			b = binary.AppendUvarint(b, 0)
			continue
		}
		mb := m.Marshal()
		b = binary.AppendUvarint(b, uint64(len(mb)))
		b = append(b, mb...)
	}
	return b
}

// UnmarshalTagger reads a file written by MarshalTagger.
func UnmarshalTagger(b []byte) (*Tagger, error) {
	if len(b) < len(taggerMagic) || string(b[:len(taggerMagic)]) != taggerMagic {
		return nil, errors.New("entity tagger: bad header")
	}
	b = b[len(taggerMagic):]
	var ms [2]*Model
	for i := range ms {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, errors.New("entity tagger: truncated")
		}
		b = b[k:]
		if n == 0 {
			continue
		}
		m, err := Unmarshal(b[:n])
		if err != nil {
			return nil, err
		}
		ms[i] = m
		b = b[n:]
	}
	if ms[0] == nil {
		return nil, errors.New("entity tagger: no first pass")
	}
	return &Tagger{First: ms[0], Second: ms[1]}, nil
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
