package stance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// This file reads who does what to whom around a side-taking predicate, from the
// sentence's tokens and the entity stage's mentions: the subject to the verb's left
// (across auxiliaries, adverbs, an appositive or a relative pronoun), the object to its
// right (across a determiner or a title), and what cancels the stance (negation, a
// denial or refusal that governs the verb, a hedging modal).

// speakerRef marks a first-person subject or object inside a quote ("I", "we", "me"):
// the quote's speaker.
const speakerRef = -2

// sentenceView is one sentence's tokens with the Doc, for the readers below.
type sentenceView struct {
	d     *doc.Doc
	toks  []doc.Token
	first int // the index in d.Tokens of toks[0]
	// inQuote reports the quote (index into d.Quotes) whose content holds token j, or -1.
	quoteOf func(j int) int
	// signers are the signer of each paragraph's letter (letterSigners), nil when unread.
	signers []int
}

// auxiliaries may stand between a subject and its verb: "Lopez has repeatedly criticized".
// They are the layer's auxiliaries and the adverbs that sit there.
var auxiliaries = text.WordSet(doc.ClassAuxiliary, "also", "just",
	"already", "still", "now", "then", "again", "since", "long", "once", "often", "later",
	"soon", "first", "even", "too", "both", "all", "publicly", "openly")

// conditionals before a subject make its clause a condition: "if Reed backs Lopez".
var conditionals = setOf("if", "unless", "whether")

// hedgingModals make a stance hypothetical: "Reed might criticize Lopez".
var hedgingModals = setOf("may", "might", "could", "can't", "cannot", "wouldn't", "couldn't")

// cancelling verbs govern a stance verb and withhold it: "denied criticising Reed",
// "refused to condemn Reed", "stopped short of endorsing", "avoids condemning".
var cancelling = setOf("deny", "denies", "denied", "denying", "refuse", "refuses", "refused",
	"refusing", "decline", "declines", "declined", "declining", "avoid", "avoids", "avoided",
	"avoiding", "fail", "fails", "failed", "failing", "short", "hesitate", "hesitated",
	"reluctant", "unwilling", "stop", "stopped", "stops", "ceased", "whether", "if", "unless",
	"yet") // "has yet to endorse"

// skippable words may come between a verb and its object's name: a determiner, a
// possessive, a quantifier, a title (Token.Class) or a role word ("praised the late
// Senator John McCain", "attacked fellow Republican Jeb Bush").
func skippable(t doc.Token) bool {
	return t.Class.Any(doc.ClassDeterminer|doc.ClassPossessive|doc.ClassQuantifier|doc.ClassTitle) && !t.Class.Has(doc.ClassNegation) ||
		roleWords[t.Lower]
}

// roleWords describe a person before the name, beside the titles of the word classes.
var roleWords = setOf("fellow", "former", "late", "then", "rival", "candidate", "nominee",
	"leader", "chief", "democrat", "republican", "democratic", "vice", "prime", "attorney",
	"majority", "minority", "house", "senate", "own", "u.s.")

// mentionAt returns the mention starting at token j of the view, or -1.
func (v sentenceView) mentionAt(j int) int {
	if j < 0 || j >= len(v.toks) {
		return -1
	}
	return mentionStartingAt(v.d, v.toks[j].Start)
}

// tokenAfter returns the view index of the first token at or after byte off.
func (v sentenceView) tokenAfter(off int) int {
	for j := range v.toks {
		if v.toks[j].Start >= off {
			return j
		}
	}
	return len(v.toks)
}

