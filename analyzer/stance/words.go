package stance

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// Closed-class word lists written for this package (not derived from any corpus): the
// words that shift, scale or reverse the polarity of the words around them, and the
// verbs by which one actor takes a stance toward another.

// negators reverse the polarity of the next few words in their clause: the language
// layer's negation words ("not", "n't", "never", "didn't") and the words that negate an
// opinion in their scope without being grammatical negation (this stage's own subject).
var negators = setOf(append(text.WordsOf(doc.ClassNegation), "neither", "without", "hardly", "barely", "scarcely")...)

// intensifiers strengthen the next opinion word.
var intensifiers = setOf("very", "extremely", "deeply", "highly", "really", "so", "too",
	"totally", "utterly", "completely", "absolutely", "most", "especially", "particularly",
	"strongly", "fiercely", "sharply", "bitterly", "truly", "incredibly", "hugely", "greatly",
	"vehemently", "repeatedly", "widely", "roundly")

// hedges weaken the next opinion word.
var hedges = setOf("somewhat", "slightly", "rather", "fairly", "partly", "perhaps",
	"maybe", "possibly", "allegedly", "reportedly", "apparently", "seemingly", "might",
	"may", "could", "arguably", "mildly", "little", "bit")

// contrasts open a clause whose polarity outweighs the one before it ("X, but Y").
var contrasts = setOf("but", "however", "yet", "nevertheless", "nonetheless", "instead")

// concessives weaken their own clause rather than the preceding one.
var concessives = setOf("although", "though", "despite", "whereas")

// functionWords are skipped when looking for the word a target does or undergoes. They
// are a feature vocabulary frozen with the trained model (model.txt), chosen by
// measurement: the language layer's whole classes (determiners, auxiliaries, relatives,
// prepositions, conjunctions, possessives), retrained, give NewsMTSC dev_rw F1m 0.706
// and dev_mt 0.687 against 0.717 and 0.697 with this set.
var functionWords = setOf("the", "a", "an", "has", "have", "had", "is", "was", "were", "are",
	"be", "been", "being", "will", "would", "should", "can", "could", "may", "might", "must",
	"also", "not", "never", "already", "just", "then", "now", "still", "even", "'s", "who",
	"which", "that", "did", "does", "do", "reportedly", "allegedly", "repeatedly", "again",
	"to", "of", "and", "or", "by", "for", "with", "on", "in", "at", "his", "her", "their",
	"its", "this", "these", "those")

// pronouns that may stand for a person or an organisation, from the language layer's
// classes: subject and object pronouns, possessive determiners, and every third-person
// pronoun ("hers", "themselves"); not "mine" or "myself", nor who/whose/nobody.
var pronouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range text.WordsOf(doc.ClassPronoun) {
		c := text.ClassOf(w)
		if c.Any(doc.ClassNominative|doc.ClassAccusative) || c.Has(doc.ClassThirdPerson) && !c.Any(doc.ClassWh|doc.ClassNegation) {
			m[w] = true
		}
	}
	for _, w := range text.WordsOf(doc.ClassPossessive) {
		if !text.ClassOf(w).Any(doc.ClassRelative | doc.ClassAuxiliary) {
			m[w] = true
		}
	}
	return m
}()

// stanceVerbs are verbs (all inflections listed) by which a holder takes a stance toward
// an object: +1 for, -1 against. "denied X's claim" is against X. The sentiment model's
// features read them (it was trained with this list); the edges read predicates.txt,
// which knows each predicate's frame.
var stanceVerbs = map[string]float32{}

func init() {
	add := func(pol float32, stems ...string) {
		for _, s := range stems {
			stanceVerbs[s] = pol
		}
	}
	add(1, "praise", "praised", "praises", "praising", "backed", "backing",
		"endorse", "endorsed", "endorses", "endorsing", "support", "supported", "supports",
		"supporting", "defend", "defended", "defends", "defending", "hail", "hailed", "hails",
		"hailing", "laud", "lauded", "lauds", "lauding", "applaud", "applauded", "applauds",
		"commend", "commended", "commends", "thank", "thanked", "thanks", "congratulate",
		"congratulated", "congratulates", "welcome", "welcomed", "welcomes", "admire",
		"admired", "admires", "championed", "salute", "saluted",
		"embrace", "embraced", "embraces", "credited", "vouch", "vouched",
		"trusted", "trusts", "sided", "allied")
	add(-1, "accuse", "accused", "accuses", "accusing", "criticize", "criticized",
		"criticizes", "criticizing", "criticise", "criticised", "criticises", "criticising",
		"condemn", "condemned", "condemns", "condemning", "deny", "denied", "denies", "denying",
		"dismiss", "dismissed", "dismisses", "dismissing", "blame", "blamed", "blames",
		"blaming", "attack", "attacked", "attacks", "attacking", "slam", "slammed", "slams",
		"slamming", "denounce", "denounced", "denounces", "denouncing", "reject", "rejected",
		"rejects", "rejecting", "oppose", "opposed", "opposes", "opposing", "rebuke",
		"rebuked", "rebukes", "blast", "blasted", "blasts", "mock", "mocked", "mocks",
		"mocking", "ridicule", "ridiculed", "insult", "insulted", "insults", "threaten",
		"threatened", "threatens", "threatening", "warn", "warned", "warns", "sue", "sued",
		"sues", "suing", "chastise", "chastised", "scold", "scolded", "lambast", "lambasted",
		"berate", "berated", "decry", "decried", "decries", "disparage", "disparaged",
		"smear", "smeared", "vilify", "vilified", "censure", "censured", "reprimand",
		"reprimanded", "discredit", "discredited", "contradict", "contradicted", "refute",
		"refuted", "refutes", "disputed", "dispute", "disputes", "questioned",
		"challenge", "challenged", "challenges", "fired", "ousted", "oust", "impeach", "impeached", "investigate", "investigated",
		"investigates", "indict", "indicted", "charged", "rebuffed", "rebuff", "snubbed",
		"snub", "distrust", "distrusted", "fault", "faulted", "faults")
}

// wordClass is what the closed-class lists say of a word, gathered in one map so that
// features look each word up once.
type wordClass struct {
	flags uint16
	verb  int8 // stance verb polarity: +1 for, -1 against, 0 none
}

const (
	clsNegator uint16 = 1 << iota
	clsIntensifier
	clsHedge
	clsContrast
	clsConcessive
	clsBreak // ends a clause: , ; : - ( ) and contrast words
	clsPunct // ends a sentence or closes a quote
	clsFunction
	clsPassiveAux // a form of "be" or "get": "<t> was accused" makes <t> the object
)

var wordClasses = map[string]wordClass{}

func init() {
	mark := func(set map[string]bool, f uint16) {
		for w := range set {
			c := wordClasses[w]
			c.flags |= f
			wordClasses[w] = c
		}
	}
	mark(negators, clsNegator)
	mark(intensifiers, clsIntensifier)
	mark(hedges, clsHedge)
	mark(contrasts, clsContrast|clsBreak)
	mark(concessives, clsConcessive|clsBreak)
	mark(setOf(",", ";", ":", "-", "(", ")", "while"), clsBreak)
	mark(setOf(".", "!", "?", "\"", ")", ",", ";", ":"), clsPunct)
	mark(functionWords, clsFunction)
	mark(setOf("was", "were", "is", "are", "been", "being", "be", "got", "gets", "get"), clsPassiveAux)
	for w, p := range stanceVerbs {
		c := wordClasses[w]
		c.verb = int8(p)
		wordClasses[w] = c
	}
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
