package analyzer

import (
	"fmt"

	"lede/analyzer/doc"
)

// The English check: lede's models read English only, and on other languages they find
// junk actors (every capitalised noun of a German text is a name). English prose is held
// together by closed-class words: the, of, and, to, in, is, that, he... Measured over
// 2,379 English texts (BBC news, PolNeAR dev, wikigold dev, ../shared/articles) they are
// a median 43% of the words, 31% at the 1st percentile and 16% at the lowest (a rugby
// team sheet); in the German, French, Spanish, Italian, Dutch and Portuguese paragraphs
// of testdata/language, where only the few words shared with English count ("in", "a",
// "an", "is"), 2-10%. A text of at least englishMinWords words under englishMinShare is
// reported as not English and left unanalysed (Analyze; Build, for the scorers, runs
// every stage on any text).
const (
	englishMinWords = 25   // shorter texts (a headline, a list of names) are not judged
	englishMinShare = 0.14 // of the words, in the function-word classes below
)

// functionWords are the closed classes counted: determiners, pronouns, prepositions,
// conjunctions, subordinators, relatives, auxiliaries and negation. Name particles
// ("de", "van", "al") are left out: they are common words of other languages.
const functionWords = doc.ClassDeterminer | doc.ClassPronoun | doc.ClassPossessive |
	doc.ClassPreposition | doc.ClassConjunction | doc.ClassSubordinator | doc.ClassRelative |
	doc.ClassAuxiliary | doc.ClassModal | doc.ClassNegation

// ReportLanguage says whether the text reads as English, and on what figure.
type ReportLanguage struct {
	English bool `json:"english"`
	// FunctionWordShare is the share of the words in English function-word classes
	// (0..1, two decimals); Words the words counted.
	FunctionWordShare float64 `json:"functionWordShare"`
	Words             int     `json:"words"`
	// Notice, when English is false, says so to the reader.
	Notice string `json:"notice,omitempty"`
}

// englishShare counts the words of a segmented Doc and those in functionWords.
func englishShare(d *doc.Doc) (words, function int) {
	for _, t := range d.Tokens {
		if t.Kind != doc.TokWord {
			continue
		}
		words++
		if t.Class.Any(functionWords) {
			function++
		}
	}
	return words, function
}

// checkEnglish applies the rule to a segmented Doc.
func checkEnglish(d *doc.Doc) ReportLanguage {
	words, function := englishShare(d)
	l := ReportLanguage{English: true, Words: words}
	if words > 0 {
		l.FunctionWordShare = round2(float64(function) / float64(words))
	}
	if words >= englishMinWords && float64(function) < englishMinShare*float64(words) {
		l.English = false
		l.Notice = fmt.Sprintf("This text does not read as English: %.0f%% of its %d words are common English words such as \"the\", \"of\" and \"is\" (in English news about 40%%). lede reads English only, so it has not looked for actors, quotes or dates.",
			100*float64(function)/float64(words), words)
	}
	return l
}
