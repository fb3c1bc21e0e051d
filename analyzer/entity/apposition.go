package entity

import (
	"strings"

	"lede/analyzer/doc"
)

// kindsByApposition retypes the names that a noun phrase in apposition says the kind of:
// "The transport agency, Metro Link, said" (an organisation, whatever its words look
// like), "Squirrel, a band from Leeds," (an organisation), "Aisby, a village in
// Lincolnshire," (a place). The tagger reads such names from their own words; the
// writer's apposition says what they are. Every mention of the same name follows (one
// sense per story). A person's role ("Lee, a spokesman,") is left to assignRoles.
func kindsByApposition(d *doc.Doc, names []nameInfo) {
	retype := map[string]doc.EntityType{}
	prevExample, prevEnd := -1, -1 // the kind noun of the last name read as an example, and its end token
	for _, n := range names {
		m := d.Mentions[n.mention]
		a, b := d.TokenAt(m.Start), d.TokenAt(m.End)
		if a >= b || b > len(d.Tokens) {
			continue
		}
		// "games such as Halo and Fable": each name of the list is one of that kind
		example := exampleOf(d, a)
		if example < 0 && prevExample >= 0 && listContinues(d, prevEnd, a) {
			example = prevExample
		}
		if example >= 0 && possessed(d, n.mention) {
			example = -1 // "firms including Russia's MTS": the example is what the name owns
		}
		prevExample, prevEnd = example, b
		t, ok := doc.EntNone, false
		if example >= 0 {
			t, ok = appositionKind(d.Tokens[example].Lower)
		}
		if !ok {
			t, ok = kindAround(d, a, b)
		}
		if ok && t != n.typ {
			retype[n.key] = t
		}
	}
	if len(retype) == 0 {
		return
	}
	for i := range names {
		if t, ok := retype[names[i].key]; ok {
			names[i].typ = t
			d.Mentions[names[i].mention].Type = t
		}
	}
}

// kindAround returns the kind that the words around the name [a, b) give it: an
// apposition before or after it, a definition, a "one of" apposition, the kind noun
// right before it, or "codenamed" before it.
func kindAround(d *doc.Doc, a, b int) (doc.EntityType, bool) {
	head := appositiveBefore(d, a, b)
	if head < 0 {
		head = appositiveAfter(d, a, b)
	}
	if head < 0 {
		head = definition(d, a, b)
	}
	t, ok := doc.EntNone, false
	if head >= 0 {
		t, ok = appositionKinds[d.Tokens[head].Lower]
	} else if head = oneOfAfter(d, a, b); head >= 0 {
		// only "one of" makes a plural head the name's kind: elsewhere a plural
		// ("the president of Mumbai's Catholic organisations, Dolphy D'Souza,")
		// is not what the name is
		t, ok = appositionKind(d.Tokens[head].Lower)
	}
	if !ok {
		// an apposition that names no kind ("carmaker DaimlerChrysler, a 30%
		// shareholder") leaves the kind noun before the name to say it
		if head = kindBefore(d, a); head >= 0 {
			t, ok = kindsBefore[d.Tokens[head].Lower]
		}
	}
	if !ok && codeNamed(d, a) {
		t, ok = doc.EntMisc, true
	}
	return t, ok
}

// exampleOf returns the plural kind noun that the name at token a is given as an
// example of ("games like Halo", "lenders such as Norvik", "carriers, including
// Ryanair"), or -1.
func exampleOf(d *doc.Doc, a int) int {
	s := d.Sentences[d.Tokens[a].Sentence]
	k := a - 1
	switch {
	case k-1 >= s.FirstToken && d.Tokens[k].Lower == "as" && d.Tokens[k-1].Lower == "such":
		k -= 2
	case k >= s.FirstToken && (d.Tokens[k].Lower == "like" || d.Tokens[k].Lower == "including"):
		k--
	default:
		return -1
	}
	if k >= s.FirstToken && d.Tokens[k].Norm == "," {
		k--
	}
	if k < s.FirstToken || d.Tokens[k].POS != doc.NNS {
		return -1
	}
	return k
}

// listContinues reports whether the name at token a follows the name ending at token
// end as the next item of a list: only a comma, "and" or "or" between them.
func listContinues(d *doc.Doc, end, a int) bool {
	if end < 0 || a <= end || a-end > 2 || d.Tokens[end].Sentence != d.Tokens[a].Sentence {
		return false
	}
	for k := end; k < a; k++ {
		if l := d.Tokens[k].Lower; l != "," && l != "and" && l != "or" {
			return false
		}
	}
	return true
}

