package text

import (
	_ "embed"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text/tagger"
)

// The part-of-speech tagger: greedy, left to right, an averaged perceptron over the
// features below (Collins 2002; the feature set follows the usual greedy-tagger one:
// the word, its affixes and shape, two words either side, the two previous tags).
// tools/train-syntax trains it on the POS column of CoNLL-2003 train.

//go:embed model/pos.bin
var posModelBytes []byte

// posdict.bin: the words (case kept) that CoNLL train gives one tag at least 97% of the
// 20 or more times they occur ("the", "said", "Mr."). They take that tag without scoring,
// about half of all tokens, which halves the tagger's time (the scoring's table lookups
// are what it spends).
//
//go:embed model/posdict.bin
var posDictBytes []byte

var (
	posOnce  sync.Once
	posModel *tagger.Model
	posDict  *tagger.Model
)

func loadPOS() {
	m, err := tagger.Load(posModelBytes)
	if err != nil {
		panic("text: embedded POS model: " + err.Error())
	}
	dict, err := tagger.Load(posDictBytes)
	if err != nil {
		panic("text: embedded POS dictionary: " + err.Error())
	}
	posModel, posDict = m, dict
}

// DictKey is the tag dictionary's key for a token: its form with case kept and digits
// folded ("US" is not "us").
func DictKey(t *doc.Token) uint32 {
	if t.Kind == doc.TokNumber {
		return tagger.Hash(fDict, numberShape(t.Lower))
	}
	return tagger.Hash(fDict, t.Norm)
}

// feature templates: one number each, part of every hash
const (
	fBias byte = iota
	fWord
	fSuffix3
	fSuffix2
	fSuffix1
	fPrefix1
	fShape
	fPrev
	fPrev2
	fPrevPrev2
	fPrevWord
	fWordM1
	fSuffixM1
	fWordM2
	fWordP1
	fSuffixP1
	fWordP2
	fClass
	fExact
	fShapeP1
	fShapeM1
	fDict // the tag dictionary's key, not a feature
)

// POSFeatures appends the feature hashes of token i of a sentence's tokens to out, given
// the tags of the two previous tokens.
func POSFeatures(toks []doc.Token, i int, p1, p2 doc.POS, out []uint32) []uint32 {
	t := &toks[i]
	w := wordForm(t)
	out = append(out,
		tagger.HashN(fBias),
		tagger.Hash(fWord, w),
		tagger.Hash(fSuffix3, suffix(w, 3)),
		tagger.Hash(fSuffix2, suffix(w, 2)),
		tagger.Hash(fSuffix1, suffix(w, 1)),
		tagger.Hash(fPrefix1, prefix(t.Norm, 1)),
		tagger.HashN(fShape, shapeOf(toks, i), byte(t.Kind)),
		tagger.HashN(fPrev, byte(p1)),
		tagger.HashN(fPrev2, byte(p2)),
		tagger.HashN(fPrevPrev2, byte(p1), byte(p2)),
		tagger.Hash2(fPrevWord, string(rune(p1)), w),
		tagger.HashN(fClass, byte(t.Class), byte(t.Class>>8), byte(t.Class>>16)),
	)
	if t.Norm != w {
		out = append(out, tagger.Hash(fExact, t.Norm))
	}
	if i > 0 {
		m1 := wordForm(&toks[i-1])
		out = append(out, tagger.Hash(fWordM1, m1), tagger.Hash(fSuffixM1, suffix(m1, 3)), tagger.HashN(fShapeM1, shapeOf(toks, i-1), byte(toks[i-1].Kind)))
	} else {
		out = append(out, tagger.Hash(fWordM1, "<s>"))
	}
	if i > 1 {
		out = append(out, tagger.Hash(fWordM2, wordForm(&toks[i-2])))
	}
	if i+1 < len(toks) {
		p := wordForm(&toks[i+1])
		out = append(out, tagger.Hash(fWordP1, p), tagger.Hash(fSuffixP1, suffix(p, 3)), tagger.HashN(fShapeP1, shapeOf(toks, i+1), byte(toks[i+1].Kind)))
	} else {
		out = append(out, tagger.Hash(fWordP1, "</s>"))
	}
	if i+2 < len(toks) {
		out = append(out, tagger.Hash(fWordP2, wordForm(&toks[i+2])))
	}
	return out
}

// wordForm is the word as the tagger keys it: lower case, digits folded (1996 -> 0000),
// so that numbers share their weights.
func wordForm(t *doc.Token) string {
	if t.Kind == doc.TokNumber {
		return numberShape(t.Lower)
	}
	return t.Lower
}

func numberShape(s string) string {
	switch {
	case len(s) == 4 && s[0] >= '1' && s[0] <= '2':
		return "0000" // a year, usually
	case len(s) <= 2:
		return "00"
	}
	return "0.0"
}

