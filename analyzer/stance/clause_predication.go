package stance

import (
	"strings"

	"lede/analyzer/doc"
)

// This file reads what a clause says of its subject from the language layer's clauses
// (Doc.Clauses): the opinion words of the verb group and what follows it up to the
// clause's end. It is the reading of a quote's judgement when the few words right after
// the subject hold none: "Clinton is far and away the superior candidate" (superior),
// "he treats me very unfairly" (unfairly).

// subjectClause returns the clause whose subject phrase holds token tok, or -1.
func subjectClause(d *doc.Doc, tok int) int {
	ch := d.ChunkAt(tok)
	if ch < 0 {
		return -1
	}
	ci := d.ClauseOf(d.Chunks[ch].EndToken)
	// the subject comes before its verb: look at the clauses whose verb follows it
	for i := max(ci-1, 0); i >= 0 && i < len(d.Clauses) && i <= ci+3; i++ {
		if d.Clauses[i].Subject == ch {
			return i
		}
	}
	for i := range d.Clauses {
		if d.Clauses[i].Subject == ch {
			return i
		}
	}
	return -1
}

// clausePredicationWindow is how many tokens from the clause's verb its opinion word may
// come: "is [far and away the superior] candidate".
const clausePredicationWindow = 8

// clausePredication reads the opinion word of the clause whose subject holds span m,
// within quote q: the verb itself ("Trump exaggerates") or a word after it in the same
// clause, before a subordinate clause or punctuation opens another statement. It
// returns the word's token and side, and whether the verb group is negated ("Clinton
// doesn't show consistency" against; "Reed is not corrupt": no side, negated). -1 when
// the clause says nothing either way.
func (b *builder) clausePredication(q doc.Quote, m doc.Span) (tok int, side doc.StanceLabel, negated bool) {
	d := b.d
	ci := subjectClause(d, d.TokenAt(m.Start))
	if ci < 0 {
		return -1, doc.StanceNeutral, false
	}
	cl := d.Clauses[ci]
	if d.Tokens[cl.Verb.Head].Start < m.End {
		return -1, doc.StanceNeutral, false // an inverted clause: the mention is not what it judges
	}
	if !judges(d, cl) {
		return -1, doc.StanceNeutral, false
	}
	lex := DefaultLexicon()
	negated = cl.Verb.Negated
	for k := cl.Verb.FirstToken; negated && k <= cl.Verb.EndToken && k < len(d.Tokens); k++ {
		negated = !notOnly(d.Tokens, k) // "display not only competence": no denial
	}
	headWord := d.Tokens[cl.Verb.Head].Lower
	copula := isCopula(headWord) || qualityVerbs[headWord]
	if lackVerbs[headWord] {
		copula, negated = true, !negated // "Reed lacks integrity": a denied virtue
	}
	end := min(cl.EndToken, cl.Verb.FirstToken+clausePredicationWindow)
	best, bestScore, bestNegated := -1, float32(0), false
	for k := cl.Verb.FirstToken; k < end && d.Tokens[k].Start < q.End; k++ {
		t := d.Tokens[k]
		w := t.Lower
		if k >= cl.Verb.EndToken && (t.Kind == doc.TokPunct || t.Class.Any(doc.ClassSubordinator|doc.ClassRelative|doc.ClassPreposition) || contrasts[w]) {
			break // another statement ("Reed won, and ..."), or a complement's complement ("the answer to the problem")
		}
		if negators[w] {
			negated = negated || !notOnly(d.Tokens, k)
			continue
		}
		if evidentials[w] {
			continue
		}
		if b.judgesNothing(k) {
			return -1, doc.StanceNeutral, false // "Fox News is disappointed", "he was criticized"
		}
		if intensifiers[w] || hedges[w] || degreeAdverb(d, k) {
			continue // "a pretty conservative state", "fairly active": the degree, not the judgement
		}
		if !copula && !isAdverb(t) && (k != cl.Verb.Head || !accusingVerb(lex, w)) {
			continue // "NATO is costing us a fortune": the object's words are not the subject's
		}
		s, event, ok := judgementScore(lex, w)
		if !ok || event || t.Norm != t.Lower || s > -0.3 && s < 0.3 || k+1 < len(d.Tokens) && d.Tokens[k+1].Lower == "of" {
			continue // "kind of" hedges; a capitalised word is a name
		}
		if abs32(s) > abs32(bestScore) {
			// the strongest word says it: "treats me very unfairly" is unfair treatment
			best, bestScore, bestNegated = k, s, negated
		}
	}
	switch {
	case best < 0:
	case bestNegated && bestScore > 0:
		return best, doc.StanceAgainst, false // a denied virtue: "doesn't show consistency"
	case bestNegated:
		return -1, doc.StanceNeutral, true // a denied vice is no praise
	case bestScore > 0:
		return best, doc.StanceFor, false
	default:
		return best, doc.StanceAgainst, false
	}
	return -1, doc.StanceNeutral, negated
}

