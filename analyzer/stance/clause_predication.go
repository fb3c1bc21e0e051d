package stance

import "lede/analyzer/doc"

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
	if cl.Verb.Tense == doc.TenseNonFinite || conditionBefore(d, cl) {
		return -1, doc.StanceNeutral, false // "in Congress to strengthen it", "if Reed is": no judgement
	}
	lex := DefaultLexicon()
	negated = cl.Verb.Negated
	copula := isCopula(d.Tokens[cl.Verb.Head].Lower)
	end := min(cl.EndToken, cl.Verb.FirstToken+clausePredicationWindow)
	for k := cl.Verb.FirstToken; k < end && d.Tokens[k].Start < q.End; k++ {
		t := d.Tokens[k]
		w := t.Lower
		if k >= cl.Verb.EndToken && (t.Kind == doc.TokPunct || t.Class.Any(doc.ClassSubordinator|doc.ClassRelative) || contrasts[w]) {
			break // another statement: "Reed won, and ..."
		}
		if negators[w] {
			negated = true
			continue
		}
		if !copula && k != cl.Verb.Head && !t.POS.IsAdverb() {
			continue // "NATO is costing us a fortune": the object's words are not the subject's
		}
		s, event, ok := lex.Score(w)
		if !ok || event || t.Norm != t.Lower || s > -0.3 && s < 0.3 || k+1 < len(d.Tokens) && d.Tokens[k+1].Lower == "of" {
			continue // "kind of" hedges; a capitalised word is a name
		}
		switch {
		case negated && s > 0:
			return k, doc.StanceAgainst, false // a denied virtue: "doesn't show consistency"
		case negated:
			return -1, doc.StanceNeutral, true // a denied vice is no praise
		case s > 0:
			return k, doc.StanceFor, false
		}
		return k, doc.StanceAgainst, false
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
	if cl.Verb.Tense == doc.TenseNonFinite || conditionBefore(d, cl) {
		return false
	}
	v := d.Tokens[cl.Verb.Head]
	return v.Start >= m.End && v.End <= q.End && v.Start >= q.Start
}

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
