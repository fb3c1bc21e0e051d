package entity

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// Interjections at the start of a sentence are not names. The tagger reads a
// capitalised unknown word opening a sentence as a name as readily as "Zelensky said",
// so "Hello" alone, "Hello, world." or "Thanks John Smith" gave a person. A word of the
// language layer's interjection class (text/classes.txt), written with a capital
// (not in capitals: "OK" is a state, "HI" an island), at the start of its sentence (or
// of a quotation there), leaves the name, unless the document also capitalises it
// where no sentence starts (evidence that it is a name there, "fans of Hello Kitty").

// trimInterjections returns a after the interjections that open the name toks[a:b].
func trimInterjections(toks []doc.Token, a, b int, capitalisedInside map[string]bool) int {
	for a < b && atSentenceStart(toks, a) && isInterjection(toks[a]) && !capitalisedInside[toks[a].Lower] {
		a++
	}
	return a
}

// atSentenceStart: only quotation marks and opening brackets stand before toks[i] in
// its sentence (toks is one sentence), or toks[i] opens a quotation set off by a comma
// or colon ("and say, 'Hey, this is what I do.'").
func atSentenceStart(toks []doc.Token, i int) bool {
	if i >= 2 && toks[i-1].Kind == doc.TokQuote && (toks[i-2].Norm == "," || toks[i-2].Norm == ":") {
		return true
	}
	for _, t := range toks[:i] {
		if t.Kind != doc.TokQuote && t.Norm != "(" && t.Norm != "[" {
			return false
		}
	}
	return true
}

func isInterjection(t doc.Token) bool {
	return t.Class.Has(doc.ClassInterjection) && text.IsCapitalised(t) && !text.IsAllCaps(t.Norm)
}

// interjectionsCapitalisedInside lists the interjections the document capitalises
// where no sentence starts (lower-cased): there they may be names.
func interjectionsCapitalisedInside(d *doc.Doc) map[string]bool {
	var out map[string]bool
	for _, s := range d.Sentences {
		toks := d.Tokens[s.FirstToken:s.EndToken]
		for i, t := range toks {
			if isInterjection(t) && !atSentenceStart(toks, i) {
				if out == nil {
					out = map[string]bool{}
				}
				out[t.Lower] = true
			}
		}
	}
	return out
}
