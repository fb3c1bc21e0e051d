package text

import (
	"strings"

	"lede/analyzer/doc"
)

// CorpusToken makes one word of a pre-tokenised corpus (CoNLL's columns) into a token
// shaped as Tokenize would shape it (Norm, Lower, Kind, Class), so that the trainers and
// the scorers see the features the runtime sees. Its span is left to the caller.
func CorpusToken(w string) doc.Token {
	t := doc.Token{Norm: w, Lower: strings.ToLower(w), Kind: doc.TokWord, SpaceBefore: true}
	if toks := Tokenize(w, 0, len(w), nil); len(toks) == 1 {
		t.Norm, t.Lower, t.Kind, t.Quote, t.Single = toks[0].Norm, toks[0].Lower, toks[0].Kind, toks[0].Quote, toks[0].Single
	} else if w == "``" || w == "''" {
		t.Norm, t.Lower, t.Kind, t.Quote = `"`, `"`, doc.TokQuote, doc.QuoteEither
	} else if w != "" && w[0] >= '0' && w[0] <= '9' {
		t.Kind = doc.TokNumber
	}
	t.Class = ClassOf(t.Lower)
	return t
}
