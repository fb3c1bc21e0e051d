package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
)

// Resolve groups name mentions into d.Actors (one per referent: surnames, acronyms and
// variants merged), reads roles and gender, links pronouns and role nouns to actors,
// and scores each actor's salience.
func Resolve(d *doc.Doc) error {
	d.ClearActors()
	if len(d.Mentions) == 0 {
		return nil
	}
	lex := DefaultLexicon()
	joinInstitutionNames(d)
	appositiveOrgNames(d, lex)
	refineNames(d, lex)
	commonNounAcronyms(d)
	dropWholeLineNames(d)
	names := nameInfos(d, lex)
	worksAreOtherNames(d, names)
	kindsByApposition(d, names)
	typesByList(d, names, lex)
	names = modifiersOfInstitutions(d, names)
	groupNames(d, names)
	buildActors(d, names, lex)
	companiesByEvidence(d, lex)
	modifiersAreNoPeople(d, lex)
	listedCompaniesAct(d, lex)
	buildingsAct(d, lex)
	personCues(d, lex)
	assignRoles(d, lex)
	linkReferences(d)
	return nil
}

// nameInfo is what alias matching needs to know of one name mention.
type nameInfo struct {
	mention  int
	typ      doc.EntityType
	words    []string // the name's words as written (no leading "the", no possessive)
	lower    []string // the words, lower-cased
	key      string   // lower-cased words joined by spaces
	acronym  string   // the letters of an acronym mention ("U.S." -> "US"), "" otherwise
	initials string   // initials of a multi-word name's distinctive capitalised words
	core     []string // lower-cased words that are not generic organisation words
	// locative: the name follows a preposition of place ("in Bolton"), so it is a place
	// even where a person of that surname is named
	locative bool
	// knownPlace: a one-word name the gazetteer knows as a place
	knownPlace bool
	// modifier: the mention of an other name glued before this institution's name
	// ("Russian" of "Russian Defence Ministry"), which the actor is named with; -1: none
	modifier int
	actor    int
}

func nameInfos(d *doc.Doc, lex *Lexicon) []nameInfo {
	n := 0
	for _, m := range d.Mentions {
		if m.Kind == doc.MentionName {
			n++
		}
	}
	out := make([]nameInfo, 0, n) // sized once: a long paste holds tens of thousands
	for mi, m := range d.Mentions {
		if m.Kind != doc.MentionName {
			continue
		}
		var words, lower []string
		for ti := d.TokenAt(m.Start); ti < len(d.Tokens) && d.Tokens[ti].Start < m.End; ti++ {
			t := &d.Tokens[ti]
			if t.Kind == doc.TokQuote || isPossessive(t.Lower) || (len(words) == 0 && t.Lower == "the") {
				continue
			}
			words = append(words, t.Norm)
			lower = append(lower, t.Lower) // the tokenizer's strings.ToLower(Norm)
		}
		if n := len(words); n > 1 && m.Type == doc.EntPerson && generationSuffixes[words[n-1]] {
			// "Evans" is "Andrew J. Evans Jr.": the surname is the word before the
			// generation (the mention keeps it; the actor is named without it)
			words, lower = words[:n-1], lower[:n-1]
		}
		if len(words) == 0 {
			continue
		}
		ni := nameInfo{mention: mi, typ: m.Type, words: words, modifier: -1, actor: -1}
		ni.knownPlace = len(words) == 1 && lex != nil && lex.Place(words[0]) != 0
		if ti := d.TokenAt(m.Start); ti > 0 && ti <= len(d.Tokens) {
			prep := d.Tokens[ti-1].Lower
			ni.locative = placePrepositions[prep] && !possessed(d, mi)
			if m.Type == doc.EntPerson && len(words) == 1 && placeOnlyPrepositions[prep] && !possessed(d, mi) && lex != nil && lex.Place(words[0]) != 0 {
				// "in Bolton": a known place after "in" is the place, even where the
				// tagger, seeing the runner Jessica Bolton, took it for her
				ni.typ = doc.EntLoc
				d.Mentions[mi].Type = doc.EntLoc
			}
		}
		for i := range words {
			if !orgGeneric[lower[i]] {
				ni.core = append(ni.core, lower[i])
			}
		}
		ni.lower = lower
		ni.key = strings.Join(lower, " ")
		if len(words) == 1 {
			ni.acronym = acronymLetters(words[0])
		}
		if len(words) >= 2 {
			var b strings.Builder
			for i, w := range words {
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsUpper(r) && !(orgGeneric[lower[i]] && i == 0 && lower[i] == "the") && lower[i] != "of" && lower[i] != "and" && lower[i] != "for" {
					b.WriteRune(r)
				}
			}
			ni.initials = b.String()
		}
		out = append(out, ni)
	}
	return out
}

