package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// tokRange is a half-open range of token indices [a, b); a < 0 means none.
type tokRange struct{ a, b int }

var noRange = tokRange{-1, -1}

func (r tokRange) ok() bool { return r.a >= 0 && r.b > r.a }

// span converts a token range to a byte span, NoSpan when empty.
func (f *finder) span(r tokRange) doc.Span {
	if !r.ok() {
		return doc.NoSpan
	}
	return doc.Span{Start: f.toks[r.a].Start, End: f.toks[r.b-1].End}
}

// npToken reports whether token i can be part of a speaker noun phrase: a capitalised
// word, a number, a possessive 's, or a lower-case word that is not a function word.
func (f *finder) npToken(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := f.toks[i]
	if f.inMarks[i] {
		return false
	}
	switch t.Kind {
	case doc.TokNumber:
		return true
	case doc.TokWord:
		if t.Lower == "'s" {
			return true
		}
		if t.Lower == "her" && i+1 < len(f.toks) && f.toks[i+1].Kind == doc.TokWord && !f.inMarks[i+1] &&
			!stopWords[f.toks[i+1].Lower] && !isSubjectPronounTok(f.toks[i+1]) && !isObjectPronounTok(f.toks[i+1]) && cueOf(f.toks[i+1].Lower) == cueNone {
			return true // "her office", "her spokesman": a possessive, like "his"
		}
		if stopWords[t.Lower] || isSubjectPronounTok(t) || isObjectPronounTok(t) {
			return false
		}
		if text.IsLowerWord(t) && cueOf(t.Lower) != cueNone && !anonymousHeads[t.Lower] && !(i > 0 && f.toks[i-1].Lower == "'s") {
			return false // a verb, unless a possessive makes it a noun ("Cruz's thinking")
		}
		return true
	case doc.TokPunct:
		// "26% say": a share of those polled
		if t.Norm == "%" && i > 0 && f.toks[i-1].Kind == doc.TokNumber && !t.SpaceBefore {
			return true
		}
		// "AT&T", "Hewlett-Packard", "9/11 widow Terry Strada": joiners inside a word
		return t.Norm == "&" || (t.Norm == "-" || t.Norm == "/") && !t.SpaceBefore && i+1 < len(f.toks) && !f.toks[i+1].SpaceBefore
	}
	return false
}

// isPronounAt reports whether token i is a subject (or, with object, an object) pronoun.
func (f *finder) isPronounAt(i int, object bool) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := f.toks[i]
	if t.Kind != doc.TokWord || f.inMarks[i] {
		return false
	}
	// "you" is the reader or the interviewer, never the quoted source
	if isSubjectPronounTok(t) && t.Lower != "you" {
		return true
	}
	return object && isObjectPronounTok(t)
}

// checkPhrase trims and validates a candidate noun phrase [a, b): it must open with a
// determiner, a capitalised word or a number, or be a bare plural that names a source
// ("officials", "senior aides"). It returns the kept range.
func (f *finder) checkPhrase(a, b int) (tokRange, bool) {
	for a < b && (f.toks[a].Lower == "'s" || introWords[f.toks[a].Lower] && !isDeterminerTok(f.toks[a])) {
		a++
	}
	for b > a && f.toks[b-1].Lower == "'s" {
		b--
	}
	if a >= b {
		return noRange, false
	}
	hasAnchor := false
	for i := a; i < b; i++ {
		t := f.toks[i]
		if text.IsCapitalised(t) || t.Kind == doc.TokNumber || isDeterminerTok(t) {
			hasAnchor = true
			break
		}
	}
	if !hasAnchor {
		// a bare plural or role noun: "sources", "senior officials", "security
		// specialists"; or records that speak for whoever kept them ("state records
		// show", "fundraising documents show")
		if h := f.toks[b-1]; (anonymousHeads[h.Lower] || peoplePlural(h) || recordHeads[h.Lower]) && b-a <= 3 {
			return tokRange{a, b}, true
		}
		return noRange, false
	}
	// drop leading lower-case words before the first anchor ("reluctant the ..." cannot be)
	for a < b {
		t := f.toks[a]
		if text.IsCapitalised(t) || t.Kind == doc.TokNumber || isDeterminerTok(t) {
			break
		}
		a++
	}
	// the head (last word) must be a word, not a lone determiner, unless the determiner
	// stands for a noun ("another said", "some argue")
	if isDeterminerTok(f.toks[b-1]) && b-a == 1 && !pronounDeterminers[f.toks[b-1].Lower] {
		return noRange, false
	}
	return tokRange{a, b}, true
}

