package ner

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"unsafe"
)

// Model is one pass of the tagger: the feature families it was trained with (package
// entity's bit set), the transitions, and the feature weights, read where they lie in
// the model's bytes (the embedded file: nothing is decoded at start but the header).
type Model struct {
	Fams  uint32
	Trans Transitions
	Scale float32 // a weight is its int8 times Scale
	n     int     // features
	// base, dir, keys and rows are the table (see the layout at passHeader), slices of b
	base, dir, keys, rows string
	// read-only views of the same bytes for the lookup: the arrays need no bounds check,
	// the slices convert to array pointers (never written: they are the embedded bytes)
	baseArr            *[4 * groups]byte
	dirArr             *[2 * groups * groupDir]byte
	keysView, rowsView []byte
	b                  string // the whole pass as stored
}

// The layout of one pass, all little-endian:
//
//	fams uint32, scale float32, n uint32, transitions (NTags+1)*NTags float32
//	base groups uint32: base[g] is the first feature of group g
//	dir  groups*257 uint16: dir[g*257+j] is the first feature of bucket g*256+j, less
//	     base[g] (j = 256: the end of the group)
//	keys n uint16: the low 16 bits of each (mixed) hash, ascending within its bucket
//	rows n*NTags int8: the weights, one feature's together (one cache line a lookup)
//
// The table holds each feature hash times mix (a bijection of uint32: the features'
// FNV hashes of short strings crowd some buckets, up to 39 features in one). Bucket b
// holds the mixed hashes whose top 16 bits are b, group g the buckets whose top 8
// bits are g: a sorted hash table in which each hash is stored in 16 bits, the rest being
// its bucket. A lookup reads two neighbouring directory entries, which alone say that
// most absent features are absent (an empty bucket), then the group's base, a bucket of
// about one key and one row. (uint16 entries: 128 KB of directory, half a uint32 one.)
const (
	mix        = 0x9E3779B1 // odd: h*mix is a bijection; unmix is its inverse
	unmix      = 0x0E8B2F51
	passHeader = 12 + 4*(NTags+1)*NTags
	groups     = 256
	groupDir   = 257
	dirBytes   = 4*groups + 2*groups*groupDir
	maxFeats   = 1 << 24
)

// Features returns the number of features (hashes) the model weighs.
func (m *Model) Features() int { return m.n }

// bucket returns the features [lo, hi) of bucket b.
func bucket(base, dir string, b uint32) (lo, hi int) {
	d := dir[2*(b>>8*groupDir+b&255):][:4]
	lo, hi = int(d[0])|int(d[1])<<8, int(d[2])|int(d[3])<<8
	at := int(u32(base, int(b>>8)*4))
	return at + lo, at + hi
}

