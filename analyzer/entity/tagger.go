package entity

import (
	"slices"

	"lede/analyzer/doc"
	"lede/analyzer/entity/ner"
)

// SentFeatures are the hashed features of one sentence: token i has Feats[Offs[i]:Offs[i+1]].
type SentFeatures struct {
	Feats []uint32
	Offs  []int32
}

// NewSentence builds the tagger's view of a sentence from its words.
func NewSentence(words []string) Sentence {
	return Sentence{Words: words, Case: classifyCase(words)}
}

// docFeatures walks the sentences of one document, calling f with each sentence's
// features; the buffers are reused between calls, so f must copy what it keeps.
// first holds the first pass's tags when the features are for a second-pass model.
// Title Case sentences in sents are replaced by their truecased form (see truecaseTitles).
func docFeatures(lex *Lexicon, fams Families, sents []Sentence, first [][]uint8, f func(i int, feats []uint32, offs []int32)) {
	v := newDocVocab(lex, sents)
	if lex != nil {
		truecaseTitles(lex, sents, v)
	}
	fz := featurizer{lex: lex, fams: fams, v: v, sents: sents}
	if fams&FamStage2 != 0 && first != nil {
		fz.fp = newFirstPass(v, first)
	}
	var feats []uint32
	var offs []int32
	var infos []tokInfo
	for i, s := range sents {
		feats, offs, infos = fz.sentenceFeatures(s, i, feats[:0], offs[:0], infos)
		f(i, feats, offs)
	}
}

// DocFeatures returns the features of every sentence of one document (for training);
// first is the first pass's tags for a second-pass model, else nil.
func DocFeatures(lex *Lexicon, fams Families, sents []Sentence, first [][]uint8) []SentFeatures {
	out := make([]SentFeatures, len(sents))
	docFeatures(lex, fams, sents, first, func(i int, feats []uint32, offs []int32) {
		out[i] = SentFeatures{Feats: append([]uint32(nil), feats...), Offs: append([]int32(nil), offs...)}
	})
	return out
}

// TagDocument tags every sentence of one document; tags[i][j] is a Tag* constant.
// first is the first pass's tags when m is a second-pass model, else nil. Title Case
// sentences in sents are replaced by their truecased form.
func (m *Model) TagDocument(lex *Lexicon, sents []Sentence, first [][]uint8) [][]uint8 {
	v := newDocVocab(lex, sents)
	if lex != nil {
		truecaseTitles(lex, sents, v)
	}
	return m.tagWith(lex, sents, v, first, nil)
}

// baseFeatures keeps the first pass's (token-level, not cached per word) features of
// every sentence, for the second pass: it computes the same ones, plus its own. It keeps
// at most baseFeatureBudget features; a sentence past it is featurised again by the
// second pass (the same features in the same order, so the same tags).
type baseFeatures struct {
	reuse bool           // false: record them; true: use the recorded ones
	sents []SentFeatures // per sentence; Offs nil when not recorded
	left  int            // features that may still be recorded
}

// baseFeatureBudget bounds the recorded features, in features of 4 bytes: 24 MB would
// otherwise be held through both passes on a 2 MB article (about 15 features a token),
// where the Worker's 128 MB has no room for it. 256K features (1 MiB) record every
// sentence of an article up to about 17,000 tokens (100 KB of text, ten long
// articles); past it the second pass costs about 5% more. (A variable for its test.)
var baseFeatureBudget = 1 << 18

// record keeps sentence si's features while the budget lasts.
func (b *baseFeatures) record(si int, feats []uint32, offs []int32) {
	if len(feats) > b.left {
		b.left = 0 // the rest is featurised again: keep sentences in one piece of text order
		return
	}
	b.left -= len(feats)
	b.sents[si] = SentFeatures{Feats: slices.Clone(feats), Offs: slices.Clone(offs)}
}

