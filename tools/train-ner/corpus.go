package main

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/internal/corpus"
)

// unlabeled reads the news in DATA/corpora (corpus.NewsTexts: Reuters-21578 bodies, BBC
// articles) and calls f with each sentence's words (normalised forms), in a fixed order.
func unlabeled(data string, f func(words []string)) error {
	return corpus.NewsTexts(data, func(t string) { sentences(t, f) })
}

// sentences segments a text with the project's own segmenter.
func sentences(t string, f func([]string)) {
	d := &doc.Doc{Text: t}
	text.Segment(d)
	for i := range d.Sentences {
		toks := d.SentenceTokens(i)
		words := make([]string, len(toks))
		for j, tk := range toks {
			words[j] = tk.Norm
		}
		f(words)
	}
}
