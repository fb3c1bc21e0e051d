package entity

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// companiesByEvidence retypes as organisations the one-word actors the tagger read as
// people when the story, over all their mentions, speaks of them as of a company and
// never as of a person. The tagger sees a few words around each mention; a business
// story names "Pernod" once where it could be a surname and then writes "Pernod shares
// slipped" and "Gartner's principal analyst". A person's name is backed by a given
// name (then the actor has a two-word form), a title or honorific before a mention
// ("Mr Highfield", "analyst Reddy"), a given name or WordNet person as the word itself
// ("Abdullah", "Clinton"); an actor with any of these stays a person.
func companiesByEvidence(d *doc.Doc, lex *Lexicon) {
	for ai := range d.Actors {
		a := &d.Actors[ai]
		if a.Type != doc.EntPerson || a.Anonymous || strings.Contains(a.Name, " ") || hasMultiWordAlias(a) {
			continue
		}
		if personBacked(d, lex, a) {
			continue
		}
		if !companyBacked(d, lex, a) {
			continue
		}
		setActorType(d, a, doc.EntOrg)
	}
}

func hasMultiWordAlias(a *doc.Actor) bool {
	for _, s := range a.Aliases {
		if strings.Contains(s, " ") {
			return true
		}
	}
	return false
}

// personBacked reports whether anything in the story says the one-word actor is a
// person: the word is a given name or a person WordNet knows, or a mention follows a
// title, honorific or role noun ("Mr Parker", "President Chavez", "analyst Reddy").
func personBacked(d *doc.Doc, lex *Lexicon, a *doc.Actor) bool {
	if lex != nil && (lex.Gender(a.Name) != 0 || lex.WordNetKind(strings.ToLower(a.Name)) == WordNetPerson) {
		return true
	}
	for _, mi := range a.Mentions {
		m := d.Mentions[mi]
		first := d.TokenAt(m.Start)
		if first == 0 || first >= len(d.Tokens) || d.Tokens[first-1].Sentence != d.Tokens[first].Sentence {
			continue
		}
		prev := d.Tokens[first-1].Lower
		if companyRoleBefore(d, first) {
			continue
		}
		if _, ok := honorific(prev); ok || isTitleWord(prev) || roleHeads[prev] {
			return true
		}
	}
	return false
}

// companyBacked reports whether the story speaks of the actor as of a company: an
// organisation list knows the word, a mention owns or premodifies what only an
// organisation has ("Pernod shares", "Gartner's principal analyst", "Ifo president"),
// or a relative "which" follows a mention ("Essar, which is linked with").
func companyBacked(d *doc.Doc, lex *Lexicon, a *doc.Actor) bool {
	if lex != nil && lex.Organisation(strings.ToLower(a.Name)) != 0 {
		return true
	}
	for _, mi := range a.Mentions {
		if d.Mentions[mi].Kind != doc.MentionName {
			continue
		}
		if h := headAfterName(d, d.Mentions[mi]); h >= 0 && companyPossessions[d.Tokens[h].Lower] || relativeWhich(d, d.Mentions[mi]) {
			return true
		}
		if firmFollows(d, mi) || companyRoleBefore(d, d.TokenAt(d.Mentions[mi].Start)) {
			return true
		}
	}
	return false
}

// listedCompaniesAct retypes as organisations the one-word other names (MISC) and
// places that an organisation list knows as a company or airline and that the story
// makes the subject of a clause ("Boeing said its Dreamliner would fly", "Airbus
// delivered 300 jets", "Opel warned"): the tagger takes them for the aircraft or cars
// named after their makers (CoNLL files "Airbus" so) or for places, but a product or
// a place does not speak or act, and a company does. Without the list, a product as
// subject ("Windows crashed") stays an other name; a name the gazetteer or WordNet
// knows as a place stays a place ("Toyota" is also a city).
func listedCompaniesAct(d *doc.Doc, lex *Lexicon) {
	if lex == nil {
		return
	}
	for ai := range d.Actors {
		a := &d.Actors[ai]
		if a.Type != doc.EntMisc && a.Type != doc.EntLoc || strings.Contains(a.Name, " ") || hasMultiWordAlias(a) {
			continue
		}
		key := strings.ToLower(a.Name)
		if k := lex.Organisation(key); k != OrgCompany && k != OrgAirline || !subjectSomewhere(d, a, false) {
			continue
		}
		// "Dutch say": a language or its people (the company list holds demonyms too,
		// from firms so named), as WordNet knows it. A person WordNet knows is no
		// objection: "Opel", "Siemens", "Daimler" are firms named after their founders.
		if k := lex.WordNetKind(key); k == WordNetLanguage || a.Type == doc.EntLoc && (k == WordNetLocation || lex.Place(key) != 0) {
			continue
		}
		setActorType(d, a, doc.EntOrg)
	}
}

