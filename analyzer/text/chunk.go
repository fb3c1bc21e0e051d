package text

import (
	_ "embed"
	"sync"

	"lede/analyzer/doc"
	"lede/analyzer/text/tagger"
)

// The chunker: base phrases (CoNLL-2000 style: NP, VP, PP, ...) as IOB2 tags, greedy
// left to right, an averaged perceptron over the parts of speech around the token, the
// words next to it and the two previous chunk tags. tools/train-syntax trains it on the
// chunk column of CoNLL-2003 train, reading the tags the POS tagger gives (not the gold
// ones), so it learns from the errors it will see.

//go:embed model/chunk.bin
var chunkModelBytes []byte

var (
	chunkOnce  sync.Once
	chunkModel *tagger.Model
)

func loadChunk() {
	m, err := tagger.Load(chunkModelBytes)
	if err != nil {
		panic("text: embedded chunk model: " + err.Error())
	}
	chunkModel = m
}

// ChunkTag is an IOB2 chunk tag as a class number: 0 is O, 2k-1 is B-k and 2k is I-k for
// the chunk kind k.
type ChunkTag uint8

// NumChunkTags is the number of chunk tag classes.
const NumChunkTags = 2*int(doc.NumChunkKinds) - 1

// MakeChunkTag returns the tag that begins (begin) or continues a phrase of kind k.
func MakeChunkTag(k doc.ChunkKind, begin bool) ChunkTag {
	if k == doc.ChunkNone {
		return 0
	}
	if begin {
		return ChunkTag(2*int(k) - 1)
	}
	return ChunkTag(2 * int(k))
}

// Kind is the tag's phrase kind (ChunkNone for O).
func (c ChunkTag) Kind() doc.ChunkKind { return doc.ChunkKind((int(c) + 1) / 2) }

// Begins reports whether the tag starts a phrase (B-).
func (c ChunkTag) Begins() bool { return c%2 == 1 }

// ParseChunkTag reads "B-NP", "I-VP", "O".
func ParseChunkTag(s string) ChunkTag {
	if len(s) < 3 || s[1] != '-' {
		return 0
	}
	return MakeChunkTag(doc.ParseChunkKind(s[2:]), s[0] == 'B')
}

func (c ChunkTag) String() string {
	if c == 0 {
		return "O"
	}
	if c.Begins() {
		return "B-" + c.Kind().String()
	}
	return "I-" + c.Kind().String()
}

// AllowedAfter reports whether tag c may follow prev: I-k only inside a phrase of kind k.
func (c ChunkTag) AllowedAfter(prev ChunkTag) bool {
	return c == 0 || c.Begins() || prev.Kind() == c.Kind()
}

const (
	cBias byte = iota + 64 // apart from the POS templates, though the models are apart too
	cPOS
	cPOSM1
	cPOSM2
	cPOSP1
	cPOSP2
	cPOSM1POS
	cPOSPOSP1
	cPOSM1POSP1
	cWord
	cWordM1
	cWordP1
	cPrev
	cPrev2
	cPrevPOS
	cPrevPOSP1
	cPrevWord
)

func posAt(toks []doc.Token, i int) byte {
	if i < 0 || i >= len(toks) {
		return byte(doc.NumPOS) // outside the sentence
	}
	return byte(toks[i].POS)
}

