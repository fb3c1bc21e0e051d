package quote

import (
	_ "embed"
	"strings"
	"sync"

	"lede/analyzer/doc"
	"lede/analyzer/internal/table"
	"lede/analyzer/text"
)

// cueClass says how a cue verb introduces its content.
type cueClass uint8

const (
	cueNone   cueClass = iota
	cueSpeech          // a verb of saying: a quotation, a that-clause or a bare clause
	cueBelief          // a verb of thinking: only with a clause after it
	// cueAim is a verb of stance or intention whose object is the content ("X endorsed
	// Y", "X declined to comment", "X seeks to ..."): read only by the indirect pass, as
	// the start of a reported statement, never as the frame of a quotation
	cueAim
)

// cues.tbl is cues.txt packed (PackCues): see packed.go.
//
//go:embed cues.tbl
var cuesTbl string

var (
	cuesOnce sync.Once
	cues     table.Hash // lower-case inflected form -> its record (cueRecord)
)

// openCues opens the embedded table (a header check: nothing is parsed). A table that
// does not open (TestPackedListsFresh fails on it) reads as empty, not as a panic, so
// that tools/pack-lists, which imports this package, still runs to repack it.
func openCues() {
	var err error
	if cues, err = table.OpenHash(cuesTbl); err != nil {
		cues = table.Hash{}
	}
}

// cueRec is a lower-case word's record, "" when it is on no cue list.
func cueRec(lower string) string {
	cuesOnce.Do(openCues)
	if i := cues.Find(lower); i >= 0 {
		return cues.Record(i)
	}
	return ""
}

// cueFlag reports whether a lower-case word is in the class of flag.
func cueFlag(lower string, flag uint8) bool {
	r := cueRec(lower)
	return r != "" && r[1]&flag != 0
}

// prepAt is the preposition a record names at r[at:at+2] (a row+1 of a "+PREP" key), ""
// when none; ok is false when the record names none.
func prepAt(r string, at int) (prep string, ok bool) {
	row := int(r[at]) | int(r[at+1])<<8
	if row == 0 {
		return "", false
	}
	return cues.Key(row - 1)[1:], true
}

// cueOf returns the class of a lower-case word as a cue verb, cueNone if it is not one.
func cueOf(lower string) cueClass {
	if r := cueRec(lower); r != "" {
		return cueClass(r[0])
	}
	return cueNone
}

// isAimVerb reports whether a lower-case word is a verb of the aim class.
func isAimVerb(lower string) bool { return cueFlag(lower, flagAim) }

// isRaisingVerb reports whether a lower-case word is a verb of appearance ("seems").
func isRaisingVerb(lower string) bool { return cueFlag(lower, flagRaising) }

// needsClause reports whether a speech cue reports a statement without marks only when a
// clause follows it (the frame class: "found that ...", not "found a way").
func needsClause(lower string) bool { return cueFlag(lower, flagFrame) }

// isAddresseeVerb reports whether a cue's passive subject is its hearer ("was asked").
func isAddresseeVerb(lower string) bool { return cueFlag(lower, flagAddressee) }

// isRefusalVerb reports whether a lower-case word declines the act its infinitive names
// ("declined to comment"): with "to" after it, a negated cue.
func isRefusalVerb(lower string) bool { return cueFlag(lower, flagRefusal) }

// isActVerb reports whether a lower-case word, before a to-infinitive, commits to an act
// ("agreed to merge", "threatened to sue") rather than reports a statement.
func isActVerb(lower string) bool { return cueFlag(lower, flagAct) }

// nounCue reports whether a lower-case noun reports a statement whose content the word
// next (a complementiser or a preposition) introduces: "claim" "that", "criticism" "of".
func nounCue(lower, next string) bool {
	r := cueRec(lower)
	if r == "" {
		return false
	}
	for j := range nounPrepMax {
		p, ok := prepAt(r, 4+2*j)
		if !ok {
			break
		}
		if p == next {
			return true
		}
	}
	return false
}

// cuePreposition returns the preposition a cue form governs, whose object is its content
// ("about" for "talked"), "" when none.
func cuePreposition(lower string) string {
	if r := cueRec(lower); r != "" {
		p, _ := prepAt(r, 2)
		return p
	}
	return ""
}

// words builds a set from a space-separated list.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isSubjectPronoun: a speaker before or after a cue ("he said", "said she"); the
// language layer's nominative pronouns.
func isSubjectPronoun(lower string) bool { return text.Is(lower, doc.ClassNominative) }

// The ...Tok forms below read a token's Class, which Tokenize filled with
// text.ClassOf(Lower) for a word (a token of any other kind holds no closed-class
// word), in place of looking its word up again: the look-ups by string were 6% of
// BenchmarkAnalyze's instructions across the stages.