// clauseSubjectIn reports whether span m (a mention) is in the subject phrase of a
// clause whose verb is inside quote q: what the quote says of it is a judgement of it.
func (b *builder) clauseSubjectIn(q doc.Quote, m doc.Span) bool {
	d := b.d
	ci := subjectClause(d, d.TokenAt(m.Start))
	if ci < 0 {
		return false
	}
	cl := d.Clauses[ci]
	if !judges(d, cl) {
		return false
	}
	head := d.Tokens[d.Chunks[cl.Subject].Head]
	if head.Start < m.Start || head.End > m.End {
		return false // "U.S. troops are": the name modifies the subject
	}
	if first := d.Chunks[cl.Subject].FirstToken; first > 0 && d.Tokens[first-1].Class.Has(doc.ClassPreposition) {
		return false // "years in Congress is long enough": Congress is not the subject
	}
	v := d.Tokens[cl.Verb.Head]
	return v.Start >= m.End && v.End <= q.End && v.Start >= q.Start
}

// judges reports whether a clause states something of its subject now or before: not an
// infinitive or participle ("in Congress to strengthen it"), a prediction or possibility
// ("Republicans will win", "Obama could name someone"), a condition ("if Reed is") or a
// wh-clause ("where she's strong").
func judges(d *doc.Doc, cl doc.Clause) bool {
	switch cl.Verb.Tense {
	case doc.TenseNonFinite, doc.TenseFuture, doc.TenseModal:
		return false
	}
	if subjunctive(d, cl) {
		return false
	}
	k := cl.FirstToken - 1
	for ; k > 0 && k >= cl.FirstToken-3 && (isAdverb(d.Tokens[k]) || d.Tokens[k].POS.IsAdjective()); k-- {
	}
	if k >= 0 && d.Tokens[k].Class.Has(doc.ClassWh) && int(d.Tokens[k].Sentence) == cl.Sentence {
		return false // "how far he's willing to go", "where she's strong": not an assertion about them
	}
	return !conditionBefore(d, cl)
}

// degreeAdverb reports an adverb that grades the adjective or adverb after it ("pretty
// conservative", "exceptionally well", "right now"): the word after it is the judgement.
func degreeAdverb(d *doc.Doc, k int) bool {
	if k+1 >= len(d.Tokens) || !isAdverb(d.Tokens[k]) {
		return false
	}
	n := d.Tokens[k+1].POS
	return n.IsAdjective() || n.IsAdverb()
}

// accusingVerb: a verb that is itself a charge against its subject ("Trump exaggerates",
// "they leak it", "Reed lied"): a negative opinion word. A verb of positive doing ("Reed
// leads", "wins", "helps") reports an act, it does not praise.
func accusingVerb(lex *Lexicon, w string) bool {
	s, event, ok := judgementScore(lex, w)
	return ok && !event && s <= -0.3
}

// qualityVerbs take a quality of their subject as object: "Chen doesn't show any
// integrity", "Reed has courage" judge the subject as a copula's complement does.
var qualityVerbs = setOf("have", "has", "had", "show", "shows", "showed", "shown", "display",
	"displays", "displayed", "demonstrate", "demonstrates", "demonstrated")

// lackVerbs deny their object of the subject: "Reed lacks integrity".
var lackVerbs = setOf("lack", "lacks", "lacked")

// isCopula: a verb that links its subject to a description ("is", "became", "seems"):
// the description's words judge the subject.
func isCopula(w string) bool {
	switch w {
	case "become", "becomes", "became", "remain", "remains", "remained", "seem", "seems", "seemed",
		"look", "looks", "looked", "sound", "sounds", "sounded", "appear", "appears", "appeared":
		return true
	}
	return isBe(w)
}

// conditionBefore reports a conditional ("if", "unless", "whether") between the
// clause's subject and the comma or quotation mark before it ("If indeed Obama is", "if he
// is asked questions he is unable to answer"): a condition judges no one.
func conditionBefore(d *doc.Doc, cl doc.Clause) bool {
	first := d.Sentences[cl.Sentence].FirstToken
	for k := cl.FirstToken - 1; k >= first; k-- {
		t := d.Tokens[k]
		if t.Kind == doc.TokPunct || t.Kind == doc.TokQuote {
			return false
		}
		if conditionals[t.Lower] {
			return true
		}
	}
	return false
}

// notOnly reports a "not" that adds rather than denies: "not only competence but
// character", "not just a critic".
func notOnly(toks []doc.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Lower != "not" {
		return false
	}
	switch toks[k+1].Lower {
	case "only", "just", "merely", "simply":
		return true
	}
	return false
}

// subjunctive reports a bare verb after a singular subject, which states no fact but
// what should be: "a mandate that she display competence", "they demand that Reed
// resign". A present statement would say "displays".
func subjunctive(d *doc.Doc, cl doc.Clause) bool {
	v := d.Tokens[cl.Verb.Head]
	if cl.Subject < 0 || cl.Subject >= len(d.Chunks) || cl.Verb.FirstToken != cl.Verb.Head || v.POS != doc.VB && v.POS != doc.VBP ||
		strings.HasSuffix(v.Lower, "s") || isBe(v.Lower) {
		return false // "she displays", "she is": a statement
	}
	h := d.Tokens[d.Chunks[cl.Subject].Head]
	if h.Class.Has(doc.ClassPronoun) {
		return h.Class.Has(doc.ClassThirdPerson) && !h.Class.Has(doc.ClassPlural)
	}
	return h.POS == doc.NN || h.POS == doc.NNP
}
