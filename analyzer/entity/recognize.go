package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
)

var chunkTypes = [5]doc.EntityType{doc.EntNone, doc.EntPerson, doc.EntOrg, doc.EntLoc, doc.EntMisc}

// Recognize tags named mentions into d.Mentions (kind name, unresolved), sorted by Start.
func Recognize(d *doc.Doc) error {
	found := d.Mentions[:0]
	if len(d.Sentences) == 0 {
		d.SetMentions(found)
		return nil
	}
	m, lex, err := load()
	if err != nil {
		return err
	}
	sents := make([]Sentence, len(d.Sentences))
	words := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		words[i] = t.Norm
	}
	chunk := 0 // the first of d.Chunks not before sentence i
	for i, s := range d.Sentences {
		w := words[s.FirstToken:s.EndToken]
		sents[i] = Sentence{Words: w, Case: classifyCase(w), Headline: s.Headline}
		sents[i].POS, sents[i].Phrases = SentenceSyntax(d.Tokens, d.Chunks[chunk:], s.FirstToken, s.EndToken)
		for chunk < len(d.Chunks) && d.Chunks[chunk].EndToken <= s.EndToken {
			chunk++
		}
		if s.Headline && sents[i].Case == CaseNormal && len(w) >= 3 && mostlyCapitalised(w) {
			sents[i].Case = CaseTitle
		}
	}
	tags := m.TagDocument(lex, sents)
	inside := interjectionsCapitalisedInside(d)
	for si, s := range d.Sentences {
		doc.Yield(si)
		toks := d.Tokens[s.FirstToken:s.EndToken]
		markup := markupTokens(toks)
		chunks := withKindedRuns(toks, sents[si], tags[si], withCapitalsBefore(toks, sents[si], tags[si], ner.Chunks(tags[si])))
		chunks, titles := withQuotedTitles(toks, sents[si], chunks)
		for _, c := range joinSplitNames(lex, toks, chunks) {
			if titles[[2]int{c.Start, c.End}] {
				found = append(found, doc.Mention{
					Span: doc.Span{Start: toks[c.Start].Start, End: toks[c.End-1].End},
					Type: doc.EntMisc, Kind: doc.MentionName, Actor: -1, Sentence: si,
				})
				continue
			}
			if c.Type == 1 && c.End < len(toks) && tags[si][c.End] == ner.O && generationSuffixes[toks[c.End].Norm] {
				c.End++ // "Andrew J. Evans Jr.": the generation is part of the name
			}
			quoted := quotedWhole(toks, c.Start, c.End)
			if c.Start > 0 && tags[si][c.Start-1] == ner.O && articleOfName(toks, sents[si], c.Start-1) {
				// "the band The Mad Capsule Markets": a capital the writer chose says the
				// article is part of the name (so it is in 24 of CoNLL-2003 train's 27)
				c.Start--
			} else if c.Start > 1 && tags[si][c.Start-1] == ner.O && isArticle(toks[c.Start-1].Norm) && quotedWhole(toks, c.Start-1, c.End) {
				// "the choices were "A Beautiful Lie" and ...": a title in quotes keeps its article
				c.Start--
				quoted = true
			}
			for _, clean := range withoutMarkup(markup, c.Start, c.End) {
				for _, part := range splitChunk(toks, sents[si].Lowered, clean[0], clean[1]) {
					typ := c.Type
					if !quoted && courtesyOpens(toks, part[0], part[1]) {
						typ = 1
					}
					a, b := trimChunk(toks, part[0], part[1], typ, quoted || capitalChosen(toks, sents[si], part[0]))
					a = trimInterjections(toks, a, b, inside)
					if a >= b || b-a == 1 && isFunctionWord(toks[a]) {
						continue
					}
					found = append(found, doc.Mention{
						Span:     doc.Span{Start: toks[a].Start, End: toks[b-1].End},
						Type:     typeByForm(lex, toks[a:b], chunkTypes[typ]),
						Kind:     doc.MentionName,
						Actor:    -1,
						Sentence: si,
					})
				}
			}
		}
	}
	d.SetMentions(found)
	splitHeadlineNames(d, sents)
	return nil
}

