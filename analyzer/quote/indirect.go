package quote

import (
	"sort"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// indirect finds reported statements in each sentence: a final frame (`..., X said.`,
// `..., according to X.`), an opening "According to X, ...", or a subject and cue before
// the content (`X said (that) ...`, `X told Reuters that ...`). Quoted words inside the
// content that no direct quote took make it a partial quote.
func (f *finder) indirect() {
	f.closedBy = make(map[int]int)
	for i, q := range f.drafts {
		if q.kind == doc.QuoteDirect && q.lastSeg >= 0 && f.segs[q.lastSeg].close >= 0 {
			f.closedBy[f.segs[q.lastSeg].close] = i
		}
	}
	for si, s := range f.d.Sentences {
		if s.Headline || s.EndToken-s.FirstToken < 4 {
			continue
		}
		lo, hi := s.FirstToken, s.EndToken
		// drop final punctuation and closing marks from the content's end
		end := hi
		for end > lo && (isSentenceEnd(f.toks[end-1]) || f.toks[end-1].Kind == doc.TokQuote && f.toks[end-1].Quote != doc.QuoteOpen && !f.used[end-1]) {
			end--
		}
		if f.tailFrame(si, lo, end) {
			continue
		}
		f.leadingFrames(lo, end)
		f.possessiveClaims(lo, end)
		f.claimNouns(lo, end)
		f.askedQuestions(lo, end)
		f.beliefAdjectives(lo, end)
		f.quotedObject(lo, end)
		f.raisedClaims(lo, end)
		f.passiveClaims(lo, end)
	}
}

// raisedClaims reads a clause whose verb reports an expectation or an appearance without
// saying whose it is: "Trump is expected to win", "the deal appears to be dead". The
// statement has no source (an unattributed claim); its content is the whole clause.
func (f *finder) raisedClaims(lo, end int) {
	for v := lo + 1; v+1 < end; v++ {
		w := f.toks[v].Lower
		cue := tokRange{v, v + 1}
		pred := v + 2 // where the predicate the appearance reports opens
		switch {
		case isRaisingVerb(w) && f.toks[v+1].Lower == "to" && v+2 < end:
		case w == "expected" && beForms[f.toks[v-1].Lower] && f.toks[v+1].Lower == "to" && v+2 < end:
			cue.a = v - 1
		case isRaisingVerb(w) && f.adjectivalAt(v+1, end):
			// "the Trump team appeared paralyzed", "New Hampshire seems stable"
			pred = v + 1
		default:
			continue
		}
		if f.used[v] || f.inMarks[v] || pred == v+2 && (!text.IsLowerWord(f.toks[v+2]) || isDeterminerTok(f.toks[v+2])) {
			continue
		}
		sp, ok := f.clauseSubject(lo, cue.a)
		if !ok || f.used[sp.a] || sp.b > cue.a || cue.a-sp.b > 3 {
			// the language layer's subject of the clause ("Indeed, a broader swath of
			// Republican voters appears to be moving ...")
			if sp, ok = f.layerSubject(lo, v); !ok {
				continue
			}
		}
		stop := pred
		for stop < end && !f.used[stop] && !f.secondCueAt(stop, end) && f.toks[stop].Norm != ";" {
			stop++
		}
		if !f.contentOK(pred, stop) && !f.contentOK(sp.a, stop) {
			continue
		}
		f.addIndirect(sp.a, stop, cue, noRange, noRange)
		return
	}
}

// adjectivalAt reports whether an adjective or a participle (after adverbs) opens the
// predicate at token k: "seemed equally unperturbed", "appeared paralyzed". A verb of
// appearance with one reports how its subject looks ("appeared on television" does not).
func (f *finder) adjectivalAt(k, end int) bool {
	for k < end && f.toks[k].POS.IsAdverb() && !f.inMarks[k] {
		k++
	}
	if k >= end || f.inMarks[k] || !text.IsLowerWord(f.toks[k]) {
		return false
	}
	p := f.toks[k].POS
	return p.IsAdjective() || p == doc.VBN || f.toks[k].Lower == "like"
}

// possessiveClaims reads a noun cue with its owner and its content: `Trump's claim that
// ...`, `the senator's warning that ...`, `her criticism of the plan`, `Trump's attacks
// on Clinton`. The owner, a possessive phrase or determiner, is the source; the word
// after the noun ("that", "of", "on") is the one cues.txt lists for it.
func (f *finder) possessiveClaims(lo, end int) {
	for i := lo; i+2 < end; i++ {
		t := f.toks[i]
		owner := t.Lower == "'s" && i > lo
		person := f.personPossessive(i)
		if !owner && !person {
			continue
		}
		if f.used[i] || f.inMarks[i] {
			continue
		}
		noun := i + 1
		for noun+1 < end && noun < i+3 && text.IsLowerWord(f.toks[noun]) && !nounCue(f.toks[noun].Lower, f.toks[noun+1].Lower) && !nounCue(f.toks[noun].Lower, "that") && !stopWords[f.toks[noun].Lower] {
			noun++ // "Trump's repeated claim"
		}
		if noun+1 >= end || f.used[noun] || f.inMarks[noun] || !text.IsLowerWord(f.toks[noun]) {
			continue
		}
		opener := f.toks[noun+1].Lower
		copular := (opener == "is" || opener == "was") && noun+2 < end && f.toks[noun+2].Lower == "that"
		if copular {
			opener = "that" // "Lee's view is that ...": the that-clause after the copula
		}
		if !nounCue(f.toks[noun].Lower, opener) {
			continue
		}
		sp := tokRange{i, i + 1} // "his criticism of": the determiner stands for the owner
		if owner {
			r, ok := f.phraseEndingAt(max(lo, i-maxScan), i-1)
			if !ok {
				continue
			}
			sp = r
		}
		// the content ends at a comma: "Despite Trump's claim that ..., the deficit
		// grew"; an object of a preposition ends where the sentence's verb starts
		// ("Trump's attacks on Clinton have hurt him")
		k := noun + 1
		if opener != "that" || copular {
			k = noun + 2
		}
		stop := k
		for stop < end && !f.used[stop] && f.toks[stop].Norm != "," && !f.secondCueAt(stop, end) && !(opener != "that" && f.finiteVerbStarts(stop)) {
			stop++
		}
		if !f.contentOK(k, stop) && !(opener != "that" && stop > k) {
			continue
		}
		f.addIndirect(k, stop, tokRange{noun, k}, sp, noRange)
		i = stop
	}
}

// personPossessive reports whether token i is a possessive pronoun of a person ("his",
// "her", "their"; not "its", whose owner is too often a thing: "the letter ... its
// prediction that").
func (f *finder) personPossessive(i int) bool {
	t := f.toks[i]
	return t.Class.Has(doc.ClassPossessive) && t.Class.Has(doc.ClassPronoun) && t.Class.Any(doc.ClassMale|doc.ClassFemale|doc.ClassPlural|doc.ClassFirstPerson)
}

// finiteVerbStarts reports whether a finite verb group opens at token i.
func (f *finder) finiteVerbStarts(i int) bool {
	ci := f.d.ClauseOf(i)
	return ci >= 0 && f.d.Clauses[ci].Verb.FirstToken == i && f.d.Clauses[ci].Verb.Tense != doc.TenseNonFinite
}

// quotedObject reads a sentence whose subject, a name or a pronoun, does something with
// quoted words through a verb not in the cue list: `Trump proclaimed a goal of "Peace
// Through Strength."`, `Cruz exhorted Republicans to "vote your conscience"`. The quoted
// words are the subject's, so the rest of the clause is reported as a partial quote.
func (f *finder) quotedObject(lo, end int) {
	// an unused quoted segment in the sentence
	si := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].open >= lo })
	for ; si < len(f.segs) && f.segs[si].open < end && f.segUsed[si]; si++ {
	}
	if si >= len(f.segs) || f.segs[si].open >= end {
		return
	}
	sp, ok := f.clauseSubject(lo, f.segs[si].open)
	if !ok || f.used[sp.a] || !(f.isPronounAt(sp.a, false) || text.IsCapitalised(f.toks[sp.b-1])) {
		return
	}
	v := sp.b
	for v < end && (skipBeforeCue[f.toks[v].Lower] || isLyAdverb(f.toks[v])) {
		v++
	}
	if v >= end || v >= f.segs[si].open || !f.verbLike(v) || f.used[v] || v+1 < end && f.toks[v+1].Lower == "ago" {
		return
	}
	if f.toks[sp.a].Kind == doc.TokNumber || numberWord(f.toks[sp.a].Lower) {
		return
	}
	k := v + 1
	stop := k
	for stop < end && !f.used[stop] && !f.secondCueAt(stop, end) {
		stop++
	}
	if stop <= f.segs[si].open || !f.contentOK(k, stop) {
		return
	}
	f.addIndirect(k, stop, tokRange{v, v + 1}, sp, noRange)
}

