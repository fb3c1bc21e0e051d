package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// speakerBefore finds the speaker of cue token c to its left, within [lo, c): "Trump
// said", "he also said", "Hugh Hill, a doctor, said", "Trump, who spoke Tuesday, said",
// "Rep. Gwen Moore (D-Wis.) said"; for a participle after a comma ("..., saying") the
// subject of the clause. It steps left over the words that may stand between a speaker
// and its cue (cueGapRules), then over a verb the cue depends on (cueChainRules) and a
// parenthesis, and asks speakerRules in order; the first that decides gives the answer.
func (f *finder) speakerBefore(lo, c int) (tokRange, bool) {
	j := f.skipCueGap(lo, c)
	for _, rule := range cueChainRules {
		j = rule.skip(f, lo, c, j)
	}
	if j < lo {
		return noRange, false
	}
	if j = f.skipParenLeft(lo, j); j < lo {
		return noRange, false
	}
	at := cueSite{lo: lo, j: j, c: c}
	for _, rule := range speakerRules {
		if sp, ok, decided := rule.find(f, at); decided {
			return sp, ok
		}
	}
	return noRange, false // not reached: phraseBeforeCue always decides
}

// cueSite is where speakerRules look: the frame starts at token lo, j is the last token
// before cue c once the gap words are skipped.
type cueSite struct{ lo, j, c int }

// participle reports whether the cue is an -ing form ("saying", "adding").
func (s cueSite) participle(f *finder) bool { return strings.HasSuffix(f.toks[s.c].Lower, "ing") }

// A gapRule steps over words between a speaker and its cue, right to left: skip returns
// how many tokens to step over at token j (0 when the rule does not apply).
type gapRule struct {
	name string
	skip func(f *finder, lo, j int) int
}

// cueGapRules are tried in order at each token left of the cue until none applies.
var cueGapRules = []gapRule{
	// "he also said", "he didn't say", "Trump repeatedly said": an auxiliary, an adverb
	// or a negation (golden: 58_weekday_before_cue, "later")
	{"adverbBeforeCue", func(f *finder, lo, j int) int {
		if t := f.toks[j]; skipBeforeCue[t.Lower] || t.Lower == "n't" || isLyAdverb(t) {
			return 1
		}
		return 0
	}},
	// "Beck on Wednesday called", "Trump this week said": a time after on/late/early/this/
	// last (golden: 56_clause_subject)
	{"timeBeforeCue", func(f *finder, lo, j int) int {
		if !isTimeWordTok(f.toks[j]) || j-1 < lo {
			return 0
		}
		switch f.toks[j-1].Lower {
		case "on", "late", "early", "this", "last":
			return 2
		}
		return 0
	}},
	// "who in 2010 said": a year between the subject and its cue (golden: year_before_cue)
	{"yearBeforeCue", func(f *finder, lo, j int) int {
		if t := f.toks[j]; t.Kind == doc.TokNumber && len(t.Norm) == 4 && j-1 >= lo && (f.toks[j-1].Lower == "in" || f.toks[j-1].Lower == "since") {
			return 2
		}
		return 0
	}},
	// "Priebus Thursday told": a bare weekday after the subject (golden:
	// 58_weekday_before_cue)
	{"weekdayBeforeCue", func(f *finder, lo, j int) int {
		if weekdays[f.toks[j].Lower] && j-1 >= lo && (f.npToken(j-1) || skipBeforeCue[f.toks[j-1].Lower]) {
			return 1
		}
		return 0
	}},
}

// skipCueGap returns the last token before cue c that no gap rule steps over (lo-1 when
// they reach past lo), stopping at quoted words.
func (f *finder) skipCueGap(lo, c int) int {
	j := c - 1
	for j >= lo && !f.inMarks[j] {
		n := 0
		for _, rule := range cueGapRules {
			if n = rule.skip(f, lo, j); n > 0 {
				break
			}
		}
		if n == 0 {
			break
		}
		j -= n
	}
	return j
}

// A chainRule steps left from token j over a verb the cue depends on, to where its
// subject ends; skip returns j unchanged when the rule does not apply.
type chainRule struct {
	name string
	skip func(f *finder, lo, c, j int) int
}

// cueChainRules are applied in order, each once.
var cueChainRules = []chainRule{
	// "she recalled thinking", "he kept saying": the subject of the verb before the
	// participle (golden: verb_before_participle)
	{"verbBeforeParticiple", func(f *finder, lo, c, j int) int {
		if !strings.HasSuffix(f.toks[c].Lower, "ing") || j <= lo || j != c-1 || !text.IsLowerWord(f.toks[j]) || f.inMarks[j] ||
			!(cueOf(f.toks[j].Lower) != cueNone && !strings.HasSuffix(f.toks[j].Lower, "ing") || chainVerbs[f.toks[j].Lower]) {
			return j
		}
		j--
		for j >= lo && (skipBeforeCue[f.toks[j].Lower] || isLyAdverb(f.toks[j])) {
			j--
		}
		return j
	}},
	// "went on to say", "interjected to say", "went so far as to say": the subject of the
	// verb before "to" (golden: 61_so_far_as_to_say)
	{"verbBeforeTo", func(f *finder, lo, c, j int) int {
		if j < lo+1 || f.toks[j].Lower != "to" {
			return j
		}
		j--
		if j >= lo && f.toks[j].Lower == "on" {
			j--
		}
		for j >= lo && (f.toks[j].Lower == "as" || f.toks[j].Lower == "far" || f.toks[j].Lower == "so") {
			j--
		}
		if j >= lo && (handOverVerbs[f.toks[j].Lower] || f.verbLike(j)) {
			j--
		}
		for j >= lo && (skipBeforeCue[f.toks[j].Lower] || isLyAdverb(f.toks[j])) {
			j--
		}
		return j
	}},
}

