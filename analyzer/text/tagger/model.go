// Package tagger is a greedy averaged-perceptron sequence tagger over hashed features:
// the model layout read in place from embedded bytes, and the trainer that writes it.
// The text stage uses it twice, for parts of speech and for base-phrase chunks; what the
// features are is the caller's business (it hands in 32-bit feature hashes).
//
// Layout (little-endian), chosen so that loading parses nothing:
//
//	"LTG2" | classes u32 | slots u32 | weight bytes u32 | lo f32 | hi f32
//	slots × fingerprint u16            open addressing, linear probing, load factor 1/2;
//	                                   0 = empty; the slot is hash % slots, the
//	                                   fingerprint the hash's top 16 bits
//	slots × offset u24                 where the feature's weights start
//	weight bytes: at each offset, n u8 then n × {class u8, weight i8}
//
// Most lookups are of features the model does not have (an unseen word), so a miss must
// be cheap: at load factor 1/2 it takes 2.5 probes on average, over 2-byte fingerprints
// that share cache lines; an absent feature passes for a present one with probability
// 1/65536 per probe.
//
// Weights are quantised on a log scale: code q (1..127) stands for lo·(hi/lo)^((q-1)/126)
// perceptron updates, with q's sign. Averaged perceptron weights span four orders of
// magnitude (the bias feature against a rare suffix), which a linear int8 scale loses.
package tagger

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
)

const magic = "LTG2"
const headerBytes = 24

// unitsPerUpdate is the fixed-point resolution of scores: 1/256 perceptron update.
const unitsPerUpdate = 256

// Model is a loaded tagger model: a view of the embedded bytes.
type Model struct {
	classes int
	nslots  uint32
	// slotMul is 2^64 / nslots rounded up: slotOf computes h % nslots with two
	// multiplications (Lemire, Kaser and Kurz 2019), where a division takes ~25 cycles
	// and every feature lookup starts with one
	slotMul uint64
	fingers []byte // u16 each
	offsets []byte // u24 each
	weights []byte
	decode  [256]int32 // weight code (as a byte) -> score units
}

// Load checks the header and returns a model that reads b in place.
func Load(b []byte) (*Model, error) {
	if len(b) < headerBytes || string(b[:4]) != magic {
		return nil, errors.New("tagger: not a tagger model")
	}
	classes := int(binary.LittleEndian.Uint32(b[4:]))
	slots := int(binary.LittleEndian.Uint32(b[8:]))
	nw := int(binary.LittleEndian.Uint32(b[12:]))
	lo := float64(math.Float32frombits(binary.LittleEndian.Uint32(b[16:])))
	hi := float64(math.Float32frombits(binary.LittleEndian.Uint32(b[20:])))
	if classes <= 0 || classes > 255 || slots <= 0 || len(b) != headerBytes+5*slots+nw {
		return nil, errors.New("tagger: model header does not match its size")
	}
	m := &Model{
		classes: classes,
		nslots:  uint32(slots),
		slotMul: ^uint64(0)/uint64(slots) + 1,
		fingers: b[headerBytes : headerBytes+2*slots],
		offsets: b[headerBytes+2*slots : headerBytes+5*slots],
		weights: b[headerBytes+5*slots:],
	}
	for q := 1; q <= 127; q++ {
		v := int32(math.Round(decodeWeight(q, lo, hi) * unitsPerUpdate))
		m.decode[byte(int8(q))], m.decode[byte(int8(-q))] = v, -v
	}
	return m, nil
}

// decodeWeight is the magnitude, in perceptron updates, of weight code q (1..127).
func decodeWeight(q int, lo, hi float64) float64 {
	return lo * math.Pow(hi/lo, float64(q-1)/126)
}

// encodeWeight is the code nearest to w on the log scale, 0 below lo.
func encodeWeight(w, lo, hi float64) int8 {
	a := math.Abs(w)
	if a < lo || lo <= 0 {
		return 0
	}
	q := 1.0
	if hi > lo {
		q = 1 + math.Round(126*math.Log(a/lo)/math.Log(hi/lo))
	}
	q = math.Min(127, q)
	if w < 0 {
		return int8(-q)
	}
	return int8(q)
}

// Classes is the number of classes the model scores.
func (m *Model) Classes() int { return m.classes }