// courtesyOpens reports whether the name [a, b) opens with a courtesy title before a
// capitalised word ("Mr Cable", "Mrs. Thatcher"): whatever type the tagger gave it, it
// names a person (a firm named "Mr Price" is rarer than a newspaper's every "Mr"). A
// title in quotes ("Miss Murder", a song) and capitals ("MS Windows") are no courtesy.
func courtesyOpens(toks []doc.Token, a, b int) bool {
	if b-a < 2 || !startsCapitalised(toks[a+1]) || text.IsAllCaps(toks[a].Norm) {
		return false
	}
	_, ok := honorific(toks[a].Lower)
	// "Miss Universe", "Miss World" are pageants more often than a news story's "Miss"
	return ok && text.Is(toks[a].Lower, doc.ClassCourtesy) && toks[a].Lower != "miss"

}

// mostlyCapitalised reports whether more than half the words with letters start with a
// capital: a Title Case headline whose short words stayed lower case.
func mostlyCapitalised(words []string) bool {
	n, c := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			c++
		}
	}
	return n > 0 && c*2 > n
}

// trimChunk keeps titles, honorifics, possessive endings and stray punctuation out of a
// name's tokens [a, b): "President Volodymyr Zelensky" -> "Volodymyr Zelensky".
// A capitalised "The" that the writer chose (capitalChosen) stays: "the band The Mad
// Capsule Markets".
func trimChunk(toks []doc.Token, a, b, typ int, chosenCapital bool) (int, int) {
	for a < b && (toks[a].Kind == doc.TokPunct || toks[a].Kind == doc.TokQuote || toks[a].Kind == doc.TokDash) {
		a++
	}
	for b > a && (toks[b-1].Kind == doc.TokPunct && !closesBracket(toks, a, b-1) || toks[b-1].Kind == doc.TokQuote || toks[b-1].Kind == doc.TokDash || isPossessive(toks[b-1].Lower)) {
		b--
	}
	if b-a >= 2 && toks[a].Lower == "the" && typ != 3 && !chosenCapital {
		a++ // "The Ministry added": the article is not part of the name ("The Hague" is)
	}
	if typ == 1 { // PER: titles before the name
		for a+1 < b && IsTitle(toks[a].Lower) {
			a++
		}
	} else { // "US Ambassador": the role is not part of the country or organisation
		for b-1 > a && roleHeads[toks[b-1].Lower] && (typ != 2 || b < len(toks) && startsCapitalised(toks[b])) {
			b--
		}
	}
	return a, b
}

// quotedWhole reports whether the tokens [a, b) are all that stands between a pair of
// double quotes ("The Fantasy", a title).
func quotedWhole(toks []doc.Token, a, b int) bool {
	return a > 0 && b < len(toks) && a < b && toks[a-1].Kind == doc.TokQuote && toks[b].Kind == doc.TokQuote && toks[a-1].Norm == `"` && toks[b].Norm == `"`
}

// generationSuffixes follow a person's name as part of it ("Martin Luther King Jr.",
// "Glenn Profitt II"): in CoNLL-2003 train and dev, 7 of the 8 after a person.
var generationSuffixes = set("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV")

// isArticle reports whether a word is an article written with a capital.
func isArticle(w string) bool { return w == "The" || w == "A" || w == "An" }

// articleOfName reports whether token i is an article written with a capital the
// writer chose ("the album A Beautiful Lie"), after a word that is not itself part of a
// capitalised run ("Group A Brazil" is a table's group and a country).
func articleOfName(toks []doc.Token, s Sentence, i int) bool {
	switch toks[i].Norm {
	case "The", "A", "An":
	default:
		return false
	}
	return capitalChosen(toks, s, i) && !startsCapitalised(toks[i-1])
}

