package tagger

import "slices"

// Memo remembers the summed weights of a group of features under a key the caller
// computes from what the group depends on (the chunker's features of the parts of speech
// around a token depend on those tags only, and a document repeats the same few hundred
// tag windows). A hit costs one table probe and one add per class, where scoring the group
// costs a lookup per feature and an add per stored weight. Sums are exact integers, so
// a memoised score is the score.
//
// The table is open-addressed over 64-bit keys (key 0 is stored apart) and grows at load
// factor 1/2 up to a limit of keys, where it starts afresh; callers keep it across
// documents (a document alone repeats too few of its windows to repay the memo).
type Memo struct {
	classes int
	limit   int
	keys    []uint64
	at      []int32 // where the key's sums start in sums
	sums    []int32 // classes per stored key
	n       int
	zeroAt  int32 // sums offset of key 0, -1 if absent
}

// NewMemo returns an empty memo for model m's classes that keeps at most limit keys.
func (m *Model) NewMemo(limit int) *Memo {
	const initial = 256
	return &Memo{classes: m.classes, limit: limit, keys: make([]uint64, initial), at: make([]int32, initial), zeroAt: -1}
}

// Len is the number of keys stored.
func (mm *Memo) Len() int { return mm.n }

// reset forgets every key, keeping the memory.
func (mm *Memo) reset() {
	clear(mm.keys)
	mm.sums, mm.n, mm.zeroAt = mm.sums[:0], 0, -1
}

// Sums returns the stored sums of key, or nil.
func (mm *Memo) Sums(key uint64) []int32 {
	if key == 0 {
		if mm.zeroAt < 0 {
			return nil
		}
		return mm.sums[mm.zeroAt : int(mm.zeroAt)+mm.classes]
	}
	mask := uint64(len(mm.keys) - 1)
	for i := mix(key) & mask; ; i = (i + 1) & mask {
		switch mm.keys[i] {
		case key:
			return mm.sums[mm.at[i] : int(mm.at[i])+mm.classes]
		case 0:
			return nil
		}
	}
}

// Put scores the features with model m, stores their sums under key and returns them.
func (mm *Memo) Put(m *Model, key uint64, feats []uint32) []int32 {
	if mm.n >= mm.limit {
		mm.reset()
	}
	at := int32(len(mm.sums))
	if len(mm.sums)+mm.classes > cap(mm.sums) {
		// double (append grows large slices by a quarter, which copies the sums ~5 times)
		mm.sums = slices.Grow(mm.sums, max(cap(mm.sums), 256*mm.classes))
	}
	mm.sums = mm.sums[:int(at)+mm.classes]
	s := mm.sums[at:]
	clear(s)
	for _, h := range feats {
		m.Add(s, h)
	}
	if key == 0 {
		mm.zeroAt = at
		return s
	}
	if 2*(mm.n+1) > len(mm.keys) {
		mm.grow()
	}
	mm.insert(key, at)
	mm.n++
	return s
}

func (mm *Memo) insert(key uint64, at int32) {
	mask := uint64(len(mm.keys) - 1)
	i := mix(key) & mask
	for mm.keys[i] != 0 {
		i = (i + 1) & mask
	}
	mm.keys[i], mm.at[i] = key, at
}

func (mm *Memo) grow() {
	keys, at := mm.keys, mm.at
	mm.keys, mm.at = make([]uint64, 2*len(keys)), make([]int32, 2*len(keys))
	for i, k := range keys {
		if k != 0 {
			mm.insert(k, at[i])
		}
	}
}

// mix spreads a key's bits (the keys callers build are small packed numbers).
func mix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	return k
}

// AddSums adds a memo's sums (or any per-class vector) to scores.
func AddSums(scores, sums []int32) {
	sums = sums[:len(scores)]
	for c := range scores {
		scores[c] += sums[c]
	}
}

// SetSums sets scores to the sum of two memos' sums, per class: clearing scores and
// adding each costs a pass more.
func SetSums(scores, a, b []int32) {
	a, b = a[:len(scores)], b[:len(scores)]
	for c := range scores {
		scores[c] = a[c] + b[c]
	}
}