// contentOK reports whether tokens [a, b) can be a reported statement: some unused words.
func (f *finder) contentOK(a, b int) bool {
	words := 0
	for i := a; i < b; i++ {
		if f.used[i] {
			return false
		}
		if f.toks[i].Kind == doc.TokWord || f.toks[i].Kind == doc.TokNumber {
			words++
		}
	}
	return words >= 2
}

// tailFrame handles a sentence that ends with its attribution: `CONTENT, X said.`,
// `CONTENT, said X.`, `CONTENT, X told reporters.`, `CONTENT, according to X.` It
// tries the last three commas outside quotation marks, from the end.
func (f *finder) tailFrame(si, lo, end int) bool {
	commas := 0
	for m := end - 1; m > lo && commas < 3; m-- {
		if f.toks[m].Norm != "," || f.inMarks[m] {
			continue
		}
		commas++
		switch f.tailAt(lo, m, end) {
		case tailTaken:
			return true
		case tailNone:
			return false
		}
	}
	return f.bareAccordingTail(lo, end)
}

// bareAccordingTail records `CONTENT according to X.` with no comma before the frame
// ("... is unsubstantiated — or flat out wrong — according to the journal."): "according
// to X" closes the sentence, and what comes before it is the statement.
func (f *finder) bareAccordingTail(lo, end int) bool {
	for p := end - 3; p > lo+1 && p >= end-maxScan; p-- {
		if f.toks[p].Lower != "according" || f.toks[p+1].Lower != "to" || f.inMarks[p] || f.toks[p-1].Norm == "," {
			continue
		}
		sp, ok := f.accordingPhrase(p+2, end)
		if !ok || !f.tailOnly(sp.b, end) {
			return false
		}
		if f.openingNotStatement(lo, p) || f.leadingCue(lo, p) {
			return false
		}
		f.addIndirect(lo, p, tokRange{p, p + 2}, sp, noRange)
		return true
	}
	return false
}

// tailVerdict is what one comma tells tailFrame: try an earlier comma, stop with no
// tail frame, or a frame taken.
type tailVerdict int

const (
	tailNext tailVerdict = iota
	tailNone
	tailTaken
)

// tailAt reads the attribution after the comma m and, when it is one, records the
// statement before it (or around it, `PART, X said, REST.`).
func (f *finder) tailAt(lo, m, end int) tailVerdict {
	cue, sp, ok := f.tailAttribution(lo, m, end)
	if !ok {
		return tailNext
	}
	if o := max(cue.b, sp.b); o+1 == end && anaphoricObjects[f.toks[o].Lower] {
		// "X claimed A, but the ministry denied this": the cue has an object of its
		// own, so A is X's statement, not the ministry's
		return tailNext
	}
	// what follows the cue must be complements only, not a new clause
	after, outlet := f.cueComplements(cue, max(cue.b, sp.b), end)
	if !f.tailOnly(after, end) {
		return f.splitStatement(lo, m, after, end, cue, sp, outlet)
	}
	if f.accordingEndsAt(lo, m) {
		// "..., but according to Y, Z wants ...": "according to Y" frames what
		// follows it, so the comma is no tail frame's
		return tailNone
	}
	if f.openingNotStatement(lo, m) {
		return tailNone
	}
	if outlet == noRange && isOutletName(f, sp) && f.toks[cue.a].Lower != "according" {
		outlet = sp
	}
	if outlet == sp && f.innerStatements(lo, m, sp) {
		// "Naryshkin said he discussed ..., TASS reported": the statement is
		// Naryshkin's, relayed by TASS
		f.markUsed(cue)
		return tailTaken
	}
	f.addIndirect(lo, m, cue, sp, outlet)
	return tailTaken
}