// recordHeads are plural nouns of written records, a source without a determiner.
var recordHeads = words(`records documents filings data figures reports polls surveys statistics numbers tallies estimates`)

// participleLeads introduce a participle whose subject is the clause's ("upon saying").
var participleLeads = words(`upon after before while when by without`)

// relativePronoun reports whether w opens a relative clause whose subject it is.
func relativePronoun(w string) bool { return w == "who" || w == "which" || w == "that" }

// pronounDeterminers can stand alone as a source: "another said", "some argue".
// They are the layer's quantifiers, with "one" and "others".
var pronounDeterminers = text.WordSet(doc.ClassQuantifier, `one others`)

// phraseEndingAt parses a speaker noun phrase that ends at token j (inclusive), not
// reaching left of lo.
func (f *finder) phraseEndingAt(lo, j int) (tokRange, bool) {
	if j < lo {
		return noRange, false
	}
	if f.isPronounAt(j, false) {
		return tokRange{j, j + 1}, true
	}
	// "most of them", "two of us": a quantity of a group
	if j-2 >= lo && (f.toks[j].Lower == "them" || f.toks[j].Lower == "us") && f.toks[j-1].Lower == "of" &&
		(pronounDeterminers[f.toks[j-2].Lower] || numberWord(f.toks[j-2].Lower) || f.toks[j-2].Kind == doc.TokNumber ||
			f.toks[j-2].Lower == "all" || f.toks[j-2].Lower == "none" || f.toks[j-2].Lower == "each") {
		return tokRange{j - 2, j + 1}, true
	}
	i := j
	for i >= lo && j-i < 12 && f.npToken(i) {
		i--
	}
	if i == j {
		return noRange, false
	}
	return f.checkPhrase(i+1, j+1)
}

// phraseStartingAt parses a speaker noun phrase that starts at token k, before hi.
func (f *finder) phraseStartingAt(k, hi int, object bool) (tokRange, bool) {
	if k >= hi {
		return noRange, false
	}
	if f.isPronounAt(k, object) {
		return tokRange{k, k + 1}, true
	}
	i := k
	named := false // a capitalised word was seen with no determiner before it
	for i < hi && i-k < 12 && f.npToken(i) {
		t := f.toks[i]
		if i == k && !isDeterminerTok(t) && text.IsCapitalised(t) {
			named = true
		}
		// a determiner opens a noun phrase, so one inside starts the next phrase:
		// "told reporters the documents had been backdated"
		if i > k && isDeterminerTok(t) && !numberWord(t.Lower) && f.toks[i-1].Lower != "'s" {
			break
		}
		// a name ends at the first lower-case word ("Trump attacked ..."), and so does a
		// determiner and a name before a past form ("the Supreme Court blocked ...")
		if named && text.IsLowerWord(t) && !inNameParticle(t.Lower) && f.toks[i-1].Lower != "'s" ||
			i > k && text.IsCapitalised(f.toks[i-1]) && text.IsLowerWord(t) && strings.HasSuffix(t.Lower, "ed") {
			// unless the lower-case words are a role between an affiliation and the
			// name it premodifies: "MSNBC host Chris Matthews", "Trump campaign
			// spokesman Jason Miller" (the name after them is the head)
			if e := f.roleBeforeName(i, hi); e > i {
				i = e
				continue
			}
			break
		}
		i++
	}
	if i == k {
		return noRange, false
	}
	return f.checkPhrase(k, i)
}

// roleBeforeName returns the token after a run of lower-case words from i that ends in a
// role noun followed by a capitalised word ("host" in "MSNBC host Chris Matthews",
// "campaign spokesman" in "Trump campaign spokesman Jason Miller"), or i when there is
// none.
func (f *finder) roleBeforeName(i, hi int) int {
	e := i
	for e < hi && e-i < 4 && text.IsLowerWord(f.toks[e]) && !f.inMarks[e] && !stopWords[f.toks[e].Lower] &&
		!isDeterminerTok(f.toks[e]) && cueOf(f.toks[e].Lower) == cueNone {
		e++
	}
	// the last of them a role, or a noun the tagger reads as one before a proper noun
	// ("party boss Reince Priebus")
	if e == i || e >= hi || !text.IsCapitalised(f.toks[e]) || f.inMarks[e] ||
		!(roleNoun(f.toks[e-1].Lower) || f.toks[e-1].POS == doc.NN && f.toks[e].POS.IsProperNoun()) {
		return i
	}
	return e
}