// suffix and prefix count runes, not bytes, so that accented letters stay whole.
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// shape bits: capitalised, all capitals, has a digit, has a hyphen, has a dot, first
// word of the sentence.
func shapeOf(toks []doc.Token, i int) byte {
	t := &toks[i]
	var s byte
	r, _ := utf8.DecodeRuneInString(t.Norm)
	if unicode.IsUpper(r) {
		s |= 1
	}
	upper, letters := true, 0
	for _, c := range t.Norm {
		switch {
		case unicode.IsLetter(c):
			letters++
			if !unicode.IsUpper(c) {
				upper = false
			}
		case unicode.IsDigit(c):
			s |= 4
		case c == '-':
			s |= 8
		case c == '.':
			s |= 16
		}
	}
	if upper && letters > 1 {
		s |= 2
	}
	if i == 0 {
		s |= 32
	}
	return s
}

// The tagger's features fall in groups by what they depend on; TagPOS sums four of them
// through memos, so that a document's repeated words and tag pairs are scored once
// (POSFeatures, which the trainer uses, is the groups' union: TestPOSFeatureGroups).

// posHistoryFeatures are the bias and the features of the two previous tags.
func posHistoryFeatures(p1, p2 doc.POS, out []uint32) []uint32 {
	return append(out,
		tagger.HashN(fBias),
		tagger.HashN(fPrev, byte(p1)),
		tagger.HashN(fPrev2, byte(p2)),
		tagger.HashN(fPrevPrev2, byte(p1), byte(p2)),
	)
}

// posWordFeatures are the features of token i itself.
func posWordFeatures(toks []doc.Token, i int, out []uint32) []uint32 {
	t := &toks[i]
	w := wordForm(t)
	out = append(out,
		tagger.Hash(fWord, w),
		tagger.Hash(fSuffix3, suffix(w, 3)),
		tagger.Hash(fSuffix2, suffix(w, 2)),
		tagger.Hash(fSuffix1, suffix(w, 1)),
		tagger.Hash(fPrefix1, prefix(t.Norm, 1)),
		tagger.HashN(fShape, shapeOf(toks, i), byte(t.Kind)),
		tagger.HashN(fClass, byte(t.Class), byte(t.Class>>8), byte(t.Class>>16)),
	)
	if t.Norm != w {
		out = append(out, tagger.Hash(fExact, t.Norm))
	}
	return out
}

// posLeftFeatures are the features of token i-1 as the left neighbour (i > 0).
func posLeftFeatures(toks []doc.Token, i int, out []uint32) []uint32 {
	m1 := wordForm(&toks[i-1])
	return append(out, tagger.Hash(fWordM1, m1), tagger.Hash(fSuffixM1, suffix(m1, 3)), tagger.HashN(fShapeM1, shapeOf(toks, i-1), byte(toks[i-1].Kind)))
}

// posRightFeatures are the features of token i+1 as the right neighbour (i+1 < len(toks)).
func posRightFeatures(toks []doc.Token, i int, out []uint32) []uint32 {
	p := wordForm(&toks[i+1])
	return append(out, tagger.Hash(fWordP1, p), tagger.Hash(fSuffixP1, suffix(p, 3)), tagger.HashN(fShapeP1, shapeOf(toks, i+1), byte(toks[i+1].Kind)))
}

// posOtherFeatures are the rest: the previous tag with the word, the words two away, the
// sentence's edges.
func posOtherFeatures(toks []doc.Token, i int, p1 doc.POS, out []uint32) []uint32 {
	out = append(out, tagger.Hash2(fPrevWord, string(rune(p1)), wordForm(&toks[i])))
	if i == 0 {
		out = append(out, tagger.Hash(fWordM1, "<s>"))
	}
	if i > 1 {
		out = append(out, tagger.Hash(fWordM2, wordForm(&toks[i-2])))
	}
	if i+1 >= len(toks) {
		out = append(out, tagger.Hash(fWordP1, "</s>"))
	}
	if i+2 < len(toks) {
		out = append(out, tagger.Hash(fWordP2, wordForm(&toks[i+2])))
	}
	return out
}

// tokenKey identifies what the word features of token i read (its forms, kind, classes,
// and whether it starts the sentence) as a 64-bit FNV-1a hash; role keeps a token's
// memo entries as itself and as each neighbour apart. Two different tokens share a key
// with probability 2^-64 per pair.
func tokenKey(toks []doc.Token, i int, role byte) uint64 {
	return withRole(tokenHash(toks, i), role)
}

const prime64 = 1099511628211 // FNV-1a's 64-bit prime