// splitStatement handles `PART, X said, REST.`: a frame between commas splits one
// statement, which runs over both parts. after is the first token past the frame.
func (f *finder) splitStatement(lo, m, after, end int, cue, sp, outlet tokRange) tailVerdict {
	if after+1 < end && f.toks[after].Norm == "," && f.contentOK(lo, m) && f.contentOK(after+1, end) &&
		!f.hasCue(after+1, end) && !f.secondCueAt(after, end) {
		f.addIndirect(lo, end, cue, sp, outlet)
		return tailTaken
	}
	return tailNext
}

// openingNotStatement reports whether the words [lo, m) before a tail frame are no
// statement: too few words, a question ("How ..."), or an opening adverbial or time
// phrase without a finite verb ("Asked about the plan, Lee said no.": the opening is
// the question put to the speaker).
func (f *finder) openingNotStatement(lo, m int) bool {
	if !f.contentOK(lo, m) || questionLeads[f.toks[lo].Lower] {
		return true
	}
	return (f.openingAdverbial(lo, m) || m-lo <= 5 && timeEnds[f.toks[m-1].Lower]) && !f.hasFiniteVerb(lo, m)
}

// tailAttribution reads the attribution that opens after the comma m: "according to
// X", "as X put it", an inverted "said X", or a speaker and its cue "X said".
func (f *finder) tailAttribution(lo, m, end int) (cue, sp tokRange, ok bool) {
	k := m + 1
	switch {
	case k+1 < end && f.toks[k].Lower == "according" && f.toks[k+1].Lower == "to":
		sp, ok = f.accordingPhrase(k+2, end)
		return tokRange{k, k + 2}, sp, ok
	case k < end && f.toks[k].Lower == "as":
		// "..., as a Homeland Security memo put it."
		return f.asFrameAt(k, end)
	case f.cueAt(k) == cueSpeech:
		return f.invertedTail(k, end)
	}
	return f.speakerCueTail(lo, m, end)
}

// invertedTail reads "said X" opening at the cue k.
func (f *finder) invertedTail(k, end int) (cue, sp tokRange, ok bool) {
	r, ok := f.invertedSpeaker(k, end)
	if !ok || f.finiteVerbAt(r.b, end) || f.infinitiveAfter(r.b, end) {
		// "Its chairman, Dr. Lee, said the authority would appeal": the phrase
		// after the cue is the subject of the reported clause, not an inverted
		// speaker
		return noRange, noRange, false
	}
	return tokRange{k, k + 1}, r, true
}

// speakerCueTail reads "X said" after the comma m: a speaker phrase that opens a
// clause, then a cue within 20 tokens.
func (f *finder) speakerCueTail(lo, m, end int) (cue, sp tokRange, ok bool) {
	k := m + 1
	c := -1
	for i := k; i < end && i < k+20; i++ {
		if f.cueAt(i) != cueNone {
			c = i
			break
		}
	}
	if c < 0 || strings.HasSuffix(f.toks[c].Lower, "ing") {
		// a participle ("X blocked Y, citing Z") hangs on a clause of its own
		return noRange, noRange, false
	}
	r, ok := f.speakerBefore(k, c)
	if !ok || !f.clauseStartsAt(k, r.a) {
		return noRange, noRange, false
	}
	if f.leadingCue(lo, m) && !isOutletName(f, r) {
		// "Carter said A, but he also warned B": A is Carter's; the frame
		// after the comma reports B ("..., TASS reported" relays A instead)
		return noRange, noRange, false
	}
	return tokRange{c, c + 1}, r, true
}

// finiteVerbAt reports whether token i, before end, is an auxiliary, a modal or a
// finite-looking verb: after a noun phrase it makes that phrase a clause's subject.
func (f *finder) finiteVerbAt(i, end int) bool {
	if i >= end || f.inMarks[i] {
		return false
	}
	t := f.toks[i]
	return auxiliaries[t.Lower] || f.verbLike(i) && !isTimeWordTok(t)
}

// infinitiveAt reports whether an infinitive, or an object and an infinitive, opens at
// token k: "wants to run", "wants voters to know".
func (f *finder) infinitiveAt(k, end int) bool {
	for i := k; i < end && i <= k+4; i++ {
		if f.toks[i].Lower == "to" {
			return i+1 < end && text.IsLowerWord(f.toks[i+1]) && !isDeterminerTok(f.toks[i+1])
		}
		if f.toks[i].Kind != doc.TokWord || stopWords[f.toks[i].Lower] && !isObjectPronounTok(f.toks[i]) {
			return false
		}
	}
	return false
}

// aimAt reports whether token i is a verb of the aim class used as a finite verb or a
// participle: not a noun after a determiner, not an infinitive, not a passive.
func (f *finder) aimAt(i int) bool {
	if i < 1 || i >= len(f.toks) || f.inMarks[i] || f.used[i] {
		return false
	}
	t := f.toks[i]
	if !text.IsLowerWord(t) || !isAimVerb(t.Lower) {
		return false
	}
	if p := cuePreposition(t.Lower); p != "" && (i+1 >= len(f.toks) || f.toks[i+1].Lower != p) {
		return false // "talked about X" reports X; "talked for an hour" reports nothing
	}
	p := f.toks[i-1].Lower
	if strings.HasSuffix(t.Lower, "ing") && p != "," {
		return false // "went after Trump at the debate refusing to ...": whose is unclear
	}
	return !isDeterminer(p) && p != "'s" && p != "of" && p != "to" && !beForms[p] && !f.negated(i)
}