// objectFrom returns the object mention that starts at token j, across determiners,
// titles and a premodifying name ("Russian President Vladimir Putin": Putin), and the
// view index just after it (after its "'s" when possessive). possessive is whether the
// object is a possessor ("Novak's claim").
func (v sentenceView) objectFrom(j int) (mi, next int, possessive bool) {
	for n := 0; j < len(v.toks) && n < 5; n++ {
		if m := v.mentionAt(j); m >= 0 {
			end := v.tokenAfter(v.d.Mentions[m].End)
			if end < len(v.toks) && v.toks[end].Lower == "'s" {
				if head, ok := modifiesNext(v, end+1); ok && !v.namesInstrument(head) {
					j = head // "Salem Radio's Hugh Hewitt": Hewitt
					continue
				}
				return m, end + 1, true
			}
			if head, ok := modifiesNext(v, end); ok {
				j = head
				continue
			}
			if end < len(v.toks) && v.toks[end].Norm == v.toks[end].Lower && instrumentWords[v.toks[end].Lower] {
				return -1, end, false // "criticized the Paris agreement": the agreement, not Paris
			}
			if end < len(v.toks) && (v.toks[end].Norm == v.toks[end].Lower || text.IsAllCaps(v.toks[end].Norm)) && (v.toks[end].Class.Has(doc.ClassTitle) || roleWords[v.toks[end].Lower]) {
				// "hammered the Vermont senator", "Hammers Wells Fargo CEO": the object is
				// the senator, the CEO
				return -1, end, false
			}
			return m, end, false
		}
		if e := titlePhraseEnd(v, j); e > j {
			j = e // "criticized Secretary of State Tom Lopez"
			continue
		}
		if isTimeWord(v.toks[j]) && n == 0 {
			j++ // "ruled Friday against", "praised Reed on Monday" is read after the object
			continue
		}
		if g := groupHead(v, j); g > j {
			j = g // "opponents such as Jeb Bush"
			continue
		}
		if !skippable(v.toks[j]) {
			return -1, j, false
		}
		j++
	}
	return -1, j, false
}

// timeWords may stand between a verb and its object or particle ("ruled Friday
// against"), beside the weekdays and months of the word classes.
var timeWords = text.WordSet(doc.ClassTime, "again", "publicly", "repeatedly", "openly")

func isTimeWord(t doc.Token) bool {
	return timeWords[t.Lower] || t.Class.Any(doc.ClassWeekday|doc.ClassMonth)
}

// groupHead skips a lower-case group noun and "such as" or "including" before the names
// it stands for ("opponents such as Jeb Bush", "rivals including Reed"), returning the
// view index after them, or j when there is none.
func groupHead(v sentenceView, j int) int {
	for n := j; n < len(v.toks) && n <= j+2; n++ {
		t := v.toks[n]
		switch {
		case t.Lower == "including" || t.Lower == "like":
			return n + 1
		case t.Lower == "such" && n+1 < len(v.toks) && v.toks[n+1].Lower == "as":
			return n + 2
		case t.Kind != doc.TokWord || t.Norm != t.Lower:
			return j
		}
	}
	return j
}

// modifiesNext reports whether the name that ends before view index end modifies a name
// after it, and where that head name starts: right after it ("Russian Putin"), or after
// one role word ("NATO member Estonia", "Harbor Trust founder Daniel Reed", "Russian
// President Vladimir Putin").
func modifiesNext(v sentenceView, end int) (head int, ok bool) {
	if end >= len(v.toks) {
		return 0, false
	}
	if v.mentionAt(end) >= 0 {
		return end, true
	}
	if e := titlePhraseEnd(v, end); e > end && v.mentionAt(e) >= 0 {
		return e, true // "Republican Secretary of State Jon Husted": Husted
	}
	// one or two role words: "NATO member Estonia", "Florida primary winner Donald Trump"
	for n := end; n < len(v.toks) && n < end+2; n++ {
		t := v.toks[n]
		if t.Kind != doc.TokWord || !roleWord(t) || t.Norm != t.Lower && !skippable(t) && !isAcronym(t.Norm) && !isInitial(t.Norm) {
			return 0, false
		}
		if v.mentionAt(n+1) >= 0 {
			return n + 1, true
		}
	}
	return 0, false
}

// titlePhraseEnd returns the view index after a title written with "of" and one or two
// capitalised words that name no actor ("Secretary of State", "Secretary of Homeland
// Security") starting at j, else j: the name follows it.
func titlePhraseEnd(v sentenceView, j int) int {
	if j+2 >= len(v.toks) || !v.toks[j].Class.Has(doc.ClassTitle) || v.toks[j+1].Lower != "of" {
		return j
	}
	e := j + 2
	for n := 0; n < 2 && e < len(v.toks) && text.IsCapitalised(v.toks[e]) && v.mentionAt(e) < 0; n++ {
		e++
	}
	if e == j+2 {
		return j
	}
	return e
}

