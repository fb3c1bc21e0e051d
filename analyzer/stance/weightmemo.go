package stance

// weightMemo remembers the packed model's answers for the features of a scorer: a
// target's features repeat across the targets of a sentence and the sentences of an
// article (its words, their bigrams, the lexicon's bins), and the table's search costs
// several times a hash look-up (BenchmarkAnalyze spent over a third of its time in it
// without the memo). It keeps the weights themselves, read once from the table, in an
// open-addressed table by feature hash (hashFeature, whose low bits it mixes): a Go map
// of rows cost a map access and a row's decoding at every feature.
type weightMemo struct {
	key   []byte      // scratch: the key being looked up
	slots []memoEntry // len a power of two; state 0 marks an empty slot
	n     int         // slots used
}

type memoEntry struct {
	h     uint64
	w     [NumClasses]float32
	state uint8 // 0 empty, memoAbsent, memoHeld
}

const (
	memoAbsent = 1 // the model has no weights for the feature
	memoHeld   = 2
)

// lookup returns the slot of h: the one holding it, or the empty one where it goes.
func (m *weightMemo) lookup(h uint64) *memoEntry {
	mask := uint64(len(m.slots) - 1)
	for i := (h ^ h>>29 ^ h>>47) & mask; ; i = (i + 1) & mask {
		if e := &m.slots[i]; e.state == 0 || e.h == h {
			return e
		}
	}
}

// insert records h's answer; it keeps the table at most three quarters full.
func (m *weightMemo) insert(h uint64, w [NumClasses]float32, held bool) {
	if 4*(m.n+1) > 3*len(m.slots) {
		old := m.slots
		m.slots = make([]memoEntry, max(256, 2*len(old)))
		for i := range old {
			if old[i].state != 0 {
				*m.lookup(old[i].h) = old[i]
			}
		}
	}
	e := m.lookup(h)
	*e = memoEntry{h: h, w: w, state: memoAbsent}
	if held {
		e.state = memoHeld
	}
	m.n++
}