// NewScores returns a score per class, zero, with room behind them for 256 (a class is
// a byte): Add then writes a feature's weights without a bounds check on each class.
// 1 KB, for a tagger's scratch.
func (m *Model) NewScores() []int32 { return make([]int32, m.classes, 256) }

// slotOf is h % m.nslots, exactly, for any 32-bit h and slot count.
func (m *Model) slotOf(h uint32) uint32 {
	hi, _ := bits.Mul64(m.slotMul*uint64(h), uint64(m.nslots))
	return uint32(hi)
}

// Add adds the weights of feature h to scores (one per class, in model units).
func (m *Model) Add(scores []int32, h uint32) {
	fp := fingerprint(h)
	for i := m.slotOf(h); ; {
		k := binary.LittleEndian.Uint16(m.fingers[2*i:])
		if k == 0 {
			return
		}
		if k == fp {
			o := m.offsets[3*i:]
			off := int(o[0]) | int(o[1])<<8 | int(o[2])<<16
			n := int(m.weights[off])
			// {class, code} pairs indexed from the code (j < len(w) proves w[j] in
			// bounds: one check fewer a pair)
			w := m.weights[off+1 : off+1+2*n]
			if cap(scores) >= 256 {
				// room for any class byte (NewScores): the class needs no check
				all := (*[256]int32)(scores[:256])
				for j := 1; j < len(w); j += 2 {
					all[w[j-1]] += m.decode[w[j]]
				}
				return
			}
			for j := 1; j < len(w); j += 2 {
				scores[w[j-1]] += m.decode[w[j]]
			}
			return
		}
		if i++; i == m.nslots {
			i = 0
		}
	}
}

// fingerprint is the hash's top 16 bits, never 0 (the empty slot).
func fingerprint(h uint32) uint16 {
	if f := uint16(h >> 16); f != 0 {
		return f
	}
	return 1
}

// Best returns the highest-scoring class among those allowed (nil: all), ties to the lower.
func Best(scores []int32, allowed func(c int) bool) int {
	if allowed == nil && len(scores) > 0 {
		// every class allowed (the part-of-speech tagger's case, once a token): a plain
		// argmax, no test of allowed or of best < 0 per class
		best, bestScore := 0, scores[0]
		for c := 1; c < len(scores); c++ {
			if s := scores[c]; s > bestScore {
				best, bestScore = c, s
			}
		}
		return best
	}
	best, bestScore := -1, int32(math.MinInt32)
	for c, s := range scores {
		if (allowed == nil || allowed(c)) && (best < 0 || s > bestScore) {
			best, bestScore = c, s
		}
	}
	if best < 0 {
		return 0
	}
	return best
}

func nonZero(h uint32) uint32 {
	if h == 0 {
		return 1
	}
	return h
}

// FNV-1a, 32 bits: the feature hash shared by the trainer and the runtime.
const (
	offset32 = 2166136261
	prime32  = 16777619
)

// Hash hashes a feature template number and one string.
func Hash(template byte, a string) uint32 {
	h := uint32(offset32)
	h = (h ^ uint32(template)) * prime32
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * prime32
	}
	return h
}

// Hash2 hashes a template and two strings (kept apart by a separator byte).
func Hash2(template byte, a, b string) uint32 {
	h := Hash(template, a)
	h = (h ^ 0xff) * prime32
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * prime32
	}
	return h
}

// HashN hashes a template and small numbers (tags, classes, shapes).
func HashN(template byte, ns ...byte) uint32 {
	h := uint32(offset32)
	h = (h ^ uint32(template)) * prime32
	for _, n := range ns {
		h = (h ^ uint32(n)) * prime32
	}
	return h
}

// Lookup returns the class of a dictionary entry (a model written by Dict): the first
// class stored for feature h.
func (m *Model) Lookup(h uint32) (int, bool) {
	fp := fingerprint(h)
	for i := m.slotOf(h); ; {
		k := uint16(m.fingers[2*i]) | uint16(m.fingers[2*i+1])<<8
		if k == 0 {
			return 0, false
		}
		if k == fp {
			o := m.offsets[3*i:]
			off := int(o[0]) | int(o[1])<<8 | int(o[2])<<16
			if m.weights[off] == 0 {
				return 0, false
			}
			return int(m.weights[off+1]), true
		}
		if i++; i == m.nslots {
			i = 0
		}
	}
}