// roleWord reports a word that can be a role noun between names: not a determiner, preposition
// or conjunction ("Reed and Chen" are two objects, not one).
func roleWord(t doc.Token) bool {
	return !t.Class.Any(doc.ClassDeterminer|doc.ClassConjunction|doc.ClassPreposition|doc.ClassSubordinator|doc.ClassNegation) && !negators[t.Lower]
}

// subject is what subjectOf found left of a verb.
type subject struct {
	mention int  // the subject's mention, speakerRef for "I"/"we" in a quote, or -1
	negated bool // a negator between subject and verb: "did not criticize"
	hedged  bool // a hedging modal: "might criticize"
	stop    int  // the view index where the walk stopped without a subject ("and"), or -1
	// possessed is the noun when the subject is a possessor ("Reed's campaign"): "".
	possessed string
	// demanded: the holder asks for the noun ("called for sanctions against"), so the
	// noun may not be the subject of an infinitive after its target ("called for
	// criticism of Reed to stop" asks for no criticism).
	demanded bool
}

// representatives speak for their possessor: "Reed's campaign attacked Lopez" is Reed's
// stance; "Reed's supporters attacked Lopez" is not.
var representatives = setOf("campaign", "government", "administration", "office", "spokesman",
	"spokeswoman", "spokesperson", "party", "team", "lawyer", "lawyers", "attorney",
	"attorneys", "ministry", "department", "foundation", "company", "committee")

// subjectOf reads the subject of the verb at view index k: walking left over
// auxiliaries, adverbs and negators to a mention that ends there; across ", who" or
// ", which" and an appositive set off by commas ("Pruitt, the attorney general of
// Oklahoma, sued"); a governing cancelling verb ("denied criticizing") negates it.
func (v sentenceView) subjectOf(k int) subject {
	s := subject{mention: -1, stop: -1}
	for j := v.governedFrom(k, &s); j >= 0 && j >= k-40; j-- {
		next, done := v.subjectStep(k, j, &s)
		if done {
			return s
		}
		j = next
	}
	return s
}

// governedFrom is the view index the subject walk starts from: the word before the
// verb, or for an infinitive or gerund the word before its governing verb, which
// decides ("refused to condemn", "denied criticizing": negated) and whose subject is the
// holder ("intends to hammer", "vowed to sue"; "called on Obama to retaliate against
// Russia": the caller's side).
func (v sentenceView) governedFrom(k int, s *subject) int {
	j := k - 1
	if j > 0 && helpForms[v.toks[j].Lower] && !strings.HasSuffix(v.toks[k].Lower, "ing") {
		// a bare infinitive after "help" is the helper's act: "Reed helped fund the
		// group", "joined Lee to help fund it"; "help" governs it as "plans" does
		return v.governedFrom(j, s)
	}
	if !(j >= 0 && v.toks[j].Lower == "to" || strings.HasSuffix(v.toks[k].Lower, "ing")) {
		return j
	}
	g := j
	if g >= 0 && (v.toks[g].Lower == "to" || v.toks[g].Lower == "of") {
		g--
	}
	for n := 0; n < 2 && g > 0 && g < j && (isTimeWord(v.toks[g]) || n == 1 && (v.toks[g].Lower == "this" || v.toks[g].Lower == "last")); n++ {
		g-- // "announced plans this week to give"
	}
	if g >= 0 && v.toks[g].Lower == "short" && g > 0 {
		g-- // "stopped short of endorsing"
	}
	if g >= 0 && (cancelling[v.toks[g].Lower] || negators[v.toks[g].Lower]) {
		s.negated = true
		return g - 1
	} else if g == j && g > 0 && aspectVerbs[v.toks[g].Lower] && strings.HasSuffix(v.toks[k].Lower, "ing") {
		return g - 1 // a gerund after a verb of aspect: "Reed began attacking Lopez", "kept criticizing"
	} else if g >= 0 && g < j && isGoverning(v.toks[g]) {
		if g > 0 && v.toks[g].POS.IsNoun() && v.toks[g-1].POS.IsVerb() {
			return g - 2 // a verb's plan: "announced plans to give", the announcer's
		}
		return g - 1
	} else if u := v.urgerBefore(g); u >= 0 {
		return u - 1
	}
	return j
}

