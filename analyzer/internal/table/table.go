// Package table is a sorted string table read in place: the keys in byte order with a
// fixed-width record each, laid out so that opening it parses nothing (a header check)
// and a look-up is a binary search over the embedded bytes. It is for the word lists a
// stage looks words up in once per distinct word of a document, where a Go map built
// at start (tens of thousands of inserts, in every wasm instance) cost more than every
// look-up of an article together.
//
// Layout, little-endian:
//
//	"LTB2" | n u32 | width u32 | key bytes u32
//	(n+15)/16 + 1 × u32   where each block of 16 keys starts in the key bytes
//	n × width             records, in key order
//	key bytes             the keys in byte order, each followed by '\n'
//
// An offset a block, not a key, keeps the table about as small as the text list (an
// offset a key came to four bytes a word); a look-up is a binary search over the
// blocks' first keys, then a scan of at most 16.
package table

import (
	"encoding/binary"
	"errors"
	"sort"
	"strings"
)

const magic = "LTB2"
const headerBytes = 16

// blockKeys is the keys of a block.
const blockKeys = 16

// Table is an opened table: a view of its bytes.
type Table struct {
	n, width int
	blocks   string // (n+15)/16 + 1 × u32
	recs     string
	keys     string
	// heads[b] is the first four bytes of block b's first key, big-endian, padded with
	// zeros (prefix4): the binary search compares these, in one small array, and reads
	// a head in the key bytes only when they are equal. Built by Open in one pass over
	// the heads (4 bytes a block: 6.4 KB and a few microseconds for 25,769 words); with
	// the scan below, BenchmarkFindWords went from about 310 to 240 ns of CPU a look-up.
	heads []uint32
}

// Open checks the header and returns a table reading b in place (b is kept, not copied).
func Open(b string) (Table, error) {
	if len(b) < headerBytes || b[:4] != magic {
		return Table{}, errors.New("table: not a table")
	}
	n, width, nk := u32(b[4:], 0), u32(b[8:], 0), u32(b[12:], 0)
	nb := (n+blockKeys-1)/blockKeys + 1
	if n < 0 || width < 0 || headerBytes+4*nb+n*width+nk != len(b) {
		return Table{}, errors.New("table: header does not match the size")
	}
	t := Table{n: n, width: width}
	p := headerBytes
	t.blocks, p = b[p:p+4*nb], p+4*nb
	t.recs, p = b[p:p+n*width], p+n*width
	t.keys = b[p:]
	if u32(t.blocks, nb-1) != len(t.keys) || n > 0 && t.keys[len(t.keys)-1] != '\n' {
		return Table{}, errors.New("table: bad key bytes")
	}
	t.heads = make([]uint32, nb-1)
	for b := range t.heads {
		at := u32(t.blocks, b)
		if at > len(t.keys) {
			return Table{}, errors.New("table: a block outside the key bytes")
		}
		head := t.keys[at:]
		if e := strings.IndexByte(head, '\n'); e >= 0 {
			head = head[:e]
		}
		t.heads[b] = prefix4(head)
	}
	return t, nil
}

// prefix4 is the first four bytes of s, big-endian, padded with zeros: two strings whose
// prefix4 differ compare as their prefix4 do (a string with a zero byte in its first four
// may equal a shorter one's, and then the strings themselves decide).
func prefix4(s string) uint32 {
	var p uint32
	for i := range 4 {
		p <<= 8
		if i < len(s) {
			p |= uint32(s[i])
		}
	}
	return p
}

// Len is the number of keys.
func (t Table) Len() int { return t.n }

// Width is the bytes of a record.
func (t Table) Width() int { return t.width }

func u32(s string, i int) int {
	return int(uint32(s[4*i]) | uint32(s[4*i+1])<<8 | uint32(s[4*i+2])<<16 | uint32(s[4*i+3])<<24)
}

// keyBelowHead reports whether key sorts before block b's first key, comparing in place
// byte by byte: most comparisons of the search differ in the first bytes, and cutting
// the head out first (IndexByte, then a string compare) cost twice as much.
func (t Table) keyBelowHead(key string, b int) bool {
	k := t.keys[u32(t.blocks, b):]
	for i := 0; ; i++ {
		c := k[i] // the keys end in '\n', so k[i] is in range up to the head's end
		if c == '\n' {
			return false // the head is a prefix of key (or equal)
		}
		if i == len(key) {
			return true // key is a proper prefix of the head
		}
		if key[i] != c {
			return key[i] < c
		}
	}
}