// tokenHash is tokenKey before the role: the same for token i in each of its roles.
func tokenHash(toks []doc.Token, i int) uint64 {
	t := &toks[i]
	h := uint64(14695981039346656037)
	for k := 0; k < len(t.Norm); k++ {
		h = (h ^ uint64(t.Norm[k])) * prime64
	}
	h = (h ^ 0x100) * prime64 // apart from any byte
	for k := 0; k < len(t.Lower); k++ {
		h = (h ^ uint64(t.Lower[k])) * prime64
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	h = (h ^ (0x200 | uint64(t.Kind)<<2 | first<<1)) * prime64
	return (h ^ uint64(t.Class)) * prime64
}

// withRole ends tokenKey: the token's hash and its role.
func withRole(h uint64, role byte) uint64 { return (h ^ uint64(role)) * prime64 }

// POSScratch is TagPOS' working space, kept across the sentences of a document (its memos
// are the model's: one POSScratch per model).
type POSScratch struct {
	feats   []uint32
	scores  []int32
	history *tagger.Memo // by the two previous tags
	words   *tagger.Memo // by tokenKey: the token as itself, as left and as right neighbour
	// hashes[j] is tokenHash of the sentence's token j, 0 until computed (a hash of 0
	// is computed again each time: the same key): a token is looked up in up to three
	// roles, its forms hashed once
	hashes []uint64
}

// NewPOSScratch returns empty working space for model m.
func NewPOSScratch(m *tagger.Model) *POSScratch {
	return &POSScratch{scores: m.NewScores(), history: m.NewMemo(posHistoryKeys), words: m.NewMemo(posWordKeys)}
}

// the roles of tokenKey
const (
	roleSelf byte = iota
	roleLeft
	roleRight
)

// TagPOS tags one sentence's tokens in place with model m and tag dictionary dict (nil:
// none); Class must be set.
func TagPOS(m, dict *tagger.Model, toks []doc.Token, sc *POSScratch) {
	var p1, p2 doc.POS
	scores := sc.scores
	sc.hashes = slices.Grow(sc.hashes[:0], len(toks))[:len(toks)]
	clear(sc.hashes)
	for i := range toks {
		var tag doc.POS
		if c, ok := lookupDict(dict, &toks[i]); ok {
			tag = doc.POS(c)
		} else {
			hk := uint64(p1)<<8 | uint64(p2)
			s := sc.history.Sums(hk)
			if s == nil {
				sc.feats = posHistoryFeatures(p1, p2, sc.feats[:0])
				s = sc.history.Put(m, hk, sc.feats)
			}
			copy(scores, s) // (every class: the scores start from these)
			sc.addWord(m, scores, toks, i, roleSelf, posWordFeatures)
			if i > 0 {
				sc.addWord(m, scores, toks, i-1, roleLeft, func(toks []doc.Token, j int, out []uint32) []uint32 { return posLeftFeatures(toks, j+1, out) })
			}
			if i+1 < len(toks) {
				sc.addWord(m, scores, toks, i+1, roleRight, func(toks []doc.Token, j int, out []uint32) []uint32 { return posRightFeatures(toks, j-1, out) })
			}
			sc.feats = posOtherFeatures(toks, i, p1, sc.feats[:0])
			for _, h := range sc.feats {
				m.Add(scores, h)
			}
			tag = doc.POS(bestTag(scores))
		}
		toks[i].POS = tag
		p1, p2 = tag, p1
	}
}

// bestTag is the highest-scoring class but 0 (POSNone), ties to the lower: tagger.Best
// with c > 0 allowed, without a call per class.
func bestTag(scores []int32) int {
	if len(scores) < 2 {
		return 0
	}
	return 1 + tagger.Best(scores[1:], nil)
}

// addWord adds the memoised sums of token j's features in a role (feats computes them).
func (sc *POSScratch) addWord(m *tagger.Model, scores []int32, toks []doc.Token, j int, role byte, feats func([]doc.Token, int, []uint32) []uint32) {
	h := sc.hashes[j]
	if h == 0 {
		h = tokenHash(toks, j)
		sc.hashes[j] = h
	}
	k := withRole(h, role)
	s := sc.words.Sums(k)
	if s == nil {
		sc.feats = feats(toks, j, sc.feats[:0])
		s = sc.words.Put(m, k, sc.feats)
	}
	tagger.AddSums(scores, s)
}

func lookupDict(dict *tagger.Model, t *doc.Token) (int, bool) {
	if dict == nil {
		return 0, false
	}
	return dict.Lookup(DictKey(t))
}

// Memo sizes, in keys (each holds one score per class: 4 bytes × 46 for POS): enough for
// the tag pairs and the words a run of news articles repeats.
const (
	posHistoryKeys = 1 << 12
	posWordKeys    = 1 << 14
)
