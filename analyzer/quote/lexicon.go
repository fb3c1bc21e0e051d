package quote

import (
	_ "embed"
	"strings"
	"sync"

	"lede/analyzer/doc"
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

//go:embed cues.txt
var cuesData string

var (
	cuesOnce sync.Once
	cueForms map[string]cueClass // lower-case inflected form -> class (speech, belief)
	aimForms map[string]bool     // lower-case inflected forms of the aim class
	raising  map[string]bool     // lower-case inflected forms of the raising class
	hearers  map[string]bool     // lower-case inflected forms of the addressee class
	refusals map[string]bool     // lower-case inflected forms of the refusal class
	acts     map[string]bool     // lower-case inflected forms of the act class
	framing  map[string]bool     // speech forms of the frame class: a clause must follow
	// nounCues maps a noun that reports a statement to what introduces its content:
	// "that" ("the claim that ...") or a preposition ("criticism of X")
	nounCues map[string][]string
	// cuePreps maps a form to the preposition whose object is its content ("talked
	// about X", "referring to X"): an aim verb so listed is a cue only before it
	cuePreps map[string]string
)

// cueOf returns the class of a lower-case word as a cue verb, cueNone if it is not one.
func cueOf(lower string) cueClass {
	cuesOnce.Do(loadCues)
	return cueForms[lower]
}

// isAimVerb reports whether a lower-case word is a verb of the aim class.
func isAimVerb(lower string) bool {
	cuesOnce.Do(loadCues)
	return aimForms[lower]
}

// isRaisingVerb reports whether a lower-case word is a verb of appearance ("seems").
func isRaisingVerb(lower string) bool {
	cuesOnce.Do(loadCues)
	return raising[lower]
}

// needsClause reports whether a speech cue reports a statement without marks only when a
// clause follows it (the frame class: "found that ...", not "found a way").
func needsClause(lower string) bool {
	cuesOnce.Do(loadCues)
	return framing[lower]
}

// isAddresseeVerb reports whether a cue's passive subject is its hearer ("was asked").
func isAddresseeVerb(lower string) bool {
	cuesOnce.Do(loadCues)
	return hearers[lower]
}

// isRefusalVerb reports whether a lower-case word declines the act its infinitive names
// ("declined to comment"): with "to" after it, a negated cue.
func isRefusalVerb(lower string) bool {
	cuesOnce.Do(loadCues)
	return refusals[lower]
}

// isActVerb reports whether a lower-case word, before a to-infinitive, commits to an act
// ("agreed to merge", "threatened to sue") rather than reports a statement.
func isActVerb(lower string) bool {
	cuesOnce.Do(loadCues)
	return acts[lower]
}

// nounCue reports whether a lower-case noun reports a statement whose content the word
// next (a complementiser or a preposition) introduces: "claim" "that", "criticism" "of".
func nounCue(lower, next string) bool {
	cuesOnce.Do(loadCues)
	for _, p := range nounCues[lower] {
		if p == next {
			return true
		}
	}
	return false
}

// cuePreposition returns the preposition a cue form governs, whose object is its content
// ("about" for "talked"), "" when none.
func cuePreposition(lower string) string {
	cuesOnce.Do(loadCues)
	return cuePreps[lower]
}

func loadCues() {
	cueForms = map[string]cueClass{}
	aimForms = map[string]bool{}
	raising = map[string]bool{}
	hearers = map[string]bool{}
	refusals = map[string]bool{}
	acts = map[string]bool{}
	framing = map[string]bool{}
	nounCues = map[string][]string{}
	cuePreps = map[string]string{}
	for _, line := range strings.Split(cuesData, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		class := cueSpeech
		switch f[0] {
		case "belief":
			class = cueBelief
		case "aim":
			class = cueAim
		}
		forms, prep := f[1:], ""
		if last := forms[len(forms)-1]; strings.HasPrefix(last, "+") && len(forms) > 1 {
			forms, prep = forms[:len(forms)-1], last[1:]
		}
		if len(forms) == 1 && f[0] != "noun" {
			forms = text.VerbForms(forms[0])
		}
		for _, w := range forms {
			switch f[0] {
			case "raising":
				raising[w] = true
				continue
			case "addressee":
				hearers[w] = true
				continue
			case "refusal":
				refusals[w] = true
				continue
			case "act":
				acts[w] = true
				continue
			case "frame":
				framing[w] = true
			case "noun":
				nounCues[w] = append(nounCues[w], prep)
				continue
			}
			if class == cueAim {
				aimForms[w] = true
			} else {
				cueForms[w] = class
			}
			if prep != "" {
				cuePreps[w] = prep
			}
		}
	}
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

// isObjectPronoun: a speaker in "quoted him as saying"; the accusative pronouns.
func isObjectPronoun(lower string) bool { return text.Is(lower, doc.ClassAccusative) }

// isDeterminer: a word that opens a noun phrase which may hold lower-case words ("the
// spokeswoman", "several officials", "three aides"): the language layer's determiners,
// quantifiers and possessive determiners (not "that", which is far more often a
// complementiser here), and the small numbers and "other" that this stage adds.
func isDeterminer(lower string) bool {
	c := text.ClassOf(lower)
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

var timeAdverbs = words(`recently previously again also once repeatedly last this next
	weeks months years days hours minutes decades`)
