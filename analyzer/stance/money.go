package stance

import (
	"strings"

	"lede/analyzer/doc"
)

// A funding predicate gives a sum to its target: "gave $15 million to Reed", "poured
// more than $2 million into Reed's campaign". Its pattern writes the sum as `$`
// ("give $ to _"); moneyEnd reads it.

// sumModifiers may open a sum, beside determiners and adjectives ("an additional",
// "a combined", "more than", "at least").
var sumModifiers = setOf("more", "than", "less", "nearly", "almost", "about", "around",
	"roughly", "some", "over", "under", "at", "least", "most", "up", "to", "another",
	"additional", "combined", "extra", "further", "total", "of")

// sumWords follow a sum's figure ("$15 million", "500,000 dollars").
var sumWords = setOf("million", "billion", "thousand", "hundred", "trillion", "dollars",
	"dollar", "euros", "pounds", "m", "bn", "k")

// moneyEnd returns the view index after a sum of money that starts at j ("an
// additional $15 million", "a combined $20 million last month"), or -1 when none does:
// a figure with a currency sign or a currency word, after at most four modifiers,
// followed by at most two time words.
func moneyEnd(toks []doc.Token, j int) int {
	for n := 0; n < 4 && j < len(toks) && isSumModifier(toks[j]); n++ {
		j++
	}
	start, currency := j, false
	for j < len(toks) && j-start < 6 {
		ok, sign := figureToken(toks[j])
		if !ok {
			break
		}
		currency = currency || sign
		j++
	}
	if !currency || j == start {
		return -1
	}
	for n := 0; n < 2 && j < len(toks) && (isTimeWord(toks[j]) || toks[j].Lower == "last" || toks[j].Lower == "this" || toks[j].Lower == "combined"); n++ {
		j++
	}
	return j
}

// isSumModifier reports whether t may stand before a sum's figure.
func isSumModifier(t doc.Token) bool {
	if sumModifiers[t.Lower] {
		return true
	}
	return t.Class.Has(doc.ClassDeterminer) && !t.Class.Has(doc.ClassNegation) || t.POS.IsAdjective() && !strings.HasPrefix(t.Norm, "$")
}

// scales multiply a figure; unlike a currency word they do not make it money.
var scales = setOf("million", "billion", "thousand", "hundred", "trillion", "m", "bn", "k")

// figureToken reports whether t is part of a sum's figure, and whether it says the
// figure is money ("$15", "dollars"; "million" alone does not).
func figureToken(t doc.Token) (ok, currency bool) {
	switch {
	case strings.HasPrefix(t.Norm, "$"):
		return true, true
	case sumWords[t.Lower]:
		return true, !scales[t.Lower]
	}
	return t.POS == doc.CD, false
}