func isSubjectPronounTok(t doc.Token) bool { return t.Class.Has(doc.ClassNominative) }
func isObjectPronounTok(t doc.Token) bool  { return t.Class.Has(doc.ClassAccusative) }

// isObjectPronoun: a speaker in "quoted him as saying"; the accusative pronouns.
func isObjectPronoun(lower string) bool { return text.Is(lower, doc.ClassAccusative) }

// isDeterminer: a word that opens a noun phrase which may hold lower-case words ("the
// spokeswoman", "several officials", "three aides"): the language layer's determiners,
// quantifiers and possessive determiners (not "that", which is far more often a
// complementiser here), and the small numbers and "other" that this stage adds.
func isDeterminer(lower string) bool { return determinerOfClass(lower, text.ClassOf(lower)) }

func isDeterminerTok(t doc.Token) bool { return determinerOfClass(t.Lower, t.Class) }

// determinerOfClass is isDeterminer of a word whose classes are c.
func determinerOfClass(lower string, c doc.WordClass) bool {
	switch {
	case c.Has(doc.ClassRelative):
		return false
	case c.Any(doc.ClassDeterminer | doc.ClassQuantifier):
		return true
	case c.Has(doc.ClassPossessive):
		return !c.Has(doc.ClassAuxiliary)
	}
	return openerWords[lower]
}

var openerWords = words(`one two three four five other others`)

// indefinites mark an anonymous source ("a senior official", "some analysts").
// The layer's quantifiers, with the indefinite articles, small numbers and "other".
var indefinites = text.WordSet(doc.ClassQuantifier, `a an one two three four five other others`)

// stopWords end a speaker noun phrase: function words, auxiliaries and adverbs that sit
// between a subject and its verb but are no part of the subject.
var stopWords = text.WordSet(doc.ClassConjunction|doc.ClassSubordinator|doc.ClassRelative|
	doc.ClassAuxiliary|doc.ClassTime|doc.ClassWh,
	`however there here only also just even still now then again already always often
	recently previously repeatedly reportedly apparently allegedly simply quickly instead too
	very much more less up out off back away it's it’s there's this not never cannot
	to in on at by for with from into about over under without against during through between among upon despite than
	said says say told tells tell added adds said,`)

func init() {
	// "of" and the possessive join a noun phrase ("the mayor of Paris", "Apple's chief"):
	// they do not end one, though the layer files them as a preposition and an auxiliary.
	delete(stopWords, "of")
	delete(stopWords, "'s")
}

// skipBeforeCue are words between a subject and its cue verb ("he also said", "she has
// said", "Trump did not say"): they are skipped when looking left for the speaker.
// They are the language layer's auxiliaries (with the modals and their negative
// contractions), "not" and "never", and the adverbs that sit there.
var skipBeforeCue = text.WordSet(doc.ClassAuxiliary, `not never n't also later again once
	then previously repeatedly recently reportedly apparently allegedly publicly privately
	first last further flatly firmly quickly simply often frequently always initially
	originally separately subsequently since earlier still even now just usually`)

// introWords open an adverbial before a clause's subject ("In a statement, ...").
var introWords = text.WordSet(doc.ClassSubordinator|doc.ClassTime,
	`in at on during following with for from despite but and so
	meanwhile however still instead separately then now also yet last next this
	hours days weeks months years asked speaking`)

// anonymousHeads are nouns that name an unnamed source ("sources said", "a senior
// official said"), for bare plurals without a determiner.
var anonymousHeads = words(`source sources official officials aide aides adviser advisers
	advisor advisors analyst analysts expert experts critic critics supporter supporters
	opponent opponents witness witnesses observer observers insider insiders diplomat
	diplomats people person spokesman spokeswoman spokesperson spokespeople
	strategist strategists operative operatives staffer staffers economist economists
	lawmaker lawmakers legislator legislators residents resident voter voters members
	member leaders leader investigators investigator prosecutors prosecutor police
	democrats republicans organizers activists protesters researchers scientists
	officers executives lawyers attorneys doctors experts pollsters`)

// isTimeWord: a time word may follow a cue before its content ("said Tuesday that ...")
// or stand between a speaker and a cue ("the mayor later told"): the language layer's
// weekdays and time words, and the adverbs and plural units that are this stage's own.
func isTimeWord(lower string) bool {
	return text.ClassOf(lower).Any(doc.ClassWeekday|doc.ClassTime) || timeAdverbs[lower]
}

func isTimeWordTok(t doc.Token) bool {
	return t.Class.Any(doc.ClassWeekday|doc.ClassTime) || timeAdverbs[t.Lower]
}

var timeAdverbs = words(`recently previously again also once repeatedly last this next
	weeks months years days hours minutes decades`)
