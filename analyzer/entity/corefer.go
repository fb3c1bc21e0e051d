package entity

import (
	"math"
	"sort"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// lookback is how many sentences back a pronoun looks for its antecedent.
const lookback = 3

// recent is one earlier mention a pronoun or role noun may refer to.
type recent struct {
	actor    int
	sentence int
	token    int  // index of the mention's first token
	subject  bool // the first mention of its sentence (a cheap subject test)
}

// linkReferences finds pronouns and role nouns ("the spokesperson", "the agency") and
// links each to the most likely earlier actor, as new mentions of kind pronoun/nominal.
func linkReferences(d *doc.Doc) {
	l := &linker{d: d, lastSeen: make([]int, len(d.Actors)), ix: newNominalIndex(d)}
	for i := range l.lastSeen {
		l.lastSeen[i] = -1
	}
	for si, s := range d.Sentences {
		l.startSentence(si)
		for ti := s.FirstToken; ti < s.EndToken; ti++ {
			if l.enterNames(ti) || d.Tokens[ti].Kind != doc.TokWord {
				continue
			}
			if l.linkPronoun(s, ti) {
				continue
			}
			if end, ok := l.linkNominal(s, ti); ok {
				ti = end - 1
			}
		}
	}
	d.AddMentions(l.added)
}

// linker walks the text once, keeping the mentions a pronoun may refer to.
type linker struct {
	d        *doc.Doc
	added    []doc.Mention // the pronoun and nominal mentions found
	window   []recent      // the mentions of the last lookback sentences, in text order
	lastSeen []int         // token index of each actor's latest mention, -1: none yet
	next     int           // next name mention to enter the window
	ix       *nominalIndex
	sentence int
	// firstInSentence: no subject-like mention seen yet in this sentence
	firstInSentence bool
}

// startSentence moves to sentence si and drops what is too far back.
func (l *linker) startSentence(si int) {
	l.sentence, l.firstInSentence = si, true
	k := 0
	for k < len(l.window) && l.window[k].sentence < si-lookback {
		k++
	}
	l.window = l.window[k:]
}

// enterNames puts the name mentions starting at token ti into the window, and reports
// whether ti lies inside a name.
func (l *linker) enterNames(ti int) bool {
	d, t := l.d, l.d.Tokens[ti]
	for l.next < len(d.Mentions) && d.Mentions[l.next].Start <= t.Start {
		m := d.Mentions[l.next]
		if m.Actor >= 0 && m.Kind == doc.MentionName {
			// a name that modifies what follows ("Russian", "Kremlin" in "Kremlin
			// Spokesperson Dmitry Peskov") is not the sentence's subject
			// nor is a name after a preposition ("debated in Ottawa, where the Trust said")
			modifier := m.Type == doc.EntMisc || modifiesNext(d, m) || afterPreposition(d, ti)
			l.window = append(l.window, recent{actor: m.Actor, sentence: l.sentence, token: ti, subject: l.firstInSentence && !modifier})
			l.lastSeen[m.Actor] = ti
			if d.Actors[m.Actor].Type == doc.EntOrg {
				l.ix.lastOrg = m.Actor
			}
			if !modifier {
				l.firstInSentence = false
			}
		}
		l.next++
	}
	return l.next > 0 && d.Mentions[l.next-1].End > t.Start
}

// linkPronoun links the pronoun at token ti to its antecedent, and reports whether ti is
// a pronoun at all (linked or not).
func (l *linker) linkPronoun(s doc.Sentence, ti int) bool {
	d, t := l.d, l.d.Tokens[ti]
	p, ok := pronouns[t.Lower]
	if !ok {
		return false
	}
	if t.Lower == "it" && ti+1 < s.EndToken && pleonasticAfterIt[d.Tokens[ti+1].Lower] {
		return true
	}
	if (t.Lower == "it" || t.Lower == "itself") && ti > s.FirstToken && !isClauseSubject(d, ti) {
		return true // an object "it" ("confirmed it") is mostly a thing or a fact
	}
	a := bestAntecedent(d, l.window, p, l.sentence, ti, s.FirstToken)
	if a < 0 {
		return true
	}
	typ := d.Actors[a].Type
	if act := &d.Actors[a]; act.Gender == doc.GenderUnknown && typ == doc.EntPerson && (p.gender == doc.GenderMale || p.gender == doc.GenderFemale) {
		act.Gender = p.gender // "Naryshkin said he": later pronouns may rely on it
	}
	l.add(doc.Mention{Span: t.Span, Type: typ, Kind: doc.MentionPronoun, Actor: a, Sentence: l.sentence},
		ti, l.firstInSentence && !p.object && !p.possessive)
	return true
}

// linkNominal links a role noun phrase after "the" at token ti ("the spokesperson") to
// the actor it names, and returns the phrase's end token.
func (l *linker) linkNominal(s doc.Sentence, ti int) (int, bool) {
	d, t := l.d, l.d.Tokens[ti]
	if t.Lower != "the" {
		return 0, false
	}
	end, a := nominal(d, l.ix, l.lastSeen, ti+1, s.EndToken)
	if a < 0 {
		return 0, false
	}
	span, kind := doc.Span{Start: t.Start, End: d.Tokens[end-1].End}, doc.MentionNominal
	if end == ti+2 && capitalisedHead(d, ti+1) {
		// "the League" after "the Australian League of Rights": the writer's capital
		// makes the head noun a short form of the name, a name itself (CoNLL-2003
		// train tags 32 of its 33 such words as organisations), drawn without "the"
		span, kind = d.Tokens[ti+1].Span, doc.MentionName
	}
	l.add(doc.Mention{Span: span, Type: d.Actors[a].Type, Kind: kind, Actor: a, Sentence: l.sentence},
		ti, l.firstInSentence)
	return end, true
}

// capitalisedHead reports whether token i, a nominal's head right after "the", is
// written with a capital that is not all capitals ("the League", not "the league" or
// "THE LEAGUE") in a sentence not written in Title Case or capitals.
func capitalisedHead(d *doc.Doc, i int) bool {
	t := d.Tokens[i]
	if !startsCapitalised(t) || text.IsAllCaps(t.Norm) || d.Sentences[t.Sentence].Headline {
		return false
	}
	return true
}

// add records mention m (starting at token ti) and puts it in the window.
func (l *linker) add(m doc.Mention, ti int, subject bool) {
	l.added = append(l.added, m)
	l.window = append(l.window, recent{actor: m.Actor, sentence: l.sentence, token: ti, subject: subject})
	l.lastSeen[m.Actor] = ti
	l.firstInSentence = false
}

// bestAntecedent scores the actors in the window for pronoun p at token ti: agreement
// first (gender, number), then recency, subject preference and how often the actor was
// named. It returns -1 when nothing agrees.
func bestAntecedent(d *doc.Doc, window []recent, p pronounInfo, si, ti, sentStart int) int {
	best, bestScore := -1, math.Inf(-1)
	// every mention in the window competes: an actor is as likely as its best mention
	// (a subject two sentences back can beat an object in the last one)
	for w := len(window) - 1; w >= 0; w-- {
		r := window[w]
		a := &d.Actors[r.actor]
		score, ok := agreement(a, p)
		if !ok {
			continue
		}
		if p.object && r.sentence == si && !clauseBetween(d, r.token, ti) {
			continue // "Peskov told him": him is someone else
		}
		if p.plural && !a.Plural && (!r.subject || si-r.sentence > 1) {
			continue // "they" for an organisation only when it was a subject just before
		}
		// a sentence back costs less than a subject gains: the topic a text keeps as
		// subject is what its pronouns usually continue (centering)
		score -= 0.9 * float64(si-r.sentence)
		if r.sentence == si {
			score -= 0.02 * float64(ti-r.token)
		}
		if r.subject {
			score += 1.0
		}
		if r.sentence == si && !p.object && nearBy(d, r.token, ti) {
			score += 0.6 // "Prigozhin and his fighters": a name just before
		}
		score += 0.15 * math.Log1p(float64(len(a.Mentions)))
		if score > bestScore {
			best, bestScore = r.actor, score
		}
	}
	return best
}

// agreement returns a bonus (or malus) for how well actor a fits pronoun p, and false
// when it cannot fit at all.
func agreement(a *doc.Actor, p pronounInfo) (float64, bool) {
	switch {
	case p.plural:
		switch {
		case a.Plural:
			return 0.5, true
		case a.Type == doc.EntOrg:
			return -0.3, true
		}
		return 0, false
	case p.gender == doc.GenderNeuter:
		if a.Type == doc.EntOrg || a.Type == doc.EntLoc {
			return 0, !a.Plural
		}
		return 0, false
	default: // he / she
		if a.Type != doc.EntPerson {
			return 0, false
		}
		switch a.Gender {
		case p.gender:
			return 0.15, true
		case doc.GenderUnknown:
			return 0, true
		}
		return 0, false
	}
}

// isClauseSubject reports whether token ti is the subject of its clause in the language
// layer ("it said", "which it denied": the subject; "confirmed it": not).
func isClauseSubject(d *doc.Doc, ti int) bool {
	c := d.ClauseAt(ti)
	return c >= 0 && d.Clauses[c].Subject >= 0 && d.Clauses[c].Subject == d.ChunkAt(ti)
}

// clauseBetween reports whether a clause boundary lies between tokens a and b: they are
// in different clauses of the language layer.
func clauseBetween(d *doc.Doc, a, b int) bool {
	return d.ClauseAt(a) != d.ClauseAt(b)
}

// nominal reads a role noun phrase after "the" (tokens from i): modifiers and a head
// that is a role noun or an organisation noun, not followed by a name or "of". It
// returns the phrase's end token and the actor it refers to, or -1.
func nominal(d *doc.Doc, ix *nominalIndex, lastSeen []int, i, end int) (int, int) {
	head := -1
	for k := i; k < end && k-i < 4; k++ {
		t := d.Tokens[k]
		if t.Kind != doc.TokWord {
			break
		}
		if roleHeads[t.Lower] || orgNouns[t.Lower] {
			head = k
		}
		if !(roleModifiers[t.Lower] || roleHeads[t.Lower] || orgNouns[t.Lower]) {
			break
		}
	}
	if head < 0 {
		return 0, -1
	}
	if head+1 < end {
		n := d.Tokens[head+1]
		if n.Lower == "of" || n.Lower == "'s" || startsName(d, head+1) {
			return 0, -1
		}
		if n.Kind == doc.TokWord && (roleHeads[n.Lower] || orgNouns[n.Lower]) {
			return 0, -1
		}
	}
	if startsName(d, i) {
		return 0, -1
	}
	h := d.Tokens[head].Lower
	// a person's role ("the spokesperson") or an organisation's kind ("the ministry"):
	// the actor seen most recently that has it
	best := -1
	for _, ai := range ix.byWord[h] {
		if lastSeen[ai] >= 0 && (best < 0 || lastSeen[ai] > lastSeen[best]) {
			best = ai
		}
	}
	if best < 0 && genericOrgNouns[h] && ix.lastOrg >= 0 {
		// "Naryshkin told TASS ... The agency did not say": a generic organisation noun
		// names the organisation last mentioned, if that was in this or the last sentence
		if d.Tokens[lastSeen[ix.lastOrg]].Sentence >= d.Tokens[i].Sentence-1 {
			best = ix.lastOrg
		}
	}
	if best < 0 {
		return 0, -1
	}
	return head + 1, best
}

// startsName reports whether a name mention starts at token ti.
func startsName(d *doc.Doc, ti int) bool {
	off := d.Tokens[ti].Start
	k := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= off })
	return k < len(d.Mentions) && d.Mentions[k].Start == off
}

