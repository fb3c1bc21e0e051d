package stance

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
	"strings"
	"unsafe"
)

// model.tbl is model.txt laid out to be read in place (PackModel; tools/pack-lists
// writes it), so that the first analysis parses none of its 80,000 lines. Little-endian:
//
//	"LSM2" | weights a key n u32 (2 or 3) | weight bytes w u32 (1, 2 or 4) |
//	scale f32 | flags u32 (bit 0: cluster features) | keys u32 | key bytes u32
//	(keys+31)/32 + 1 × u32   where each block of 32 keys starts in the key bytes
//	keys × n × w             the integer weights, signed, in key order (negative, then
//	                         positive); divided by scale when read (ParseModel's float32)
//	key bytes                the keys in byte order, front-coded in blocks of 32: each
//	                         key is one byte, how many leading bytes it shares with the
//	                         key before it (0 for a block's first), then the rest of it
//	                         and '\n'
//
// The layout is for brotli, the wasm's transfer encoding. Version 1 (LSM1) kept 48 bits
// of each key's hash in place of the key: 4 random bytes a key that no compressor
// shrinks, 462 KB brotli in all. Sorted, front-coded keys repeat their shapes ("\x02the
// ..." after "g:"): 296 KB for the same weights (brotli -q 11; 312 KB in blocks of 16,
// and 2 KB more with the weights one column a class). A look-up is
// a binary search over the blocks' first keys, then a scan of at most 32; a scorer
// remembers its answers by feature hash (weightMemo).
const modelMagic = "LSM2"
const modelHeaderBytes = 28

// modelBlockKeys is the keys of a block: each block's first key is whole, so that the
// search can start there.
const modelBlockKeys = 32

type packedModel struct {
	n, width, keys int
	scale          float32
	blocks         string // (keys+31)/32 + 1 × u32
	cols           string // keys × n × width bytes
	kb             string // the front-coded keys
	// heads[b] is prefix8 of block b's first key: the binary search compares these, in
	// one small array, and reads a head in the key bytes only when they are equal. Built
	// by OpenModel in one pass over the heads (8 bytes a block: 40 KB for 80,346 keys).
	heads []uint64
}