// roleNoun reports whether a lower-case noun names a person by a role or an office
// ("host", "chief", "spokesman", "director", "nominee").
func roleNoun(w string) bool {
	return roleNouns[w] || anonymousHeads[w] || personNoun(w)
}

// roleNouns are roles that personNoun's endings miss.
var roleNouns = words(`host chief head widow widower anchor aide nominee candidate secretary
	executive president official counsel general minister deputy attorney envoy ambassador
	pastor bishop rabbi imam chair coach star veteran ally allies friend friends colleague
	colleagues`)

// inNameParticle: a lower-case word inside a person's or an institution's name ("Ludwig
// van Beethoven", "Bank of England"): the language layer's name particles, and "of".
func inNameParticle(lower string) bool {
	return lower == "of" || text.Is(lower, doc.ClassNameParticle)
}

// accordingPhrase reads the source after "according to": a phrase, with any lower-case
// words that finish it before a comma ("the police report"). A source that is no person
// ("state law", "early results of exit polls conducted for the AP") runs to the comma
// or the end of the frame when no clause comes first (see accordingToComma).
func (f *finder) accordingPhrase(k, hi int) (tokRange, bool) {
	r, ok := f.accordingPhraseShort(k, hi)
	if e := f.accordingToComma(k, hi); e > k && (!ok || e > r.b) {
		return tokRange{k, e}, true
	}
	return r, ok
}

// accordingToComma returns the token that ends an "according to" source opening at k:
// the next comma or hi, within 25 tokens and with no quotation, colon, cue verb or
// auxiliary on the way (those make a clause, not a source); k when there is none.
func (f *finder) accordingToComma(k, hi int) int {
	for e := k; e < hi && e-k <= 25; e++ {
		t := f.toks[e]
		switch {
		case t.Norm == ",":
			if e-k >= 1 {
				return e
			}
			return k
		case f.inMarks[e] || t.Kind == doc.TokQuote || isSentenceEnd(t) || t.Norm == ":" || t.Norm == ";" || t.Kind == doc.TokDash ||
			f.cueAt(e) != cueNone || auxiliaries[t.Lower] && t.Lower != "'s":
			if isSentenceEnd(t) && e-k >= 1 && e+1 >= hi {
				return e
			}
			return k
		}
	}
	if hi-k >= 1 && hi-k <= 25 {
		return hi
	}
	return k
}

func (f *finder) accordingPhraseShort(k, hi int) (tokRange, bool) {
	r, ok := f.phraseStartingAt(k, hi, false)
	if !ok {
		// a bare plural: "according to city engineers"
		b := k
		for b < hi && b-k < 4 && text.IsLowerWord(f.toks[b]) && !stopWords[f.toks[b].Lower] && !f.inMarks[b] {
			b++
		}
		if b == k || !strings.HasSuffix(f.toks[b-1].Lower, "s") {
			return noRange, false
		}
		return tokRange{k, b}, true
	}
	for r.b < hi && r.b-r.a < 12 && text.IsLowerWord(f.toks[r.b]) && !stopWords[f.toks[r.b].Lower] && !f.inMarks[r.b] {
		r.b++
	}
	return r, true
}

// chainVerbs take a participle of saying after them: "kept saying", "began asking".
var chainVerbs = words(`kept keeps began begins started starts stopped continued continues
	remembers remembered recalls recalled`)

// weekdays may stand bare between a subject and its cue ("Priebus Thursday told").
var weekdays = text.WordSet(doc.ClassWeekday, `yesterday today`)

// prepositions put a noun phrase inside a prepositional phrase, where it is no subject.
// They are the prepositions that open such a phrase; the whole class of the language
// layer (with "as", "like", "to", "up", "since") costs 20 sources on PolNeAR train.
// They are the language layer's preposition class.
var prepositions = words(`of in on at for with by from about into over under against between
	among through during without toward towards upon within`)