// acronymLetters returns the capital letters of an acronym (2 to 6 capitals, dots
// allowed: "CIA", "U.S."), or "".
func acronymLetters(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	if n := b.Len(); n < 2 || n > 6 {
		return ""
	}
	return b.String()
}

// groupNames assigns each name to a group (a future actor): longest names first, then
// each shorter name joins the group it abbreviates, nearest in the text when several do.
// Groups are indexed by their distinctive words and acronyms, so that a name is only
// compared with the groups it could belong to.
func groupNames(d *doc.Doc, names []nameInfo) {
	gr := &grouper{d: d, names: names, byKey: map[string][]int{}, byToken: map[string][]int{}}
	gr.placeKeys = placesThroughout(d, names)
	for _, ni := range longestFirst(names) {
		n := &names[ni]
		cands := gr.sameKey(n)
		if len(cands) == 0 {
			cands = gr.abbreviated(n)
		}
		gr.join(ni, gr.choose(n, cands))
	}
}

// maxPoolPerWord bounds the groups that one shared word offers a name as candidates.
const maxPoolPerWord = 64

// nameGroup is a future actor: the names that refer to it.
type nameGroup struct {
	members []int // indices into names
	forms   []int // members with distinct keys, for matching
	typ     doc.EntityType
}

// grouper holds the groups made so far and their indexes.
type grouper struct {
	d         *doc.Doc
	names     []nameInfo
	groups    []nameGroup
	byKey     map[string][]int // exact key -> groups
	byToken   map[string][]int // "w:" distinctive word, "a:" acronym or initials -> groups
	placeKeys map[string]bool  // keys the story puts after "in" or "at" at least once
}

// longestFirst orders the names by word count, longest first (stable: text order within).
func longestFirst(names []nameInfo) []int {
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return len(names[order[a]].words) > len(names[order[b]].words)
	})
	return order
}

// placesThroughout applies one sense per discourse: a name that follows "in" once is a
// place throughout. It marks those place names locative and returns their keys.
func placesThroughout(d *doc.Doc, names []nameInfo) map[string]bool {
	placeKeys := map[string]bool{}
	for _, n := range names {
		if n.typ == doc.EntLoc && placeOnlyPrepositions[wordBefore(d, n.mention)] && !possessed(d, n.mention) {
			placeKeys[n.key] = true
		}
	}
	for i := range names {
		if names[i].typ == doc.EntLoc && placeKeys[names[i].key] {
			names[i].locative = true
		}
	}
	return placeKeys
}

// indexKeys are the keys a name is found under: its distinctive words, its acronym and
// its initials.
func indexKeys(n *nameInfo) []string {
	var keys []string
	for _, w := range n.lower {
		if !orgGeneric[w] {
			keys = append(keys, "w:"+w)
		}
	}
	if n.acronym != "" {
		keys = append(keys, "a:"+n.acronym)
	}
	if n.initials != "" {
		keys = append(keys, "a:"+n.initials)
	}
	return keys
}