// infinitiveAfter reports whether an infinitive opens at token i ("asked a judge to
// block ..."): the phrase before it is an object, not an inverted speaker.
func (f *finder) infinitiveAfter(i, end int) bool {
	if i+1 >= end || f.toks[i].Lower != "to" {
		return false
	}
	n := f.toks[i+1]
	return text.IsLowerWord(n) && !isDeterminerTok(n) && !stopWords[n.Lower] && !strings.HasSuffix(n.Lower, "s")
}

// clauseAt reports whether a clause opens at token k: a noun phrase, then a finite verb
// ("voters are tired", "prices will rise").
func (f *finder) clauseAt(k, end int) bool {
	r, ok := f.phraseStartingAt(k, end, false)
	return ok && r.a == k && f.finiteVerbAt(r.b, end)
}

// auxiliaries are auxiliary and modal verbs that open a clause's predicate.
// They are the language layer's auxiliary class (which holds the modals).
var auxiliaries = text.WordSet(doc.ClassAuxiliary)

// hasFiniteVerb reports whether tokens [a, b) hold an auxiliary or a finite-looking verb.
func (f *finder) hasFiniteVerb(a, b int) bool {
	for i := a; i < b; i++ {
		if auxiliaries[f.toks[i].Lower] && f.toks[i].Lower != "'s" || f.verbLike(i) {
			return true
		}
	}
	return false
}

// timeEnds close a short opening adverbial of time ("A year later, ...").
var timeEnds = words(`later earlier ago afterward afterwards before since`)

// questionLeads open a participle phrase about the question a speaker answers.
var questionLeads = words(`asked pressed questioned responding reacting`)

// innerStatements attributes the statements inside [lo, m) to their own speakers, with
// outlet as the medium that relays them; it reports whether it found any.
func (f *finder) innerStatements(lo, m int, outlet tokRange) bool {
	n := len(f.drafts)
	f.leadingFrames(lo, m)
	for i := n; i < len(f.drafts); i++ {
		if f.drafts[i].outlet == noRange {
			f.drafts[i].outlet = outlet
		}
	}
	return len(f.drafts) > n
}

// tailOnly reports whether tokens [a, b) after a final frame are only adverbials (a
// date, a place) and not a clause of their own.
func (f *finder) tailOnly(a, b int) bool {
	if a < b && f.secondCueAt(a, b) {
		return true // `..., Nefzi said, adding, "..."`: a second attribution follows
	}
	// "..., said David Autor, a professor of economics at M.I.T., who is ...": an
	// apposition and a relative clause about the speaker close the frame, and so does
	// a restrictive one ("..., said a handful of Democrats who opposed it")
	if a < b && relativeWho[f.toks[a].Lower] {
		return true
	}
	// "..., Lee told the crowd as he left the hall": a clause of time right after the
	// cue, with no comma, says when the words were spoken, not more of them
	if a+2 < b && frameTimeClauses[f.toks[a].Lower] && f.ownClauseIn(a+1, b) {
		return true
	}
	for a < b && f.toks[a].Norm == "," && !f.inMarks[a] {
		if a+1 < b && relativeWho[f.toks[a+1].Lower] {
			return true
		}
		e := f.appositionEnd(a+1, b)
		if e < 0 {
			break
		}
		a = e
	}
	if b-a > 12 || a < b && f.objectAt(a) || f.ownClauseIn(a, b) {
		return false
	}
	for i := a; i < b; i++ {
		t := f.toks[i]
		if t.Lower == "that" || f.cueAt(i) != cueNone || t.Kind == doc.TokQuote || t.Lower != "'s" && auxiliaries[t.Lower] {
			return false
		}
	}
	// "..., said the council would vote": a subject and its verb make a clause
	if r, ok := f.phraseStartingAt(a, b, false); ok && r.a == a && f.finiteVerbAt(r.b, b) {
		return false
	}
	return true
}

// frameTimeClauses open a clause of time that says when a statement was made.
var frameTimeClauses = words(`as when while after before`)

// relativeWho open a relative clause about a person, the speaker of a tail frame.
var relativeWho = words(`who whose`)

// ownClauseIn reports whether tokens [a, b) hold a clause of their own, as the language
// layer reads it: a finite verb with its subject inside the range, not a relative clause
// ("..., Mr. Clarke said, until it went bankrupt", "..., the agency said, and those in
// the bottom fifth paid 0.8 percent"): the statement goes on past the frame.
func (f *finder) ownClauseIn(a, b int) bool {
	cls := f.d.Clauses
	for ci := sort.Search(len(cls), func(i int) bool { return cls[i].Verb.EndToken > a }); ci < len(cls); ci++ {
		cl := cls[ci]
		if cl.Verb.FirstToken >= b {
			break
		}
		if cl.Verb.FirstToken < a || cl.Relative || cl.Subject < 0 || cl.Verb.Tense == doc.TenseNonFinite || cl.Verb.Tense == doc.TenseNone {
			continue
		}
		if sub := f.d.Chunks[cl.Subject]; sub.FirstToken >= a && sub.EndToken <= cl.Verb.FirstToken {
			return true
		}
	}
	return false
}

// contrastFrameAt reports whether a comma at i opens a contrasting clause with a
// speaker of its own: "..., but the ministry denied this", "..., while critics say ...".
// The first statement ends at the comma.
func (f *finder) contrastFrameAt(i, end int) bool {
	if f.toks[i].Norm != "," || i+2 >= end || f.inMarks[i] || !contrastWords[f.toks[i+1].Lower] {
		return false
	}
	r, ok := f.phraseStartingAt(i+2, end, false)
	return ok && r.b < end && f.cueAt(r.b) != cueNone
}