// buildingsAct retypes as organisations the places WordNet lists as buildings and other
// made things (kind A: "Kremlin", "White House", "Pentagon") that the story makes the
// subject of an active verb other than "be" or "have": "the Kremlin said", "the White
// House announced sanctions" name the institution housed there, as a reader reads it
// (CoNLL files them as places whatever they do). "The White House is white" and "the
// Capitol was stormed" keep the building.
func buildingsAct(d *doc.Doc, lex *Lexicon) {
	if lex == nil {
		return
	}
	for ai := range d.Actors {
		a := &d.Actors[ai]
		if a.Type != doc.EntLoc || lex.WordNetKind(strings.ToLower(a.Name)) != WordNetArtifact || !subjectSomewhere(d, a, true) {
			continue
		}
		setActorType(d, a, doc.EntOrg)
	}
}

// subjectSomewhere reports whether a name mention of the actor is, alone and without
// an article (with "the" when theAllowed), the subject of an active clause whose finite
// verb is not "be" or "have" in the language layer.
func subjectSomewhere(d *doc.Doc, a *doc.Actor, theAllowed bool) bool {
	for _, mi := range a.Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.MentionName {
			continue
		}
		last := d.TokenAt(m.End - 1)
		c, ch := d.ClauseAt(last), d.ChunkAt(last)
		// the name heads the subject: "Chinese firms said" has the firms for subject
		if c < 0 || ch < 0 || d.Clauses[c].Subject != ch || d.Chunks[ch].Head != last {
			continue
		}
		// a company's name takes no article: "the Dutch", "the Budget" are no firms
		first := d.TokenAt(m.Start)
		if theAllowed && first > 0 && d.Tokens[first-1].Lower == "the" {
			first--
		}
		if d.Chunks[ch].FirstToken < first || first > 0 && d.Tokens[first-1].Class.Has(doc.ClassDeterminer) {
			continue
		}
		if finiteActiveVerb(d, d.Clauses[c].Verb) {
			return true
		}
	}
	return false
}

// finiteActiveVerb reports whether a verb group opens with a finite verb or modal and
// is active, with a main verb other than "be" or "have" ("said", "will announce"; not
// "is", "was stormed", "has a dome").
func finiteActiveVerb(d *doc.Doc, v doc.VerbGroup) bool {
	if v.FirstToken < 0 || v.FirstToken >= len(d.Tokens) || v.Passive {
		return false
	}
	switch d.Tokens[v.FirstToken].POS {
	case doc.VBD, doc.VBZ, doc.VBP, doc.MD:
	default:
		return false
	}
	return v.Head < 0 || v.Head >= len(d.Tokens) || !d.Tokens[v.Head].Class.Any(doc.ClassBe|doc.ClassHave)
}

// modifiersAreNoPeople retypes as other names the one-word actors the tagger read as
// people that the story only ever writes before a noun: "Tory leader Michael Howard",
// "Tory asylum plans", "Halo games". A person named alone by surname is also named as a
// subject or object somewhere ("Howard said"); a word that only qualifies what follows
// is an affiliation or a brand (CoNLL files "Republican" and "Tory" as other names).
// Not a given name, nor a name a title or honorific stands before.
func modifiersAreNoPeople(d *doc.Doc, lex *Lexicon) {
	for ai := range d.Actors {
		a := &d.Actors[ai]
		if a.Type != doc.EntPerson || a.Anonymous || strings.Contains(a.Name, " ") || hasMultiWordAlias(a) {
			continue
		}
		if lex != nil && lex.Gender(a.Name) != 0 || titled(d, a) || !onlyPremodifies(d, a) {
			continue
		}
		setActorType(d, a, doc.EntMisc)
	}
}

// titled reports whether a title, honorific or role noun stands before one of the
// actor's mentions ("Mr Parker", "President Chavez", "analyst Reddy").
func titled(d *doc.Doc, a *doc.Actor) bool {
	for _, mi := range a.Mentions {
		first := d.TokenAt(d.Mentions[mi].Start)
		if first == 0 || first >= len(d.Tokens) || d.Tokens[first-1].Sentence != d.Tokens[first].Sentence {
			continue
		}
		prev := d.Tokens[first-1].Lower
		if _, ok := honorific(prev); ok || isTitleWord(prev) || roleHeads[prev] {
			return true
		}
	}
	return false
}