// capitalChosen reports whether token i's capital is the writer's choice rather than
// the sentence's: mid-sentence, not after an opening quote or bracket, in a sentence
// written in ordinary case (not a headline's Title Case or capitals, not truecased).
func capitalChosen(toks []doc.Token, s Sentence, i int) bool {
	if i == 0 || s.Case != CaseNormal || s.Lowered != nil || !startsCapitalised(toks[i]) {
		return false
	}
	return !isSentenceOpener(toks[i-1].Norm)
}

// typeByForm corrects the tagger's type where the name's own words settle it: an
// organisation's ending (orgEnding), or WordNet's times and measures (timeOrMeasure).
func typeByForm(lex *Lexicon, toks []doc.Token, typ doc.EntityType) doc.EntityType {
	if len(toks) >= 2 && orgEnding(toks[len(toks)-1]) {
		return doc.EntOrg
	}
	if modelCode(toks[0].Norm) || doctrine(toks[len(toks)-1]) || len(toks) >= 2 && (eventEndings[toks[len(toks)-1].Lower] || eventOpenings[toks[0].Lower] && toks[1].Lower == "of") {
		return doc.EntMisc
	}
	if (typ == doc.EntPerson || typ == doc.EntOrg) && placeByForm(toks) {
		return doc.EntLoc
	}
	return timeOrMeasure(lex, toks, typ)
}

// placeByForm reports whether a name of two words or more is a place by its own words:
// it ends in a noun only places end in ("Nagle Place", "Shark Island", "Ayalon Cave")
// or opens with "River", "Lake" or "Mount" ("River Mersey"). Of CoNLL-2003 train's 68
// such names, 63 are places (the others: "World Bridge", "River Plate", a club, ...);
// "Lane" (a surname), "Coast" (teams), "Mountain" (a mining firm) and "Park" (a band,
// a firm as often as a park) are left out for that reason. A name the tagger read as
// an other name keeps that reading ("Battle of Kells Bridge").
func placeByForm(toks []doc.Token) bool {
	if len(toks) < 2 || text.IsAllCaps(toks[len(toks)-1].Norm) {
		return false
	}
	return placeOnlyHeads[toks[len(toks)-1].Lower] || placeOpenings[toks[0].Lower]
}

// placeOnlyHeads end the names of places, placeOpenings open them.
var placeOnlyHeads = set("street", "road", "avenue", "square", "island", "islands", "bridge",
	"cave", "creek", "river", "lake", "mountains", "valley", "bay", "peninsula", "canyon",
	"boulevard", "way", "railway", "railroad", "desert", "strait", "sea", "ocean", "gulf", "falls", "heights", "hills", "plaza")
var placeOpenings = set("river", "lake", "mount")

// doctrine reports whether a name's last word names a doctrine, a faith or a movement
// by its ending: "Judaism", "National Socialism", "Christianity". CoNLL files them as
// other names: in CoNLL-2003 train all such names are ("Nazism", "neo-Nazism",
// "pan-Turkism"). Capitals ("UNISM") are left alone: they spell acronyms.
func doctrine(t doc.Token) bool {
	if len(t.Lower) < 6 || text.IsAllCaps(t.Norm) || !startsCapitalised(t) && !strings.Contains(t.Norm, "-") {
		return false
	}
	return strings.HasSuffix(t.Lower, "ism") || strings.HasSuffix(t.Lower, "ianity")
}

// modelCode reports whether a word is a model or index code: capitals, a dash, digits
// and at most one more capital ("F-16", "AK-47", "CH-53", "CAC-40"). A name that opens
// with one is a product, a weapon or an index (MISC): so are 23 of the 24 such names in
// CoNLL-2003 train and dev ("P-51 Mustang", "MiG-29" is left to the tagger).
func modelCode(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 || i+1 >= len(w) || w[i] != '-' {
		return false
	}
	j := i + 1
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	if j == i+1 {
		return false
	}
	return j == len(w) || j+1 == len(w) && w[j] >= 'A' && w[j] <= 'Z'
}