// appositiveBefore returns the head of "the transport agency" in "The transport agency,
// Metro Link, said" for the name [a, b), or -1: a noun phrase that opens with a
// determiner or possessive, is no preposition's object ("In the morning, Lee ...") and
// ends in a common noun, then a comma, the name and a comma closing the apposition.
func appositiveBefore(d *doc.Doc, a, b int) int {
	s := d.Sentences[d.Tokens[a].Sentence]
	if a-2 < s.FirstToken || d.Tokens[a-1].Norm != "," || b >= s.EndToken || d.Tokens[b].Norm != "," {
		return -1
	}
	ci := d.ChunkAt(a - 2)
	if ci < 0 {
		return -1
	}
	c := d.Chunks[ci]
	if c.Kind != doc.ChunkNP || c.Head != a-2 || c.EndToken != a-1 || !commonNoun(d.Tokens[a-2]) || !opensWithDeterminer(d, c) {
		return -1
	}
	if p := c.FirstToken - 1; p >= s.FirstToken && d.Tokens[p].Class.Has(doc.ClassPreposition) && !organisationInPreposition(d, p, a-2, b) {
		return -1
	}
	return a - 2
}

// organisationInPreposition reports whether the noun phrase headed by head, a
// preposition's object, is an organisation named by the name [.., b) in apposition:
// "According to the statistics office, Destatis, prices rose". A place or time in a
// prepositional phrase ("In the city, Lee, ...", "In the morning, Lee, ...") is the
// scene of the clause, not the name's kind, so only organisation heads count, and
// not when a relative clause or a finite verb follows the closing comma ("At the bank,
// Lee, who ..." speaks of a person there). The head is singular, as one name is one
// organisation, and the preposition is not "of": "The president of one of Mumbai's
// Catholic organisations, Dolphy D'Souza, says" names the president.
func organisationInPreposition(d *doc.Doc, prep, head, b int) bool {
	if d.Tokens[prep].Lower == "of" || d.Tokens[head].POS != doc.NN || appositionKinds[d.Tokens[head].Lower] != doc.EntOrg {
		return false
	}
	s := d.Sentences[d.Tokens[b].Sentence]
	if n := b + 1; n < s.EndToken {
		if t := d.Tokens[n]; t.Class.Has(doc.ClassRelative) || t.POS == doc.VBD || t.POS == doc.VBZ || t.POS == doc.VBP || t.POS == doc.MD {
			return false
		}
	}
	return true
}

// oneOfAfter returns the plural head of "Scotland's premier whisky firms" in
// "Glenmorangie, one of Scotland's premier whisky firms, was sold" for the name
// [a, b), or -1: a comma, "one of", then a noun phrase ending in a plural common noun
// (the name is one of that kind).
func oneOfAfter(d *doc.Doc, a, b int) int {
	s := d.Sentences[d.Tokens[a].Sentence]
	if b+3 >= s.EndToken || d.Tokens[b].Norm != "," || d.Tokens[b+1].Lower != "one" || d.Tokens[b+2].Lower != "of" {
		return -1
	}
	head := nounPhraseHead(d, b+3, s.EndToken)
	if head < 0 || d.Tokens[head].POS != doc.NNS {
		return -1
	}
	// "from the FTSE 100, one of Britain's manufacturers has returned" opens a clause:
	// "one of" is its subject, not the name's apposition
	if headContinues(d, head, s.EndToken) {
		return -1
	}
	return head
}

// nounPhraseHead returns the last noun of the noun phrase that starts at token from
// (before end), possessors and premodifiers included ("the net's most iconic
// companies", "the web's best known companies" -> "companies"), or -1: the phrase is
// read over the chunks, which stop at a possessive and an adjective phrase.
func nounPhraseHead(d *doc.Doc, from, end int) int {
	head := -1
	for k := from; k < end; k++ {
		t := d.Tokens[k]
		switch {
		case t.POS.IsNoun():
			head = k
		case isPossessive(t.Lower) && head >= 0:
			head = -1 // a possessor: the phrase's head comes after it
		case t.POS == doc.DT || t.POS == doc.PRPS || t.POS == doc.CD || t.POS == doc.JJ || t.POS == doc.JJR || t.POS == doc.JJS || t.POS == doc.RBS || t.POS == doc.RBR || t.POS == doc.VBN:
			if head >= 0 {
				return head
			}
		default:
			return head
		}
	}
	return head
}