// onlyPremodifies reports whether every name mention of the actor stands right before a
// lower-case noun or adjective of the same sentence, with no possessive between
// ("Tory leader", not "Blair's plans").
func onlyPremodifies(d *doc.Doc, a *doc.Actor) bool {
	n := 0
	for _, mi := range a.Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.MentionName {
			continue
		}
		n++
		e := d.TokenAt(m.End)
		if e >= len(d.Tokens) || e == 0 || d.Tokens[e].Sentence != d.Tokens[e-1].Sentence {
			return false
		}
		t := d.Tokens[e]
		if !text.IsLowerWord(t) || !(commonNoun(t) || t.POS == doc.JJ) || headAfterName(d, m) < 0 {
			return false
		}
	}
	return n > 0
}

// companyRoleBefore reports whether the name at token first follows a noun of standing
// that a market word modifies: "market leader Diageo", "sector leader Omnicom",
// "industry pioneer Xerox". A leader of a market or an industry is a company; "party
// leader", "union leader" and "world leader" stay people's roles, and so do the
// professions a market word modifies ("market analyst Reddy", "industry expert Lee").
func companyRoleBefore(d *doc.Doc, first int) bool {
	if first < 2 || first >= len(d.Tokens) {
		return false
	}
	role, mod := d.Tokens[first-1], d.Tokens[first-2]
	return role.Sentence == d.Tokens[first].Sentence && mod.Sentence == role.Sentence &&
		standingNouns[role.Lower] && marketModifiers[mod.Lower]
}

// standingNouns name a rank among competitors, which a company holds in its market.
var standingNouns = set("leader", "rival", "pioneer", "challenger", "player", "giant", "newcomer")

// marketModifiers are the nouns that make a role noun after them a company's
// standing in its trade ("market leader", "sector leader", "industry giant").
var marketModifiers = set("market", "sector", "industry", "segment", "category")

// headAfterName returns the head of the noun phrase a name premodifies or owns:
// "shares" in "Pernod shares", "analyst" in "Gartner's principal analyst Kobita Desai"
// and "president" in "Ifo president Hans-Werner Sinn": the last of the lower-case
// nouns and adjectives right after the name (and its possessive), or -1.
func headAfterName(d *doc.Doc, m doc.Mention) int {
	e := d.TokenAt(m.End)
	if e < len(d.Tokens) && isPossessive(d.Tokens[e].Lower) {
		e++
	}
	if e >= len(d.Tokens) || e == 0 || d.Tokens[e].Sentence != d.Tokens[e-1].Sentence {
		return -1
	}
	head := -1
	for k := e; k < len(d.Tokens) && d.Tokens[k].Sentence == d.Tokens[e].Sentence && text.IsLowerWord(d.Tokens[k]); k++ {
		t := d.Tokens[k]
		if commonNoun(t) {
			head = k
		} else if t.POS != doc.JJ {
			break
		}
	}
	return head
}

// relativeWhich reports whether a name is followed by "which" (after an optional
// comma): "Essar which is linked with", "Diageo, which is listed". People take "who".
func relativeWhich(d *doc.Doc, m doc.Mention) bool {
	e := d.TokenAt(m.End)
	if e < len(d.Tokens) && d.Tokens[e].Norm == "," {
		e++
	}
	return e < len(d.Tokens) && d.Tokens[e].Lower == "which" && int(d.Tokens[e].Sentence) == m.Sentence
}

// companyPossessions are what a company has and a person seldom does, named right
// after the company's name or its possessive: its stock, its accounts, its officers.
// ("the Bush administration" and "Blair's spokesman" are why "administration" and
// "spokesman" are not here.)
var companyPossessions = set(
	"shares", "share", "stock", "stocks", "profit", "profits", "sales", "revenue", "revenues",
	"earnings", "turnover", "shareholders", "shareholder", "subsidiary", "subsidiaries",
	"headquarters", "brand", "brands", "takeover", "merger", "workforce", "employees",
	"customers", "factory", "factories", "plant", "plants", "boss", "bosses", "chairman",
	"executive", "executives", "president", "analyst", "analysts", "directors", "board",
	"products", "stores", "shops", "outlets", "division", "unit",
)

// firmFollows reports whether the sentence after mention mi opens with "the firm",
// "the company" or "the group" (genericOrgNouns) and no other actor's name stands in
// between: "Highfield said it would bid. The firm has ..." refers back to the name.
func firmFollows(d *doc.Doc, mi int) bool {
	next := d.Mentions[mi].Sentence + 1
	if next >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[next]
	if s.EndToken-s.FirstToken < 3 || d.Tokens[s.FirstToken].Lower != "the" || !genericOrgNouns[d.Tokens[s.FirstToken+1].Lower] {
		return false
	}
	for mj := mi + 1; mj < len(d.Mentions) && d.Mentions[mj].Start < d.Tokens[s.FirstToken].Start; mj++ {
		if m := d.Mentions[mj]; m.Kind == doc.MentionName && m.Actor != d.Mentions[mi].Actor {
			return false
		}
	}
	return true
}