// newFrameAt reports whether the comma at i opens a clause with a speaker and a cue of
// its own ("Although Weiner admitted that A, he claimed B"): the first statement ends
// at the comma.
func (f *finder) newFrameAt(i, end int) bool {
	var k int
	switch {
	case i+2 >= end:
		return false
	case f.toks[i].Norm == "," && !f.inMarks[i]:
		k = i + 1
	case f.toks[i].Kind == doc.TokQuote && i > 0 && f.toks[i-1].Norm == ",":
		k = i + 1 // `..."been friends," he claimed`: the comma inside the marks
	case f.toks[i].Kind == doc.TokDash && !f.inMarks[i]:
		k = i + 1 // "... more intense — and he noted that ..."
	case (f.toks[i].Lower == "and" || f.toks[i].Lower == "but") && !f.inMarks[i]:
		// "... mishandled the investigation and Democrats accused ...": a conjunction
		// joins a clause of another speaker's
		if r, ok := f.phraseStartingAt(i+1, end, false); ok && r.a == i+1 {
			c := r.b
			for c < end && (skipBeforeCue[f.toks[c].Lower] || isLyAdverb(f.toks[c])) {
				c++
			}
			return c < end && f.cueAt(c) != cueNone && !f.isPronounAt(r.a, false)
		}
		return false
	default:
		return false
	}
	if contrastWords[f.toks[k].Lower] || f.toks[k].Lower == "and" {
		k++ // "..., but he also warned"
	}
	if r, ok := f.phraseStartingAt(k, end, false); ok && r.a == k {
		c := r.b
		for c < end && (skipBeforeCue[f.toks[c].Lower] || isLyAdverb(f.toks[c])) {
			c++
		}
		if c < end && f.cueAt(c) != cueNone {
			return true
		}
	}
	// "..., and nearly three in five said ...": a plain verb of saying a few words on,
	// after a subject the phrase parser cannot read
	for c := k + 1; c < end && c <= k+8; c++ {
		t := f.toks[c]
		if t.Kind == doc.TokPunct || t.Kind == doc.TokQuote || f.inMarks[c] {
			return false
		}
		if f.cueAt(c) != cueNone {
			_, ok := f.subjectRun(k, c)
			return ok && sayingVerbs[t.Lower]
		}
	}
	return false
}

// clauseSubjectOf returns the subject phrase the language layer gives the clause whose
// main verb is token c, when it lies in [lo, c) and is no pronoun-less fragment.
func (f *finder) clauseSubjectOf(lo, c int) (tokRange, bool) {
	ci := f.d.ClauseOf(c)
	if ci < 0 {
		return noRange, false
	}
	cl := f.d.Clauses[ci]
	if cl.Verb.Head != c || cl.Subject < 0 || cl.Verb.Passive || cl.Verb.Negated || cl.Verb.Tense == doc.TenseNonFinite {
		return noRange, false
	}
	if cl.Relative {
		// "voters who support Sanders": the relative pronoun is the source (the
		// finish step links it to the phrase it stands for); only "who": "that" is as
		// often a complementiser, and "which" a clause's own comment
		if r := cl.Verb.FirstToken - 1; r >= lo && f.toks[r].Lower == "who" && !f.used[r] && !f.inMarks[r] {
			return tokRange{r, r + 1}, true
		}
		return noRange, false
	}
	ch := f.d.Chunks[cl.Subject]
	if ch.FirstToken < lo || ch.EndToken > c {
		return noRange, false
	}
	r := tokRange{ch.FirstToken, ch.EndToken}
	// the noun phrase a prepositional phrase hangs on is the subject's head ("The two
	// firms' joint statement on Friday argued"), and touching noun phrases are one
	for k, hops := cl.Subject-1, 0; k >= 0 && hops < 6; k, hops = k-1, hops+1 {
		p := f.d.Chunks[k]
		if p.EndToken != r.a || p.FirstToken < lo {
			break
		}
		if p.Kind == doc.ChunkPP && k > 0 && f.d.Chunks[k-1].Kind == doc.ChunkNP && f.d.Chunks[k-1].EndToken == p.FirstToken && f.d.Chunks[k-1].FirstToken >= lo {
			r.a = f.d.Chunks[k-1].FirstToken
			k--
			continue
		}
		if p.Kind != doc.ChunkNP {
			break
		}
		r.a = p.FirstToken
	}
	for i := r.a; i < r.b; i++ {
		if f.used[i] || f.inMarks[i] {
			return noRange, false
		}
	}
	return r, true
}

// sayingVerbs are the plain verbs of saying, whose subject is a source whatever its form.
var sayingVerbs = words(`said says say`)

// subjectRun returns the words before cue c back to the start of its clause (the start
// of the frame, a comma, a semicolon, a dash, a quotation mark or a conjunction), past
// auxiliaries and adverbs, at most 15 tokens, as a rough speaker phrase.
func (f *finder) subjectRun(lo, c int) (tokRange, bool) {
	j := c - 1
	for j >= lo && (skipBeforeCue[f.toks[j].Lower] || isLyAdverb(f.toks[j])) {
		j--
	}
	if j < lo {
		return noRange, false
	}
	a := j
	for a > lo && j-a < 15 {
		p := f.toks[a-1]
		if p.Norm == "," || p.Norm == ";" || p.Kind == doc.TokDash || p.Kind == doc.TokQuote || f.inMarks[a-1] ||
			p.Lower == "and" || p.Lower == "but" || p.Lower == "that" || p.Lower == "while" || isSentenceEnd(p) {
			break
		}
		a--
	}
	if a > lo && j-a >= 15 {
		return noRange, false
	}
	r := tokRange{a, j + 1}
	if w := f.toks[j].Lower; stopWords[w] && !isSubjectPronoun(w) || isDeterminer(w) && !pronounDeterminers[w] && !numberWord(w) {
		return noRange, false // "going on to say": no subject ends in a function word
	}
	for i := r.a; i < r.b; i++ {
		if f.used[i] || f.toks[i].Kind == doc.TokWord && f.cueAt(i) != cueNone {
			return noRange, false
		}
	}
	return r, true
}

// leadingCue reports whether tokens [lo, m) open with a speaker and a cue verb of their
// own ("Carter said ..."): a leading frame, which a frame after them must not override.
func (f *finder) leadingCue(lo, m int) bool {
	for c := lo + 1; c < m && c < lo+25; c++ {
		if f.cueAt(c) == cueNone {
			continue
		}
		sp, ok := f.speakerBefore(lo, c)
		return ok && f.clauseStartsAt(lo, sp.a)
	}
	return false
}

// contrastWords open a clause that sets a second view against the first.
var contrastWords = words(`but while whereas although though yet`)

// anaphoricObjects are objects of a cue that stand for an earlier statement.
var anaphoricObjects = words(`this it these those them`)