// view returns the bytes of s without copying them, for reading only: the model's
// tables are the embedded file itself.
func view(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// u32 reads a little-endian uint32 at byte i of s.
func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// Sum adds the int8 weights of features hashes to acc. It is written out in one loop:
// this runs for every feature of every token, and is most of the tagging time.
//
// A row's first eight weights are added as one uint64 (SWAR): each byte biased by 128
// (b ^ 0x80 is w+128, 0..255), the even and the odd bytes spread into four 16-bit lanes
// of two accumulators, so that one feature costs four operations rather than sixteen. A
// lane holds 255 a feature: at most sumLanes features are added before the lanes are
// emptied into acc, less 128 for each feature added. The sums are exact integers, so
// the answer is the same as adding the bytes one by one.
func (m *Model) Sum(acc *[NTags]int32, hashes []uint32) {
	for len(hashes) > sumLanes {
		m.sumChunk(acc, hashes[:sumLanes])
		hashes = hashes[sumLanes:]
	}
	m.sumChunk(acc, hashes)
}

// sumLanes is the most features one 16-bit lane of Sum's accumulators takes: 257 * 255
// = 65,535.
const sumLanes = 256

const (
	bias8  = 0x8080808080808080 // flips each int8 weight's sign bit: w+128
	even16 = 0x00FF00FF00FF00FF // bytes 0, 2, 4, 6 (or 1, 3, 5, 7 after a shift by 8)
)

// sumChunk is Sum over at most sumLanes hashes.
func (m *Model) sumChunk(acc *[NTags]int32, hashes []uint32) {
	dir, base, keys, rows := m.dirArr, m.baseArr, m.keysView, m.rowsView
	const _ = uint(NTags-9) + uint(9-NTags) // (written out for the nine tags)
	var even, odd uint64                    // tags 0, 2, 4, 6 and 1, 3, 5, 7: biased sums
	var last, found int32                   // tag 8's sum; the features found
	for _, h := range hashes {
		h *= mix
		// the bucket's start and end from its group's base: d+4 <= len(dir), no check
		d := (h>>24*groupDir + h>>16&255) * 2
		v := binary.LittleEndian.Uint32(dir[d : d+4])
		lo, hi := int(v&0xffff), int(v>>16)
		if lo == hi {
			continue // an empty bucket: most absent features end here
		}
		at := int(binary.LittleEndian.Uint32(base[h>>24*4 : h>>24*4+4]))
		// the bucket holds a key at least (lo < hi): test it before the end
		i, end := at+lo, at+hi
		for binary.LittleEndian.Uint16(keys[2*i:]) != uint16(h) {
			if i++; i == end {
				break
			}
		}
		if i == end {
			continue
		}
		r := rows[i*NTags : i*NTags+NTags]
		x := binary.LittleEndian.Uint64(r) ^ bias8
		even += x & even16
		odd += x >> 8 & even16
		last += int32(int8(r[8]))
		found++
	}
	if found == 0 {
		return
	}
	off := 128 * found
	acc[0] += int32(even&0xffff) - off
	acc[1] += int32(odd&0xffff) - off
	acc[2] += int32(even>>16&0xffff) - off
	acc[3] += int32(odd>>16&0xffff) - off
	acc[4] += int32(even>>32&0xffff) - off
	acc[5] += int32(odd>>32&0xffff) - off
	acc[6] += int32(even>>48) - off
	acc[7] += int32(odd>>48) - off
	acc[8] += last
}

// each calls f with every feature's hash and row, in ascending hash order.
func (m *Model) each(f func(h uint32, row string)) {
	for b := 0; b < 1<<16; b++ {
		lo, hi := bucket(m.base, m.dir, uint32(b))
		for i := lo; i < hi; i++ {
			h := uint32(b)<<16 | uint32(m.keys[2*i]) | uint32(m.keys[2*i+1])<<8
			f(h*unmix, m.rows[i*NTags:i*NTags+NTags])
		}
	}
}

// Quantise builds a model from float weights (NTags per hash, hashes distinct),
// quantising them to int8 with one scale: the largest |weight| maps to 127.
func Quantise(fams uint32, tr Transitions, hashes []uint32, weights []float32) *Model {
	var maxAbs float32
	for _, w := range weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / 127
	if scale == 0 {
		scale = 1
	}
	rows := make([][NTags]int8, len(hashes))
	for i := range hashes {
		for t := range rows[i] {
			rows[i][t] = int8(math.Round(float64(max(-127, min(127, weights[i*NTags+t]/scale)))))
		}
	}
	return build(fams, tr, scale, hashes, rows)
}

// Pruned returns the model without the features none of whose weights reaches min in
// absolute value (in int8 units): with min 2, those whose weights are all -1, 0 or 1.
func (m *Model) Pruned(min int) *Model {
	var hashes []uint32
	var rows [][NTags]int8
	m.each(func(h uint32, row string) {
		var w [NTags]int8
		keep := false
		for t := range w {
			w[t] = int8(row[t])
			keep = keep || int(w[t]) >= min || -int(w[t]) >= min
		}
		if keep {
			hashes, rows = append(hashes, h), append(rows, w)
		}
	})
	return build(m.Fams, m.Trans, m.Scale, hashes, rows)
}

// build lays a pass out (hashes and rows in any order) and opens it.
func build(fams uint32, tr Transitions, scale float32, hashes []uint32, rows [][NTags]int8) *Model {
	mixed := make([]uint32, len(hashes))
	for i, h := range hashes {
		mixed[i] = h * mix
	}
	hashes = mixed
	order := make([]int, len(hashes))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(hashes[a], hashes[b]) })
	b := make([]byte, 0, passHeader+dirBytes+len(hashes)*(2+NTags))
	b = binary.LittleEndian.AppendUint32(b, fams)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(hashes)))
	for p := range tr {
		for t := range tr[p] {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(tr[p][t]))
		}
	}
	first := func(bucket int) int { // the first feature of bucket (<= 1<<16)
		return sort.Search(len(order), func(k int) bool { return int(hashes[order[k]]>>16) >= bucket })
	}
	for g := 0; g < groups; g++ {
		b = binary.LittleEndian.AppendUint32(b, uint32(first(g*256)))
	}
	for g := 0; g < groups; g++ {
		for j := 0; j < groupDir; j++ {
			off := first(g*256+j) - first(g*256)
			if off > 0xffff {
				panic("tagger: over 65,535 features in one group") // (random hashes: some 16 million features)
			}
			b = binary.LittleEndian.AppendUint16(b, uint16(off))
		}
	}
	for _, i := range order {
		b = binary.LittleEndian.AppendUint16(b, uint16(hashes[i]))
	}
	for _, i := range order {
		for _, w := range rows[i] {
			b = append(b, byte(w))
		}
	}
	m, rest, err := openPass(string(b))
	if err != nil || rest != "" {
		panic(fmt.Sprintf("tagger: a built model does not open: %v", err))
	}
	return m
}