// ChunkFeatures appends the feature hashes of token i (whose POS tags are set) to out,
// given the two previous chunk tags.
func ChunkFeatures(toks []doc.Token, i int, c1, c2 ChunkTag, out []uint32) []uint32 {
	p, m1, m2, p1, p2 := posAt(toks, i), posAt(toks, i-1), posAt(toks, i-2), posAt(toks, i+1), posAt(toks, i+2)
	w := wordForm(&toks[i])
	out = append(out,
		tagger.HashN(cBias),
		tagger.HashN(cPOS, p),
		tagger.HashN(cPOSM1, m1),
		tagger.HashN(cPOSM2, m2),
		tagger.HashN(cPOSP1, p1),
		tagger.HashN(cPOSP2, p2),
		tagger.HashN(cPOSM1POS, m1, p),
		tagger.HashN(cPOSPOSP1, p, p1),
		tagger.HashN(cPOSM1POSP1, m1, p, p1),
		tagger.Hash(cWord, w),
		tagger.HashN(cPrev, byte(c1)),
		tagger.HashN(cPrev2, byte(c1), byte(c2)),
		tagger.HashN(cPrevPOS, byte(c1), p),
		tagger.HashN(cPrevPOSP1, byte(c1), p, p1),
		tagger.Hash2(cPrevWord, string(rune(c1)), w),
	)
	if i > 0 {
		out = append(out, tagger.Hash(cWordM1, wordForm(&toks[i-1])))
	}
	if i+1 < len(toks) {
		out = append(out, tagger.Hash(cWordP1, wordForm(&toks[i+1])))
	}
	return out
}

// The chunker's features fall in three groups by what they depend on; TagChunks sums the
// first two through memos, so that a document's repeated tag windows are scored once
// (ChunkFeatures, which the trainer uses, is their union: TestChunkFeatureGroups).

// chunkWindowFeatures are the features of the tags at i-1, i and i+1 (and the bias).
func chunkWindowFeatures(m1, p, p1 byte, out []uint32) []uint32 {
	return append(out,
		tagger.HashN(cBias),
		tagger.HashN(cPOS, p),
		tagger.HashN(cPOSM1, m1),
		tagger.HashN(cPOSP1, p1),
		tagger.HashN(cPOSM1POS, m1, p),
		tagger.HashN(cPOSPOSP1, p, p1),
		tagger.HashN(cPOSM1POSP1, m1, p, p1),
	)
}

// chunkHistoryFeatures are the features of the two previous chunk tags with the tags at i
// and i+1.
func chunkHistoryFeatures(c1, c2 ChunkTag, p, p1 byte, out []uint32) []uint32 {
	return append(out,
		tagger.HashN(cPrev, byte(c1)),
		tagger.HashN(cPrev2, byte(c1), byte(c2)),
		tagger.HashN(cPrevPOS, byte(c1), p),
		tagger.HashN(cPrevPOSP1, byte(c1), p, p1),
	)
}

// chunkOtherFeatures are the rest: the words, and the tags two away.
func chunkOtherFeatures(toks []doc.Token, i int, c1 ChunkTag, out []uint32) []uint32 {
	w := wordForm(&toks[i])
	out = append(out,
		tagger.HashN(cPOSM2, posAt(toks, i-2)),
		tagger.HashN(cPOSP2, posAt(toks, i+2)),
		tagger.Hash(cWord, w),
		tagger.Hash2(cPrevWord, string(rune(c1)), w),
	)
	if i > 0 {
		out = append(out, tagger.Hash(cWordM1, wordForm(&toks[i-1])))
	}
	if i+1 < len(toks) {
		out = append(out, tagger.Hash(cWordP1, wordForm(&toks[i+1])))
	}
	return out
}

// ChunkScratch is TagChunks' working space, kept across the sentences of a document (its
// memos are the model's: one ChunkScratch per model).
type ChunkScratch struct {
	feats   []uint32
	scores  []int32
	window  *tagger.Memo // by the tags at i-1, i, i+1
	history *tagger.Memo // by the two previous chunk tags and the tags at i, i+1
}

// NewChunkScratch returns empty working space for model m.
func NewChunkScratch(m *tagger.Model) *ChunkScratch {
	return &ChunkScratch{scores: m.NewScores(), window: m.NewMemo(chunkWindowKeys), history: m.NewMemo(chunkHistoryKeys)}
}

