package entity

import (
	"lede/analyzer/doc"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
)

// maxKindRun is the longest run of capitalised words, in tokens, read as a name after
// a kind noun.
const maxKindRun = 5

// withKindedRuns adds as names the runs of capitalised words right after a kind noun
// that the tagger left outside every name: "the band Killing Joke", "the band Spirit",
// "the album Home". The noun says what the run names (kindsBefore: a band, a label, a
// firm, a village; workNouns: titles, other names), and a capital the writer chose
// right after it is a name's. The run may open with an article ("the band The Used").
// Runs that touch a tagged chunk are left to it, and single letters are no names
// ("shares offered by company N / A").
func withKindedRuns(toks []doc.Token, s Sentence, tags []uint8, cs []ner.Chunk) []ner.Chunk {
	var out []ner.Chunk
	ci := 0
	for k := 0; k+1 < len(toks); k++ {
		// the cheap tests first: most words are followed by no capital
		if tags[k+1] != ner.O || !startsCapitalised(toks[k+1]) || !text.IsLowerWord(toks[k]) {
			continue
		}
		typ := kindRunType(toks[k])
		if typ == 0 {
			continue
		}
		a, b := k+1, k+1
		if isArticle(toks[b].Norm) {
			b++
		}
		for b < len(toks) && b-a < maxKindRun && tags[b] == ner.O && toks[b].Kind == doc.TokWord && capitalChosen(toks, s, b) &&
			len(toks[b].Norm) > 1 && !titleLike(toks[b]) {
			b++
		}
		if b == a || isArticle(toks[b-1].Norm) || tags[a] != ner.O || b < len(toks) && tags[b] != ner.O {
			continue
		}
		for ci < len(cs) && cs[ci].Start < a {
			out = append(out, cs[ci])
			ci++
		}
		out = append(out, ner.Chunk{Start: a, End: b, Type: typ})
		k = b - 1
	}
	if out == nil {
		return cs
	}
	return append(out, cs[ci:]...)
}

// kindRunType returns the chunk type a kind noun gives the name after it, or 0.
func kindRunType(t doc.Token) int {
	if workNouns[t.Lower] {
		return 4
	}
	switch kindsBefore[t.Lower] {
	case doc.EntOrg:
		return 2
	case doc.EntLoc:
		return 3
	case doc.EntMisc:
		return 4
	}
	return 0
}