// headAcrossPhrases walks left from phrase r over up to three prepositional phrases
// ("of ...", "for ...", "familiar with ...") to a noun phrase that opens the clause at lo
// and returns it.
func (f *finder) headAcrossPhrases(lo int, r tokRange) (tokRange, bool) {
	for hops := 0; hops < 3 && r.a-2 >= lo && prepositions[f.toks[r.a-1].Lower]; hops++ {
		end := r.a - 2
		if f.toks[end].Lower == "familiar" || f.toks[end].Lower == "close" {
			end--
		}
		h, ok := f.phraseEndingAt(lo, end)
		if !ok {
			return noRange, false
		}
		if h.b-h.a >= 2 && text.IsLowerWord(f.toks[h.b-1]) && strings.HasSuffix(f.toks[h.b-1].Lower, "ing") {
			// "Protesters marching through the streets chanted": a participle that
			// modifies the head, no part of it
			h.b--
		}
		if h.a == lo || f.subjectStart(lo, h.a) {
			if isDeterminerTok(f.toks[h.a]) || text.IsCapitalised(f.toks[h.b-1]) || anonymousHeads[f.toks[h.b-1].Lower] || f.toks[h.b-1].Norm == "%" {
				return h, true
			}
			return noRange, false
		}
		r = h
	}
	return noRange, false
}

// framePrepositions open a phrase of manner or place between a subject and its cue ("in
// an interview", "on Twitter").
var framePrepositions = words(`in on at during via through`)

// quoteSpeakerClosingAt returns the speaker found in the text for the direct quote whose
// closing mark is token j, or the comma at j just after it (`"...," adding`, `"...",
// adding`). A quote with an inherited or missing speaker gives none.
func (f *finder) quoteSpeakerClosingAt(lo, j int) (tokRange, bool) {
	if f.toks[j].Norm == "," && j-1 >= lo {
		j--
	}
	if j < lo || f.toks[j].Kind != doc.TokQuote {
		return noRange, false
	}
	i, ok := f.closedBy[j]
	if !ok {
		return noRange, false
	}
	if q := f.drafts[i]; q.speaker.ok() && q.from < 0 {
		return q.speaker, true
	}
	return noRange, false
}

// earlierCueSpeaker finds, just before the comma at j, a finite cue verb and its speaker
// ("..., Nefzi said, adding"; "Graham said on MSNBC, adding").
func (f *finder) earlierCueSpeaker(j int) (tokRange, bool) {
	lo, _ := f.sentenceBounds(j)
	for c := j - 1; c >= lo && c >= j-12; c-- {
		t := f.toks[c]
		if t.Kind == doc.TokQuote || f.inMarks[c] {
			continue // a title in marks: `said on MSNBC's "Morning Joe," adding`
		}
		if !text.IsLowerWord(t) || cueOf(t.Lower) != cueSpeech || strings.HasSuffix(t.Lower, "ing") {
			continue
		}
		if r, ok := f.speakerBefore(max(lo, c-30), c); ok {
			return r, true
		}
		if r, ok := f.phraseStartingAt(c+1, j, false); ok && r.a == c+1 {
			return r, true // "..., said Nefzi, adding"
		}
		break
	}
	return noRange, false
}

// subjectStart reports whether a phrase starting at token a can be a clause's subject:
// it opens the frame [lo, ...), or follows a quotation mark, a colon, a dash or a
// conjunction, not a preposition or a comma.
func (f *finder) subjectStart(lo, a int) bool {
	if a <= lo {
		return true
	}
	p := f.toks[a-1]
	switch {
	case p.Kind == doc.TokQuote || p.Kind == doc.TokDash || p.Norm == ":" || p.Norm == ";":
		return true
	case p.Lower == "and" || p.Lower == "but" || p.Lower == "that" || p.Lower == "while" || p.Lower == "as" || p.Lower == "when":
		return true
	case p.Norm == ",":
		return f.openingAdverbial(lo, a-1)
	}
	return false
}

// openingAdverbial reports whether tokens [lo, comma) are a short adverbial that opens the
// clause ("After months of talks, the mayor ... said"): a preposition or an opening word
// first, no other comma and no cue verb before the comma.
func (f *finder) openingAdverbial(lo, comma int) bool {
	first := f.toks[lo].Lower
	if comma-lo == 1 && isTimeWord(first) {
		return true // "Friday, the union ... asked"
	}
	if comma-lo < 2 || comma-lo > 15 {
		return false
	}
	if !introWords[first] && !prepositions[first] && !isTimeWord(first) {
		return false
	}
	for i := lo + 1; i < comma; i++ {
		if f.toks[i].Norm == "," || f.inMarks[i] || f.cueAt(i) != cueNone {
			return false
		}
	}
	return true
}