// subjectStep reads view word j of the walk left from the verb at k into s: done when
// the walk ends there, else the index it goes on from (j, or the far side of a relative,
// an appositive or a parenthesis).
func (v sentenceView) subjectStep(k, j int, s *subject) (int, bool) {
	t := v.toks[j]
	w := t.Lower
	if m := mentionEndingAt(v.d, t.End); m >= 0 && mentionStartingAt(v.d, v.d.Mentions[m].Start) >= 0 {
		v.nameSubject(m, s)
		return j, true
	}
	if j > 1 && t.Kind == doc.TokWord && t.Norm == t.Lower && v.toks[j-1].Lower == "'s" {
		// a possessor: "Obama's outreach was opposed", "Reed's campaign attacked"
		if m := mentionEndingAt(v.d, v.toks[j-2].End); m >= 0 {
			s.mention, s.possessed = m, w
		}
		return j, true
	}
	if m := v.personBeforeRepresentative(j); m >= 0 {
		s.mention, s.possessed = m, w // "the Reed campaign attacked": as "Reed's campaign"
		return j, true
	}
	ing := strings.HasSuffix(v.toks[k].Lower, "ing")
	switch {
	case negators[w]:
		s.negated = true
	case hedgingModals[w]:
		s.hedged = true
	case auxiliaries[w] || isAdverb(t):
	case linkingVerbs[w] && adjectiveFirsts[v.toks[k].Lower]:
		// "Reed got excited about Lopez": the linking verb's subject feels it
	case (w == "i" || w == "we") && v.quoteOf(j) >= 0:
		s.mention = speakerRef
		return j, true
	case (w == "i" || w == "we") && v.signerAt(j) >= 0:
		s.mention = pronounRef(v.signerAt(j)) // a letter's writer: "I despise Reed", signed below
		return j, true
	case v.nominalSubject(j) >= 0:
		s.mention = pronounRef(v.nominalSubject(j)) // "the court ruled"
		return j, true
	case v.quoteOf(j) < 0 && pronounActor(v.d, v.first+j) >= 0:
		s.mention = pronounRef(pronounActor(v.d, v.first+j)) // "he", unlinked: the speaker before
		return j, true
	case w == "who" || w == "which" || w == "that":
		return v.antecedentComma(j), false
	case w == ",":
		return v.acrossComma(k, j, s)
	case j == k-1 && ing && t.POS == doc.NNS:
		// a participle after a plural noun in an appositive: "Oklahoma, one of the states
		// suing the EPA" is Oklahoma's act
		s.mention = v.appositiveOwner(j)
		return j, true
	case w == ")":
		return v.acrossParenthesis(j, s)
	case subordinators[w] && j == k-1 && ing:
		// an adverbial participle takes the main clause's subject: "He made the
		// criticism while showing support for Clinton"
		s.mention = v.sentenceSubject()
		return j, true
	default:
		s.stop = j
		return j, true
	}
	return j, false
}

// nameSubject takes mention m, which ends where the walk is, as the subject, unless it
// is the object of a preposition or a possessor ("the leader of (the) X criticized": the
// subject is not X); after a conditional it is hedged ("if they continue to back
// Clinton": a condition, no side).
func (v sentenceView) nameSubject(m int, s *subject) {
	first := v.tokenAfter(v.d.Mentions[m].Start)
	if first > 0 && (isObjectMarker(v.toks[first-1].Lower) || v.toks[first-1].Lower == "'s") ||
		first > 1 && isObjectMarker(v.toks[first-2].Lower) && skippable(v.toks[first-1]) {
		return
	}
	if first > 0 && conditionals[v.toks[first-1].Lower] {
		s.hedged = true
	}
	s.mention = m
}

// antecedentComma is where the walk goes on from a relative pronoun at j: the comma
// before its antecedent's short description ("Future45, a super PAC that intends to
// hammer Clinton"), else j.
func (v sentenceView) antecedentComma(j int) int {
	c := j - 1
	for ; c > 0 && c >= j-6 && v.toks[c].Lower != ","; c-- {
	}
	if c > 0 && v.toks[c].Lower == "," {
		return c
	}
	return j
}