// leadingFrames handles attributions that come before their content, left to right:
// `According to X, CONTENT`, `In X's words, CONTENT`, `X said (that) CONTENT`, `X told
// Reuters CONTENT`.
func (f *finder) leadingFrames(lo, end int) {
	for c := lo; c < end; c++ {
		if f.used[c] {
			continue
		}
		if f.toks[c].Lower == "according" && c+1 < end && f.toks[c+1].Lower == "to" && !f.inMarks[c] {
			if f.accordingLeads(c, end) {
				return
			}
			continue
		}
		if f.inWordsLeads(c, end) || c == lo && f.toks[c].Lower == "in" && !f.inMarks[c] && f.pollLeads(c, end) {
			return
		}
		if stop, ok := f.cueLeads(lo, c, end); ok {
			c = stop - 1
		}
	}
}

// accordingLeads records "According to X, CONTENT" with "according" at c.
func (f *finder) accordingLeads(c, end int) bool {
	sp, ok := f.accordingPhrase(c+2, end)
	if !ok {
		return false
	}
	k := sp.b
	if k < end && f.toks[k].Norm == "," {
		k++
	}
	if !f.contentOK(k, end) {
		return false
	}
	f.addIndirect(k, end, tokRange{c, c + 2}, sp, noRange)
	return true
}

// inWordsLeads records "In the mayor's words, CONTENT" and "In the words of X,
// CONTENT" with "in" at c.
func (f *finder) inWordsLeads(c, end int) bool {
	if f.toks[c].Lower != "in" || f.inMarks[c] {
		return false
	}
	sp, cueEnd, ok := f.inWordsFrame(c, end)
	if !ok || !f.contentOK(cueEnd+1, end) {
		return false
	}
	f.addIndirect(cueEnd+1, end, tokRange{c, cueEnd}, sp, noRange)
	return true
}

// cueLeads records "X said (that) CONTENT" with the cue at c: its speaker before it,
// its content after it up to where the statement stops. It returns that stop.
func (f *finder) cueLeads(lo, c, end int) (int, bool) {
	class := f.cueAt(c)
	if class == cueNone && f.aimAt(c) {
		class = cueAim
	}
	if class == cueNone || f.parentheticalParticiple(c, end) {
		return 0, false
	}
	sp, ok := f.leadingSpeaker(lo, c, end, class)
	if !ok {
		return 0, false
	}
	cue, k, outlet, ok := f.leadingContentStart(c, end, class)
	if !ok {
		return 0, false
	}
	stop := f.leadingContentEnd(k, end, sp, class)
	if !f.contentOK(k, stop) {
		return 0, false
	}
	if outlet == noRange && isOutletName(f, sp) {
		outlet = sp
	}
	f.addIndirect(k, stop, cue, sp, outlet)
	return stop, true
}

// parentheticalParticiple reports whether the cue at c is a participle between commas
// before the verb of saying of its subject ("Lee, citing the new figures, said ..."):
// the participle's object is no statement, and the frame is the verb's.
func (f *finder) parentheticalParticiple(c, end int) bool {
	if c == 0 || f.toks[c-1].Norm != "," || !strings.HasSuffix(f.toks[c].Lower, "ing") {
		return false
	}
	for i := c + 1; i+1 < end && i <= c+12; i++ {
		if f.toks[i].Norm == "," && !f.inMarks[i] {
			return f.cueAt(i+1) == cueSpeech && !strings.HasSuffix(f.toks[i+1].Lower, "ing")
		}
	}
	return false
}

// leadingSpeaker finds the speaker of the cue at c in [lo, c): a speaker phrase, else
// the fallbacks below, each for a subject the one before cannot read.
func (f *finder) leadingSpeaker(lo, c, end int, class cueClass) (tokRange, bool) {
	if sp, ok := f.speakerBefore(lo, c); ok {
		return sp, true
	}
	if class == cueSpeech && sayingVerbs[f.toks[c].Lower] {
		// "nine in 10 said ...", "Bernie Sanders' campaign says ...": a subject the
		// phrase parser cannot read still says what follows
		if sp, ok := f.subjectRun(lo, c); ok {
			return sp, true
		}
	}
	// the language layer's clause: the subject of the clause whose verb the cue
	// is ("Officials at the agency, citing the rules, warned ...", "Economists
	// believe ...", "voters who support Sanders")
	if sp, ok := f.clauseSubjectOf(lo, c); ok {
		return sp, true
	}
	if class != cueAim && c > lo && f.toks[c-1].Lower == "to" {
		// "Lee went on television to warn that ...": the infinitive's speaker is the
		// subject of the clause it hangs on
		if sp, ok := f.controllerOf(lo, c); ok {
			return sp, true
		}
	}
	if class != cueAim && f.complementiserAfter(c, end) {
		// "early ratings data suggests that ...": with a that-clause after it, any
		// verb of saying or thinking frames a statement (the tagger may have read
		// it as a noun, and the phrase parser may not read its subject)
		return f.subjectRun(lo, c)
	}
	return noRange, false
}

// leadingContentStart finds where the content of the cue opens, past its complements
// ("told Reuters", "said in a statement", "that"); a cue with a preposition of its
// own ("pointed to X") takes it into the cue. It fails when what follows cannot be
// the cue's content (a clause-taking cue without a clause).
func (f *finder) leadingContentStart(c, end int, class cueClass) (cue tokRange, k int, outlet tokRange, ok bool) {
	cue, k, outlet = tokRange{c, c + 1}, c+1, noRange
	if p := cuePreposition(f.toks[c].Lower); p != "" && c+1 < end && f.toks[c+1].Lower == p {
		// "referring to X", "pointed to X": the object of the preposition is the content
		cue.b, k = c+2, c+2
	} else if class != cueAim {
		k, outlet = f.cueComplements(cue, c+1, end)
	}
	if k < end && f.toks[k].Norm == "," && k+1 < end && f.toks[k+1].Lower == "that" {
		k++
	}
	if k >= end {
		return cue, 0, noRange, false
	}
	first := f.toks[k]
	if needsClause(f.toks[c].Lower) && first.Lower != "that" && !f.clauseAt(k, end) {
		return cue, 0, noRange, false
	}
	if class == cueBelief && first.Lower != "that" && !f.isPronounAt(k, false) && !isDeterminerTok(first) && !text.IsCapitalised(first) &&
		!f.clauseAt(k, end) && !f.infinitiveAt(k, end) {
		return cue, 0, noRange, false
	}
	if first.Norm == ":" || first.Norm == "," {
		k++
	}
	return cue, k, outlet, true
}