// TagChunks gives one sentence's tokens (POS already set) their chunk tags with model m,
// appended to tags.
func TagChunks(m *tagger.Model, toks []doc.Token, sc *ChunkScratch, tags []ChunkTag) []ChunkTag {
	var c1, c2 ChunkTag
	scores := sc.scores
	for i := range toks {
		p, m1, p1 := posAt(toks, i), posAt(toks, i-1), posAt(toks, i+1)
		wk := uint64(m1)<<16 | uint64(p)<<8 | uint64(p1)
		ws := sc.window.Sums(wk)
		if ws == nil {
			sc.feats = chunkWindowFeatures(m1, p, p1, sc.feats[:0])
			ws = sc.window.Put(m, wk, sc.feats)
		}
		hk := uint64(c1)<<24 | uint64(c2)<<16 | uint64(p)<<8 | uint64(p1)
		hs := sc.history.Sums(hk)
		if hs == nil {
			sc.feats = chunkHistoryFeatures(c1, c2, p, p1, sc.feats[:0])
			hs = sc.history.Put(m, hk, sc.feats)
		}
		tagger.SetSums(scores, ws, hs)
		sc.feats = chunkOtherFeatures(toks, i, c1, sc.feats[:0])
		for _, h := range sc.feats {
			m.Add(scores, h)
		}
		tag := bestChunkTag(scores, c1)
		tags = append(tags, tag)
		c1, c2 = tag, c1
	}
	return tags
}

// bestChunkTag is the highest-scoring tag allowed after prev, ties to the lower:
// tagger.Best with AllowedAfter, without a call per class. The allowed tags are O (0,
// always), every B-k (the odd tags) and the one I-k of prev's kind (the even tag 2k;
// for prev O, 0: O again), so the loop reads the odd tags only and the I-k after them.
func bestChunkTag(scores []int32, prev ChunkTag) ChunkTag {
	if len(scores) == 0 {
		return 0
	}
	best, bestScore := 0, scores[0]
	for c := 1; c < len(scores); c += 2 {
		if s := scores[c]; s > bestScore {
			best, bestScore = c, s
		}
	}
	// I-k wins over an equal B-k only when it comes first (ties to the lower)
	if inside := 2 * int(prev.Kind()); inside > 0 && inside < len(scores) {
		if s := scores[inside]; s > bestScore || s == bestScore && inside < best {
			best = inside
		}
	}
	return ChunkTag(best)
}

// AppendChunks turns a sentence's IOB2 tags into phrases with their heads; first is the
// index of the sentence's first token in the Doc.
func AppendChunks(toks []doc.Token, first int, tags []ChunkTag, out []doc.Chunk) []doc.Chunk {
	for i := 0; i < len(tags); {
		k := tags[i].Kind()
		if k == doc.ChunkNone {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && !tags[j].Begins() && tags[j].Kind() == k {
			j++
		}
		out = append(out, doc.Chunk{FirstToken: first + i, EndToken: first + j, Head: first + chunkHead(toks, i, j, k), Kind: k})
		i = j
	}
	return out
}

// chunkHead is the head token of toks[i:j]: an NP's last noun before a possessive or a
// preposition-free end ("the Apple chief Tim Cook" -> Cook), a VP's last verb, else the
// last word.
func chunkHead(toks []doc.Token, i, j int, k doc.ChunkKind) int {
	switch k {
	case doc.ChunkNP:
		for h := j - 1; h >= i; h-- {
			if p := toks[h].POS; p.IsNoun() || p == doc.PRP || p == doc.CD || p == doc.WP || p == doc.EX {
				return h
			}
		}
	case doc.ChunkVP:
		for h := j - 1; h >= i; h-- {
			if toks[h].POS.IsVerb() {
				return h
			}
		}
	}
	for h := j - 1; h >= i; h-- {
		if toks[h].Kind == doc.TokWord || toks[h].Kind == doc.TokNumber {
			return h
		}
	}
	return j - 1
}

// Memo sizes, in keys (each holds one score per class: 4 bytes × 17 for chunks).
const (
	chunkWindowKeys  = 1 << 14
	chunkHistoryKeys = 1 << 14
)