// eventEndings end the names of events, prizes and laws, which CoNLL files as other
// names (MISC): in CoNLL-2003 train and dev every name ending in "Cup" (143), "Open"
// (102), "Prix", "War", "Championship", "Rally" or "Classic" is one. eventOpenings open
// such a name before "of" ("Battle of Hastings", "Treaty of Rome").
var eventEndings = set("cup", "open", "prix", "war", "championship", "championships",
	"rally", "classic", "award", "awards", "prize", "olympics", "tournament", "trophy", "festival")
var eventOpenings = set("battle", "battles", "war", "treaty", "siege", "campaign")

// orgEnding reports whether a name's last word makes it an organisation: a legal form
// ("Inc", "plc") or a head noun only organisations end in (orgOnlyHeads: "the Wagner Group"
// is no work of art, "Virgin Records" no place, "Jimmy Manopo Band" no person).
func orgEnding(t doc.Token) bool {
	return t.Class.Has(doc.ClassLegalSuffix) || orgOnlyHeads[t.Lower]
}

// orgOnlyHeads are the head nouns that make a name of two words or more an organisation,
// whatever type the tagger read: "Aftermath Records", "Lehigh University", "Civil
// Aviation Authority", "Mahavishnu Orchestra". Of CoNLL-2003 train's 272 names of two
// words or more ending in one of them, 267 are organisations (the other five, other
// names: an "... Association", two "... Exchange", two "... Committee"). Left out: nouns that
// also end places or events in CoNLL ("Bank", "House", "Hospital", "Union", "League",
// "Court", "Federation") or in ordinary phrases ("Service").
var orgOnlyHeads = set("group", "holdings", "party", "corporation", "council", "commission",
	"ministry", "department", "association", "university", "authority", "exchange",
	"committee", "airlines", "airways", "records", "club", "society", "institute",
	"college", "school", "agency", "bureau", "foundation", "organisation", "organization",
	"army", "navy", "press", "magazine", "orchestra", "band", "fc")

// timeOrMeasure returns typ, or MISC when the name is one WordNet lists as a time or a
// quantity ("UTC", "Christmas Eve", "GHz"): a holiday, a time zone or a unit is no
// organisation, person or place (CoNLL-2003 tags "GMT" MISC). Months and weekdays are
// left to the tagger: "May" is also a surname.
func timeOrMeasure(lex *Lexicon, toks []doc.Token, typ doc.EntityType) doc.EntityType {
	if typ == doc.EntMisc || lex == nil || len(toks) == 1 && toks[0].Class.Any(doc.ClassMonth|doc.ClassWeekday) {
		return typ
	}
	key := toks[0].Lower
	for _, t := range toks[1:] {
		key += " " + t.Lower
	}
	if k := lex.WordNetKind(key); k == WordNetTime || k == WordNetQuantity {
		return doc.EntMisc
	}
	return typ
}

// isFunctionWord reports whether a token is a closed-class word (a determiner, pronoun,
// preposition, conjunction or negation, with or without a final dot) written with a
// capital, and so no name on its own: "No. 2 seed", "Neither team". Letters in capitals
// are left alone ("US", "IT"). In CoNLL-2003 train, 4 of 23,499 names are such a word.
func isFunctionWord(t doc.Token) bool {
	if t.Kind != doc.TokWord || text.IsAllCaps(t.Norm) && len(t.Norm) > 1 {
		return false
	}
	return text.ClassOf(strings.TrimSuffix(t.Lower, ".")).Any(functionClasses)
}

// functionClasses are the closed word classes isFunctionWord looks for.
const functionClasses = doc.ClassDeterminer | doc.ClassPronoun | doc.ClassPreposition | doc.ClassConjunction | doc.ClassNegation