// tagWith tags the sentences of a document whose vocabulary v is already built (and
// whose headlines are truecased). With base (nil: neither), it records the sentences'
// features or reuses recorded ones, adding only the second pass's own: a token's
// emission is a sum of int8 weights in an int32, so their order does not matter.
func (m *Model) tagWith(lex *Lexicon, sents []Sentence, v *docVocab, first [][]uint8, base *baseFeatures) [][]uint8 {
	fz := featurizer{lex: lex, fams: m.Fams, v: v, split: true, sents: sents}
	if m.Fams&FamStage2 != 0 && first != nil {
		fz.fp = newFirstPass(v, first)
	}
	if base != nil && !base.reuse {
		base.sents, base.left = make([]SentFeatures, len(sents)), baseFeatureBudget
	}
	wc := wordCache{m: m, fz: &fz, rows: v.weightRows(), lexRows: m.lexRows(lex)}
	if wc.lexRows != nil {
		defer m.rowCaches.Put(wc.lexRows)
	}
	tags := make([][]uint8, len(sents))
	var (
		feats []uint32
		offs  []int32
		infos []tokInfo
		emit  []float32
	)
	roleOffset := [nRoles]int{roleSelf: 0, rolePrev: -1, roleNext: 1, rolePrev2: -2, roleNext2: 2}
	for si, s := range sents {
		doc.Yield(si)
		switch {
		case base != nil && base.reuse && base.sents[si].Offs != nil:
			feats, offs = fz.addStage2(base.sents[si], s, si, feats[:0], offs[:0])
			base.sents[si] = SentFeatures{} // used: the collector may have it
		default:
			feats, offs, infos = fz.sentenceFeatures(s, si, feats[:0], offs[:0], infos)
			if base != nil && !base.reuse {
				base.record(si, feats, offs)
			}
		}
		n := len(offs) - 1
		emit = m.Emissions(feats, offs, emit)
		ids := v.ids[si]
		const _ = uint(ner.NTags-9) + uint(9-ner.NTags) // (the adds below are the nine tags')
		for i := 0; i < n; i++ {
			e := (*[ner.NTags]float32)(emit[i*ner.NTags:])
			for r, k := range roleOffset {
				id := neighbour(ids, i, k)
				cw := &wc.rows[id+1][r]
				if !cw.done {
					wc.fill(cw, id, r)
				}
				w := &cw.w
				e[0], e[1], e[2] = e[0]+w[0], e[1]+w[1], e[2]+w[2]
				e[3], e[4], e[5] = e[3]+w[3], e[4]+w[4], e[5]+w[5]
				e[6], e[7], e[8] = e[6]+w[6], e[7]+w[7], e[8]+w[8]
			}
		}
		tags[si] = make([]uint8, n)
		ner.Decode(emit, n, &m.w.Trans, tags[si])
	}
	return tags
}

// cachedWeights is the summed weight of one word's features in one role.
type cachedWeights struct {
	done bool
	w    [ner.NTags]float32
}

// weightRows returns the document's word-weight rows (wordCache.rows), all not done:
// the second pass reuses the first's, which are garbage by then (on a 2 MB article, 10
// MB that would otherwise be held twice at the entity stage's peak).
func (v *docVocab) weightRows() [][nRoles]cachedWeights {
	if len(v.rows) != len(v.words)+1 {
		v.rows = make([][nRoles]cachedWeights, len(v.words)+1)
	} else {
		clear(v.rows)
	}
	return v.rows
}

// wordCache computes each distinct word's feature weights once per document and role.
type wordCache struct {
	m  *Model
	fz *featurizer
	// rows[id+1][role]; 0 is the sentence boundary. A word's roles sit together: the
	// five tokens around a word use them one after the other, from one cache line pair.
	rows    [][nRoles]cachedWeights
	lexRows *lexRowCache // nil without a lexicon
	feats   []uint32
}