// leadingContentEnd finds where a leading frame's content starting at k stops: before
// a quote that a direct pass took, a second cue of the same speaker ("..., noting that
// ...", "... and said that ..."), a contrasting or new frame, and, after a relative
// pronoun ("The minister, who said ..., left"), where the main clause resumes.
func (f *finder) leadingContentEnd(k, end int, sp tokRange, class cueClass) int {
	relative := relativePronoun(f.toks[sp.a].Lower) && sp.b-sp.a == 1
	stop := k
	for stop < end && !f.contentStopsAt(stop, end, relative, class) {
		stop++
	}
	return stop
}

// contentStopsAt reports whether a leading frame's content stops at token i.
func (f *finder) contentStopsAt(i, end int, relative bool, class cueClass) bool {
	return f.used[i] || f.secondCueAt(i, end) || f.toks[i].Norm == "," && f.accordingAfterComma(i+1, end) ||
		class == cueAim && f.toks[i].Norm == "," || relative && f.mainClauseResumes(i, end) ||
		f.contrastFrameAt(i, end) || f.newFrameAt(i, end)
}

// inWordsFrame reads "in X's words," (or "view", "opinion": opinionNouns) or "in the
// words of X," opening at token c; it returns the speaker and the index of the comma
// after the frame.
func (f *finder) inWordsFrame(c, end int) (tokRange, int, bool) {
	if c+3 < end && f.toks[c+1].Lower == "the" && f.toks[c+2].Lower == "words" && f.toks[c+3].Lower == "of" {
		// "in the words of X,"
		if sp, ok := f.phraseStartingAt(c+4, end, false); ok && sp.b < end && f.toks[sp.b].Norm == "," {
			return sp, sp.b, true
		}
		return noRange, 0, false
	}
	for w := c + 2; w < end && w <= c+10; w++ {
		if !opinionNouns[f.toks[w].Lower] {
			continue
		}
		if w == c+2 && w+1 < end && f.toks[w+1].Norm == "," && f.personPossessive(c+1) {
			return tokRange{c + 1, c + 2}, w + 1, true // "In her view, ..."
		}
		if w+1 < end && f.toks[w+1].Norm == "," && f.toks[w-1].Lower == "'s" {
			if sp, ok := f.phraseEndingAt(c+1, w-2); ok && sp.a <= c+2 {
				return sp, w + 1, true
			}
		}
		break
	}
	return noRange, 0, false
}

// opinionNouns name what a speaker holds in "In X's words, ...", "In her view, ...".
var opinionNouns = words(`words view opinion estimation judgment telling`)

// mainClauseResumes reports whether the comma at i ends a relative clause: a lower-case
// content word follows it, the main clause's verb ("..., left early").
func (f *finder) mainClauseResumes(i, end int) bool {
	if f.toks[i].Norm != "," || i+1 >= end {
		return false
	}
	n := f.toks[i+1]
	return text.IsLowerWord(n) && (!stopWords[n.Lower] || cueOf(n.Lower) != cueNone) && !isDeterminerTok(n) && !f.isPronounAt(i+1, true) && !relativePronoun(n.Lower)
}

// secondCueAt reports whether token i opens a second attribution inside a content: a
// comma or "and" followed by a cue verb ("..., noting that", "... and said that").
func (f *finder) secondCueAt(i, end int) bool {
	t := f.toks[i]
	if t.Norm != "," && t.Lower != "and" || f.inMarks[i] {
		return false
	}
	j := i + 1
	if j < end && t.Norm == "," && f.toks[j].Lower == "and" {
		j++
	}
	for j < end && (skipBeforeCue[f.toks[j].Lower] || isLyAdverb(f.toks[j])) {
		j++
	}
	if j >= end || f.inMarks[j] || !text.IsLowerWord(f.toks[j]) || cueOf(f.toks[j].Lower) != cueSpeech {
		return false
	}
	// a participle after a comma, or a finite verb after "and"
	return strings.HasSuffix(f.toks[j].Lower, "ing") && t.Norm == "," || t.Lower == "and" || j > i+1 && f.toks[i+1].Lower == "and"
}

// accordingAfterComma reports whether "according to" opens at token j, after a comma
// and a conjunction: "X announced ..., but according to Y, ..." holds two
// attributions, each with its own source.
func (f *finder) accordingAfterComma(j, end int) bool {
	if j >= end || !clauseConjunctions[f.toks[j].Lower] {
		// a bare ", according to X" inside a content is often a source for that content
		// itself ("... said voters, according to a poll, favour him")
		return false
	}
	j++
	return j+1 < end && !f.inMarks[j] && f.toks[j].Lower == "according" && f.toks[j+1].Lower == "to"
}

// accordingEndsAt reports whether an "according to X" phrase ends at the comma m,
// within [lo, m), after a comma or at the sentence's start.
func (f *finder) accordingEndsAt(lo, m int) bool {
	for p := m - 2; p >= lo && p >= m-14; p-- {
		if f.toks[p].Lower != "according" || f.inMarks[p] || f.toks[p+1].Lower != "to" {
			continue
		}
		if p > lo && f.toks[p-1].Norm != "," && !clauseConjunctions[f.toks[p-1].Lower] {
			return false
		}
		sp, ok := f.accordingPhrase(p+2, m)
		return ok && sp.b == m
	}
	return false
}

// clauseConjunctions join two clauses after a comma.
var clauseConjunctions = words(`but and yet while whereas although though`)

// addIndirect records a reported statement over tokens [a, b) with its frame; unused
// quoted segments inside it become its quoted words (a partial quote).
func (f *finder) addIndirect(a, b int, cue, sp, outlet tokRange) {
	f.addStatement(a, b, cue, sp, outlet, true)
}

