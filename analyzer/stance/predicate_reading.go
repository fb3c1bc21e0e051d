package stance

import (
	"strings"

	"lede/analyzer/doc"
)

// This file reads one side-taking predicate (predicates.txt) in a sentence: its words,
// its holder and its targets, in named steps that readPredicate runs in order. Each step
// may reject the reading; the Doc is touched (b.linked) only once evidence is made.

// predicateReading is one predicate being read at view index k; the steps fill it in.
type predicateReading struct {
	v    sentenceView
	k    int // view index of the predicate's first word
	p    *predicate
	j    int           // view index after the words before the target ("lashed out at")
	subj subject       // the predicate's subject (a noun predicate's holder)
	cr   clauseReading // the language layer's clause of the verb
	// holder is the holder's mention (or speakerRef, a pronounRef), -1 while unknown;
	// targets are the targets' mentions; next is the view index after the target (and
	// its coordinated names); poss marks a target that is a possessor ("Novak's claim").
	holder  int
	targets []int
	next    int
	poss    bool
	// agentNext is the view index after a passive's "by" name, where names coordinated
	// with it may follow ("condemned by Lopez and Chen"); -1 when the holder is no agent.
	agentNext int
}

// readPredicate matches pattern p at view index k and reads its holder and targets (one
// a coordinated object: "criticized Reed and Chen"). lastHolder is the holder of the
// sentence's last predicate, for verbs that share a subject; it is updated when this
// one gives evidence.
func (b *builder) readPredicate(v sentenceView, k int, p *predicate, lastHolder *int) []evidence {
	r := &predicateReading{v: v, k: k, p: p, agentNext: -1}
	if !r.matchWordsBefore() {
		return nil
	}
	r.readSubject(*lastHolder)
	if r.cr.ok && r.cr.subjunctive || r.bareAfterSingularName() {
		return nil
	}
	if !r.readTargets(b.d) || !r.settleHolder(*lastHolder) {
		return nil
	}
	q := v.quoteOf(k)
	h := b.actorOf(r.holder, q)
	if a := neuterSubject(b.d, r.holder, q); a >= 0 {
		h = a
	}
	if h < 0 || !eligible(&b.d.Actors[h]) {
		return nil
	}
	span, label, ok := r.sideTaken()
	if !ok {
		return nil
	}
	out := b.predicateEdges(r, b.holdersOf(r, h, q), q, span, label)
	if len(out) > 0 {
		*lastHolder = r.holder
		if r.holder >= 0 {
			b.linked[r.holder] = true
		}
	}
	return out
}

// matchWordsBefore matches the predicate's words up to its target ("lashed out at"),
// letting a time word follow the verb ("ruled Friday against", "lashed out again at"),
// and an adjective's copula ("is critical of", "has been"; "a critical of" is no stance).
func (r *predicateReading) matchWordsBefore() bool {
	toks, k, p := r.v.toks, r.k, r.p
	j := k + 1
	if p.before != "" && j+1 < len(toks) && isTimeWord(toks[j]) && toks[j+1].Lower == p.before.first() {
		j++
	}
	for w := range p.before.all() {
		if w == "$" {
			if j = moneyEnd(toks, j); j < 0 {
				return false
			}
			continue
		}
		if j >= len(toks) || toks[j].Lower != w {
			return false
		}
		j++
	}
	r.j = j
	return !p.adj || k > 0 && (linksAdjective(toks[k-1].Lower) || k > 1 && isAdverb(toks[k-1]) && linksAdjective(toks[k-2].Lower))
}