// fill computes cw, the weights of word id in role r.
func (c *wordCache) fill(cw *cachedWeights, id int32, r int) {
	row := int32(-1) // the word's lexicon row: its weights do not depend on the document
	if id != boundaryWord && c.lexRows != nil {
		row = c.fz.v.clus[id]
	}
	if row >= 0 {
		if lw := &c.lexRows.rows[row]; lw.done&(1<<r) != 0 {
			for t := range cw.w {
				cw.w[t] = float32(int32(lw.w[r][t])) * c.m.w.Scale
			}
			cw.done = true
			return
		}
	}
	c.feats = c.feats[:0]
	c.fz.wordFeatures(id, r, func(h uint64) { c.feats = append(c.feats, uint32(h^(h>>32))) })
	var acc [ner.NTags]int32
	c.m.w.Sum(&acc, c.feats)
	for t := range acc {
		cw.w[t] = float32(acc[t]) * c.m.w.Scale
	}
	cw.done = true
	if row >= 0 {
		lw := &c.lexRows.rows[row]
		for t, a := range acc {
			if a != int32(int16(a)) {
				return // (cannot happen with a dozen int8 weights) not kept
			}
			lw.w[r][t] = int16(a)
		}
		lw.done |= 1 << r
	}
}

// lexRowWeights are the summed int8 weights of one lexicon word's features, per role.
type lexRowWeights struct {
	done uint8 // bit r: role r is filled
	w    [nRoles][ner.NTags]int16
}

// lexRowCache keeps, across documents, the word-feature weights of the lexicon's words
// (one model, one lexicon): a short article has few repeated words, so the per-document
// cache alone recomputed most of them every time. Each goroutine gets its own from the
// model's pool, so nothing is shared while it is written.
type lexRowCache struct {
	lex  *Lexicon
	rows []lexRowWeights // by lexicon row
}

// lexRows takes a cache for lex from the model's pool (nil without a lexicon); the
// caller puts it back.
func (m *Model) lexRows(lex *Lexicon) *lexRowCache {
	if lex == nil || doc.SavingMemory() {
		// on a large text in wasm the collections between stages empty the pool, and
		// within one document the word rows (docVocab.weightRows) already compute each
		// word once: the cache would only be written (2.3 MB a pass at 2 MB)
		return nil
	}
	if c, ok := m.rowCaches.Get().(*lexRowCache); ok && c.lex == lex {
		return c
	}
	return &lexRowCache{lex: lex, rows: make([]lexRowWeights, lex.rows())}
}

// Tagger is the two-pass tagger: the second pass (when present) sees the first's tags
// across the document.
type Tagger struct {
	First, Second *Model
}

// famsOrZero returns the model's families, 0 for a nil model.
func (m *Model) famsOrZero() Families {
	if m == nil {
		return 0
	}
	return m.Fams
}

// TagDocument tags the sentences of one document.
func (t *Tagger) TagDocument(lex *Lexicon, sents []Sentence) [][]uint8 {
	v := newDocVocab(lex, sents)
	if lex != nil {
		truecaseTitles(lex, sents, v)
	}
	var base *baseFeatures
	if t.Second != nil && t.Second.Fams == t.First.Fams|FamStage2 && t.First.Fams&FamStage2 == 0 {
		base = &baseFeatures{}
	}
	tags := t.First.tagWith(lex, sents, v, nil, base)
	if t.Second != nil {
		if base != nil {
			base.reuse = true
		}
		tags = t.Second.tagWith(lex, sents, v, tags, base)
	}
	return tags
}

// addStage2 appends, for each token of sentence si, its recorded first-pass features
// and then the second pass's document-level ones.
func (f *featurizer) addStage2(b SentFeatures, s Sentence, si int, out []uint32, offs []int32) ([]uint32, []int32) {
	add := func(h uint64) { out = append(out, uint32(h^(h>>32))) }
	ids := f.v.ids[si]
	offs = append(offs[:0], int32(len(out)))
	for i := range s.Words {
		out = append(out, b.Feats[b.Offs[i]:b.Offs[i+1]]...)
		if f.fp != nil {
			f.fp.features(si, i, ids, wordShape(s.Words[i]), add)
		}
		offs = append(offs, int32(len(out)))
	}
	return out, offs
}
