package stance

import (
	"sort"

	"lede/analyzer/doc"
)

// This file reads a predicate's negation and passive agent from the language layer's
// clauses (text.Segment fills Doc.Clauses), where it found one for the predicate's verb.
// The subject stays links.go's reading of the tokens: on 120 PolNeAR train articles the
// clause's subject, used where the token walk found none, added 5 edges of which 1 was
// right (it takes "New Hampshire ads supporting Rubio" for New Hampshire's support).

// clauseReading is what the clause of a predicate's verb says.
type clauseReading struct {
	ok        bool
	subject   int // the mention heading the clause's subject, -1 when none is a mention
	agent     int // the passive's "by" phrase's mention, -1
	passive   bool
	negated   bool
	nonFinite bool // "to condemn", "condemning": the subject comes from elsewhere
	// subjunctive: a bare verb after a singular subject states what should be, no act:
	// "on the condition that Fox News contribute $5 million to Reed"
	subjunctive bool
}

// clauseOf reads the clause whose verb group holds view token k.
func (v sentenceView) clauseOf(k int) clauseReading {
	r := clauseReading{subject: -1, agent: -1}
	d := v.d
	ci := d.ClauseOf(v.first + k)
	if ci < 0 {
		return r
	}
	cl := d.Clauses[ci]
	if cl.Verb.Head != v.first+k {
		return r // the predicate is not the clause's main verb ("has to condemn")
	}
	r.ok = true
	r.negated = cl.Verb.Negated
	r.passive = cl.Verb.Passive
	r.nonFinite = cl.Verb.Tense == doc.TenseNonFinite
	r.subjunctive = subjunctive(d, cl)
	if cl.Subject >= 0 && cl.Subject < len(d.Chunks) {
		r.subject = mentionAtToken(d, d.Chunks[cl.Subject].Head)
	}
	if cl.Agent >= 0 && cl.Agent < len(d.Chunks) {
		r.agent = mentionAtToken(d, d.Chunks[cl.Agent].Head)
	}
	return r
}

// mentionAtToken returns the mention that covers token tok (the longest), or -1.
func mentionAtToken(d *doc.Doc, tok int) int {
	if tok < 0 || tok >= len(d.Tokens) {
		return -1
	}
	off := d.Tokens[tok].Start
	best := -1
	for i := firstMentionFrom(d, off+1) - 1; i >= 0 && i >= firstMentionFrom(d, off+1)-8; i-- {
		m := d.Mentions[i]
		if m.Start <= off && off < m.End && (best < 0 || m.Len() > d.Mentions[best].Len()) {
			best = i
		}
	}
	return best
}

// precedingSubject is the mention heading the subject of the last finite clause of the
// sentence before view token k (outside quotes, not a relative clause), or -1: the
// subject a coordinated verb shares ("Graham urged Republicans to join, and criticized").
func (v sentenceView) precedingSubject(k int) int {
	d := v.d
	best := -1
	first := sort.Search(len(d.Clauses), func(i int) bool { return d.Clauses[i].Verb.EndToken > v.first })
	for ci := first; ci < len(d.Clauses); ci++ {
		cl := d.Clauses[ci]
		if cl.Verb.Head >= v.first+k {
			break
		}
		if cl.Verb.Head < v.first || cl.Verb.Tense == doc.TenseNonFinite || cl.Relative || cl.Complement ||
			cl.Subject < 0 || cl.Subject >= len(d.Chunks) || v.quoteOf(cl.Verb.Head-v.first) >= 0 {
			continue
		}
		if d.Chunks[cl.Subject].Head > cl.Verb.Head {
			best = -1 // an inverted "said Reed, ...": not a subject the next verb shares
			continue
		}
		if m := mentionAtToken(d, d.Chunks[cl.Subject].Head); m >= 0 && d.Mentions[m].Kind == doc.MentionName {
			best = m
		} else {
			best = -1 // the nearest subject decides: a pronoun's link is the entity stage's guess
		}
	}
	return best
}

// inRelativeClause reports whether the verb at view token k heads a relative clause in
// the language layer (coordinated ones too: "a union that has broken away and endorsed
// Sanders"): its subject is the relative's antecedent, not a subject it shares.
func (v sentenceView) inRelativeClause(k int) bool {
	ci := v.d.ClauseOf(v.first + k)
	return ci >= 0 && v.d.Clauses[ci].Relative
}