// sameKey returns the groups that already hold name n's exact words, but for a place
// after "in" beside a person of that name, and a place beside an organisation named
// after it ("in Nice" / "Nice beat Lyon").
func (gr *grouper) sameKey(n *nameInfo) []int {
	var cands []int
	for _, g := range gr.byKey[n.key] {
		typ := gr.groups[g].typ
		if !(n.locative && n.typ == doc.EntLoc && typ == doc.EntPerson) && !(placeVsOrg(n.typ, typ) && gr.placeKeys[n.key]) {
			cands = append(cands, g)
		}
	}
	return cands
}

// abbreviated returns the groups sharing a word or an acronym with name n whose longer
// names n can be another name of.
func (gr *grouper) abbreviated(n *nameInfo) []int {
	seen := map[int]bool{}
	var pool []int
	for _, k := range indexKeys(n) {
		// the latest maxPoolPerWord groups sharing the word: far more than an
		// article names, few enough that a list of 10,000 Johns stays linear
		l := gr.byToken[k]
		for _, g := range l[max(0, len(l)-maxPoolPerWord):] {
			if !seen[g] {
				seen[g] = true
				pool = append(pool, g)
			}
		}
	}
	sort.Ints(pool)
	var cands []int
	for _, gi := range pool {
		if matchesGroup(n, gr.names, gr.groups[gi].forms, gr.groups[gi].typ) {
			cands = append(cands, gi)
		}
	}
	return cands
}

// choose picks one of the candidate groups for name n (a surname's first, then the
// nearest), or -1 for none.
func (gr *grouper) choose(n *nameInfo, cands []int) int {
	if len(cands) > 1 && len(n.words) == 1 {
		cands = preferSurname(gr.names, n, cands, func(gi int) []int { return gr.groups[gi].forms })
	}
	switch len(cands) {
	case 0:
		return -1
	case 1:
		return cands[0]
	}
	return nearestGroup(gr.d, gr.names, n.mention, cands, func(gi int) []int { return gr.groups[gi].members })
}

// join adds name ni to group g (a new group when g < 0) and indexes its form.
func (gr *grouper) join(ni, g int) {
	n := &gr.names[ni]
	if g < 0 {
		g = len(gr.groups)
		gr.groups = append(gr.groups, nameGroup{typ: n.typ})
	}
	if gr.groups[g].typ == doc.EntPerson && n.typ == doc.EntLoc {
		n.typ = doc.EntPerson
	}
	gr.groups[g].members = append(gr.groups[g].members, ni)
	n.actor = g
	if containsInt(gr.byKey[n.key], g) {
		return
	}
	gr.byKey[n.key] = append(gr.byKey[n.key], g)
	gr.groups[g].forms = append(gr.groups[g].forms, ni)
	for _, k := range indexKeys(n) {
		if l := gr.byToken[k]; len(l) == 0 || l[len(l)-1] != g {
			gr.byToken[k] = append(l, g)
		}
	}
}

// placeVsOrg reports whether two types are a place and an organisation: where the story
// also puts the name after "in" or "at", the city and the team named after it ("Nice
// beat Lyon" beside "in Nice") are two referents.
func placeVsOrg(a, b doc.EntityType) bool {
	return a == doc.EntLoc && b == doc.EntOrg || a == doc.EntOrg && b == doc.EntLoc
}

// wordBefore is the lower-case word before mention mi, or "".
func wordBefore(d *doc.Doc, mi int) string {
	if ti := d.TokenAt(d.Mentions[mi].Start); ti > 0 && ti <= len(d.Tokens) {
		return d.Tokens[ti-1].Lower
	}
	return ""
}

// possessed reports whether mention mi ends in or is followed by a possessive ("in
// Jordan's film" is no evidence of a place).
func possessed(d *doc.Doc, mi int) bool {
	ti := d.TokenAt(d.Mentions[mi].End)
	if ti < len(d.Tokens) && isPossessive(d.Tokens[ti].Lower) {
		return true
	}
	last := d.TokenAt(d.Mentions[mi].End - 1)
	return last < len(d.Tokens) && isPossessive(d.Tokens[last].Lower)
}