// appositiveAfter returns the head of "a band" in "Squirrel, a band from Leeds," for the
// name [a, b), or -1: a comma, then a noun phrase that opens with a determiner and ends
// in a common noun that is no possessor ("Lee, the company's founder" is a person).
func appositiveAfter(d *doc.Doc, a, b int) int {
	s := d.Sentences[d.Tokens[a].Sentence]
	if b+2 >= s.EndToken || d.Tokens[b].Norm != "," {
		return -1
	}
	c, ok := kindPhraseAt(d, b+1)
	if !ok {
		return -1
	}
	// "Lee, the company's founder" is a person; "in Tianjin, the newspaper said" and
	// "Jordan, whose film" are no appositions
	if headContinues(d, c.Head, s.EndToken) {
		return -1
	}
	return c.Head
}

// headContinues reports whether the word after a noun phrase's head (before the
// sentence's end token) makes the head no kind of the name: a possessive ("the
// company's founder") or a finite verb ("the newspaper said": the phrase is a subject).
func headContinues(d *doc.Doc, head, end int) bool {
	if head+1 >= end {
		return false
	}
	next := d.Tokens[head+1]
	return isPossessive(next.Lower) || next.POS == doc.VBD || next.POS == doc.VBZ || next.POS == doc.VBP || next.POS == doc.MD
}

// kindPhraseAt returns the noun phrase that starts at token at, opens with a determiner
// and ends in a common noun ("a band", "the transport agency"): the phrase an
// apposition or a definition names the name's kind with.
func kindPhraseAt(d *doc.Doc, at int) (doc.Chunk, bool) {
	ci := d.ChunkAt(at)
	if ci < 0 {
		return doc.Chunk{}, false
	}
	c := d.Chunks[ci]
	if c.Kind != doc.ChunkNP || c.FirstToken != at || !opensWithDeterminer(d, c) || c.Head < 0 || c.Head >= len(d.Tokens) || !commonNoun(d.Tokens[c.Head]) {
		return doc.Chunk{}, false
	}
	return c, true
}

// definition returns the head of "a village" in "Aisby is a village in Lincolnshire"
// for the name [a, b), or -1: the name opens its sentence (after "The" at most), then a
// form of "be" and a noun phrase that opens with a determiner and ends in a common noun
// (the first sentence of an encyclopaedia article, "Norvik is a bank based in Oslo").
func definition(d *doc.Doc, a, b int) int {
	s := d.Sentences[d.Tokens[a].Sentence]
	if a > s.FirstToken && !(a == s.FirstToken+1 && d.Tokens[s.FirstToken].Lower == "the") {
		return -1
	}
	if b+2 >= s.EndToken || !d.Tokens[b].Class.Has(doc.ClassBe) || d.Tokens[b].POS == doc.VBG {
		return -1
	}
	c, ok := kindPhraseAt(d, b+1)
	if !ok {
		return -1
	}
	if e := c.Head + 1; e < s.EndToken && isPossessive(d.Tokens[e].Lower) {
		return -1
	}
	return c.Head
}

// kindBefore returns the common noun right before the name [a, ...) ("the band Linkin
// Park", "the village Aisby"), or -1.
func kindBefore(d *doc.Doc, a int) int {
	s := d.Sentences[d.Tokens[a].Sentence]
	if a-1 < s.FirstToken || !commonNoun(d.Tokens[a-1]) {
		return -1
	}
	return a - 1
}

// kindsBefore are the kind nouns that say what the name right after them is. The nouns
// that also stand before a person's name ("party leader", "army Gen.", "council
// member") are left out: only appositions and definitions read those.
var kindsBefore = map[string]doc.EntityType{
	"band": doc.EntOrg, "company": doc.EntOrg, "firm": doc.EntOrg, "airline": doc.EntOrg,
	"carrier": doc.EntOrg, "label": doc.EntOrg, "retailer": doc.EntOrg, "manufacturer": doc.EntOrg,
	"magazine": doc.EntOrg, "newspaper": doc.EntOrg, "carmaker": doc.EntOrg,
	"automaker": doc.EntOrg, "chipmaker": doc.EntOrg, "drugmaker": doc.EntOrg,
	"insurer": doc.EntOrg, "brewer": doc.EntOrg, "distiller": doc.EntOrg, "lender": doc.EntOrg,
	"broadcaster": doc.EntOrg, "publisher": doc.EntOrg, "conglomerate": doc.EntOrg,
	"supermarket": doc.EntOrg, "regulator": doc.EntOrg, "watchdog": doc.EntOrg,
	"drug": doc.EntMisc, "console": doc.EntMisc, "browser": doc.EntMisc, "handset": doc.EntMisc,
	"smartphone": doc.EntMisc, "village": doc.EntLoc, "town": doc.EntLoc,
	"hamlet": doc.EntLoc, "suburb": doc.EntLoc, "river": doc.EntLoc, "island": doc.EntLoc,
}