// addStatement is addIndirect; with takeQuoted false, quoted segments inside the
// statement stay for no one (the statement is indirect, not a partial quote).
func (f *finder) addStatement(a, b int, cue, sp, outlet tokRange, takeQuoted bool) {
	for a < b && (f.toks[a].Norm == "," || f.toks[a].Norm == ":") {
		a++
	}
	for b > a && (f.toks[b-1].Norm == "," || f.toks[b-1].Norm == ":" || f.toks[b-1].Kind == doc.TokDash) {
		b--
	}
	if a >= b {
		return
	}
	q := draft{kind: doc.QuoteIndirect, span: doc.Span{Start: f.toks[a].Start, End: f.toks[b-1].End},
		speaker: sp, cue: cue, outlet: outlet, from: -1, para: f.d.Sentences[f.toks[a].Sentence].Paragraph, lastSeg: -1, frame: -1}
	for si := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].open >= a }); si < len(f.segs) && f.segs[si].open < b; si++ {
		s := f.segs[si]
		if f.segUsed[si] || !takeQuoted {
			continue
		}
		q.quoted = append(q.quoted, s.inner)
		q.kind = doc.QuotePartial
		f.segUsed[si] = true
		// quoted words that run past the sentence (`including, "Do you ...? How ...?"`)
		// take the statement with them
		if e := segEnd(f.d, s); e > b && s.inner.End > q.span.End {
			q.span.End = s.inner.End
			b = e
		}
	}
	f.markUsed(tokRange{a, b})
	f.markUsed(cue)
	f.markUsed(sp)
	f.drafts = append(f.drafts, q)
}

// numberWord reports whether w spells a number ("twenty-two", "three").
func numberWord(w string) bool {
	for _, n := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"} {
		if strings.HasPrefix(w, n) {
			return true
		}
	}
	return false
}

// objectAt reports whether a noun phrase opens at token i, right after a cue and its
// complements: the cue's object ("she criticised Singer", "the ministry acknowledged the
// costs"), so the cue frames what follows it, not the words before it. A time phrase
// ("said Tuesday", "said last week") is an adverbial, not an object.
func (f *finder) objectAt(i int) bool {
	t := f.toks[i]
	if f.inMarks[i] || isTimeWordTok(t) || t.Class.Any(doc.ClassWeekday|doc.ClassMonth) {
		return false
	}
	c := f.d.ChunkAt(i)
	if c < 0 || f.d.Chunks[c].Kind != doc.ChunkNP || f.d.Chunks[c].FirstToken != i {
		return false
	}
	h := f.toks[f.d.Chunks[c].Head]
	return !isTimeWordTok(h) && !h.Class.Any(doc.ClassWeekday|doc.ClassMonth|doc.ClassTime)
}

// complementiserAfter reports whether "that" follows cue c (past a time word): "data
// suggests that ...", "Lee further alleges that ...". A verb of saying or thinking with a
// that-clause frames a statement even when the tagger read it as a noun and the phrase
// parser cannot read its subject.
func (f *finder) complementiserAfter(c, end int) bool {
	k := c + 1
	if k < end && isTimeWordTok(f.toks[k]) {
		k++
	}
	return k+1 < end && f.toks[k].Lower == "that" && !f.inMarks[k] && text.IsLowerWord(f.toks[c])
}

// layerSubject returns the subject phrase the language layer gives the clause whose verb
// group holds token v, when it lies in [lo, v), is no relative pronoun and is untaken.
func (f *finder) layerSubject(lo, v int) (tokRange, bool) {
	ci := f.d.ClauseOf(v)
	if ci < 0 {
		return noRange, false
	}
	cl := f.d.Clauses[ci]
	if cl.Subject < 0 || cl.Relative || cl.Verb.Negated {
		return noRange, false
	}
	ch := f.d.Chunks[cl.Subject]
	if ch.FirstToken < lo || ch.EndToken > v {
		return noRange, false
	}
	for i := ch.FirstToken; i < ch.EndToken; i++ {
		if f.used[i] || f.inMarks[i] {
			return noRange, false
		}
	}
	return tokRange{ch.FirstToken, ch.EndToken}, true
}

// controllerOf returns the subject of the nearest finite clause before token c in its
// sentence that is no relative and no complement clause: the subject that a verb
// without one of its own ("to warn", "arguing") takes.
func (f *finder) controllerOf(lo, c int) (tokRange, bool) {
	ci := f.d.ClauseOf(c)
	if ci < 0 {
		return noRange, false
	}
	for j := ci - 1; j >= 0 && f.d.Clauses[j].Sentence == f.d.Clauses[ci].Sentence; j-- {
		cl := f.d.Clauses[j]
		if cl.Verb.Tense == doc.TenseNonFinite || cl.Relative || cl.Complement {
			continue
		}
		if cl.Subject < 0 || cl.Verb.Negated {
			return noRange, false
		}
		return f.layerSubject(lo, cl.Verb.Head)
	}
	return noRange, false
}

// appositionEnd returns where a noun phrase with its prepositional phrases that opens at
// token a ends (at a comma or at b), or -1 when a verb or a clause mark comes first:
// "a professor of economics at M.I.T.," is one; "he said" is not.
func (f *finder) appositionEnd(a, b int) int {
	if a >= b {
		return -1
	}
	c := f.d.ChunkAt(a)
	if c < 0 || f.d.Chunks[c].Kind != doc.ChunkNP || f.isPronounAt(a, true) {
		return -1
	}
	for i := a; i < b; i++ {
		if f.toks[i].Norm == "," && !f.inMarks[i] {
			return i
		}
		k := f.d.ChunkAt(i)
		if k < 0 && f.toks[i].Kind != doc.TokPunct || f.inMarks[i] || f.toks[i].Kind == doc.TokQuote {
			return -1
		}
		if k >= 0 {
			switch f.d.Chunks[k].Kind {
			case doc.ChunkNP, doc.ChunkPP, doc.ChunkADJP:
			default:
				return -1
			}
		}
	}
	return b
}
