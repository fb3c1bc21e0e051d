package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// maxRoleWords bounds a role phrase ("the Russian foreign intelligence chief" has 4).
const maxRoleWords = 7

// assignRoles reads each person's roles from the words before its name mentions
// ("Kremlin Spokesperson Dmitry Peskov", "his CIA counterpart William Burns") and from
// appositions ("Mykhailo Podolyak, a presidential adviser,"), and its gender from
// honorifics and given names.
func assignRoles(d *doc.Doc, lex *Lexicon) {
	for mi, m := range d.Mentions {
		if m.Kind != doc.MentionName || m.Actor < 0 {
			continue
		}
		a := &d.Actors[m.Actor]
		if a.Type != doc.EntPerson {
			continue
		}
		first := d.TokenAt(m.Start)
		last := d.TokenAt(m.End - 1)
		if first >= len(d.Tokens) || last >= len(d.Tokens) {
			continue
		}
		sent := d.Tokens[first].Sentence
		s := d.Sentences[sent]
		if role, g := preRole(d, s.FirstToken, first); role != "" {
			addRole(a, role)
			if g != doc.GenderUnknown && a.Gender == doc.GenderUnknown {
				a.Gender = g
			}
		} else if g != doc.GenderUnknown && a.Gender == doc.GenderUnknown {
			a.Gender = g
		}
		if role := appositionRole(d, last+1, s.EndToken); role != "" {
			addRole(a, role)
		}
		if role := roleBeforeComma(d, s.FirstToken, first); role != "" {
			addRole(a, role)
		}
		_ = mi
	}
	if lex == nil {
		return
	}
	for ai := range d.Actors {
		a := &d.Actors[ai]
		if a.Type != doc.EntPerson || a.Gender != doc.GenderUnknown {
			continue
		}
		given, _, _ := strings.Cut(a.Name, " ")
		if given == a.Name && len(a.Aliases) == 0 {
			continue // a lone surname says nothing of gender
		}
		switch givenNameGender(lex, given) {
		case 1:
			a.Gender = doc.GenderMale
		case 2:
			a.Gender = doc.GenderFemale
		}
	}
}

// givenNameGender is the gender of a given name (1 male, 2 female, 0 unknown); a
// hyphenated one ("Jo-Renee", "Jean-Pierre") has its parts' gender when the parts the
// list knows agree (US given names: "Jean" is mostly a woman's there).
func givenNameGender(lex *Lexicon, given string) uint8 {
	g := lex.Gender(given)
	if g != 0 || !strings.Contains(given, "-") {
		return g
	}
	for _, part := range strings.Split(given, "-") {
		switch pg := lex.Gender(part); {
		case pg == 0:
		case g == 0:
			g = pg
		case g != pg:
			return 0
		}
	}
	return g
}

func addRole(a *doc.Actor, role string) {
	for _, r := range a.Roles {
		if strings.EqualFold(r, role) {
			return
		}
	}
	a.Roles = append(a.Roles, role)
}

// preRole reads a role phrase ending just before token at (the name's first token):
// modifiers and capitalised words ending in a role head or title. The determiner that
// opens it ("the", "his") stays out. It also returns the gender an honorific gives.
func preRole(d *doc.Doc, from, at int) (string, doc.Gender) {
	i := at - 1
	if i < from {
		return "", doc.GenderUnknown
	}
	head := d.Tokens[i]
	g, _ := honorific(head.Lower)
	if !roleHeads[head.Lower] && !isTitleWord(head.Lower) && !mediaRoleHeads[head.Lower] && !(agentNoun(head) && i > from && isDeterminer(d.Tokens[i-1].Lower)) {
		return "", g
	}
	if g != doc.GenderUnknown && (head.Lower == "mr" || head.Lower == "mr." || head.Lower == "mrs" || head.Lower == "mrs." || head.Lower == "ms" || head.Lower == "ms." || head.Lower == "miss") {
		return "", g // an honorific is not a role
	}
	start := i
	for j := i - 1; j >= from && i-j < maxRoleWords; j-- {
		t := d.Tokens[j]
		if t.Kind != doc.TokWord || isDeterminer(t.Lower) {
			break
		}
		r, _ := utf8.DecodeRuneInString(t.Norm)
		capital := unicode.IsUpper(r)
		// a person's name may be the affiliation of a role ("Trump campaign spokesman
		// Jason Miller") when a lower-case word of the role follows it, not another name
		affiliation := capital && inPersonName(d, j) && j+1 < at && text.HasNoCapitals(d.Tokens[j+1]) && !inPersonName(d, j+1)
		if j == from && capital && !roleHeads[t.Lower] && !roleModifiers[t.Lower] && (inPersonName(d, j) && !affiliation || openingWords[t.Lower]) {
			break // "Since President Lee ...": a sentence's first word is no part of the role
		}
		if !(roleModifiers[t.Lower] || roleHeads[t.Lower] || isTitleWord(t.Lower) || campaignWords[t.Lower] || capital && !inPersonName(d, j) || affiliation) {
			break
		}
		if t.Lower == "of" {
			break
		}
		start = j
	}
	return d.Text[d.Tokens[start].Start:head.End], g
}