// PackModel lays a model file out as model.tbl; a key listed twice keeps its last line.
func PackModel(data string) ([]byte, error) {
	byKey := map[string][NumClasses]int{}
	n, clusters := NumClasses, false
	var scale float32 = 1
	eachWeightLine(data, func(key string, v [NumClasses]int, nw int, sc float32) {
		n, scale = nw, sc
		byKey[key] = v
		clusters = clusters || isClusterKey(key)
	})
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	width, lo, hi := 1, 0, 0
	for _, v := range byKey {
		for c := range n {
			lo, hi = min(lo, v[c]), max(hi, v[c])
		}
	}
	switch {
	case lo >= math.MinInt8 && hi <= math.MaxInt8:
	case lo >= math.MinInt16 && hi <= math.MaxInt16:
		width = 2
	default:
		width = 4
	}
	var kb []byte
	var blocks []uint32
	for i, k := range keys {
		shared := 0
		if i%modelBlockKeys == 0 {
			blocks = append(blocks, uint32(len(kb)))
		} else {
			prev := keys[i-1]
			for shared < min(len(k), len(prev), 255) && k[shared] == prev[shared] {
				shared++
			}
		}
		kb = append(append(append(kb, byte(shared)), k[shared:]...), '\n')
	}
	blocks = append(blocks, uint32(len(kb)))
	flags := uint32(0)
	if clusters {
		flags = 1
	}
	out := []byte(modelMagic)
	for _, x := range []uint32{uint32(n), uint32(width), math.Float32bits(scale), flags, uint32(len(keys)), uint32(len(kb))} {
		out = binary.LittleEndian.AppendUint32(out, x)
	}
	for _, o := range blocks {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	for _, k := range keys {
		for c := range n {
			x := byKey[k][c]
			switch width {
			case 1:
				out = append(out, byte(int8(x)))
			case 2:
				out = binary.LittleEndian.AppendUint16(out, uint16(int16(x)))
			default:
				out = binary.LittleEndian.AppendUint32(out, uint32(int32(x)))
			}
		}
	}
	return append(out, kb...), nil
}

// OpenModel reads a packed model (PackModel) in place: it checks the header and the
// block offsets, and parses nothing else.
func OpenModel(tbl string) (*Model, error) {
	if len(tbl) < modelHeaderBytes || tbl[:4] != modelMagic {
		return nil, errors.New("stance: not a packed model")
	}
	u := func(i int) int { return int(le32(tbl[4*i:], 0)) }
	p := &packedModel{n: u(1), width: u(2), scale: math.Float32frombits(le32(tbl[12:], 0)), keys: u(5)}
	nk := u(6)
	nb := (p.keys+modelBlockKeys-1)/modelBlockKeys + 1
	if p.n < 2 || p.n > NumClasses || p.width != 1 && p.width != 2 && p.width != 4 ||
		p.keys < 0 || nk < 0 || modelHeaderBytes+4*nb+p.n*p.keys*p.width+nk != len(tbl) {
		return nil, errors.New("stance: packed model header does not match its size")
	}
	at := modelHeaderBytes
	p.blocks, at = tbl[at:at+4*nb], at+4*nb
	p.cols, at = tbl[at:at+p.n*p.keys*p.width], at+p.n*p.keys*p.width
	p.kb = tbl[at:]
	prev := 0
	p.heads = make([]uint64, nb-1)
	for b := range nb {
		o := int(le32(p.blocks, b))
		if o < prev || o > nk || b < nb-1 && (o == nk || p.kb[o] != 0) || o > 0 && p.kb[o-1] != '\n' {
			return nil, errors.New("stance: packed model block offsets are out of order")
		}
		prev = o
		if b < nb-1 {
			head := p.kb[o+1:]
			if e := strings.IndexByte(head, '\n'); e >= 0 {
				head = head[:e]
			}
			p.heads[b] = prefix8(head)
		}
	}
	if prev != nk || nk > 0 && p.kb[nk-1] != '\n' {
		return nil, errors.New("stance: packed model keys do not end their table")
	}
	return &Model{p: p, clusters: u(4)&1 != 0}, nil
}

func le32(s string, i int) uint32 {
	return uint32(s[4*i]) | uint32(s[4*i+1])<<8 | uint32(s[4*i+2])<<16 | uint32(s[4*i+3])<<24
}

// weightsOf returns the class weights of feature (kind, a, b), through memo.
func (p *packedModel) weightsOf(kind, a, b string, memo *weightMemo) ([NumClasses]float32, bool) {
	h := hashFeature(kind, a, b)
	if memo.slots != nil {
		if e := memo.lookup(h); e.state != 0 {
			return e.w, e.state == memoHeld
		}
	}
	k := append(append(append(memo.key[:0], kind...), ':'), a...)
	if b != "" {
		k = append(append(k, ' '), b...)
	}
	memo.key = k
	// find reads the key and keeps nothing of it: a string view of the buffer spares a
	// copy a look-up (a bigram's key is often longer than the 32 bytes Go converts on
	// the stack)
	var w [NumClasses]float32
	row := p.find(unsafe.String(unsafe.SliceData(k), len(k)))
	if row >= 0 {
		w = p.row(row)
	}
	memo.insert(h, w, row >= 0)
	return w, row >= 0
}

// get returns the class weights of key, as ParseModel's table holds them.
func (p *packedModel) get(key string) (w [NumClasses]float32, ok bool) {
	row := p.find(key)
	if row < 0 {
		return w, false
	}
	return p.row(row), true
}

// row is the class weights of row i.
func (p *packedModel) row(i int) (w [NumClasses]float32) {
	for c := range p.n {
		var v int
		at := (i*p.n + c) * p.width
		switch p.width {
		case 1:
			v = int(int8(p.cols[at]))
		case 2:
			v = int(int16(uint16(p.cols[at]) | uint16(p.cols[at+1])<<8))
		default:
			v = int(int32(le32(p.cols[at:], 0)))
		}
		w[c] = float32(v) / p.scale
	}
	if p.n == 2 {
		w = [NumClasses]float32{w[0], 0, w[1]}
	}
	return w
}

// prefix8 is the first eight bytes of s, big-endian, padded with zeros: two strings whose
// prefix8 differ compare as their prefix8 do (when equal, the strings themselves decide).
func prefix8(s string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

// headAtMost reports whether block b's first key is at most key, comparing in place.
func (p *packedModel) headAtMost(b int, key string) bool {
	k := p.kb[le32(p.blocks, b)+1:]
	for i := 0; ; i++ {
		c := k[i] // the keys end in '\n' (OpenModel checks the last), so k[i] is in range
		if c == '\n' {
			return true // the head is a prefix of key (or equal)
		}
		if i == len(key) {
			return false // key is a proper prefix of the head
		}
		if key[i] != c {
			return c < key[i]
		}
	}
}

// find returns the row of key, -1 when the model does not hold it.
func (p *packedModel) find(key string) int {
	lo, hi := 0, len(p.heads) // blocks [0, lo) start at most at key, [hi, nb) after it
	h := prefix8(key)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if hm := p.heads[m]; hm < h || hm == h && p.headAtMost(m, key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return -1
	}
	b := lo - 1
	k := p.kb[le32(p.blocks, b):le32(p.blocks, b+1)]
	// match is how many leading bytes key shares with the key just read, which sorts
	// before key. The next key shares `shared` bytes with that one: more than match, and
	// it agrees with it where key is greater, so it sorts before key too; fewer, and it
	// is greater than key where key agrees with the one read, so key is not held. A
	// shared count is written at most 255: past that the next key agrees with key on
	// its first 255 bytes, and its rest is compared with key's.
	match := 0
	for row, at := b*modelBlockKeys, 0; at < len(k); row++ {
		shared := int(k[at])
		at++
		switch {
		case shared > match:
		case shared < match && shared < 255:
			return -1
		default:
			i := 0
			for at < len(k) && shared+i < len(key) && k[at] == key[shared+i] {
				i++
				at++
			}
			if at == len(k) {
				return -1 // a damaged table: the last key has no end
			}
			switch c := k[at]; {
			case c == '\n' && shared+i == len(key):
				return row
			case c == '\n': // this key is a prefix of key: key sorts after it
			case shared+i == len(key) || c > key[shared+i]:
				return -1
			}
			match = shared + i
		}
		// on to the next key by a loop: the rest of a key is a few bytes, fewer than
		// IndexByte's call costs
		for at < len(k) && k[at] != '\n' {
			at++
		}
		at++
	}
	return -1
}
