package stance

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// model.tbl is model.txt laid out to be read in place (PackModel; tools/pack-lists
// writes it), so that the first analysis parses none of its 80,000 lines. Little-endian:
//
//	"LSM1" | keys u32 | bucket bits k u32 | weights a key n u32 (2 or 3) |
//	weight bytes w u32 (1, 2 or 4) | scale f32 | flags u32 (bit 0: cluster features)
//	2^k + 1 × u32    where each bucket's keys start: bucket = the hash's top k bits
//	keys × u32       each key's check: the 32 hash bits after the bucket's, ascending
//	                 within a bucket
//	keys × n × w     the integer weights, signed, in the keys' order (divided by scale
//	                 when read: the same float32 as ParseModel's)
//
// A feature is found by its bucket and check, 32 + k bits of its 64-bit hash: an absent
// feature passes for a present one with probability about 2.4 in 2^32 per look-up (two
// listed keys that agree on those bits make PackModel fail).
const modelMagic = "LSM1"
const modelHeaderBytes = 28

type packedModel struct {
	keys, k, n, width int
	scale             float32
	index, checks     string
	weights           string
}

// PackModel lays a model file out as model.tbl; a key listed twice keeps its last line.
func PackModel(data string) ([]byte, error) {
	type entry struct {
		h uint64
		v [NumClasses]int
	}
	byHash := map[uint64]int{}
	var entries []entry
	n, clusters := NumClasses, false
	var scale float32 = 1
	eachWeightLine(data, func(key string, v [NumClasses]int, nw int, sc float32) {
		n, scale = nw, sc
		h := hashKey(key)
		if i, ok := byHash[h]; ok {
			entries[i].v = v
		} else {
			byHash[h] = len(entries)
			entries = append(entries, entry{h, v})
		}
		clusters = clusters || isClusterKey(key)
	})
	k := 4
	for 1<<k < len(entries)/2 && k < 24 {
		k++
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].h < entries[j].h })
	width, lo, hi := 1, 0, 0
	for _, e := range entries {
		for c := range n {
			lo, hi = min(lo, e.v[c]), max(hi, e.v[c])
		}
	}
	switch {
	case lo >= math.MinInt8 && hi <= math.MaxInt8:
	case lo >= math.MinInt16 && hi <= math.MaxInt16:
		width = 2
	default:
		width = 4
	}
	out := []byte(modelMagic)
	for _, x := range []int{len(entries), k, n, width} {
		out = binary.LittleEndian.AppendUint32(out, uint32(x))
	}
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
	flags := uint32(0)
	if clusters {
		flags = 1
	}
	out = binary.LittleEndian.AppendUint32(out, flags)
	i := 0
	for b := 0; b <= 1<<k; b++ {
		for i < len(entries) && entries[i].h>>(64-k) < uint64(b) {
			i++
		}
		out = binary.LittleEndian.AppendUint32(out, uint32(i))
	}
	for i, e := range entries {
		if i > 0 && e.h>>(32-k) == entries[i-1].h>>(32-k) {
			return nil, fmt.Errorf("stance: two features agree on the %d hash bits model.tbl keeps", 32+k)
		}
		out = binary.LittleEndian.AppendUint32(out, uint32(e.h>>(32-k)))
	}
	for _, e := range entries {
		for c := range n {
			switch width {
			case 1:
				out = append(out, byte(int8(e.v[c])))
			case 2:
				out = binary.LittleEndian.AppendUint16(out, uint16(int16(e.v[c])))
			default:
				out = binary.LittleEndian.AppendUint32(out, uint32(int32(e.v[c])))
			}
		}
	}
	return out, nil
}

// OpenModel reads a packed model (PackModel) in place.
func OpenModel(tbl string) (*Model, error) {
	if len(tbl) < modelHeaderBytes || tbl[:4] != modelMagic {
		return nil, errors.New("stance: not a packed model")
	}
	u := func(i int) int { return int(binary.LittleEndian.Uint32([]byte(tbl[i : i+4]))) }
	p := &packedModel{keys: u(4), k: u(8), n: u(12), width: u(16)}
	p.scale = math.Float32frombits(uint32(u(20)))
	if p.k < 1 || p.k > 24 || p.n < 2 || p.n > NumClasses || p.width != 1 && p.width != 2 && p.width != 4 ||
		modelHeaderBytes+4*((1<<p.k)+1)+4*p.keys+p.keys*p.n*p.width != len(tbl) {
		return nil, errors.New("stance: packed model header does not match its size")
	}
	at := modelHeaderBytes
	p.index, at = tbl[at:at+4*((1<<p.k)+1)], at+4*((1<<p.k)+1)
	p.checks, at = tbl[at:at+4*p.keys], at+4*p.keys
	p.weights = tbl[at:]
	return &Model{p: p, clusters: u(24)&1 != 0}, nil
}

func le32(s string, i int) uint32 {
	return uint32(s[4*i]) | uint32(s[4*i+1])<<8 | uint32(s[4*i+2])<<16 | uint32(s[4*i+3])<<24
}

// get returns the class weights of feature hash h, as ParseModel's table holds them.
func (p *packedModel) get(h uint64) (w [NumClasses]float32, ok bool) {
	b := int(h >> (64 - p.k))
	check := uint32(h >> (32 - p.k))
	for i, end := int(le32(p.index, b)), int(le32(p.index, b+1)); i < end; i++ {
		if c := le32(p.checks, i); c >= check {
			if c != check {
				return w, false
			}
			var v [NumClasses]int
			at := i * p.n * p.width
			for c := range p.n {
				switch p.width {
				case 1:
					v[c] = int(int8(p.weights[at+c]))
				case 2:
					v[c] = int(int16(uint16(p.weights[at+2*c]) | uint16(p.weights[at+2*c+1])<<8))
				default:
					v[c] = int(int32(le32(p.weights[at:], c)))
				}
			}
			for c := range p.n {
				w[c] = float32(v[c]) / p.scale
			}
			if p.n == 2 {
				w = [NumClasses]float32{w[0], 0, w[1]}
			}
			return w, true
		}
	}
	return w, false
}