// readSubject reads the subject (a noun predicate's holder) and its negation, and the
// holder of a participle after a comma, which takes the clause's subject: "Trump went
// after Bush, calling him a stiff" (not "New Hampshire", the name before the comma).
func (r *predicateReading) readSubject(lastHolder int) {
	v, k, p := r.v, r.k, r.p
	if p.noun {
		r.subj = v.nounHolder(k)
	} else {
		r.subj = v.subjectOf(k)
	}
	r.cr = v.clauseOf(k)
	if r.cr.ok && !p.noun && !p.adj {
		// the language layer's clause, where it has one for this verb
		r.subj.negated = r.subj.negated || r.cr.negated
	}
	r.holder = r.subj.mention
	if !p.noun && k > 0 && v.toks[k-1].Lower == "," && strings.HasSuffix(v.toks[k].Lower, "ing") {
		r.holder = r.sharedSubject(lastHolder)
	}
	if !p.noun && !p.adj && lastHolder != -1 && k > 0 && v.toks[k-1].Lower == "," && (v.toks[k].POS == doc.VBD || v.toks[k].POS == doc.VBZ) &&
		(k+1 >= len(v.toks) || v.toks[k+1].Lower != "by") {
		// a list of verbs shares the subject of the one before: "Biden defended Reed as a
		// moderate, mocked the party and ..."; not a participle ("Reed, backed by")
		r.holder = lastHolder
	}
}

// sharedSubject is the subject a verb shares with the sentence's last predicate, else
// the sentence's subject, else the subject of the finite clause before it that the
// language layer found ("In his speech, Graham urged Republicans to act, and criticized
// the party": Graham).
func (r *predicateReading) sharedSubject(lastHolder int) int {
	if lastHolder != -1 {
		return lastHolder
	}
	if r.v.inRelativeClause(r.k) {
		return -1 // the relative's antecedent acts: "Chen works for a union that has broken away and endorsed Reed"
	}
	if s := r.v.sentenceSubject(); s != -1 || strings.HasSuffix(r.v.toks[r.k].Lower, "ing") {
		return s // a participle's subject is not a finite clause's ("ads supporting Rubio and attacking Cruz")
	}
	return r.v.precedingSubject(r.k)
}

// readTargets reads the targets: the object (and names coordinated with it), the
// subject of a passive ("Reed was condemned by Lopez": Lopez holds it), or the speaker
// inside a quote ("Reed attacked me").
func (r *predicateReading) readTargets(d *doc.Doc) bool {
	toks, j := r.v.toks, r.j
	switch obj := r.objectAfter(d); {
	case obj >= 0 || isRef(obj):
		return r.objectTargets(obj)
	case r.p.plainVerb() && agentAt(toks, j) > 0 && passiveBefore(toks, r.k):
		// the passive: "Reed was condemned by Lopez", "... condemned on Monday by Lopez"
		by, after, _ := r.v.objectFrom(agentAt(toks, j) + 1)
		if by < 0 {
			return false
		}
		r.holder, r.targets, r.agentNext = by, []int{r.subj.mention}, after // "Obama's outreach was opposed by": Obama
	case r.cr.ok && r.cr.passive && r.cr.agent >= 0 && r.cr.subject >= 0 && r.p.plainVerb():
		// the passive with its agent further on: "Reed was condemned on Monday by Lopez"
		r.holder, r.targets = r.cr.agent, []int{r.cr.subject}
	case r.p.plainVerb() && r.reducedPassive():
		// set off after a name: "Kasich, endorsed in New Hampshire by the Times, ..."
	case j < len(toks) && (toks[j].Lower == "me" || toks[j].Lower == "us") && r.v.quoteOf(j) >= 0:
		r.targets, r.next = []int{speakerRef}, j+1
	case r.p.opinion && r.authorOfJudgedThing() >= 0:
		r.targets = []int{r.authorOfJudgedThing()}
	default:
		return false
	}
	return true
}

// firstConjunctSubject is the subject of the verb before the coordinator where the
// subject walk stopped, within a few words and no punctuation: in a relative clause the
// relative's antecedent ("Reed, who came out and endorsed Lopez": Reed); -1 when none.
func (r *predicateReading) firstConjunctSubject() int {
	toks := r.v.toks
	for j := r.subj.stop - 1; j >= 0 && j >= r.subj.stop-6; j-- {
		if toks[j].Kind == doc.TokPunct {
			return -1
		}
		if toks[j].POS.IsVerb() && toks[j].Norm == toks[j].Lower {
			s := r.v.subjectOf(j)
			if s.negated || s.hedged {
				r.subj.negated, r.subj.hedged = r.subj.negated || s.negated, r.subj.hedged || s.hedged
			}
			return s.mention
		}
	}
	return -1
}

