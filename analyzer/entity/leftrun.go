package entity

import (
	"lede/analyzer/doc"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
)

// withCapitalsBefore widens each chunk that is not a person's name over the
// capitalised words right before it that the tagger left outside every name: "Cold
// Spring Harbor Laboratory" read as "Harbor Laboratory", "West Jersey Road" as "Jersey
// Road". Mid-sentence, a capital the writer chose next to a name is part of it unless
// it is a title, a role or a date: of the 319 capitalised words just before a name in
// CoNLL-2003 train's sentences in ordinary case, all but a handful are titles
// ("Minister", "President", "Dr."), roles, weekdays or months (titleLike), which stay
// out. Only words the writer capitalised count (capitalChosen: not a sentence's first
// word, not after a quote or bracket, not in a headline); words in capitals are
// acronyms of their own. A person's name is left alone: the words before it are
// titles and roles the lists lack ("County Coroner", "fellow Minnesotan"). An
// organisation's or a place's name also takes the capitalised words after it that end
// in a head noun of names (headAfter).
func withCapitalsBefore(toks []doc.Token, s Sentence, tags []uint8, cs []ner.Chunk) []ner.Chunk {
	for i := range cs {
		if cs[i].Type == 1 {
			continue
		}
		a := cs[i].Start
		for a > 0 && tags[a-1] == ner.O && toks[a-1].Kind == doc.TokWord && capitalChosen(toks, s, a-1) &&
			!text.IsAllCaps(toks[a-1].Norm) && !titleLike(toks[a-1]) {
			a--
		}
		cs[i].Start = a
		if cs[i].Type == 2 || cs[i].Type == 3 {
			cs[i].End = headAfter(toks, s, tags, cs[i].End)
		}
	}
	return cs
}

// headAfter returns where a name ending at token b ends when the capitalised words
// the tagger left after it end in a head noun of names (nameHeads): "Crescent City" +
// "High School". Words that do not end so stay out ("Microsoft Chairman", "Paris
// Wednesday"). Other names keep their end (withCapitalsBefore calls this for
// organisations and places only): a demonym before an organisation's name is a name
// of its own in CoNLL ("Panamanian" + "Boxing Association").
func headAfter(toks []doc.Token, s Sentence, tags []uint8, b int) int {
	end := b
	for k := b; k < len(toks) && k-b < 3 && tags[k] == ner.O && toks[k].Kind == doc.TokWord && capitalChosen(toks, s, k) &&
		!text.IsAllCaps(toks[k].Norm) && !titleLike(toks[k]); k++ {
		if nameHeads[toks[k].Lower] {
			end = k + 1
		}
	}
	return end
}

// nameHeads are the head nouns that end names of organisations, places and events.
var nameHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{orgOnlyHeads, institutionHeads, placeOnlyHeads, eventEndings} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// titleLike reports whether a capitalised word next to a name stays out of it: a
// title, honorific or role noun, a month or weekday, a closed-class word, an article.
// Role modifiers ("National", "Air", "High") are left in: they open names as often.
func titleLike(t doc.Token) bool {
	l := t.Lower
	if _, ok := honorific(l); ok || isTitleWord(l) || roleHeads[l] || isFunctionWord(t) || isArticle(t.Norm) {
		return true
	}
	return t.Class.Any(doc.ClassMonth|doc.ClassWeekday|doc.ClassCourtesy) || text.Is(l, doc.ClassTitle)
}
