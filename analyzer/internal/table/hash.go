package table

import (
	"encoding/binary"
	"errors"
	"sort"
)

// Hash is a hashed table read in place: the same keys and fixed-width records as a Table,
// found through an open-addressing slot array stored in the bytes (hashKey, linear probing) (built by the packer,
// never at start), so that a look-up is one hash of the key and, at a load of at most a
// half, one or two key compares: no binary search. It is for the lists looked up once a
// token (word classes, cue verbs, model features), where the sorted table's search cost
// more than the rest of the look-up.
//
// Layout, little-endian:
//
//	"LTH1" | n u32 | width u32 | slots u32 | key bytes u32
//	slots × u16 (u32 when n ≥ 65535)   row+1 of the key hashed there, 0 for none
//	(n+1) × u16 (u32 when the key bytes are 65536 or more)
//	                                    where each row's key starts in the key bytes
//	n × width                           records, in key order
//	key bytes                           the keys in byte order, back to back
//
// Rows are in key order, so Key(0..Len-1) lists the keys sorted.
type Hash struct {
	n, width, slots int
	wide, wideOffs  bool   // slots, offsets of u32, not u16 (the lists here need u16: smaller, and brotli shrinks them more)
	slot            string // slots × 2 or 4 bytes
	offs            string // (n+1) × 2 or 4 bytes
	recs, keys      string
}

const hashMagic = "LTH1"
const hashHeaderBytes = 20

// OpenHash checks the header and returns a table reading b in place (b is kept, not
// copied; nothing is built).
func OpenHash(b string) (Hash, error) {
	if len(b) < hashHeaderBytes || b[:4] != hashMagic {
		return Hash{}, errors.New("table: not a hashed table")
	}
	n, width, slots, nk := u32(b[4:], 0), u32(b[8:], 0), u32(b[12:], 0), u32(b[16:], 0)
	if slots <= 0 || slots&(slots-1) != 0 || n >= slots || n < 0 || width < 0 {
		return Hash{}, errors.New("table: bad hashed table header")
	}
	h := Hash{n: n, width: width, slots: slots, wide: n >= 0xffff, wideOffs: nk > 0xffff}
	sw, ow := 2, 2
	if h.wide {
		sw = 4
	}
	if h.wideOffs {
		ow = 4
	}
	if hashHeaderBytes+sw*slots+ow*(n+1)+n*width+nk != len(b) {
		return Hash{}, errors.New("table: hashed table header does not match the size")
	}
	p := hashHeaderBytes
	h.slot, p = b[p:p+sw*slots], p+sw*slots
	h.offs, p = b[p:p+ow*(n+1)], p+ow*(n+1)
	h.recs, p = b[p:p+n*width], p+n*width
	h.keys = b[p:]
	// the offsets must rise to the key bytes' end, so that Key never slices out of range
	// (n reads of four bytes: a check, nothing is built)
	for i := range n {
		if h.off(i) > h.off(i+1) {
			return Hash{}, errors.New("table: bad key offsets")
		}
	}
	if h.off(n) != nk {
		return Hash{}, errors.New("table: bad key offsets")
	}
	return h, nil
}

// hashKey hashes s for the slot array: the words of s read 8 bytes at a time (the last
// up to 8 by two overlapping 4-byte loads, or 3 bytes of a shorter word), each mixed in by
// a multiply and a shift (wyhash's and murmur3's constants). FNV-1a's loop of a multiply
// a byte made Find cost more than the Go map it replaced (cachegrind, BenchmarkAnalyze);
// the packer and Find must agree, so a change here is a change of the tables' format.
func hashKey(s string) uint32 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for len(s) > 8 {
		h = mix(h ^ load64(s))
		s = s[8:]
	}
	var t uint64
	switch n := len(s); {
	case n >= 4:
		t = uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	case n > 0:
		t = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return uint32(mix(h^t) >> 32)
}

func mix(h uint64) uint64 {
	h *= 0xff51afd7ed558ccd
	return h ^ h>>29
}

// load64 and load32 read little-endian words of s (the compiler makes one load of each).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// Len is the number of keys.
func (h *Hash) Len() int { return h.n }

// Width is the bytes of a record.
func (h *Hash) Width() int { return h.width }

// Key is row i's key (rows are in key order).
func (h *Hash) Key(i int) string { return h.keys[h.off(i):h.off(i+1)] }

// off is where row i's key starts in the key bytes (row n: their end).
func (h *Hash) off(i int) int {
	if h.wideOffs {
		return u32(h.offs, i)
	}
	return int(h.offs[2*i]) | int(h.offs[2*i+1])<<8
}

// Record is row i's record (Width bytes).
func (h *Hash) Record(i int) string { return h.recs[i*h.width : (i+1)*h.width] }

// Find returns the row of key, -1 when the table does not hold it. It allocates nothing.
func (h *Hash) Find(key string) int {
	if h.n == 0 {
		return -1
	}
	mask := h.slots - 1
	for s := int(hashKey(key)) & mask; ; s = (s + 1) & mask {
		var r int
		if h.wide {
			r = u32(h.slot, s)
		} else {
			r = int(h.slot[2*s]) | int(h.slot[2*s+1])<<8
		}
		if r == 0 || r > h.n {
			return -1 // the table is at most half full, so an empty slot ends every probe
		}
		// the key's bounds, read here rather than through Key (a call per probe)
		var a, b int
		if h.wideOffs {
			a, b = u32(h.offs, r-1), u32(h.offs, r)
		} else {
			a, b = int(h.offs[2*r-2])|int(h.offs[2*r-1])<<8, int(h.offs[2*r])|int(h.offs[2*r+1])<<8
		}
		if b-a == len(key) && h.keys[a:b] == key {
			return r - 1
		}
	}
}

// HashBytes lays the keys and records out as a hashed table (OpenHash).
func (b *Builder) HashBytes() []byte {
	keys := make([]string, 0, len(b.recs))
	for k := range b.recs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	n := len(keys)
	slots := 2
	for slots < 2*n {
		slots <<= 1 // a load of at most a half
	}
	slot := make([]uint32, slots)
	for i, k := range keys {
		s := int(hashKey(k)) & (slots - 1)
		for slot[s] != 0 {
			s = (s + 1) & (slots - 1)
		}
		slot[s] = uint32(i + 1)
	}
	var kb []byte
	out := []byte(hashMagic)
	for _, v := range []int{n, b.width, slots, 0} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	for _, r := range slot {
		if n >= 0xffff {
			out = binary.LittleEndian.AppendUint32(out, r)
		} else {
			out = binary.LittleEndian.AppendUint16(out, uint16(r))
		}
	}
	nk := 0
	for _, k := range keys {
		nk += len(k)
	}
	off := func(o int) {
		if nk > 0xffff {
			out = binary.LittleEndian.AppendUint32(out, uint32(o))
		} else {
			out = binary.LittleEndian.AppendUint16(out, uint16(o))
		}
	}
	for _, k := range keys {
		off(len(kb))
		kb = append(kb, k...)
	}
	off(len(kb))
	binary.LittleEndian.PutUint32(out[16:], uint32(len(kb)))
	for _, k := range keys {
		out = append(out, b.recs[k]...)
	}
	return append(out, kb...)
}
