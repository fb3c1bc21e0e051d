package text

import (
	"strings"

	"lede/analyzer/doc"
)

// Clauses from base phrases: each verb group (VP chunk) heads a clause; its subject is the
// noun phrase before it, its object the one after. The rules are the textbook ones for
// English news, each with its example; the golden cases in testdata/clauses are named
// after them.
//
//	subject-before     "The minister criticised the plan": minister <- criticised
//	of-chain           "The head of the agency said": head, not agency
//	apposition         "Steven Lee, the bank's chief executive, said": Lee
//	relative           "the senator who opposed the bill": senator <- opposed
//	coordination       "Lee criticised the plan and praised the mayor": Lee <- praised
//	inversion          `"We will fight," said the mayor`: mayor <- said
//	complement         "Lee said prices would rise": prices is the subject of the
//	                   complement clause, not the object of said
//	passive-agent      "The plan was criticised by the mayor": agent mayor
//	participle-comma   "Lee said the talks failed, noting the delay": Lee <- noting
//	coordination-relative "called him an opportunist who lied, and urged him": the
//	                   clause before the relative <- urged
//	fronted-participle "Noting the delay, Lee said": Lee <- noting
//	infinitive         "Reed came on the show to talk about jobs": Reed <- talk (the
//	                   main clause's subject), but "urged Lee to resign": Lee <- resign

// clauseSentence appends the clauses of sentence si, whose chunks are chunks[c0:c1].
func clauseSentence(d *doc.Doc, si, c0, c1 int) {
	first := len(d.Clauses)
	sent := d.Sentences[si]
	for v := c0; v < c1; v++ {
		if d.Chunks[v].Kind != doc.ChunkVP {
			continue
		}
		cl := doc.Clause{Sentence: si, Subject: -1, Object: -1, Agent: -1, Parent: -1}
		cl.Verb = verbGroup(d, v)
		if cl.Verb.Head < 0 {
			continue
		}
		subjectOf(d, &cl, v, c0, first)
		objectOf(d, &cl, v, c1)
		cl.FirstToken = cl.Verb.FirstToken
		if cl.Subject >= 0 && d.Chunks[cl.Subject].FirstToken < cl.FirstToken {
			cl.FirstToken = d.Chunks[cl.Subject].FirstToken
		}
		d.Clauses = append(d.Clauses, cl)
	}
	frontedParticiple(d, sent, first)
	// each clause runs to where the next one starts (or the sentence ends)
	for i := first; i < len(d.Clauses); i++ {
		end := sent.EndToken
		if i+1 < len(d.Clauses) && d.Clauses[i+1].FirstToken > d.Clauses[i].Verb.EndToken {
			end = d.Clauses[i+1].FirstToken
		} else if i+1 < len(d.Clauses) {
			end = d.Clauses[i+1].Verb.FirstToken
		}
		d.Clauses[i].EndToken = max(end, d.Clauses[i].Verb.EndToken)
	}
}

// verbGroup reads negation, voice and tense off a VP chunk (and a "not" just before it).
func verbGroup(d *doc.Doc, v int) doc.VerbGroup {
	c := d.Chunks[v]
	g := doc.VerbGroup{FirstToken: c.FirstToken, EndToken: c.EndToken, Head: -1}
	toks := d.Tokens
	sawBe, sawHave := false, false
	for k := c.FirstToken; k < c.EndToken; k++ {
		t := &toks[k]
		if t.Class.Has(doc.ClassNegation) {
			g.Negated = true
		}
		if t.POS.IsVerb() || t.POS == doc.MD {
			if g.Tense == doc.TenseNone {
				g.Tense = tenseOf(t)
			}
			if t.POS == doc.VBN && (sawBe || isGet(t.Lower)) && !sawHaveLast(toks, c.FirstToken, k) {
				g.Passive = true
			}
			if t.POS == doc.VBN && sawHave {
				g.Perfect = true
			}
			sawBe = sawBe || isBe(t.Lower)
			sawHave = sawHave || isHave(t.Lower)
			if t.POS.IsVerb() {
				g.Head = k
			}
		}
	}
	if g.Head < 0 && c.Head >= c.FirstToken && toks[c.Head].POS == doc.MD {
		g.Head = c.Head
	}
	if g.Tense == doc.TenseNone {
		g.Tense = doc.TenseNonFinite
	}
	// "did not say" is one chunk; "never" or "not" may stand just before it too
	if k := c.FirstToken - 1; k >= 0 && toks[k].Class.Has(doc.ClassNegation) && toks[k].Sentence == toks[c.FirstToken].Sentence {
		g.Negated = true
	}
	return g
}