// opensWithDeterminer reports whether a chunk's first word is a determiner or a
// possessive pronoun ("the", "a", "its"), not a relative one ("whose").
func opensWithDeterminer(d *doc.Doc, c doc.Chunk) bool {
	cl := d.Tokens[c.FirstToken].Class
	return cl.Any(doc.ClassDeterminer|doc.ClassPossessive) && !cl.Has(doc.ClassRelative)
}

// commonNoun reports whether a token is a lower-case common noun by the language layer.
func commonNoun(t doc.Token) bool {
	return t.POS == doc.NN || t.POS == doc.NNS
}

// appositionKind returns the kind appositionKinds gives a head noun or its singular
// ("firms", "cities", "churches" after "one of").
func appositionKind(w string) (doc.EntityType, bool) {
	if t, ok := appositionKinds[w]; ok {
		return t, true
	}
	for _, suffix := range [][2]string{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if stem, found := strings.CutSuffix(w, suffix[0]); found && stem != "" {
			if t, ok := appositionKinds[stem+suffix[1]]; ok {
				return t, true
			}
		}
	}
	return doc.EntNone, false
}

// appositionKinds are the head nouns whose apposition settles a name's type:
// organisations (orgNouns, and the kinds of company and group a story introduces),
// places, works (workNouns: CoNLL files titles as other names) and products
// (productNouns: other names too).
var appositionKinds = func() map[string]doc.EntityType {
	m := map[string]doc.EntityType{}
	for w := range orgNouns {
		m[w] = doc.EntOrg
	}
	for _, w := range []string{"band", "label", "airline", "carrier", "manufacturer", "maker",
		"retailer", "chain", "publisher", "studio", "orchestra", "choir", "brewery", "bank",
		"insurer", "operator", "startup", "conglomerate", "subsidiary", "supermarket"} {
		m[w] = doc.EntOrg
	}
	for _, w := range []string{"city", "town", "village", "suburb", "county", "district",
		"province", "region", "country", "island", "river", "lake", "mountain", "capital",
		"port", "municipality", "parish", "hamlet", "valley", "borough", "neighbourhood",
		"neighborhood", "peninsula", "state", "commune", "park", "street", "road", "avenue",
		"square", "stadium", "arena", "circuit", "racetrack", "airport", "bridge", "dock",
		"harbour", "harbor", "canal", "forest", "hill", "beach", "bay", "coast", "desert",
		"venue", "facility", "building", "settlement", "territory", "continent"} {
		m[w] = doc.EntLoc
	}
	for w := range workNouns {
		m[w] = doc.EntMisc
	}
	for w := range productNouns {
		m[w] = doc.EntMisc
	}
	delete(m, "campaign") // a campaign is an organisation or an event
	return m
}()

// productNouns name the kinds of made thing a story names by brand or model: CoNLL
// files products as other names ("Perrier, the French mineral water"; "consoles such as
// the Xbox"), and a reader does not take them for the people or firms they are named
// like. Not "chip": a market's "blue chips like IDLC" are companies.
var productNouns = set("console", "handset", "smartphone", "phone", "drink", "water", "beer",
	"drug", "vaccine", "medicine", "software", "browser", "device", "gadget", "aircraft",
	"airliner", "jet", "car", "vehicle", "processor", "tablet", "laptop", "cigarette")

// codeNamed reports whether the name at token a follows "codenamed" or "code name"
// ("its next system, codenamed Longhorn"): a project's or product's code name, an
// other name however personal it sounds.
func codeNamed(d *doc.Doc, a int) bool {
	s := d.Sentences[d.Tokens[a].Sentence]
	if a-1 < s.FirstToken {
		return false
	}
	switch p := d.Tokens[a-1].Lower; p {
	case "codenamed", "code-named", "codename", "code-name":
		return true
	case "name", "named":
		return a-2 >= s.FirstToken && d.Tokens[a-2].Lower == "code"
	}
	return false
}
