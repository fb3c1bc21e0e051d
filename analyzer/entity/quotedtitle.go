package entity

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
)

// maxTitleWords is the longest quoted span, in tokens, read as a title.
const maxTitleWords = 8

// quotedTitles finds the titles a sentence sets in double quotes ("Anarchy in Tokyo",
// "Phase 1 : Fortification", a song, a book, an award): a span of one to
// maxTitleWords tokens between a pair of quotes, opening with a capital, with every
// lower-case word an article, preposition or conjunction (Title Case), and not ending
// in a comma or full stop (quoted speech does: "Absolutely," he said). It returns each
// as [start, end) token indices of the sentence. A sentence in Title Case or capitals
// (a headline) has none: its capitals say nothing.
func quotedTitles(toks []doc.Token, s Sentence) [][2]int {
	if s.Case != CaseNormal || s.Lowered != nil {
		return nil
	}
	var out [][2]int
	open := [2]int{-1, -1} // the open double and single quote
	for i, t := range toks {
		if t.Kind != doc.TokQuote || t.Norm != `"` && t.Norm != "'" {
			continue
		}
		k := 0
		if t.Norm == "'" {
			k = 1
		}
		if open[k] < 0 {
			open[k] = i
			continue
		}
		end := i
		if l := toks[i-1].Norm; i-open[k] > 3 && (l == "," || l == ".") {
			end = i - 1 // "Time to Wake Up." in American punctuation: the title without its stop
		}
		if titleCased(toks[open[k]+1:end]) && (end == i || end-open[k] > 2 && !spoken(toks[open[k]+1:end])) {
			out = append(out, [2]int{open[k] + 1, end})
		}
		open[k] = -1
	}
	return out
}

// spoken reports whether quoted words that ended in a stop read as speech rather than a
// title: they hold a comma or other punctuation ("Hello, Dunmore.") or open with an
// interjection.
func spoken(ws []doc.Token) bool {
	if isInterjection(ws[0]) {
		return true
	}
	for _, t := range ws {
		if t.Kind == doc.TokPunct {
			return true
		}
	}
	return false
}

// titleCased reports whether the tokens read as a title written in Title Case.
func titleCased(ws []doc.Token) bool {
	if len(ws) == 0 || len(ws) > maxTitleWords || !text.StartsUpperOrDigit(ws[0].Norm) {
		return false
	}
	if l := ws[len(ws)-1].Norm; l == "," || l == "." {
		return false
	}
	capitals := 0
	for _, t := range ws {
		if t.Kind == doc.TokQuote {
			return false
		}
		if t.Kind != doc.TokWord {
			continue
		}
		if text.IsCapitalised(t) || text.StartsUpperOrDigit(t.Norm) {
			capitals++
			continue
		}
		if !text.ClassOf(t.Lower).Any(titleSmallWords) && t.Lower != "to" && !strings.HasPrefix(t.Lower, "'") {
			return false
		}
	}
	return capitals > 0
}

// titleSmallWords are the word classes Title Case leaves in lower case.
const titleSmallWords = doc.ClassDeterminer | doc.ClassPreposition | doc.ClassConjunction

// withQuotedTitles redraws the tagger's chunks over the sentence's quoted titles: a
// title of which the tagger read only a part as a name ("Phase 1 : Fortification" with
// "Fortification" an organisation; "Anarchy in Tokyo" with "Tokyo" a place) is one
// other name (MISC) over the whole quotes, and so is a title it read nothing in
// ("Fallen", a song). Left alone: a lone function word or interjection ("Yes", a word
// said), a nickname beside a person's name (besidePerson), a chunk that is the whole
// title (it keeps the tagger's type: "Dream Team", a relay team, is an organisation)
// and one that crosses a quote. It returns the chunks, sorted, and the spans of those
// that are titles (their words are kept whole: "Time to Wake Up" is not split at "to").
func withQuotedTitles(toks []doc.Token, s Sentence, cs []ner.Chunk) ([]ner.Chunk, map[[2]int]bool) {
	titles := quotedTitles(toks, s)
	if len(titles) == 0 {
		return cs, nil
	}
	var out []ner.Chunk
	isTitle := map[[2]int]bool{}
	ci := 0
	for _, tt := range titles {
		a, b := tt[0], tt[1]
		for ci < len(cs) && cs[ci].End <= a {
			out = append(out, cs[ci])
			ci++
		}
		whole, crosses := false, false
		for k := ci; k < len(cs) && cs[k].Start < b; k++ {
			c := cs[k]
			switch {
			case c.Start == a && c.End == b:
				whole = true
			case c.Start < a || c.End > b:
				crosses = true
			}
		}
		if whole || crosses || b-a == 1 && (isFunctionWord(toks[a]) || isInterjection(toks[a])) || besidePerson(cs, a, b) {
			continue
		}
		for ci < len(cs) && cs[ci].Start < b {
			ci++
		}
		isTitle[tt] = true
		out = append(out, ner.Chunk{Start: a, End: b, Type: 4})
	}
	out = append(out, cs[ci:]...)
	return out, isTitle
}

// besidePerson reports whether a person's name stands right outside the quotes around
// [a, b): the quoted words are a nickname ("Diamond" Carlo Citrone, Harold "Junior"
// Theriault), left to nicknameJoin and the tagger.
func besidePerson(cs []ner.Chunk, a, b int) bool {
	for _, c := range cs {
		if c.Type == 1 && (c.End == a-1 || c.Start == b+1) {
			return true
		}
	}
	return false
}