// acrossComma reads a comma at j: a name set off after its description right before the
// verb is the subject ("the party's leader, Marine Le Pen, voiced support"); else an
// appositive, and the walk goes on from the comma before it, whose left neighbour ends
// the subject ("Pruitt, the attorney general, sued").
func (v sentenceView) acrossComma(k, j int, s *subject) (int, bool) {
	if j > 0 {
		if m := mentionEndingAt(v.d, v.toks[j-1].End); m >= 0 {
			if first := v.tokenAfter(v.d.Mentions[m].Start); first > 0 && v.toks[first-1].Lower == "," && j == k-1 {
				s.mention = m
				return j, true
			}
		}
	}
	c := j - 1
	for ; c >= 0 && c >= j-15 && v.toks[c].Lower != ","; c-- {
		if v.toks[c].Kind == doc.TokQuote {
			return j, true
		}
	}
	if c < 0 || c < j-15 || c == 0 {
		return j, true
	}
	return c, false
}

// acrossParenthesis goes back over a parenthesis after the subject ("Sen. Sherrod Brown
// (D-Ohio) criticized") to its "("; one that does not open within eight words stops the
// walk.
func (v sentenceView) acrossParenthesis(j int, s *subject) (int, bool) {
	c := j - 1
	for ; c > 0 && c >= j-8 && v.toks[c].Lower != "("; c-- {
	}
	if c <= 0 || v.toks[c].Lower != "(" {
		s.stop = j
		return j, true
	}
	return c, false
}

// urgingVerbs ask someone to act: the one who urges an act against or for a target takes
// that side ("Schiff called on Obama to retaliate against Russia", "urged voters to back
// Reed").
var urgingVerbs = setOf("urge", "urges", "urged", "urging", "press", "presses", "pressed",
	"pressing", "implore", "implores", "implored", "imploring", "encourage", "encourages",
	"encouraged", "encouraging", "push", "pushed", "pushes", "pushing")

// urgerBefore: g is the view index of the word before an infinitive's "to"; when it ends
// a name (or "them", "him") that an urging verb or "called on" takes as object ("urged
// Obama to", "called on the president to"), it returns the view index of that verb, else
// -1.
func (v sentenceView) urgerBefore(g int) int {
	if g < 0 || g >= len(v.toks) {
		return -1
	}
	start := g
	if m := mentionEndingAt(v.d, v.toks[g].End); m >= 0 {
		start = v.tokenAfter(v.d.Mentions[m].Start)
	} else if !v.toks[g].Class.Has(doc.ClassAccusative) {
		return -1
	}
	k := start - 1
	for k >= 0 && skippable(v.toks[k]) {
		k--
	}
	switch {
	case k >= 0 && urgingVerbs[v.toks[k].Lower]:
		return k
	case k > 0 && v.toks[k].Lower == "on" && strings.HasPrefix(v.toks[k-1].Lower, "call"):
		return k - 1
	}
	return -1
}

// appositiveOwner reads "NAME, one of the NOUNS" (or "NAME, among the NOUNS") leftwards
// from the plural noun at view index j: the name the appositive describes, or -1.
func (v sentenceView) appositiveOwner(j int) int {
	k := j - 1
	for k >= 0 && (skippable(v.toks[k]) || v.toks[k].POS.IsAdjective() || v.toks[k].Kind == doc.TokNumber) {
		k--
	}
	switch {
	case k >= 1 && v.toks[k].Lower == "of" && v.toks[k-1].Lower == "one":
		k -= 2
	case k >= 0 && v.toks[k].Lower == "among":
		k--
	default:
		return -1
	}
	if k < 1 || v.toks[k].Lower != "," {
		return -1
	}
	return mentionEndingAt(v.d, v.toks[k-1].End)
}

// subordinators open an adverbial participle clause: "while needling", "after praising".
var subordinators = setOf("while", "after", "before", "by", "when", "since", "without")

