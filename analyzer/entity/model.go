package entity

import (
	"errors"
	"slices"
	"sync"

	"lede/analyzer/entity/ner"
)

// Model is one pass of the tagger: its weights (package tagger, read in place) and the
// feature families they were trained with, so that tagging computes exactly the same
// features.
type Model struct {
	Fams Families
	w    *ner.Model
	// rowCaches pools *lexRowCache: word-feature weights of lexicon words, kept
	// across documents (see tagger.go)
	rowCaches sync.Pool
}

// NewModel is the pass whose weights are w.
func NewModel(w *ner.Model) *Model { return &Model{Fams: Families(w.Fams), w: w} }

// Weights returns the pass's weights.
func (m *Model) Weights() *ner.Model { return m.w }

// Emissions adds up the weights of each token's features: emit[i*NTags+t].
func (m *Model) Emissions(feats []uint32, offs []int32, emit []float32) []float32 {
	n := len(offs) - 1
	emit = slices.Grow(emit[:0], n*ner.NTags)[:n*ner.NTags]
	w, scale := m.w, m.w.Scale
	for i := 0; i < n; i++ {
		var acc [ner.NTags]int32
		w.Sum(&acc, feats[offs[i]:offs[i+1]])
		for t := range acc {
			emit[i*ner.NTags+t] = float32(acc[t]) * scale
		}
	}
	return emit
}

// OpenTagger reads the tagger file (tools/train-ner writes it with MarshalTagger) in
// place: its weights stay slices of s.
func OpenTagger(s string) (*Tagger, error) {
	first, second, err := ner.Open(s)
	if err != nil {
		return nil, err
	}
	t := &Tagger{First: NewModel(first)}
	if second != nil {
		t.Second = NewModel(second)
	}
	if (t.First.Fams|t.Second.famsOrZero())&FamDict != 0 {
		return nil, errors.New("entity tagger: the model uses the phrase dictionary, which is not embedded (add model/phrases.bin to load.go's embed)")
	}
	return t, nil
}

// MarshalTagger writes both passes into one file.
func MarshalTagger(t *Tagger) []byte {
	var second *ner.Model
	if t.Second != nil {
		second = t.Second.w
	}
	return ner.Marshal(t.First.w, second)
}
