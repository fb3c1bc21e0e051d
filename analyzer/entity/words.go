package entity

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// Closed word classes the resolver needs, all lower case. They are small, hand-written
// lists of English function words and role nouns, not data derived from a corpus.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// honorific returns the gender a courtesy or royal title gives ("Mrs" -> female) and
// whether the word is one; the classes come from the language layer's word list.
func honorific(lower string) (doc.Gender, bool) {
	c := text.ClassOf(lower)
	if !c.Any(doc.ClassCourtesy|doc.ClassRoyal) || !c.Any(doc.ClassMale|doc.ClassFemale) {
		return doc.GenderUnknown, false
	}
	if c.Has(doc.ClassFemale) {
		return doc.GenderFemale, true
	}
	return doc.GenderMale, true
}

// isTitleWord: a title stands before a person's name and stays out of the name span.
func isTitleWord(lower string) bool { return text.Is(lower, doc.ClassTitle) }

// IsTitle reports whether a lower-cased word is a title or honorific.
func IsTitle(lower string) bool { return isTitleWord(lower) }

// roleHeads end a role noun phrase: "Kremlin spokesperson", "intelligence chief".
var roleHeads = set(
	"president", "vice-president", "premier", "chancellor", "minister", "secretary", "senator",
	"governor", "mayor", "general", "colonel", "commander", "admiral", "marshal", "officer",
	"ambassador", "envoy", "diplomat", "speaker", "chairman", "chairwoman", "chair", "ceo",
	"director", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
	"chief", "head", "leader", "founder", "counterpart", "official", "analyst", "expert",
	"coach", "manager", "judge", "prosecutor", "lawyer", "attorney", "king", "queen", "prince",
	"pope", "bishop", "archbishop", "cardinal", "emir", "sultan", "correspondent", "reporter",
	"editor", "economist", "professor", "scientist", "researcher", "executive", "owner",
	"boss", "lawmaker", "legislator", "mp", "deputy", "representative", "candidate",
	"nominee", "commissioner", "inspector", "investigator", "general-secretary",
	"secretary-general", "prime", "member", "partner", "negotiator", "strategist", "ally",
	"rival", "opponent", "critic", "activist", "businessman", "businesswoman", "oligarch",
	"financier", "politician", "dissident", "blogger", "journalist", "commentator", "soldier",
	"fighter", "mercenary", "warlord", "tycoon", "billionaire", "magnate", "president-elect",
	"premier-elect", "cofounder", "co-founder", "architect", "author", "writer", "actor",
	"actress", "singer", "player", "striker", "captain", "champion", "governor-general",
)

// roleModifiers may stand inside a role before its head: "foreign intelligence chief".
var roleModifiers = set(
	"foreign", "intelligence", "presidential", "deputy", "former", "senior", "chief", "prime",
	"defence", "defense", "military", "security", "national", "top", "interior", "finance",
	"economy", "economic", "state", "acting", "interim", "vice", "assistant", "general",
	"executive", "press", "political", "regional", "local", "federal", "special", "personal",
	"private", "longtime", "long-time", "veteran", "leading", "prominent", "powerful",
	"justice", "health", "energy", "trade", "labour", "labor", "education", "culture",
	"agriculture", "transport", "environment", "communications", "media", "news", "army",
	"navy", "air", "force", "police", "party", "opposition", "government", "company",
	"group", "team", "club", "board", "bank", "central", "supreme", "high", "chief's",
	"managing", "then", "outgoing", "incoming", "new", "current", "retired", "exiled",
	"jailed", "imprisoned", "late", "first", "human", "rights", "armed", "forces",
	"mercenary", "founder", "owner",
)

// isDeterminer: an article, a demonstrative or a possessive determiner opens a noun
// phrase; possessive determiners also refer (his CIA counterpart).
func isDeterminer(lower string) bool {
	c := text.ClassOf(lower)
	return c.Has(doc.ClassDeterminer) && !c.Any(doc.ClassQuantifier|doc.ClassPlural) ||
		c.Has(doc.ClassPossessive) && !c.Any(doc.ClassRelative|doc.ClassAuxiliary)
}

// orgGeneric are words that name the kind of an organisation, not which one:
// "Wagner Group" and "PMC Wagner" share their distinctive word "Wagner".
// The legal forms ("Inc", "GmbH") come from the language layer's class.
var orgGeneric = func() map[string]bool {
	m := set("group", "company", "co", "corporation", "pmc", "the", "of", "and", "&", "for",
		"holding", "holdings", "international", "organisation", "organization", "agency",
		"party", "movement", "foundation", "association", "bank")
	for _, w := range text.WordsIn(doc.ClassLegalSuffix) {
		m[w] = true
	}
	return m
}()

// orgNouns are role nouns that refer back to an organisation: "the agency", "the ministry".
var orgNouns = set(
	"agency", "ministry", "department", "company", "firm", "group", "organisation",
	"organization", "government", "administration", "army", "military", "bank", "party",
	"council", "committee", "court", "union", "alliance", "bloc", "club", "team", "office",
	"service", "commission", "board", "parliament", "assembly", "authority", "regulator",
	"network", "newspaper", "channel", "broadcaster", "agency's", "outlet", "corporation",
	"kremlin", "militia", "force", "forces", "coalition", "league", "federation", "institute",
	"university", "school", "hospital", "charity", "foundation", "movement", "campaign",
)

// genericOrgNouns may name any organisation just mentioned ("the agency", "the company").
var genericOrgNouns = set("agency", "company", "firm", "group", "organisation", "organization",
	"outlet", "broadcaster", "newspaper", "network", "corporation")

// pronoun properties: gender, plural, and whether the form is an object or possessive.
type pronounInfo struct {
	gender     doc.Gender
	plural     bool
	object     bool // him, her (object), them: not the subject of its own clause
	possessive bool
}

var pronouns = map[string]pronounInfo{
	"he": {gender: doc.GenderMale}, "him": {gender: doc.GenderMale, object: true},
	"his": {gender: doc.GenderMale, possessive: true}, "himself": {gender: doc.GenderMale},
	"she": {gender: doc.GenderFemale}, "her": {gender: doc.GenderFemale, possessive: true},
	"hers": {gender: doc.GenderFemale}, "herself": {gender: doc.GenderFemale},
	"it": {gender: doc.GenderNeuter}, "its": {gender: doc.GenderNeuter, possessive: true},
	"itself": {gender: doc.GenderNeuter},
	"they":   {plural: true}, "them": {plural: true, object: true},
	"their": {plural: true, possessive: true}, "theirs": {plural: true},
	"themselves": {plural: true},
}

// copulas and weather verbs after "it" mark a pleonastic "it" ("it is likely").
var pleonasticAfterIt = set("is", "was", "'s", "seems", "seemed", "appears", "appeared",
	"remains", "remained", "takes", "took", "rains", "rained", "became", "becomes")