// inPersonName reports whether token ti lies inside a person's name mention.
func inPersonName(d *doc.Doc, ti int) bool {
	mi := d.MentionAt(d.Tokens[ti].Start)
	return mi >= 0 && d.Mentions[mi].Type == doc.EntPerson
}

// appositionRole reads ", a presidential adviser," after a name: a comma, an optional
// determiner, modifiers ending in a role head, then a comma, a full stop or the end.
func appositionRole(d *doc.Doc, i, end int) string {
	if i >= end || d.Tokens[i].Norm != "," {
		return ""
	}
	j := i + 1
	start := j
	if j < end && isDeterminer(d.Tokens[j].Lower) {
		j++
	}
	headAt := -1
	for k := j; k < end && k-j < maxRoleWords; k++ {
		t := d.Tokens[k]
		if t.Kind != doc.TokWord {
			break
		}
		if roleHeads[t.Lower] {
			headAt = k
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Norm)
		if roleModifiers[t.Lower] || unicode.IsUpper(r) || t.Lower == "of" || t.Lower == "the" || isPossessive(t.Lower) || strings.HasSuffix(t.Lower, "al") || strings.HasSuffix(t.Lower, "ian") {
			continue
		}
		break
	}
	if headAt < 0 {
		return ""
	}
	// the phrase must end at the head or after a complement ("head of the agency")
	k := headAt + 1
	for k < end && d.Tokens[k].Kind == doc.TokWord && k-j < maxRoleWords {
		k++
	}
	if k < end && d.Tokens[k].Kind != doc.TokPunct && d.Tokens[k].Kind != doc.TokDash {
		return ""
	}
	if k > headAt+1 && !(d.Tokens[headAt+1].Lower == "of" || d.Tokens[headAt+1].Lower == "at" || d.Tokens[headAt+1].Lower == "for") {
		return ""
	}
	return d.Text[d.Tokens[start].Start:d.Tokens[k-1].End]
}

// roleBeforeComma reads a role set off before the name by a comma: "Its chairman, Dr.
// Peter Lindqvist, said", "The company's founder, Ann Lee,": a possessor or determiner,
// modifiers, a role head, a comma, honorifics, then the name (token at).
func roleBeforeComma(d *doc.Doc, from, at int) string {
	i := at - 1
	for i >= from && text.Is(d.Tokens[i].Lower, doc.ClassCourtesy) {
		i-- // "Dr.", "Mr"
	}
	for i >= from && d.Tokens[i].Norm == "." && i > from && !d.Tokens[i].SpaceBefore {
		i--
	}
	if i < from+1 || d.Tokens[i].Norm != "," || !roleHeads[d.Tokens[i-1].Lower] {
		return ""
	}
	head := i - 1
	start := head
	for j := head - 1; j >= from && head-j < maxRoleWords; j-- {
		t := d.Tokens[j]
		if isDeterminer(t.Lower) || isPossessive(t.Lower) {
			break
		}
		if t.Kind != doc.TokWord || !(roleModifiers[t.Lower] || text.HasNoCapitals(t)) {
			return ""
		}
		start = j
	}
	// a determiner or a possessor opens the role ("its chairman", "the company's
	// founder", "Acme's chief executive"): a bare "chairman, Lee" is a list or an address
	j := start - 1
	if j >= from && (isDeterminer(d.Tokens[j].Lower) || isPossessive(d.Tokens[j].Lower)) {
		return d.Text[d.Tokens[start].Start:d.Tokens[head].End]
	}
	return ""
}