// openPass reads one pass's header and slices its table out of s, checking the
// directory so that no lookup can fall outside the table; it returns the rest of s.
func openPass(s string) (*Model, string, error) {
	if len(s) < passHeader+dirBytes {
		return nil, "", errors.New("truncated header")
	}
	m := &Model{Fams: u32(s, 0), Scale: math.Float32frombits(u32(s, 4)), n: int(u32(s, 8))}
	if m.n > maxFeats {
		return nil, "", errors.New("bad feature count")
	}
	at := 12
	for p := range m.Trans {
		for t := range m.Trans[p] {
			m.Trans[p][t] = math.Float32frombits(u32(s, at))
			at += 4
		}
	}
	size := passHeader + dirBytes + m.n*(2+NTags)
	if len(s) < size {
		return nil, "", errors.New("truncated table")
	}
	at = passHeader
	m.base, at = s[at:at+4*groups], at+4*groups
	m.dir, at = s[at:at+2*groups*groupDir], at+2*groups*groupDir
	m.keys, at = s[at:at+2*m.n], at+2*m.n
	m.rows = s[at:size]
	m.baseArr = (*[4 * groups]byte)(view(m.base))
	m.dirArr = (*[2 * groups * groupDir]byte)(view(m.dir))
	m.keysView, m.rowsView = view(m.keys), view(m.rows)
	// the buckets must tile [0, n) in order, so that no lookup falls outside the
	// table: each group's offsets ascend from 0 to the next group's base (64K
	// comparisons, no allocation)
	for g := 0; g < groups; g++ {
		at, next := u32(m.base, 4*g), uint32(m.n)
		if g+1 < groups {
			next = u32(m.base, 4*(g+1))
		}
		d := m.dir[2*g*groupDir : 2*(g+1)*groupDir]
		prev := uint32(0)
		for j := 0; j < len(d); j += 2 {
			off := uint32(d[j]) | uint32(d[j+1])<<8
			if off < prev {
				return nil, "", errors.New("bad directory")
			}
			prev = off
		}
		if d[0] != 0 || d[1] != 0 || at+prev != next || g == 0 && at != 0 {
			return nil, "", errors.New("bad directory")
		}
	}
	m.b = s[:size]
	return m, s[size:], nil
}

const fileMagic = "LNER2\n"

// Marshal writes passes (the first, then the second or nil) into one file, which Open
// reads in place.
func Marshal(first, second *Model) []byte {
	b := []byte(fileMagic)
	n := uint32(1)
	if second != nil {
		n = 2
	}
	b = binary.LittleEndian.AppendUint32(b, n)
	b = append(b, first.b...)
	if second != nil {
		b = append(b, second.b...)
	}
	return b
}

// Open reads a file written by Marshal, using s in place: the models' tables are
// slices of s. second is nil for a one-pass file.
func Open(s string) (first, second *Model, err error) {
	if len(s) < len(fileMagic)+4 || s[:len(fileMagic)] != fileMagic {
		return nil, nil, errors.New("entity tagger: bad header")
	}
	n := u32(s, len(fileMagic))
	if n != 1 && n != 2 {
		return nil, nil, errors.New("entity tagger: bad pass count")
	}
	rest := s[len(fileMagic)+4:]
	var ms [2]*Model
	for i := 0; i < int(n); i++ {
		if ms[i], rest, err = openPass(rest); err != nil {
			return nil, nil, fmt.Errorf("entity tagger: pass %d: %w", i+1, err)
		}
	}
	if rest != "" {
		return nil, nil, errors.New("entity tagger: trailing bytes")
	}
	return ms[0], ms[1], nil
}