// sentenceSubject is the mention that opens the sentence (across a determiner or a
// title) when it is a subject, not a possessor or a prepositional head: the shared
// subject of coordinated verbs ("The Ministry denied the report and later rejected
// Novak's account"). -1 when the sentence opens otherwise.
func (v sentenceView) sentenceSubject() int {
	j := 0
	for j < len(v.toks) && skippable(v.toks[j]) {
		j++
	}
	m := v.mentionAt(j)
	if m < 0 {
		if j < len(v.toks) && v.quoteOf(j) < 0 {
			if a := pronounActor(v.d, v.first+j); a >= 0 {
				return pronounRef(a) // an unlinked "He" that opens the sentence
			}
		}
		if j < len(v.toks) {
			// a description that opens the sentence: "The court ruled ..., dealing a blow"
			if ch := v.d.ChunkAt(v.first + j); ch >= 0 {
				if a := nominalActor(v.d, v.d.Chunks[ch].Head); a >= 0 {
					return pronounRef(a)
				}
			}
		}
		return -1
	}
	end := v.tokenAfter(v.d.Mentions[m].End)
	if end < len(v.toks) && (v.toks[end].Lower == "'s" || isObjectMarker(v.toks[end].Lower) || isCoordinator(v.toks[end].Lower) ||
		skippable(v.toks[end]) && !v.toks[end].Class.Has(doc.ClassDeterminer)) {
		return -1 // "The New Jersey governor ...": the name modifies the subject
	}
	return m
}

// nounHolder reads the holder of a noun predicate at view index k: its possessor ("Reed's
// criticism of", "his support for"), the subject of a copula before it ("Lopez has been a
// critic of"), or the name an appositive describes ("Lopez, a longtime critic of").
func (v sentenceView) nounHolder(k int) subject {
	s := subject{mention: -1, stop: -1}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := v.toks[j]
		switch {
		case t.Lower == "'s" && j > 0:
			s.mention = mentionEndingAt(v.d, v.toks[j-1].End)
			return s
		case isBe(t.Lower) || t.Lower == "became" || t.Lower == "become" || t.Lower == "remain":
			return v.subjectOf(j)
		case t.Lower == "for" && j > 0 && demandingVerbs[v.toks[j-1].Lower]:
			// "Lopez called for sanctions against Reed": who asks for the act takes its side
			s = v.subjectOf(j - 1)
			s.demanded = true
			return s
		case t.POS == doc.VBG && j > 0 && (v.toks[j-1].Class.Has(doc.ClassDeterminer) || intensifiers[v.toks[j-1].Lower] ||
			v.toks[j-1].Lower == "more" || v.toks[j-1].Lower == "most"):
			// an adjective in -ing: "more blistering attacks on", "a withering critique of"
		case t.POS.IsVerb() && t.Norm == t.Lower && !receivingVerbs[t.Lower] && !relayingVerbs[t.Lower] &&
			strings.HasSuffix(t.Lower, "ing") && j > 0 && v.toks[j-1].Lower == ",":
			// a participle after a comma shares the sentence's subject: "Rubio has shifted,
			// offering more attacks against Obama"
			if m := v.sentenceSubject(); m >= 0 && v.d.Mentions[m].Type != doc.EntLoc {
				s.mention = m // not a dateline's place: "ATLANTIC CITY — Clinton came, delivering"
			}
			return s
		case t.POS.IsVerb() && t.Norm == t.Lower && !receivingVerbs[t.Lower] && !relayingVerbs[t.Lower]:
			// a verb that takes the noun as object: its subject holds it ("Le Pen voiced
			// support for Trump", "while showing support for Clinton")
			return v.subjectOf(j)
		case t.POS.IsVerb():
			return s // "won the endorsement of X": X's stance, not the winner's
		case t.Lower == "," && j > 0:
			s.mention = mentionEndingAt(v.d, v.toks[j-1].End)
			return s
		case j == k-1 && (t.Lower == "his" || t.Lower == "her" || t.Lower == "their" || t.Lower == "its"):
			s.mention = mentionStartingAt(v.d, t.Start)
			return s
		case negators[t.Lower]:
			s.negated = true
		case hedges[t.Lower] || hedgedNouns[t.Lower]:
			s.hedged = true // "the Ministry's purported assault on": someone's claim, not a fact
		case t.Kind == doc.TokWord && t.Norm == t.Lower && !t.POS.IsVerb() && !t.Class.Has(doc.ClassPreposition):
			// "a longtime vocal critic"; not "Syria, including a critique of": a verb or a
			// preposition ends the noun phrase
		default:
			return s
		}
	}
	return s
}

