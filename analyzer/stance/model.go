package stance

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
)

// model.txt is a multinomial logistic regression over the features of features.go,
// trained by tools/train-stance on NewsMTSC train.jsonl (Hamborg & Donnay 2021, MIT).
// Line 1: "lede-stance v2 scale S"; then one feature a line: key TAB two integer
// weights (negative, positive), relative to the neutral class's (which is therefore 0;
// softmax is unchanged by a shift common to the three classes), to be multiplied by
// 1/S. Version 1 wrote three weights (negative, neutral, positive). It is embedded as
// model.tbl (model_table.go), which tools/pack-lists makes of it.
//
//go:embed model.tbl
var modelTbl string

// Classes of the model, in weight order.
const (
	ClassNegative = iota
	ClassNeutral
	ClassPositive
	NumClasses
)

// Model holds the weights by feature hash: parsed (ParseModel, for the trainer) or read
// in place from model.tbl (OpenModel, the embedded one).
type Model struct {
	w        *weightTable
	p        *packedModel
	clusters bool // some weight is a cluster feature's
}

// weights returns the class weights of feature (kind, a, b); memo remembers the packed
// model's answers.
func (m *Model) weights(kind, a, b string, memo *weightMemo) ([NumClasses]float32, bool) {
	if m.p != nil {
		return m.p.weightsOf(kind, a, b, memo)
	}
	if w := m.w.get(hashFeature(kind, a, b)); w != nil {
		return *w, true
	}
	return [NumClasses]float32{}, false
}

// keyWeights returns the class weights of a key as the model file writes it.
func (m *Model) keyWeights(key string) ([NumClasses]float32, bool) {
	if m.p != nil {
		return m.p.get(key)
	}
	if w := m.w.get(hashKey(key)); w != nil {
		return *w, true
	}
	return [NumClasses]float32{}, false
}

var (
	defaultModelOnce sync.Once
	defaultModel     *Model
)

// DefaultModel returns the embedded model, read in place from model.tbl; it is empty
// (every target neutral, lexicon rules only) when model.txt holds no weights.
func DefaultModel() *Model {
	defaultModelOnce.Do(func() {
		var err error
		if defaultModel, err = OpenModel(modelTbl); err != nil {
			panic(err) // the embedded table is checked by the tests
		}
	})
	return defaultModel
}

// ParseModel reads the format written by tools/train-stance; malformed lines are skipped.
func ParseModel(data string) *Model {
	m := &Model{w: newWeightTable(strings.Count(data, "\n"))}
	eachWeightLine(data, func(key string, v [NumClasses]int, n int, scale float32) {
		var w [NumClasses]float32
		for c := range n {
			w[c] = float32(v[c]) / scale
		}
		if n == 2 {
			w = [NumClasses]float32{w[0], 0, w[1]}
		}
		m.w.put(hashKey(key), w)
		m.clusters = m.clusters || isClusterKey(key)
	})
	return m
}

// eachWeightLine calls fn with each well-formed feature line of a model file: its key,
// its n integer weights (3 in v1; 2, negative and positive, in v2) and the file's scale.
func eachWeightLine(data string, fn func(key string, v [NumClasses]int, n int, scale float32)) {
	scale := float32(1)
	first := true
	n := NumClasses // weights a line: 3 in v1, 2 (negative, positive) in v2
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if first {
			first = false
			if f := strings.Fields(line); len(f) == 4 && f[0] == "lede-stance" {
				if f[1] == "v2" {
					n = 2
				}
				if s, err := strconv.ParseFloat(f[3], 32); err == nil && s > 0 {
					scale = float32(s)
				}
				continue
			}
		}
		key, ws, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		v, _, ok := parseInts(ws, n)
		if !ok {
			continue
		}
		fn(key, v, n, scale)
	}
}

// UsesClusters reports whether the model has weights for the GloVe cluster features
// (clusters.go): the scorer computes them only then.
func (m *Model) UsesClusters() bool { return m.clusters }

// parseInts reads up to n (at most NumClasses) space-separated integers of at most nine
// digits each and returns them with their count; ok is false when s holds anything
// else.
func parseInts(s string, n int) (v [NumClasses]int, c int, ok bool) {
	i := 0
	for c < min(n, NumClasses) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		neg := i < len(s) && s[i] == '-'
		if neg {
			i++
		}
		start, x := i, 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-start < 9 {
			x = x*10 + int(s[i]-'0')
			i++
		}
		if i == start {
			return v, c, false
		}
		if neg {
			x = -x
		}
		v[c] = x
		c++
	}
	return v, c, i == len(s)
}

// Len is the number of weighted features.
func (m *Model) Len() int {
	if m.p != nil {
		return m.p.keys
	}
	return m.w.n
}

// scorer accumulates the logits of one target, and notes what kind of evidence the
// sentence holds for the news-specific fix in Scorer.Score.
type scorer struct {
	m      *Model
	logits [NumClasses]float32
	win    window
	// events is the (negative) sum of violence and disaster words; opinion counts the
	// opinion words and stance verbs around the target.
	events  float32
	opinion float32
	memo    weightMemo
}

func (s *scorer) add(kind, a, b string, v float32) {
	switch {
	case kind == "lx" && a == "events":
		s.events = v
	case kind == "lx" && (a == "npos" || a == "nneg"):
		s.opinion += v
	case kind == "sv":
		s.opinion += v
	}
	if w, ok := s.m.weights(kind, a, b, &s.memo); ok {
		for c := range s.logits {
			s.logits[c] += v * w[c]
		}
	}
}

// probabilities turns logits into class probabilities (softmax).
func (s *scorer) probabilities() [NumClasses]float64 {
	var p [NumClasses]float64
	mx := s.logits[0]
	for _, l := range s.logits[1:] {
		mx = max(mx, l)
	}
	var sum float64
	for c, l := range s.logits {
		p[c] = math.Exp(float64(l - mx))
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}

// FNV-1a, 64 bits, over the key's bytes: hashFeature(kind, a, b) equals hashKey of the
// key string kind ":" a [" " b], so the model file keeps readable keys.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashKey(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hashFeature(kind, a, b string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(kind); i++ {
		h = (h ^ uint64(kind[i])) * fnvPrime
	}
	h = (h ^ ':') * fnvPrime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * fnvPrime
	}
	if b != "" {
		h = (h ^ ' ') * fnvPrime
		for i := 0; i < len(b); i++ {
			h = (h ^ uint64(b[i])) * fnvPrime
		}
	}
	return h
}

// FeatureKey is the key string of a feature, as the model file writes it.
func FeatureKey(kind, a, b string) string {
	if b == "" {
		return kind + ":" + a
	}
	return kind + ":" + a + " " + b
}
