package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// headlineClaims reads the attributions of title-case lines, whose every word is
// capitalised so the cue is too: "Obama Says Museum Will Tell of Suffering" (the source
// before the cue, the content after it) and "Trump Could Address Clean Energy, Graham
// Says" (the content before a comma, the source after it). The other passes read cues in
// lower case only, and the language layer's tags are unreliable in title case.
func (f *finder) headlineClaims() {
	for _, s := range f.d.Sentences {
		lo, hi := s.FirstToken, s.EndToken
		for hi > lo && (isSentenceEnd(f.toks[hi-1]) || f.toks[hi-1].Kind == doc.TokQuote && !f.inMarks[hi-1]) {
			hi--
		}
		if hi-lo < 4 || !f.titleCase(lo, hi) {
			continue
		}
		for c := lo + 1; c < hi; c++ {
			t := f.toks[c]
			if f.used[c] || f.inMarks[c] || !text.IsCapitalised(t) || !headlineCue(t.Lower) {
				continue
			}
			if c == hi-1 {
				// "CONTENT, SOURCE Says"
				comma := -1
				for j := c - 1; j > lo && j >= c-6; j-- {
					if f.toks[j].Norm == "," {
						comma = j
						break
					}
				}
				if comma < 0 || comma == c-1 || !f.nameRun(comma+1, c) || !f.contentOK(lo, comma) {
					break
				}
				f.addIndirect(lo, comma, tokRange{c, c + 1}, tokRange{comma + 1, c}, noRange)
				break
			}
			// "SOURCE Says CONTENT"
			if c-lo > 5 || hi-c < 4 || !f.nameRun(lo, c) || !f.contentOK(c+1, hi) {
				break
			}
			f.addIndirect(c+1, hi, tokRange{c, c + 1}, tokRange{lo, c}, noRange)
			break
		}
	}
}

// headlineCue reports whether a lower-case word is a present-tense verb of saying, as
// headlines put them: "says", "warns", "claims" (a speech cue ending in -s).
func headlineCue(lower string) bool {
	return strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "ss") && cueOf(lower) == cueSpeech
}

// titleCase reports whether tokens [a, b) are a title-case line: at least four words,
// nine in ten of the words of four letters or more capitalised.
func (f *finder) titleCase(a, b int) bool {
	long, caps, words := 0, 0, 0
	for i := a; i < b; i++ {
		t := f.toks[i]
		if t.Kind != doc.TokWord {
			continue
		}
		words++
		if len(t.Norm) >= 4 {
			long++
			if text.IsCapitalised(t) {
				caps++
			}
		}
	}
	return words >= 4 && long >= 3 && caps*10 >= long*9
}

// nameRun reports whether tokens [a, b) can be a headline's source: capitalised words,
// with no verb of saying among them, and no quotation mark.
func (f *finder) nameRun(a, b int) bool {
	if a >= b {
		return false
	}
	for i := a; i < b; i++ {
		t := f.toks[i]
		if f.used[i] || f.inMarks[i] || t.Kind == doc.TokQuote || t.Kind == doc.TokWord && !text.IsCapitalised(t) && !t.Class.Has(doc.ClassNameParticle) && t.Lower != "of" {
			return false
		}
		if t.Norm == "," || cueOf(t.Lower) != cueNone {
			return false
		}
	}
	return true
}