func isPossessive(l string) bool { return l == "'s" || l == "'" }

// closesBracket reports whether token i is a closing bracket opened inside [a, i):
// "Zeleznik ( B )" keeps its bracket.
func closesBracket(toks []doc.Token, a, i int) bool {
	if toks[i].Norm != ")" {
		return false
	}
	for k := a; k < i; k++ {
		if toks[k].Norm == "(" {
			return true
		}
	}
	return false
}

// innerNameWords are the function words an organisation's or a place's name may hold in
// lower case ("Bank of England", "Stratford-upon-Avon", "AT&T"); the particles of
// personal names ("van", "bin", "de") are the language layer's name particles.
var innerNameWords = set("of", "and", "the", "for", "on", "upon", "in", "at", "&", "'s", "st.")

// inNameWord: a lower-case word that may stand inside a name.
func inNameWord(t *doc.Token) bool {
	return innerNameWords[t.Lower] || text.Is(t.Lower, doc.ClassNameParticle)
}

// splitChunk splits a tagged chunk at lower-case words that cannot be inside a name,
// dropping those words: a verb the tagger swallowed, written in lower case or, in a
// Title Case headline, one the document itself writes in lower case ("Putin Says
// Wagner ..." with "says" in the text). News' general habits are not enough there:
// "Guy Forget", "Dionne Rose" are names made of common words.
func splitChunk(toks []doc.Token, lowered []lowering, a, b int) [][2]int {
	var out [][2]int
	start := a
	for i := a; i < b; i++ {
		t := toks[i]
		if listComma(toks, i, b) {
			// "RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group": a list, not a name
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Norm)
		if t.Kind == doc.TokWord && (unicode.IsLower(r) || lowered != nil && lowered[i] == lowerInDoc) && !inNameWord(&t) && !strings.ContainsAny(t.Norm, "-.") {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	if start < b {
		out = append(out, [2]int{start, b})
	}
	return out
}

// listComma reports whether token i (inside a chunk ending at b) is a comma between two
// names rather than inside one: it is, unless a legal form (the text layer's word class)
// or one of nameAfterComma follows it ("Ferris, Baker Watts, Inc."; "Washington,
// D.C."). Names with a comma inside are 14 of CoNLL-2003 train's 23,499.
func listComma(toks []doc.Token, i, b int) bool {
	if toks[i].Norm != "," || i+1 >= b {
		return false
	}
	next := toks[i+1]
	return !next.Class.Has(doc.ClassLegalSuffix) && !nameAfterComma[next.Lower]
}

// nameAfterComma are the words besides legal forms that a name may put after a comma.
var nameAfterComma = set("co", "d.c.", "jr", "jr.", "sr", "sr.")

func startsCapitalised(t doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Norm)
	return unicode.IsUpper(r)
}

// joinSplitNames mends two names the tagger drew where the text has one:
//   - a one-word name read as a place, organisation or other name, right before a
//     person's name, joins it when the word is a given name: "Jordan Walker said" with
//     "Officials in Jordan" elsewhere in the story is one person, not the country beside
//     a surname (two names side by side with nothing between them are far more often
//     one person's given name and surname than a place and a person);
//   - "Battle", "of" and a place is one event ("Battle of Kells Bridge", MISC);
//   - one word, "and" and a name ending in an institution's or a railway's head noun
//     share that head (sharedHead: "Franklin and Megantic Railway");
//   - a nickname in quotes inside a person's name is part of it (nicknameJoin).
func joinSplitNames(lex *Lexicon, toks []doc.Token, cs []ner.Chunk) []ner.Chunk {
	if lex == nil {
		return cs
	}
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if i+1 < len(cs) && c.Type != 1 && c.End-c.Start == 1 && cs[i+1].Type == 1 && cs[i+1].Start == c.End &&
			lex.givenName(toks[c.Start].Lower) != 0 && !text.IsAllCaps(toks[c.Start].Norm) {
			c = ner.Chunk{Start: c.Start, End: cs[i+1].End, Type: 1}
			i++
		} else if j, end := nicknameJoin(toks, cs, i); end > 0 {
			c = ner.Chunk{Start: c.Start, End: end, Type: 1}
			i = j
		} else if sharedHead(toks, cs, i) {
			// "Portland" + "and" + "Ogdensburg Railroad": one railway between two places
			c = ner.Chunk{Start: c.Start, End: cs[i+1].End, Type: cs[i+1].Type}
			i++
		} else if i+1 < len(cs) && c.End-c.Start == 1 && eventOpenings[toks[c.Start].Lower] && cs[i+1].Start == c.End+1 && toks[c.End].Lower == "of" {
			// "Battle" + "of" + "Kells Bridge": the event is named after the place
			c = ner.Chunk{Start: c.Start, End: cs[i+1].End, Type: 4}
			i++
		}
		out = append(out, c)
	}
	return out
}