// sawHaveLast: the participle follows "been" after "have" ("has been criticised" is
// passive, "has criticised" is not); true when the last auxiliary before k is have.
func sawHaveLast(toks []doc.Token, from, k int) bool {
	for j := k - 1; j >= from; j-- {
		if isBe(toks[j].Lower) || isGet(toks[j].Lower) {
			return false
		}
		if isHave(toks[j].Lower) {
			return true
		}
	}
	return false
}

func tenseOf(t *doc.Token) doc.Tense {
	switch t.POS {
	case doc.MD:
		if t.Lower == "will" || t.Lower == "shall" || t.Lower == "'ll" || t.Lower == "wo" {
			return doc.TenseFuture
		}
		return doc.TenseModal
	case doc.VBD:
		return doc.TensePast
	case doc.VBZ, doc.VBP:
		return doc.TensePresent
	}
	return doc.TenseNone
}

func isBe(w string) bool { return Is(w, doc.ClassBe) }

func isHave(w string) bool { return Is(w, doc.ClassHave) }

func isGet(w string) bool {
	switch w {
	case "get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

// subjectOf finds the clause's subject among the chunks before VP v (chunks from c0),
// given the clauses of the sentence found so far (from first).
func subjectOf(d *doc.Doc, cl *doc.Clause, v, c0, first int) {
	toks := d.Tokens
	var prev *doc.Clause
	if len(d.Clauses) > first {
		prev = &d.Clauses[len(d.Clauses)-1]
	}
	if infinitive(d, cl, v, prev) {
		return
	}
	k, conj := skipAdjuncts(d, d.Chunks[v].FirstToken-1, d.Sentences[cl.Sentence].FirstToken)
	// coordination: "... and praised the mayor", "..., and then said" share the previous
	// clause's subject
	if conj && prev != nil {
		with := coordinatedWith(d, prev, k, first)
		cl.Subject = mainClause(d, with).Subject
		cl.Relative = with.Relative // "the senator who opposed the bill and voted against it"
		return
	}
	noSubject := func() {
		if !inversion(d, cl, v) {
			controlled(d, cl, prev)
		}
	}
	if k >= 0 && toks[k].Norm == "," && cl.Verb.Tense == doc.TenseNonFinite && participleAfterComma(d, cl, k, c0, prev) {
		return
	}
	if k >= 0 && isAsideMark(&toks[k]) {
		// "Lee, the bank's chief executive, said": the NP before the comma is an
		// apposition; its head phrase is further back
		if j := d.ChunkAt(k - 1); j >= c0 && d.Chunks[j].Kind == doc.ChunkNP && d.Chunks[j].EndToken == k {
			if h := appositionHost(d, j, c0); h >= 0 {
				cl.Subject = h
				return
			}
		}
		// "Benford, 58, who lives outside Minneapolis, says": after a relative clause;
		// "Lee, speaking to reporters, said": after a participle aside
		if prev != nil && (prev.Relative || prev.Verb.Tense == doc.TenseNonFinite && prev.Subject >= 0 &&
			d.Chunks[prev.Subject].EndToken < prev.Verb.FirstToken && d.Tokens[prev.Verb.FirstToken-1].Norm == ",") && prev.Subject >= 0 {
			cl.Subject = prev.Subject
			return
		}
		noSubject()
		return
	}
	j := -1
	if k >= 0 {
		j = d.ChunkAt(k)
	}
	if j < c0 || d.Chunks[j].Kind != doc.ChunkNP || !isWordHead(d, j) || d.Chunks[j].EndToken != k+1 {
		noSubject()
		return
	}
	np := j
	// relative: "the senator who opposed": the phrase the pronoun stands for
	if c := d.Chunks[np]; c.EndToken-c.FirstToken == 1 && toks[c.Head].Class.Has(doc.ClassRelative) {
		cl.Relative = true
		k := np - 1
		if k >= c0 && gapTokens(d, k, np) <= 1 && d.Chunks[k].Kind == doc.ChunkNP {
			// "Anna Reyes, 58, who lives in Leeds": the age is an apposition
			if toks[d.Chunks[k].Head].POS == doc.CD {
				if h := appositionHost(d, k, c0); h >= 0 {
					k = h
				}
			}
			cl.Subject = chainStart(d, k, c0)
		}
		return
	}
	// "The senator who opposed the bill lost her seat": the NP before the verb is the
	// relative clause's object; the main clause's subject is the relative's antecedent
	if prev != nil && prev.Relative && (prev.Object == np || objectOfPrepositionAfter(d, prev, np)) {
		cl.Subject = prev.Subject
		return
	}
	cl.Subject = chainStart(d, np, c0)
	cl.Complement, cl.Parent = complementOf(d, cl.Subject, prev, len(d.Clauses)-1)
}

// skipAdjuncts walks back from token k over what may stand between a subject and its
// verb: adverbs ("The judge then turned"), time phrases ("the Kentucky Republican on
// Tuesday dismissed"), a comma-enclosed aside ("Trump, in Kentucky, said"). It returns
// the token where the subject should end (-1 when none) and whether a coordinating
// conjunction came first ("..., and then said").
func skipAdjuncts(d *doc.Doc, k, sentStart int) (int, bool) {
	toks := d.Tokens
	for k >= sentStart {
		t := &toks[k]
		if t.POS == doc.CC {
			return k, true
		}
		if t.POS.IsAdverb() {
			k--
			continue
		}
		c := d.ChunkAt(k)
		if c >= 0 && d.Chunks[c].Kind == doc.ChunkADVP {
			k = d.Chunks[c].FirstToken - 1
			continue
		}
		if c >= 0 && d.Chunks[c].Kind == doc.ChunkNP && isTimePhrase(d, c) {
			k = d.Chunks[c].FirstToken - 1
			if p := d.ChunkAt(k); k >= sentStart && p >= 0 && d.Chunks[p].Kind == doc.ChunkPP {
				k = d.Chunks[p].FirstToken - 1
			}
			continue
		}
		if t.Norm == "," {
			if start, ok := asideBefore(d, k, sentStart); ok {
				k = start - 1
				continue
			}
		}
		return k, false
	}
	return -1, false
}

// asideBefore: tokens before the comma at k are "PP NP (PP NP)*" or an adverb, opened by
// another comma (", in Kentucky,", ", meanwhile,"): it returns the opening comma's index.
func asideBefore(d *doc.Doc, k, sentStart int) (int, bool) {
	j := k - 1
	// ", meanwhile,", ", however,": an adverb alone between commas
	if j > sentStart && (d.Tokens[j].POS.IsAdverb() || d.ChunkAt(j) >= 0 && d.Chunks[d.ChunkAt(j)].Kind == doc.ChunkADVP) {
		a := j
		if c := d.ChunkAt(j); c >= 0 && d.Chunks[c].Kind == doc.ChunkADVP {
			a = d.Chunks[c].FirstToken
		}
		if a-1 >= sentStart && d.Tokens[a-1].Norm == "," {
			return a - 1, true
		}
	}
	sawPP := false
	for j >= sentStart {
		c := d.ChunkAt(j)
		if c < 0 {
			break
		}
		switch d.Chunks[c].Kind {
		case doc.ChunkNP, doc.ChunkADJP:
		case doc.ChunkPP:
			sawPP = true
		default:
			return 0, false
		}
		j = d.Chunks[c].FirstToken - 1
		if d.Chunks[c].Kind == doc.ChunkPP && j >= sentStart && d.Tokens[j].Norm == "," {
			return j, sawPP
		}
	}
	return 0, false
}

// isTimePhrase: an NP whose head is a time word ("Tuesday", "last week", "this month").
func isTimePhrase(d *doc.Doc, c int) bool {
	return d.Tokens[d.Chunks[c].Head].Class.Any(doc.ClassWeekday | doc.ClassMonth | doc.ClassTime)
}

// isWordHead: the chunk's head is a word or number (not a stray quotation mark).
func isWordHead(d *doc.Doc, c int) bool {
	k := d.Tokens[d.Chunks[c].Head].Kind
	return k == doc.TokWord || k == doc.TokNumber
}

// controlled: a verb without a subject of its own that is not finite ("rallied
// supporters, saying ...", "began by saying") takes the previous clause's subject.
func controlled(d *doc.Doc, cl *doc.Clause, prev *doc.Clause) {
	if prev != nil && cl.Verb.Tense == doc.TenseNonFinite {
		cl.Subject = mainClause(d, prev).Subject
	}
}

// frontedParticiple: a participle that opens the sentence, bare or after a preposition,
// has the main clause's subject, which comes after it ("Noting he majored in philosophy,
// Allen said", "After suggesting that he regretted it, Mr. Rubio disagreed").
func frontedParticiple(d *doc.Doc, sent doc.Sentence, first int) {
	if first >= len(d.Clauses) {
		return
	}
	cl := &d.Clauses[first]
	lead := cl.Verb.FirstToken - sent.FirstToken
	if cl.Subject >= 0 || cl.Verb.Tense != doc.TenseNonFinite || lead > 1 ||
		lead == 1 && d.Tokens[sent.FirstToken].POS != doc.IN && !d.Tokens[sent.FirstToken].POS.IsAdverb() {
		return
	}
	for i := first + 1; i < len(d.Clauses); i++ {
		main := &d.Clauses[i]
		if main.Subject >= 0 && main.Verb.Tense != doc.TenseNonFinite && !main.Complement && !main.Relative {
			cl.Subject = main.Subject
			return
		}
	}
}

// objectOfPrepositionAfter: NP np is the object of a preposition right after clause
// cl's verb ("voted against it"), so inside that clause.
func objectOfPrepositionAfter(d *doc.Doc, cl *doc.Clause, np int) bool {
	vp := d.ChunkAt(cl.Verb.EndToken - 1)
	return vp >= 0 && np == vp+2 && d.Chunks[vp+1].Kind == doc.ChunkPP &&
		gapTokens(d, vp, vp+1) == 0 && gapTokens(d, vp+1, np) == 0
}

// coordinatedWith: the clause a coordinated verb shares its subject with. After a
// relative clause closed by a comma ("called him an opportunist who neglected his duties,
// and urged him to resign") it is the clause the relative hangs on, not the relative;
// without the comma the relative goes on ("the senator who opposed the bill and voted").
func coordinatedWith(d *doc.Doc, prev *doc.Clause, conj, first int) *doc.Clause {
	if !prev.Relative || conj < 1 || d.Tokens[conj-1].Norm != "," {
		return prev
	}
	i := len(d.Clauses) - 1 // prev's index: the clause being read is not appended yet
	for i >= first && d.Clauses[i].Relative {
		i--
	}
	if i < first {
		return prev
	}
	return &d.Clauses[i]
}

// participleAfterComma: a participle after a comma opens a clause of its own whose
// subject is the main clause's ("Khalif said the talks failed, noting the delay": Khalif)
// or, before any verb, the noun phrase the commas enclose it after ("Lee, speaking to
// reporters, said": Lee).
func participleAfterComma(d *doc.Doc, cl *doc.Clause, comma, c0 int, prev *doc.Clause) bool {
	if prev != nil {
		cl.Subject = mainClause(d, prev).Subject
		return cl.Subject >= 0
	}
	j := d.ChunkAt(comma - 1)
	if j < c0 || d.Chunks[j].Kind != doc.ChunkNP || d.Chunks[j].EndToken != comma || !isWordHead(d, j) {
		return false
	}
	cl.Subject = chainStart(d, j, c0)
	return true
}

// infinitive: a verb group opened by "to" has no subject of its own; the noun phrase
// before it is the previous clause's object or adverbial ("came on the show to talk").
// Its subject is the previous clause's object after a verb that hands the act to its
// object ("urged Lee to resign"), else the subject of the previous clause's main clause.
func infinitive(d *doc.Doc, cl *doc.Clause, v int, prev *doc.Clause) bool {
	first := d.Chunks[v].FirstToken
	if d.Tokens[first].POS != doc.TO || prev == nil {
		return false
	}
	if prev.Object >= 0 && d.Chunks[prev.Object].EndToken == first && objectControl[d.Tokens[prev.Verb.Head].Lower] {
		cl.Subject = prev.Object
		return true
	}
	cl.Subject = mainClause(d, prev).Subject
	return true
}

// objectControl are verbs whose object does the act of the infinitive after it
// ("urged Lee to resign", "asked the court to rule"), in VerbForms' notation.
var objectControl = map[string]bool{}

func init() {
	for _, entry := range strings.Fields(`urge ask tell/told/told persuade force allow invite
		encourage order require instruct advise pressure push press enable convince beg+g
		implore challenge dare permit lead/led/led prompt cause inspire compel+l`) {
		for _, w := range VerbForms(entry) {
			objectControl[w] = true
		}
	}
}

// mainClause climbs from a clause to the one it is the complement or relative of, up to
// the sentence's main clause: a coordinated or controlled verb after "he said he found
// Trump charming and called ..." belongs to the sentence's subject, not the complement's.
func mainClause(d *doc.Doc, cl *doc.Clause) *doc.Clause {
	for cl.Complement && cl.Parent >= 0 && cl.Parent < len(d.Clauses) && d.Clauses[cl.Parent].Sentence == cl.Sentence {
		cl = &d.Clauses[cl.Parent]
	}
	return cl
}

// inversion: `"...," said the mayor` / `, said Lee.`: the NP right after the verb.
func inversion(d *doc.Doc, cl *doc.Clause, v int) bool {
	toks := d.Tokens
	vp := d.Chunks[v]
	prevTok := vp.FirstToken - 1
	if prevTok < d.Sentences[cl.Sentence].FirstToken || cl.Verb.Tense != doc.TensePast && cl.Verb.Tense != doc.TensePresent {
		return false // "..., declaring it a victory" is no inversion
	}
	if (toks[prevTok].Norm == "," || toks[prevTok].Kind == doc.TokQuote) && v+1 < len(d.Chunks) &&
		d.Chunks[v+1].Kind == doc.ChunkNP && d.Chunks[v+1].FirstToken == vp.EndToken &&
		toks[d.Chunks[v+1].FirstToken].Sentence == toks[vp.FirstToken].Sentence {
		cl.Subject = v + 1
		return true
	}
	return false
}

// gapTokens counts the tokens between the end of chunk a and the start of chunk b.
func gapTokens(d *doc.Doc, a, b int) int { return d.Chunks[b].FirstToken - d.Chunks[a].EndToken }

// chainStart walks back from an NP over "NP of NP" and possessive "NP 's NP" chains to
// the phrase that heads them: "the head of the agency" -> head; "the bank 's chief
// executive" -> the possessed phrase itself (its head is the chain's last noun).
func chainStart(d *doc.Doc, np, c0 int) int {
	for np-2 >= c0 && d.Chunks[np-1].Kind == doc.ChunkPP && d.Chunks[np-2].Kind == doc.ChunkNP &&
		gapTokens(d, np-1, np) == 0 && gapTokens(d, np-2, np-1) == 0 &&
		d.Tokens[d.Chunks[np-1].Head].Lower == "of" {
		np -= 2
	}
	return np
}

// possessiveStart: "the bank 's chief executive" is two NPs in CoNLL chunks; the first
// token of the whole phrase is that of the possessor.
func possessiveStart(d *doc.Doc, np, c0 int) int {
	for np-1 >= c0 && d.Chunks[np-1].Kind == doc.ChunkNP && gapTokens(d, np-1, np) == 0 &&
		d.Tokens[d.Chunks[np].FirstToken].POS == doc.POSS {
		np--
	}
	return np
}

// appositionHost: NP j is followed by a comma before the verb; when another comma stands
// before j's phrase and an NP before that, the earlier NP is the subject and j its
// apposition ("Steven Lee, the bank's chief executive, said" -> Steven Lee). -1 when the
// shape is not there.
func appositionHost(d *doc.Doc, j, c0 int) int {
	start := possessiveStart(d, j, c0)
	k := start - 1
	if k < c0 || d.Chunks[k].Kind != doc.ChunkNP || gapTokens(d, k, start) != 1 || !isAsideMark(&d.Tokens[d.Chunks[k].EndToken]) {
		return -1
	}
	return chainStart(d, k, c0)
}

// complementOf: the subject NP stands right after the previous clause's verb or object
// ("Lee said prices would rise", "told reporters the documents had been backdated",
// "said that ..."): this clause is that verb's complement, and the NP is not the previous
// clause's object. Whether the verb takes a clause is the reading stage's business (a
// speech verb does, "opposed" does not): the layer reports the shape.
func complementOf(d *doc.Doc, np int, prev *doc.Clause, pi int) (bool, int) {
	if prev == nil || np < 0 {
		return false, -1
	}
	start := d.Chunks[np].FirstToken
	after := prev.Verb.EndToken
	if prev.Object >= 0 && prev.Object != np && d.Chunks[prev.Object].EndToken <= start {
		after = d.Chunks[prev.Object].EndToken
	}
	gap := start - after
	if gap == 0 || gap == 1 && (d.Tokens[after].Lower == "that" || isSubordinator(d, after)) {
		if prev.Object == np {
			prev.Object = -1
		}
		return true, pi
	}
	return false, -1
}

// objectOf: the NP after the verb (over particles and adverbs); after a passive verb, the
// NP after "by" is the agent.
func objectOf(d *doc.Doc, cl *doc.Clause, v, c1 int) {
	j := v + 1
	for j < c1 && (d.Chunks[j].Kind == doc.ChunkPRT || d.Chunks[j].Kind == doc.ChunkADVP) {
		j++
	}
	if j >= c1 || cl.Subject == j {
		return
	}
	if cl.Verb.Passive && d.Chunks[j].Kind == doc.ChunkPP && d.Tokens[d.Chunks[j].Head].Lower == "by" && j+1 < c1 && d.Chunks[j+1].Kind == doc.ChunkNP {
		cl.Agent = j + 1
		return
	}
	if d.Chunks[j].Kind == doc.ChunkNP && d.Chunks[j].FirstToken <= d.Chunks[j-1].EndToken+1 {
		cl.Object = j
	}
}

// isSubordinator: token k opens an SBAR ("whether", "if", "because").
func isSubordinator(d *doc.Doc, k int) bool {
	c := d.ChunkAt(k)
	return c >= 0 && d.Chunks[c].Kind == doc.ChunkSBAR
}

// isAsideMark: a comma or a dash, which set off an apposition ("Christie – a Cowboys fan –").
func isAsideMark(t *doc.Token) bool { return t.Norm == "," || t.Kind == doc.TokDash }