// hedgedNouns are adjectives that make a stance noun a claim or a possibility: "the
// purported assault on", "an alleged attack on", "a possible lawsuit against".
var hedgedNouns = setOf("purported", "alleged", "supposed", "rumored", "rumoured",
	"possible", "potential", "threatened", "planned", "proposed")

// receivingVerbs take a stance noun as what the subject gets, not gives: "Reed won the
// endorsement of the union" is the union's stance.
var receivingVerbs = setOf("win", "wins", "won", "winning", "receive", "receives", "received",
	"receiving", "get", "gets", "got", "getting", "earn", "earns", "earned", "earning", "secure",
	"secures", "secured", "securing", "seek", "seeks", "sought", "seeking", "lose", "loses",
	"lost", "losing", "need", "needs", "needed", "gain", "gains", "gained", "attract",
	"attracts", "attracted", "draw", "draws", "drew", "drawn", "face", "faces", "faced", "facing")

// demandingVerbs ask for what their "for" phrase names: "called for sanctions against
// Reed", "pushed for an investigation of", "argued for support for Kyiv". Written for
// lede from English usage; inflected by text.VerbForms.
var demandingVerbs = verbFormSet("call", "push", "press", "ask", "argue", "lobby", "clamor",
	"clamour", "plead", "appeal")

// relayingVerbs speak of a stance noun without taking the stance: "Trump cited
// criticism of Lauer" is others' criticism; "Reed dismissed criticism of Lopez" rejects
// it. The subject holds none of it.
var relayingVerbs = setOf("cite", "cites", "cited", "citing", "note", "notes", "noted", "noting",
	"mention", "mentions", "mentioned", "mentioning", "report", "reports", "reported", "reporting",
	"recall", "recalls", "recalled", "recalling", "acknowledge", "acknowledges", "acknowledged",
	"acknowledging", "dismiss", "dismisses", "dismissed", "dismissing", "reject", "rejects",
	"rejected", "rejecting", "deflect", "deflects", "deflected", "deflecting", "ignore",
	"ignores", "ignored", "ignoring", "describe", "describes", "described", "describing")

// ownerOf reads the owner of a claim-like object written with a preposition, at view
// index j: "a request from Democrats", "the claims of Reed", "the report by the Trust".
func (v sentenceView) ownerOf(j int) (mi, next int) {
	for n := j; n < len(v.toks) && n < j+4; n++ {
		switch v.toks[n].Lower {
		case "from", "of", "by":
			if n == j {
				return -1, j
			}
			m, after, _ := v.objectFrom(n + 1)
			return m, after
		}
		if t := v.toks[n]; t.Kind != doc.TokWord || t.Norm != t.Lower {
			return -1, j
		}
	}
	return -1, j
}

// helpForms are the forms of "help", which takes a bare infinitive whose subject is
// its own ("helped fund", "will help elect").
var helpForms = verbFormSet("help")

// aspectVerbs take a gerund whose subject is theirs: "began attacking", "kept
// criticizing", "continued praising". Written for lede from English usage.
var aspectVerbs = verbFormSet("begin/began/begun/beginning", "start", "continue", "keep/kept",
	"resume") // not "quit", "stop": those end the act (cancelling)

// isGoverning is a lower-case verb form that takes an infinitive ("plans to", "vowed
// to"): a word ending in -s or -ed, or a listed one.
func isGoverning(t doc.Token) bool {
	if t.Kind != doc.TokWord || t.Norm != t.Lower || cancelling[t.Lower] {
		return false
	}
	switch t.Lower {
	case "want", "plan", "intend", "vow", "promise", "threaten", "pledge", "seek", "try", "hope", "decide", "move", "appear", "seem", "continue", "began", "begin":
		return true
	}
	return strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
}