// A speakerRule reads the speaker of a cue from the words before it. decided is false
// when the rule does not apply and the next one is asked; when it is true, sp and ok are
// the answer (ok false: no speaker).
type speakerRule struct {
	name string
	find func(f *finder, at cueSite) (sp tokRange, ok, decided bool)
}

// found and undecided spell a rule's two usual answers.
func found(sp tokRange) (tokRange, bool, bool) { return sp, true, true }
func undecided() (tokRange, bool, bool)        { return noRange, false, false }

// speakerRules are asked in order; the last always decides. (Set in init: some rules
// ask speakerBefore again for an earlier cue, which would make the table refer to itself.)
var speakerRules []speakerRule

func init() { speakerRules = speakerRuleTable }

var speakerRuleTable = []speakerRule{
	// "I laughed and said": the subject of the verb before "and", when a pronoun or a
	// name (golden: subject_before_and_verb)
	{"subjectBeforeAndVerb", func(f *finder, at cueSite) (tokRange, bool, bool) {
		lo, j := at.lo, at.j
		if (f.toks[j].Lower == "and" || f.toks[j].Lower == "but") && j-2 >= lo && f.verbLike(j-1) {
			if r, ok := f.phraseEndingAt(lo, j-2); ok && (f.isPronounAt(r.a, false) || text.IsCapitalised(f.toks[r.b-1])) {
				return found(r)
			}
		}
		return undecided()
	}},
	// "Stevie Wonder, who joked", "the report, which notes", "a message that said": the
	// relative pronoun, as written (linked to its antecedent when the quote's actor is
	// chosen) (golden: 29_relative_who, 53_who_without_comma)
	{"relativePronoun", func(f *finder, at cueSite) (tokRange, bool, bool) {
		lo, j := at.lo, at.j
		if relativePronoun(f.toks[j].Lower) && j-1 >= lo && (f.toks[j-1].Norm == "," ||
			f.toks[j].Lower == "who" && f.toks[j-1].Kind == doc.TokWord && cueOf(f.toks[at.c].Lower) == cueSpeech) {
			return found(tokRange{j, j + 1})
		}
		return undecided()
	}},
	// `NAME told Reuters, "...," adding that ...`: the speaker of the direct quote that
	// closes just before the participle (golden: 72_told_outlet_participle)
	{"quoteClosingBeforeParticiple", func(f *finder, at cueSite) (tokRange, bool, bool) {
		if at.participle(f) {
			if r, ok := f.quoteSpeakerClosingAt(at.lo, at.j); ok {
				return found(r)
			}
		}
		return undecided()
	}},
	// "Nefzi said, adding, ...": the speaker of the cue just before (golden: 35_said_adding)
	{"cueBeforeParticiple", func(f *finder, at cueSite) (tokRange, bool, bool) {
		if at.participle(f) && f.toks[at.j].Norm == "," {
			if r, ok := f.earlierCueSpeaker(at.j); ok {
				return found(r)
			}
		}
		return undecided()
	}},
	// "Trump attacked Clinton, saying ...", "after meeting him, saying", "I laughed and
	// said ...": the subject of the clause (golden: 25_participle, 56_participle_not_tail)
	{"clauseOfParticiple", func(f *finder, at cueSite) (tokRange, bool, bool) {
		j := at.j
		if at.participle(f) && (f.toks[j].Norm == "," || participleLeads[f.toks[j].Lower]) || f.toks[j].Lower == "and" || f.toks[j].Lower == "but" {
			r, ok := f.clauseSubject(f.d.Sentences[f.toks[j].Sentence].FirstToken, j)
			return r, ok, true
		}
		return undecided()
	}},
	// "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said":
	// the phrase before appositions and relative clauses between commas that opens its
	// clause (golden: 40_said_clause_subject, 39_possessive_role_apposition,
	// 55_time_before_subject)
	{"beforeAppositions", func(f *finder, at cueSite) (tokRange, bool, bool) {
		if f.toks[at.j].Norm != "," {
			return undecided()
		}
		r, ok := f.beforeAppositions(at.lo, at.j)
		return r, ok, true
	}},
	// "Trump said", "a senior official said": the noun phrase that ends just before the
	// cue, unless phraseRules see more in it (golden: 46_phrase_before_cue)
	{"phraseBeforeCue", func(f *finder, at cueSite) (tokRange, bool, bool) {
		r, ok := f.phraseEndingAt(at.lo, at.j)
		if ok {
			for _, rule := range phraseRules {
				if sp, sok, decided := rule.find(f, at, r); decided {
					return sp, sok, true
				}
			}
		}
		return r, ok, true
	}},
}