// preferSurname keeps, among the groups a one-word name could join, those where it is
// the last word of a longer name ("Lebed" ~ "Alexander Lebed" before "Lebed Chechnya",
// a headline's misreading): a lone name is far more often a surname than a given name.
func preferSurname(names []nameInfo, n *nameInfo, cands []int, forms func(int) []int) []int {
	var out []int
	for _, g := range cands {
		for _, mi := range forms(g) {
			if o := &names[mi]; len(o.lower) > 1 && o.lower[len(o.lower)-1] == n.lower[0] {
				out = append(out, g)
				break
			}
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

func containsInt(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// matchesGroup reports whether the (shorter) name n can be another name of the group
// whose members are given (all at least as long as n).
func matchesGroup(n *nameInfo, names []nameInfo, members []int, typ doc.EntityType) bool {
	for _, mi := range members {
		o := &names[mi]
		if len(o.words) < len(n.words) || len(o.words) == len(n.words) && n.acronym == "" && (typ == doc.EntPerson || len(n.words) == 1) {
			continue
		}
		switch {
		case n.acronym != "" && (o.initials == n.acronym || o.acronym == n.acronym):
			// CIA ~ Central Intelligence Agency; US ~ United States ~ U.S.
			if typ != doc.EntPerson {
				return true
			}
		case typ == doc.EntPerson && (n.typ != doc.EntLoc || len(n.words) == 1 && !n.locative):
			// a lone surname the tagger took for a place ("Radcliffe", "Bolton") is the
			// person's when a person of that name is in the story and no "in" precedes it
			if personVariant(n, o) {
				return true
			}
		case typ == doc.EntOrg && prefixOfOtherKind(n, o):
			// "Wall Street" is not the Wall Street Journal, nor "New York" the New York
			// Times: a name that only begins a longer one is another thing when the
			// longer is a publication named after it, or when it is a place
			continue
		case typ == doc.EntOrg && n.typ == doc.EntOrg && len(n.words) == 1 && len(n.core) == 1 && len(o.core) > 1 && o.core[0] == n.lower[0] && o.lower[0] == n.lower[0]:
			// an organisation's first word is its short form ("Norvik" ~ "Norvik Energy
			// Holdings Ltd."); a demonym is tagged MISC and does not come here
			return true
		case (typ == doc.EntOrg || typ == doc.EntMisc && len(n.words) > 1) && n.typ != doc.EntPerson && len(n.core) > 0 && subset(n.core, o.core):
			// Wagner ~ Wagner Group ~ PMC Wagner; Defence Ministry ~ Russian Defence
			// Ministry; World Cup ~ 2026 World Cup. Not "Scottish" ~ "Scottish Exhibition":
			// a single word joins an other-name only if it is that name.
			// A single word joins only a name it is the whole distinctive part of ("Wagner"
			// ~ "Wagner Group", not "Russian" ~ "Russian Defence Ministry"); one the tagger
			// took for a place does so only if no gazetteer place and no "in" says it is
			// one ("the commanders of Wagner").
			// A capitalised kind noun names the organisation it ends ("the Ministry" ~
			// "Defense Ministry"), the nearest one when several do.
			// The name used as a modifier, which the tagger may read as an other name
			// ("Wagner fighters"), joins too when it is the whole distinctive part.
			// An organisation's last word is its short form too ("the Herald" ~ "Miami
			// Herald", "the Journal" ~ "Wall Street Journal").
			headWord := typ == doc.EntOrg && n.typ == doc.EntOrg && len(o.lower) >= 2 && o.lower[len(o.lower)-1] == n.lower[0]
			if len(n.words) == 1 && !headWord && !(orgNouns[n.lower[0]] && typ == doc.EntOrg) && (len(o.core) != 1 || n.typ == doc.EntLoc && (n.locative || n.knownPlace || typ != doc.EntOrg) || n.typ == doc.EntMisc && typ != doc.EntMisc && len(o.core) != 1) {
				continue
			}
			if typ == n.typ || typ == doc.EntOrg {
				return true
			}
		case typ == doc.EntOrg && n.typ == doc.EntPerson && len(n.words) == 1 && len(n.core) == 1 && subset(n.core, o.core) && len(o.core) < len(o.words):
			// a bare "Wagner" tagged as a person after "Wagner Group"
			return true
		}
	}
	return false
}

// prefixOfOtherKind reports whether name n is the first words of the longer name o and
// o is a different kind of thing: a publication named after it ("Wall Street" / "Wall
// Street Journal"), or n is a place ("New York" / "New York Life"; "in Manchester" /
// "Manchester United").
func prefixOfOtherKind(n, o *nameInfo) bool {
	if len(n.lower) >= len(o.lower) || !slices.Equal(n.lower, o.lower[:len(n.lower)]) {
		return false
	}
	// a lone word the tagger took for a place needs more than the tagger's word to be one
	// ("the commanders of Wagner" ~ Wagner Group): see the organisation case below
	return publicationHeads[o.lower[len(o.lower)-1]] || n.typ == doc.EntLoc && (len(n.words) > 1 || n.knownPlace || n.locative)
}

// publicationHeads end the names of newspapers and broadcasters, which are named after
// places and streets and never shortened to them.
var publicationHeads = set("journal", "times", "post", "herald", "tribune", "gazette", "chronicle",
	"telegraph", "guardian", "observer", "news", "mail", "express", "independent", "star",
	"standard", "examiner", "inquirer", "courier", "sun", "daily", "weekly", "magazine", "review", "record")

// placePrepositions put the name after them in a place.
var placePrepositions = set("in", "at", "from", "near", "to", "into", "across", "outside",
	"inside", "toward", "towards", "through", "around", "throughout", "via")

// placeOnlyPrepositions are the prepositions of place that do not also take people
// ("talked to Bolton", "a letter from Bolton").
var placeOnlyPrepositions = set("in", "at", "near", "across", "outside", "inside", "throughout")

// personVariant: "Burns" ~ "William Burns"; "Bill Burns" ~ "William J. Burns" is not
// attempted, but "W. Burns" ~ "William Burns" is.
func personVariant(n, o *nameInfo) bool {
	nl, ol := n.lower[len(n.lower)-1], o.lower[len(o.lower)-1]
	if len(o.words) < 2 {
		return false
	}
	if nl != ol {
		// a given name alone ("Paula" ~ "Paula Radcliffe"), or a family name written
		// first ("Xi" ~ "Xi Jinping"); not an initial
		return len(n.words) == 1 && n.typ == doc.EntPerson && n.lower[0] == o.lower[0] && len(strings.TrimSuffix(n.lower[0], ".")) > 1
	}
	if len(n.words) == 1 {
		return true
	}
	if len(n.words) < len(o.words) && subsliceAtEnd(n.lower, o.lower) {
		return true // "Symmons Roberts" ~ "Michael Symmons Roberts"
	}
	a, b := n.lower[0], o.lower[0]
	if a == b {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && (strings.HasSuffix(a, ".") && len(a) <= 3 || strings.HasSuffix(b, ".") && len(b) <= 3)
}

// subsliceAtEnd reports whether a ends b, word for word.
func subsliceAtEnd(a, b []string) bool {
	off := len(b) - len(a)
	for i, w := range a {
		if b[off+i] != w {
			return false
		}
	}
	return true
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nearestGroup picks, among candidate groups, the one with a member mention closest
// before mention m (or, failing that, closest after it).
func nearestGroup(d *doc.Doc, names []nameInfo, m int, cands []int, members func(int) []int) int {
	best, bestDist, bestAfter := -1, 1<<62, true
	for _, g := range cands {
		for _, ni := range members(g) {
			om := names[ni].mention
			after := om > m
			dist := m - om
			if after {
				dist = om - m
			}
			if (bestAfter && !after) || (after == bestAfter && dist < bestDist) {
				best, bestDist, bestAfter = g, dist, after
			}
		}
	}
	return best
}