// isAdverb is a lower-case adverb ("sharply", "publicly", "long"): tagged RB by the
// language layer or ending in -ly; not a negation.
func isAdverb(t doc.Token) bool {
	if t.Kind != doc.TokWord || t.Norm != t.Lower || t.Class.Has(doc.ClassNegation) {
		return false
	}
	return t.POS.IsAdverb() || strings.HasSuffix(t.Lower, "ly") && len(t.Lower) > 4
}

// eligible reports whether an actor can hold or receive a stance: named (not an
// anonymous source, not a lower-case description such as "top lawmakers") and, for a
// miscellaneous name, a plural group ("Democrats"), not an adjective ("Russian").
func eligible(a *doc.Actor) bool {
	if a.Anonymous || a.Name == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a.Name)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '@' {
		return false
	}
	if first, _, _ := strings.Cut(strings.ToLower(a.Name), " "); text.ClassOf(first).Has(doc.ClassPronoun) || strings.ContainsAny(first, "'’") && !strings.Contains(first, "'s") && !strings.Contains(first, "’s") {
		return false // "I’m", "He": a pronoun or contraction the tagger took for a name
	}
	if isInstrument(a.Name) {
		return false
	}
	if a.Type == doc.EntMisc {
		return strings.HasSuffix(a.Name, "s") && !strings.HasSuffix(a.Name, "'s")
	}
	return true
}

// instrumentWords end the names of laws, plans and programmes, which are not actors: the
// "Affordable Care Act", the "Clean Power Plan".
var instrumentWords = setOf("act", "bill", "law", "treaty", "accord", "accords", "agreement",
	"plan", "program", "programme", "amendment", "resolution", "rule", "rules", "obamacare",
	"medicare", "medicaid", "doctrine", "deal", "pact")

// isInstrument reports a name that is a law, plan or programme by its last word.
func isInstrument(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && instrumentWords[f[len(f)-1]]
}

// isInitial is a first name's initial the entity stage may leave out of the name: "J."
// of "TD Ameritrade founder J. Joe Ricketts".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// isAcronym is an all-capitals word of two or more letters: "CEO", "MP".
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// leadingVerbs put a named leader at a group's head: "states led by West Virginia",
// "a coalition headed by the union".
var leadingVerbs = setOf("led", "headed", "spearheaded")

// leaderWindow is how many words before the verb the group's "led by" may start.
const leaderWindow = 12

// leaderOfSubject reads a subject that is a group led by a named actor, before the
// verb at view index k with no other verb between ("Twenty-seven states led by
// coal-producer West Virginia and industry groups are challenging the EPA's rules": West
// Virginia leads the challenge). It returns the leader's mention, or -1.
func (v sentenceView) leaderOfSubject(k int) int {
	for j := k - 1; j >= 1 && j >= k-leaderWindow; j-- {
		t := v.toks[j]
		if t.Kind == doc.TokQuote || t.Lower == "," && j < k-1 || t.Class.Has(doc.ClassRelative) {
			return -1
		}
		if t.Lower != "by" || !leadingVerbs[v.toks[j-1].Lower] {
			if t.POS.IsVerb() && j < k-1 && !auxiliaries[t.Lower] && !leadingVerbs[t.Lower] && v.mentionAt(j) < 0 && mentionEndingAt(v.d, t.End) < 0 {
				return -1 // another clause's verb: "states that sued the EPA are now challenging"
			}
			continue
		}
		// the leader's name, across a role phrase ("coal-producer West Virginia")
		for n := j + 1; n < k && n <= j+3; n++ {
			if m := v.mentionAt(n); m >= 0 {
				return m
			}
			if u := v.toks[n]; u.Kind != doc.TokWord || u.Norm != u.Lower && !skippable(u) || u.POS.IsVerb() || u.Class.Has(doc.ClassPreposition) {
				return -1
			}
		}
		return -1
	}
	return -1
}

// namesInstrument reports whether the mention at view index j names a law, plan or
// programme ("the EPA's Clean Power Plan"): the possessor before it is the one its
// predicate is about.
func (v sentenceView) namesInstrument(j int) bool {
	m := v.mentionAt(j)
	return m >= 0 && isInstrument(v.d.Slice(v.d.Mentions[m].Span))
}
