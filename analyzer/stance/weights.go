package stance

// weightTable maps a feature hash to its class weights: open addressing with linear
// probing, at most three quarters full, each key beside its weights (one cache line a probe). It
// replaces a Go map because a target's dozens of features are looked up one by one,
// most of them absent (unseen bigrams): a one-hash Bloom filter small enough to stay in
// cache answers most of those without touching the table.
type weightTable struct {
	slots []weightEntry // key 0: empty slot (the key 0 itself lives in zero/hasZero)
	mask  uint64
	n     int // keys held

	zero    [NumClasses]float32
	hasZero bool

	seen     []uint64 // the filter, 16 bits a key
	seenMask uint64
}

type weightEntry struct {
	key uint64
	w   [NumClasses]float32
}

// newWeightTable returns a table sized for about n keys.
func newWeightTable(n int) *weightTable {
	size := 16
	for 3*size < 4*n {
		size *= 2
	}
	bits := 1024
	for bits < 16*n {
		bits *= 2
	}
	return &weightTable{slots: make([]weightEntry, size), mask: uint64(size - 1),
		seen: make([]uint64, bits/64), seenMask: uint64(bits - 1)}
}

// slot mixes the hash's high bits into the low ones (FNV's low bits alone are weak);
// bloomBit uses another mix.
func (t *weightTable) slot(k uint64) uint64     { return (k ^ k>>29 ^ k>>47) & t.mask }
func (t *weightTable) bloomBit(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 40 & t.seenMask }

// put sets k's weights, replacing earlier ones (as a later line of the model file does).
func (t *weightTable) put(k uint64, w [NumClasses]float32) {
	if k == 0 {
		if !t.hasZero {
			t.n++
		}
		t.zero, t.hasZero = w, true
		return
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	b := t.bloomBit(k)
	t.seen[b>>6] |= 1 << (b & 63)
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch e := &t.slots[i]; e.key {
		case 0:
			*e = weightEntry{key: k, w: w}
			t.n++
			return
		case k:
			e.w = w
			return
		}
	}
}

func (t *weightTable) grow() {
	old := *t
	*t = *newWeightTable(len(old.slots))
	t.zero, t.hasZero = old.zero, old.hasZero
	if t.hasZero {
		t.n = 1
	}
	for _, e := range old.slots {
		if e.key != 0 {
			t.put(e.key, e.w)
		}
	}
}

// get returns k's weights, or nil when the model has none.
func (t *weightTable) get(k uint64) *[NumClasses]float32 {
	if k == 0 {
		if t.hasZero {
			return &t.zero
		}
		return nil
	}
	if b := t.bloomBit(k); t.seen[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch e := &t.slots[i]; e.key {
		case k:
			return &e.w
		case 0:
			return nil
		}
	}
}