// coordinatedAgents are the names coordinated after a passive's agent: "condemned by
// Lopez and Chen", "endorsed by both the Times and the Globe" (Chen; the Globe).
func (r *predicateReading) coordinatedAgents() []int {
	var out []int
	toks := r.v.toks
	for n := r.agentNext; n >= 0 && n+1 < len(toks) && len(out) < maxCoordinated && (toks[n].Lower == "and" || toks[n].Lower == ","); {
		m := n + 1
		if toks[m].Lower == "the" {
			m++
		}
		if r.v.mentionAt(m) < 0 {
			break
		}
		o, after, _ := r.v.objectFrom(m)
		if o < 0 || startsPredicate(toks, after) {
			break // "condemned by Lopez, and Chen said": Chen is a subject
		}
		out, n = append(out, o), after
	}
	return out
}

// reducedPassiveWindow bounds the words between a set-off participle and its agent's
// "by" (in tokens): "endorsed [in New Hampshire] by".
const reducedPassiveWindow = 6

// reducedPassive reads a participle set off by a comma or a dash right after a name,
// with its agent: "Kasich, endorsed in New Hampshire by the Times," is the Times for
// Kasich. The agent's "by" comes within reducedPassiveWindow words, before any
// punctuation. It sets the holder and the target and reports whether it read them.
func (r *predicateReading) reducedPassive() bool {
	toks, k := r.v.toks, r.k
	if k < 2 || toks[k].POS != doc.VBN && toks[k].POS != doc.VBD || !strings.HasSuffix(toks[k].Lower, "ed") {
		return false
	}
	switch toks[k-1].Lower {
	case ",", "—", "–", "-", "--":
	default:
		return false
	}
	target := mentionEndingAt(r.v.d, toks[k-2].End)
	if target < 0 {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+reducedPassiveWindow; n++ {
		if toks[n].Kind == doc.TokPunct {
			return false
		}
		if toks[n].Lower == "by" {
			by, after, _ := r.v.objectFrom(n + 1)
			if by < 0 {
				return false
			}
			r.holder, r.targets, r.agentNext = by, []int{target}, after
			return true
		}
	}
	return false
}

// authorOfJudgedThing reads an opinion predicate on a thing that names its author: "called
// climate change a hoax perpetrated by China" judges China. The thing is up to three words
// with no name; the opinion word follows it (set as r.next for sideTaken); the author is
// the "by" phrase of a participle right after the opinion word. It returns the author's
// mention, or -1.
func (r *predicateReading) authorOfJudgedThing() int {
	toks := r.v.toks
	for n := r.j + 1; n <= r.j+3 && n < len(toks); n++ {
		t := toks[n-1]
		if t.Kind != doc.TokWord || t.POS.IsVerb() || r.v.mentionAt(n-1) >= 0 {
			return -1
		}
		w, _ := opinionAfter(toks, n)
		if w < 0 {
			continue
		}
		for a := w + 1; a < w+3 && a+1 < len(toks); a++ {
			if toks[a].POS == doc.VBN && toks[a+1].Lower == "by" {
				if by, _, _ := r.v.objectFrom(a + 2); by >= 0 {
					r.next = n
					return by
				}
			}
		}
		return -1
	}
	return -1
}

// objectAfter finds the object after the predicate's words and sets next and poss:
// a name, the owner of a possessive predicate's object ("rejected a request from
// Democrats"), or outside quotes the organisation a description stands for ("criticized
// the party's lack"). It returns the object's mention (or a ref), negative when none.
func (r *predicateReading) objectAfter(d *doc.Doc) int {
	v, toks := r.v, r.v.toks
	obj, next, poss := v.objectFrom(r.j)
	if obj < 0 && r.p.possessive {
		obj, next = v.ownerOf(r.j)
		poss = obj >= 0
	}
	if obj < 0 && next < len(toks) && v.quoteOf(r.k) < 0 {
		if a := nominalActor(d, v.first+next); a >= 0 {
			obj, next = pronounRef(a), next+1
			if next < len(toks) && toks[next].Lower == "'s" {
				poss, next = true, next+1
			}
		}
	}
	r.next, r.poss = next, poss
	return obj
}

// objectTargets takes the object and the names coordinated with it as the targets, then
// matches the words that must follow them ("call on _ to resign"). A possessive
// predicate needs the possessor: "denied Novak" alone; "denied Novak's claim" is the stance.
func (r *predicateReading) objectTargets(obj int) bool {
	if r.p.possessive && !r.poss {
		return false
	}
	r.targets = append(r.targets, obj)
	r.coordinatedObjects()
	toks := r.v.toks
	for w := range r.p.after.all() {
		if r.next >= len(toks) || toks[r.next].Lower != w {
			return false
		}
		r.next++
	}
	return true
}

// coordinatedObjects adds the names coordinated with the object ("Georgia and Ukraine",
// "the EPA and the Treasury"), not a clause or an "including" aside.
func (r *predicateReading) coordinatedObjects() {
	v, toks := r.v, r.v.toks
	for r.next+1 < len(toks) && (toks[r.next].Lower == "and" || toks[r.next].Lower == "or" || toks[r.next].Lower == ",") {
		n := r.next + 1
		if toks[n].Lower == "the" {
			n++
		}
		if v.mentionAt(n) < 0 {
			return
		}
		o, after, _ := v.objectFrom(n)
		if o < 0 || startsPredicate(toks, after) {
			return // "Chen opposes Reed and Lopez voted": Lopez is a subject
		}
		r.targets, r.next = append(r.targets, o), after
	}
}

// settleHolder rejects a subject that only owns the holders ("Reed's supporters attacked
// Lopez": not Reed's act) and finds a missing holder: the subject coordinated verbs share
// ("Lopez praised Reed but criticized Chen"), or the "from"/"by" phrase after a noun
// predicate's target ("criticism of Lopez from Reed", "support for NATO by Congress").
func (r *predicateReading) settleHolder(lastHolder int) bool {
	toks, p := r.v.toks, r.p
	if r.holder == r.subj.mention && r.subj.possessed != "" && !representatives[r.subj.possessed] {
		return false
	}
	if r.subj.demanded && r.next < len(toks) && toks[r.next].Lower == "to" {
		return false // "called for criticism of Reed to stop"
	}
	if r.holder == -1 && r.subj.stop >= 0 && isCoordinator(toks[r.subj.stop].Lower) {
		r.holder = r.sharedSubject(lastHolder)
		if r.holder == -1 && r.v.inRelativeClause(r.k) {
			r.holder = r.firstConjunctSubject() // "Reed, who came out and endorsed Lopez"
		}
	}
	if r.holder == -1 && !p.noun {
		r.holder = r.v.leaderOfSubject(r.k)
	}
	if r.holder == -1 {
		if ok, negated := r.v.imperativeAt(r.k, p); ok {
			// "Vote for Reed," Lopez said: the speaker urges the side
			r.holder, r.subj.negated = speakerRef, r.subj.negated || negated
		}
	}
	if p.noun && r.holder == -1 && p.after == "" && r.next+1 < len(toks) && (toks[r.next].Lower == "from" || toks[r.next].Lower == "by") {
		if by, _, _ := r.v.objectFrom(r.next + 1); by >= 0 {
			r.holder = by
		}
	}
	return true
}

// sideTaken is the words that take the side and the side: the predicate's own, or for an
// opinion predicate the opinion word after the target ("called Reed a liar"; "called Reed
// on Monday" takes none: false).
func (r *predicateReading) sideTaken() (doc.Span, doc.StanceLabel, bool) {
	toks, k, p := r.v.toks, r.k, r.p
	last := max(k, r.j-1)
	if p.after != "" {
		last = r.next - 1
	}
	span := doc.Span{Start: toks[k].Start, End: toks[last].End}
	if !p.opinion {
		return span, p.side, true
	}
	from := r.next
	if r.poss && from < len(toks) && toks[from].Kind == doc.TokWord {
		from++ // the possessed noun: "called Wells Fargo's behavior outrageous"
	}
	w, side := opinionAfter(toks, from)
	if w < 0 {
		return span, doc.StanceNeutral, false
	}
	span.End = toks[w].End
	return span, side, true
}

// holdersOf is the holder actor h and the actors of the names coordinated before the
// subject: "Reed and Chen criticized Lopez" is both.
func (b *builder) holdersOf(r *predicateReading, h, q int) []int {
	holders := []int{h}
	for _, am := range r.coordinatedAgents() {
		if ch := b.actorOf(am, q); ch >= 0 && eligible(&b.d.Actors[ch]) {
			holders = append(holders, ch)
		}
	}
	if r.holder >= 0 && r.holder == r.subj.mention && (!r.p.noun || r.subj.demanded) {
		for _, cm := range r.v.coordinatedBefore(r.holder) {
			if ch := b.actorOf(cm, q); ch >= 0 && eligible(&b.d.Actors[ch]) {
				holders = append(holders, ch)
			}
		}
	}
	return holders
}

// predicateEdges makes one piece of evidence for each holder and target that are
// eligible, distinct actors, one not part of the other, and marks the targets' mentions
// linked. A negated or hedged predicate ("did not criticize", "might criticize") gives a
// relation, no side.
func (b *builder) predicateEdges(r *predicateReading, holders []int, q int, span doc.Span, label doc.StanceLabel) []evidence {
	d := b.d
	var out []evidence
	for _, tm := range r.targets {
		t := b.actorOf(tm, q)
		if t < 0 || !eligible(&d.Actors[t]) {
			continue
		}
		for _, h := range holders {
			if h == t || partOf(&d.Actors[h], &d.Actors[t]) {
				continue
			}
			if tm >= 0 {
				b.linked[tm] = true
			}
			e := evidence{holder: h, target: t, quote: q, sentence: -1, act: true, verb: true, predicate: span, lemma: r.p.lemma}
			if !r.subj.negated && !r.subj.hedged {
				e.label, e.polarity = label, verbWeight
				if label == doc.StanceAgainst {
					e.polarity = -verbWeight
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// bareAfterSingularName reports a subjunctive the tagger may miss: the verb's bare form
// right after one singular name, as in "the condition that Fox News contribute $5
// million to Reed" (a statement would say "contributes"), not after coordinated names
// ("Reed and Lopez support").
func (r *predicateReading) bareAfterSingularName() bool {
	v, k := r.v, r.k
	if r.p.noun || r.p.adj || k == 0 {
		return false
	}
	w := v.toks[k].Lower
	if w != strings.Fields(r.p.lemma)[0] || strings.HasSuffix(w, "s") {
		return false
	}
	m := mentionEndingAt(v.d, v.toks[k-1].End)
	if m < 0 || v.d.Mentions[m].Kind != doc.MentionName {
		return false
	}
	a := v.d.Mentions[m].Actor
	if a < 0 || a >= len(v.d.Actors) || v.d.Actors[a].Plural || v.toks[k-1].POS == doc.NNPS || v.toks[k-1].POS == doc.NNS {
		return false // "Democrats oppose Reed"
	}
	first := v.tokenAfter(v.d.Mentions[m].Start)
	return first > 0 && first < len(v.toks) && !isCoordinator(v.toks[first-1].Lower) && v.toks[first-1].Lower != "&" && v.toks[first-1].Lower != ","
}