// skipParenLeft steps left over a short parenthetical ending at j ("(D-Wis.)").
func (f *finder) skipParenLeft(lo, j int) int {
	if j < lo || f.toks[j].Norm != ")" {
		return j
	}
	for k := j - 1; k >= lo && k >= j-8; k-- {
		if f.toks[k].Norm == "(" {
			return k - 1
		}
	}
	return j
}

// clauseSubject returns the subject phrase at the start of the clause that ends at
// token j: the sentence's first noun phrase, after an opening conjunction or adverb.
func (f *finder) clauseSubject(lo, j int) (tokRange, bool) {
	k := lo
	for k < j && (f.inMarks[k] || f.toks[k].Kind != doc.TokWord) {
		k++
	}
	// a dateline ("WASHINGTON —") is not the subject
	if k+1 < j && text.IsAllCaps(f.toks[k].Norm) && len(f.toks[k].Norm) > 2 {
		for m := k + 1; m < j && m < k+6; m++ {
			if f.toks[m].Kind == doc.TokDash || f.toks[m].Norm == "-" {
				k = m + 1
				break
			}
		}
	}
	// an opening adverbial ("In a speech Tuesday, Trump ...", "Meanwhile, it ...") is
	// not the subject: start after its comma
	intro := false
	if k < j && (introWords[f.toks[k].Lower] || strings.HasSuffix(f.toks[k].Lower, "ly") || strings.HasSuffix(f.toks[k].Lower, "ing") ||
		isTimeWordTok(f.toks[k]) || f.toks[k].Kind == doc.TokNumber || numberWord(f.toks[k].Lower)) {
		for m := k + 1; m < j && m < k+15; m++ {
			if f.toks[m].Norm == "," {
				k, intro = m+1, true
				break
			}
		}
		if !intro {
			// no comma closes the opening ("On September 27 they published ..."): the
			// subject is a pronoun after it, or unknown
			for m := k + 1; m < j && m < k+8; m++ {
				if f.isPronounAt(m, false) {
					return tokRange{m, m + 1}, true
				}
			}
			return noRange, false
		}
	}
	for k < j && (f.inMarks[k] || f.toks[k].Kind != doc.TokWord || stopWords[f.toks[k].Lower] && !isSubjectPronounTok(f.toks[k]) ||
		text.IsCapitalised(f.toks[k]) && strings.HasSuffix(f.toks[k].Lower, "ly")) {
		k++
	}
	// a phrase followed by a comma is still part of the opening ("Speaking in Salem, New
	// Hampshire, Trump went ..."): the subject is the phrase before the verb
	r, ok := f.phraseStartingAt(k, j, false)
	for tries := 0; ok && intro && tries < 2; tries++ {
		if r.b >= j-1 || f.toks[r.b].Norm != "," || f.isPronounAt(r.a, false) {
			break
		}
		next, nok := f.phraseStartingAt(r.b+1, j, false)
		if !nok {
			break
		}
		r = next
	}
	return r, ok
}

// clauseStartsAt reports whether a phrase starting at token a opens its clause: before it
// within the frame [lo, a) only punctuation and conjunctions, then at most a few words
// that run straight into the phrase ("retired" in "retired general Lloyd Newton").
func (f *finder) clauseStartsAt(lo, a int) bool {
	if a < lo {
		return false
	}
	i := a - 1
	for ; i >= lo && a-i <= 3; i-- {
		t := f.toks[i]
		if t.Kind != doc.TokWord || !f.npToken(i) {
			break
		}
	}
	for ; i >= lo; i-- {
		t := f.toks[i]
		if t.Kind == doc.TokNumber || t.Kind == doc.TokWord && t.Lower != "and" && t.Lower != "but" {
			return false
		}
	}
	return true
}

// peoplePlural reports whether t is a lower-case plural that names people by what they do
// ("specialists", "historians"); wider endings ("-ers", "-ents") catch objects too.
func peoplePlural(t doc.Token) bool {
	if !text.IsLowerWord(t) || stopWords[t.Lower] || len(t.Lower) < 6 {
		return false
	}
	for _, suf := range []string{"ists", "ians"} {
		if strings.HasSuffix(t.Lower, suf) {
			return true
		}
	}
	return false
}

// isLyAdverb reports whether t is a lower-case adverb in -ly ("angrily said").
func isLyAdverb(t doc.Token) bool {
	return text.IsLowerWord(t) && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly") && !anonymousHeads[t.Lower]
}