// campaignWords stand inside a role between its affiliation and its head: "Trump
// campaign spokesman", "Clinton transition official".
var campaignWords = set("campaign", "transition", "re-election", "reelection")

// mediaRoleHeads end a role that the role heads leave out: "MSNBC host Chris Matthews".
var mediaRoleHeads = set("host", "anchor", "presenter", "columnist", "contributor", "pundit")

// personCues retypes as a person an actor the tagger called an organisation, place or
// other name when the text treats it as a person: a name after an honorific ("Mr
// Burns"), or a given name plus surname after a person's role ("his CIA counterpart
// William Burns"). A role or honorific before a bare company name is rare; a given
// name alone is not enough ("Morgan Stanley").
func personCues(d *doc.Doc, lex *Lexicon) {
	for ai := range d.Actors {
		a := &d.Actors[ai]
		if a.Type == doc.EntPerson {
			continue
		}
		given, rest, two := strings.Cut(a.Name, " ")
		fullName := two && !strings.Contains(rest, " ") && lex != nil && lex.Gender(given) != 0
		if fullName && a.Type != doc.EntMisc && unlistedFullName(lex, a.Name, rest) {
			retypePerson(d, a)
			continue
		}
		for _, mi := range a.Mentions {
			m := d.Mentions[mi]
			first := d.TokenAt(m.Start)
			if first == 0 || first >= len(d.Tokens) {
				continue
			}
			prev := d.Tokens[first-1]
			if prev.Sentence != d.Tokens[first].Sentence {
				continue
			}
			_, isHonorific := honorific(prev.Lower)
			if isHonorific || fullName && (roleHeads[prev.Lower] || isTitleWord(prev.Lower)) {
				retypePerson(d, a)
				break
			}
		}
	}
}

// retypePerson makes actor a and its mentions a person.
func retypePerson(d *doc.Doc, a *doc.Actor) {
	a.Type = doc.EntPerson
	a.Gender = doc.GenderUnknown
	for _, mj := range a.Mentions {
		d.Mentions[mj].Type = doc.EntPerson
	}
}

// unlistedFullName reports whether a two-word place or organisation name that starts
// with a given name reads as a person's: no list knows the whole name ("Morgan
// Stanley", "Jordan Valley" are listed or end in a place or institution word), and its
// second word is no institution word and WordNet knows it as a person's name
// ("Jordan Price" is a person: the country alone said nothing; "Crystal Palace", "Ross
// County" end in common nouns).
func unlistedFullName(lex *Lexicon, name, second string) bool {
	key, last := strings.ToLower(name), strings.ToLower(second)
	if lex.Place(key) != 0 || lex.Organisation(key) != 0 || lex.WordNetKind(key) != 0 {
		return false
	}
	if orgHeads[last] || institutionHeads[last] || roleHeads[last] {
		return false
	}
	return lex.WordNetKind(last) == WordNetPerson
}

// openingWords are function words that open a sentence with a capital: before a title
// ("After Minister Lee resigned") they are no part of the role.
var openingWords = set("since", "after", "before", "when", "while", "as", "if", "and", "but",
	"in", "on", "at", "for", "with", "from", "by", "to", "of", "under", "although", "because",
	"then", "meanwhile", "also", "now", "once", "until", "though", "so", "yet", "or", "like",
	"unlike", "despite", "during", "following", "without", "whether", "where", "why", "how")

// notAgents end like agent nouns but are adjectives or adverbs ("the other Jan Smith",
// "the latter").
var notAgents = set("other", "another", "latter", "former", "elder", "older", "younger",
	"bigger", "better", "lesser", "upper", "inner", "outer", "whether", "either", "neither",
	"rather", "together", "proper", "clever", "eager", "sober", "bitter", "tender", "super",
	"major", "minor", "senior", "junior", "prior", "superior", "inferior", "exterior",
	"interior", "ulterior", "median")

// agentNoun reports whether a lower-case word names a person by what they do, from its
// ending ("the novelist", "the singer", "the historian"): after a determiner and before
// a name it is a role even when no list has it.
func agentNoun(t doc.Token) bool {
	w := t.Norm
	if len(w) < 5 || w != t.Lower || notAgents[w] {
		return false
	}
	for _, suf := range []string{"ist", "ian", "er", "or", "man", "woman"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
