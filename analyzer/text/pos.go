package text

import (
	_ "embed"
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

// TagPOS tags one sentence's tokens in place with model m and tag dictionary dict (nil:
// none); Class must be set. feats and scores are scratch space (scores: one per class),
// returned for reuse.
func TagPOS(m, dict *tagger.Model, toks []doc.Token, feats []uint32, scores []int32) []uint32 {
	var p1, p2 doc.POS
	for i := range toks {
		var tag doc.POS
		if c, ok := lookupDict(dict, &toks[i]); ok {
			tag = doc.POS(c)
		} else {
			feats = POSFeatures(toks, i, p1, p2, feats[:0])
			for c := range scores {
				scores[c] = 0
			}
			for _, h := range feats {
				m.Add(scores, h)
			}
			tag = doc.POS(tagger.Best(scores, func(c int) bool { return c > 0 }))
		}
		toks[i].POS = tag
		p1, p2 = tag, p1
	}
	return feats
}

func lookupDict(dict *tagger.Model, t *doc.Token) (int, bool) {
	if dict == nil {
		return 0, false
	}
	return dict.Lookup(DictKey(t))
}