// nominalIndex lists, per lower-cased word, the actors a role noun with that head may
// refer to: persons whose roles contain it, organisations whose names contain it.
type nominalIndex struct {
	byWord  map[string][]int
	lastOrg int // the organisation named most recently, -1 before any
}

func newNominalIndex(d *doc.Doc) *nominalIndex {
	ix := &nominalIndex{byWord: map[string][]int{}, lastOrg: -1}
	add := func(texts []string, ai int, ok func(string) bool) {
		for _, t := range texts {
			for _, f := range strings.Fields(strings.ToLower(t)) {
				if ok(f) {
					if l := ix.byWord[f]; len(l) == 0 || l[len(l)-1] != ai {
						ix.byWord[f] = append(l, ai)
					}
				}
			}
		}
	}
	for ai, a := range d.Actors {
		switch a.Type {
		case doc.EntPerson:
			add(a.Roles, ai, func(w string) bool { return roleHeads[w] })
		case doc.EntOrg:
			add(append([]string{a.Name}, a.Aliases...), ai, func(w string) bool { return orgNouns[w] })
		}
	}
	return ix
}

// modifiesNext reports whether name mention m stands before a role or another name, as
// a modifier ("Kremlin Spokesperson", "CIA Director William Burns").
func modifiesNext(d *doc.Doc, m doc.Mention) bool {
	ti := d.TokenAt(m.End)
	if ti >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[ti]
	// glued to the name: "Trump's", "Kremlin-backed"; a comma or a quote mark after it
	// ends the name ("Vladimir Putin, has used his")
	glued := t.Start == m.End && t.Kind != doc.TokPunct && t.Kind != doc.TokQuote
	return glued || roleHeads[t.Lower] || isTitleWord(t.Lower) || startsName(d, ti)
}

// afterPreposition reports whether the word before token ti, in its sentence, is a
// preposition.
func afterPreposition(d *doc.Doc, ti int) bool {
	return ti > 0 && d.Tokens[ti-1].Sentence == d.Tokens[ti].Sentence && d.Tokens[ti-1].Class.Has(doc.ClassPreposition)
}

// nearBy reports whether token b follows token a closely (at most 6 tokens later)
// with no punctuation between them.
func nearBy(d *doc.Doc, a, b int) bool {
	if b-a > 6 {
		return false
	}
	for i := a + 1; i < b; i++ {
		if k := d.Tokens[i].Kind; k == doc.TokPunct || k == doc.TokQuote || k == doc.TokDash {
			return false
		}
	}
	return true
}