// Key is row i's key.
func (t Table) Key(i int) string {
	k := t.keys[u32(t.blocks, i/blockKeys):]
	for range i % blockKeys {
		k = k[strings.IndexByte(k, '\n')+1:]
	}
	return k[:strings.IndexByte(k, '\n')]
}

// Record is row i's record (Width bytes).
func (t Table) Record(i int) string { return t.recs[i*t.width : (i+1)*t.width] }

// Find returns the row of key, -1 when the table does not hold it.
func (t Table) Find(key string) int {
	nb := (t.n + blockKeys - 1) / blockKeys
	lo := t.blocksAtMost(key, nb)
	if lo == 0 {
		return -1
	}
	b := lo - 1
	k := t.keys[u32(t.blocks, b):u32(t.blocks, b+1)]
	for row, at := b*blockKeys, 0; at < len(k); row++ {
		// compare key with the line at k[at:] in place (each line ends in '\n', which key
		// never holds, so k[at+i] is in range)
		i := 0
		for i < len(key) && k[at+i] == key[i] {
			i++
		}
		switch c := k[at+i]; {
		case c == '\n' && i == len(key):
			return row
		case c == '\n': // the line is a proper prefix of key: key sorts after it
		case i == len(key) || c > key[i]: // key sorts before this line, so it is not held
			return -1
		}
		// on to the next line by a loop: IndexByte's call cost more than the few bytes
		// left of a word (and eight bytes at a time gained nothing on words)
		for at += i; k[at] != '\n'; at++ {
		}
		at++
	}
	return -1
}

// blocksAtMost is how many of the nb blocks have a first key at most key (binary search
// on the block heads): block blocksAtMost-1 is the last that can hold key.
func (t Table) blocksAtMost(key string, nb int) int {
	lo, hi := 0, nb
	p := prefix4(key)
	heads := t.heads[:nb]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if h := heads[m]; h != p {
			if p > h {
				lo = m + 1
			} else {
				hi = m
			}
		} else if !t.keyBelowHead(key, m) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Seek returns the first row whose key is at least key (Len() when none is), that key
// and the next row's ("" past the end): a look-up that also tells whether a longer key
// continues key, for matching that grows a candidate while some key starts with it.
func (t Table) Seek(key string) (row int, at, next string) {
	nb := (t.n + blockKeys - 1) / blockKeys
	lo := t.blocksAtMost(key, nb)
	if nb == 0 {
		return 0, "", ""
	}
	// the answer is in block lo-1 (whose first key is at most key) or is block lo's first
	// key, so the scan runs on into the next block: at most 17 keys
	b := max(lo-1, 0)
	row = b * blockKeys
	k := t.keys[u32(t.blocks, b):]
	for k != "" {
		e := strings.IndexByte(k, '\n')
		if k[:e] >= key {
			at, k = k[:e], k[e+1:]
			if k != "" {
				next = k[:strings.IndexByte(k, '\n')]
			}
			return row, at, next
		}
		k = k[e+1:]
		row++
	}
	return t.n, "", ""
}

// Builder collects keys and records; a key added again replaces its record (as a later
// line of a text list does).
type Builder struct {
	width int
	recs  map[string]string
}

// NewBuilder returns a builder of records of width bytes.
func NewBuilder(width int) *Builder { return &Builder{width: width, recs: map[string]string{}} }

// Add sets key's record (its first Width bytes; shorter ones are padded with zeros). A
// key cannot hold a newline (the table's separator); Add panics on one.
func (b *Builder) Add(key string, rec []byte) {
	if strings.Contains(key, "\n") {
		panic("table: a key with a newline")
	}
	r := make([]byte, b.width)
	copy(r, rec)
	b.recs[key] = string(r)
}

// Len is the number of distinct keys added.
func (b *Builder) Len() int { return len(b.recs) }

// Bytes lays the table out.
func (b *Builder) Bytes() []byte {
	keys := make([]string, 0, len(b.recs))
	for k := range b.recs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var kb []byte
	var blocks []uint32
	for i, k := range keys {
		if i%blockKeys == 0 {
			blocks = append(blocks, uint32(len(kb)))
		}
		kb = append(append(kb, k...), '\n')
	}
	blocks = append(blocks, uint32(len(kb)))
	out := []byte(magic)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	out = binary.LittleEndian.AppendUint32(out, uint32(b.width))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(kb)))
	for _, o := range blocks {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	for _, k := range keys {
		out = append(out, b.recs[k]...)
	}
	return append(out, kb...)
}