// sharedHead reports whether chunk cs[i] is one word that "and" joins to the next
// chunk, of two words or more and ending in a head noun of institutions or railways
// (coordHeads): "Portland and Ogdensburg Railroad", "Truth and Reconciliation
// Commission" name one thing each, the head shared by both words. Of CoNLL-2003
// train's 14 names of that form (one chunk or two), 13 are one name; the other,
// "Gaza Strip and West Bank", has two words before "and".
func sharedHead(toks []doc.Token, cs []ner.Chunk, i int) bool {
	if i+1 >= len(cs) || cs[i].End-cs[i].Start != 1 || cs[i+1].Start != cs[i].End+1 || toks[cs[i].End].Lower != "and" {
		return false
	}
	n := cs[i+1]
	return n.End-n.Start >= 2 && coordHeads[toks[n.End-1].Lower] && startsCapitalised(toks[cs[i].Start])
}

// coordHeads are the head nouns two coordinated words may share: the heads of
// institutions' names, and railways'.
var coordHeads = func() map[string]bool {
	m := set("railway", "railroad")
	for w := range institutionHeads {
		m[w] = true
	}
	for w := range orgOnlyHeads {
		m[w] = true
	}
	return m
}()

// nicknameJoin returns, for the person's name cs[i] followed by a nickname in quotes and
// a surname the tagger read as a person ("William " Cowboy " Cowley") or left untagged
// ("Harold " Junior " Theriault"), the index of the last chunk the joined name takes
// in and its end; (i, 0) when there is none. The nickname is one to three capitalised
// words.
func nicknameJoin(toks []doc.Token, cs []ner.Chunk, i int) (int, int) {
	c := cs[i]
	if c.Type != 1 || c.End >= len(toks) || toks[c.End].Norm != `"` {
		return i, 0
	}
	k := c.End + 1
	for k < len(toks) && k-c.End <= 3 && startsCapitalised(toks[k]) {
		k++
	}
	if k == c.End+1 || k >= len(toks) || toks[k].Norm != `"` {
		return i, 0
	}
	last := i // the last chunk inside the quotes (the tagger may have read the nickname as a name)
	for j := i + 1; j < len(cs) && cs[j].Start <= k+1; j++ {
		if cs[j].Start == k+1 && cs[j].Type == 1 {
			return j, cs[j].End
		}
		if cs[j].End <= k {
			last = j
		} else {
			return i, 0 // a name of another kind after the quotes
		}
	}
	// a surname the tagger left outside every name ("Harold " Junior " Theriault"): one
	// capitalised word, not in capitals, right after the quotes
	if s := k + 1; s < len(toks) && toks[s].Kind == doc.TokWord && startsCapitalised(toks[s]) && !text.IsAllCaps(toks[s].Norm) &&
		(last+1 >= len(cs) || cs[last+1].Start > s) {
		return last, s + 1
	}
	return i, 0
}
