package entity

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
	fz := featurizer{lex: lex, fams: fams, v: v}
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
	return m.tagWith(lex, sents, v, first)
}

// tagWith tags the sentences of a document whose vocabulary v is already built (and
// whose headlines are truecased).
func (m *Model) tagWith(lex *Lexicon, sents []Sentence, v *docVocab, first [][]uint8) [][]uint8 {
	fz := featurizer{lex: lex, fams: m.Fams, v: v, split: true}
	if m.Fams&FamStage2 != 0 && first != nil {
		fz.fp = newFirstPass(v, first)
	}
	wc := wordCache{m: m, fz: &fz}
	for r := range wc.rows {
		wc.rows[r] = make([]cachedWeights, len(v.words)+1)
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
		feats, offs, infos = fz.sentenceFeatures(s, si, feats[:0], offs[:0], infos)
		n := len(offs) - 1
		emit = m.Emissions(feats, offs, emit)
		ids := v.ids[si]
		for i := 0; i < n; i++ {
			e := emit[i*NTags : i*NTags+NTags]
			for r, k := range roleOffset {
				cw := &wc.rows[r][neighbour(ids, i, k)+1]
				if !cw.done {
					wc.fill(cw, neighbour(ids, i, k), r)
				}
				for t := range e {
					e[t] += cw.w[t]
				}
			}
		}
		tags[si] = make([]uint8, n)
		Decode(emit, n, &m.Trans, tags[si])
	}
	return tags
}

// cachedWeights is the summed weight of one word's features in one role.
type cachedWeights struct {
	done bool
	w    [NTags]float32
}

// wordCache computes each distinct word's feature weights once per document and role.
type wordCache struct {
	m     *Model
	fz    *featurizer
	rows  [nRoles][]cachedWeights // index id+1; 0 is the sentence boundary
	feats []uint32
}

// fill computes cw, the weights of word id in role r.
func (c *wordCache) fill(cw *cachedWeights, id int32, r int) {
	c.feats = c.feats[:0]
	c.fz.wordFeatures(id, r, func(h uint64) { c.feats = append(c.feats, uint32(h^(h>>32))) })
	var acc [NTags]int32
	for _, h := range c.feats {
		if e := c.m.tab.get(h); e != nil {
			for t := range acc {
				acc[t] += int32(e.w[t])
			}
		}
	}
	for t := range acc {
		cw.w[t] = float32(acc[t]) * c.m.scale
	}
	cw.done = true
}

// Tagger is the two-pass tagger: the second pass (when present) sees the first's tags
// across the document.
type Tagger struct {
	First, Second *Model
}

// TagDocument tags the sentences of one document.
func (t *Tagger) TagDocument(lex *Lexicon, sents []Sentence) [][]uint8 {
	v := newDocVocab(lex, sents)
	if lex != nil {
		truecaseTitles(lex, sents, v)
	}
	tags := t.First.tagWith(lex, sents, v, nil)
	if t.Second != nil {
		tags = t.Second.tagWith(lex, sents, v, tags)
	}
	return tags
}