// A phraseRule looks again at the noun phrase r found just before a cue: the speaker may
// be a phrase further left.
type phraseRule struct {
	name string
	find func(f *finder, at cueSite, r tokRange) (sp tokRange, ok, decided bool)
}

// phraseRules are asked in order; when none decides, the phrase is the speaker.
var phraseRules = []phraseRule{
	// "a source familiar with Cruz's thinking said": the source, not whom it knows
	// (golden: source_familiar_with)
	{"sourceFamiliarWith", func(f *finder, at cueSite, r tokRange) (tokRange, bool, bool) {
		lo := at.lo
		if r.a-3 >= lo && (f.toks[r.a-1].Lower == "with" || f.toks[r.a-1].Lower == "to") &&
			(f.toks[r.a-2].Lower == "familiar" || f.toks[r.a-2].Lower == "close") {
			if h, ok := f.phraseEndingAt(lo, r.a-3); ok {
				return found(h)
			}
		}
		return undecided()
	}},
	// "Jeb Bush in a Medium post said": the subject before a phrase of manner or place
	// (golden: subject_before_frame_phrase)
	{"subjectBeforeFramePhrase", func(f *finder, at cueSite, r tokRange) (tokRange, bool, bool) {
		lo := at.lo
		if r.a-1 > lo && framePrepositions[f.toks[r.a-1].Lower] {
			if r2, ok := f.phraseEndingAt(lo, r.a-2); ok && (text.IsCapitalised(f.toks[r2.b-1]) || f.isPronounAt(r2.a, false)) &&
				(f.subjectStart(lo, r2.a) || f.clauseStartsAt(lo, r2.a)) {
				return found(r2)
			}
		}
		return undecided()
	}},
	// "A person familiar with the planning for the meeting says": the head that opens the
	// clause, across a chain of prepositional phrases; "32% of Republican claims": the
	// object of a preposition is no speaker (golden: 68_head_across_phrases,
	// 76_thing_not_source)
	{"headAcrossPrepositions", func(f *finder, at cueSite, r tokRange) (tokRange, bool, bool) {
		if r.a <= at.lo || !prepositions[f.toks[r.a-1].Lower] {
			return undecided()
		}
		if h, ok := f.headAcrossPhrases(at.lo, r); ok {
			return found(h)
		}
		if strings.HasSuffix(f.toks[at.c].Lower, "s") {
			return noRange, false, true
		}
		return undecided()
	}},
}

// beforeAppositions walks left from the comma at j over up to five comma-separated
// appositions or relative clauses to the phrase that opens the clause ("Scott Pruitt,
// the attorney general of Oklahoma, one of the states suing, said"). When none opens it,
// a name found on the way stands: the name before an apposition, or the name between
// the commas ("..., Gov. John Kasich (R-OH), said" after an opening adverbial).
func (f *finder) beforeAppositions(lo, j int) (tokRange, bool) {
	fallback := noRange
	for hops := 0; f.toks[j].Norm == "," && hops < 5; hops++ {
		k := j - 1
		for k >= lo && j-k <= 40 && f.toks[k].Norm != "," && !f.inMarks[k] && f.toks[k].Kind != doc.TokQuote &&
			!f.hardStop(k, j) {
			k--
		}
		if k < lo || f.toks[k].Norm != "," || k == j-1 {
			if fallback != noRange {
				return fallback, true
			}
			return noRange, false
		}
		end := f.skipParenLeft(lo, k-1)
		r, ok := f.phraseEndingAt(lo, end)
		if ok && r.b-r.a == 1 && isTimeWordTok(f.toks[r.a]) {
			ok = false // "Friday, Texas, ..., asked": a time, not the subject
		}
		// the phrase between the commas, when it is a name ("Dr. Peter Lindqvist")
		mid, mok := f.phraseEndingAt(k+1, f.skipParenLeft(k+1, j-1))
		isName := mok && mid.a == k+1 && text.IsCapitalised(f.toks[mid.b-1]) && !isDeterminerTok(f.toks[mid.a])
		if ok && f.subjectStart(lo, r.a) {
			if isName && end == k-1 && text.IsLowerWord(f.toks[r.b-1]) && !f.isPronounAt(r.a, false) {
				// a role noun and the name in apposition to it: "Its chairman, Dr. Peter
				// Lindqvist, said" is the chairman's statement, not "its" owner's
				return tokRange{r.a, mid.b}, true
			}
			return r, true
		}
		if isName && fallback == noRange {
			fallback = mid
		}
		if ok && fallback == noRange && (text.IsCapitalised(f.toks[r.b-1]) || f.isPronounAt(r.a, false)) {
			fallback = r
		}
		j = k
	}
	if fallback != noRange {
		return fallback, true
	}
	return noRange, false
}
