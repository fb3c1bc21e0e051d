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
		f.quotedObject(lo, end)
		f.raisedClaims(lo, end)
	}
}

// raisedClaims reads a clause whose verb reports an expectation or an appearance without
// saying whose it is: "Trump is expected to win", "the deal appears to be dead". The
// statement has no source (an unattributed claim); its content is the whole clause.
func (f *finder) raisedClaims(lo, end int) {
	for v := lo + 1; v+2 < end; v++ {
		w := f.toks[v].Lower
		cue := tokRange{v, v + 1}
		switch {
		case raisingVerbs[w] && f.toks[v+1].Lower == "to":
		case w == "expected" && beForms[f.toks[v-1].Lower] && f.toks[v+1].Lower == "to":
			cue.a = v - 1
		default:
			continue
		}
		if f.used[v] || f.inMarks[v] || !text.IsLowerWord(f.toks[v+2]) || isDeterminer(f.toks[v+2].Lower) {
			continue
		}
		sp, ok := f.clauseSubject(lo, cue.a)
		if !ok || f.used[sp.a] || sp.b > cue.a || cue.a-sp.b > 3 {
			continue
		}
		stop := v + 2
		for stop < end && !f.used[stop] && !f.secondCueAt(stop, end) && f.toks[stop].Norm != ";" {
			stop++
		}
		if !f.contentOK(v+2, stop) {
			continue
		}
		f.addIndirect(sp.a, stop, cue, noRange, noRange)
		return
	}
}

// raisingVerbs report how a claim looks without saying who holds it ("appears to").
var raisingVerbs = words(`appears appeared appear seems seemed seem`)

// possessiveClaims reads a noun cue with its owner and a that-clause: `Trump's claim that
// ...`, `the senator's warning that ...`. The owner is the source.
func (f *finder) possessiveClaims(lo, end int) {
	for i := lo + 1; i+2 < end; i++ {
		if f.toks[i].Lower != "'s" || f.used[i] || f.inMarks[i] {
			continue
		}
		noun := i + 1
		for noun < end && noun < i+3 && text.IsLowerWord(f.toks[noun]) && !claimNouns[f.toks[noun].Lower] && !stopWords[f.toks[noun].Lower] {
			noun++ // "Trump's repeated claim"
		}
		if noun+1 >= end || !claimNouns[f.toks[noun].Lower] || f.toks[noun+1].Lower != "that" || f.used[noun] {
			continue
		}
		sp, ok := f.phraseEndingAt(max(lo, i-maxScan), i-1)
		if !ok {
			continue
		}
		// the clause ends at a comma: "Despite Trump's claim that ..., the deficit grew"
		stop := noun + 1
		for stop < end && !f.used[stop] && f.toks[stop].Norm != "," && !f.secondCueAt(stop, end) {
			stop++
		}
		if !f.contentOK(noun+1, stop) {
			continue
		}
		f.addIndirect(noun+1, stop, tokRange{noun, noun + 1}, sp, noRange)
		i = stop
	}
}

// claimNouns are nouns that report a statement, with a that-clause after them.
var claimNouns = words(`claim claims assertion assertions statement argument suggestion insistence
	warning view belief remark remarks comment comments promise pledge vow charge accusation
	allegation contention prediction assurance admission announcement insinuation suggestion
	complaint concern fear hope theory`)

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
// `CONTENT, said X.`, `CONTENT, X told reporters.`, `CONTENT, according to X.`
func (f *finder) tailFrame(si, lo, end int) bool {
	commas := 0
	for m := end - 1; m > lo && commas < 3; m-- {
		if f.toks[m].Norm != "," || f.inMarks[m] {
			continue
		}
		commas++
		k := m + 1
		var cue, sp tokRange
		switch {
		case k+1 < end && f.toks[k].Lower == "according" && f.toks[k+1].Lower == "to":
			r, ok := f.accordingPhrase(k+2, end)
			if !ok {
				continue
			}
			cue, sp = tokRange{k, k + 2}, r
		case f.cueAt(k) == cueSpeech:
			r, ok := f.invertedSpeaker(k, end)
			if !ok || f.finiteVerbAt(r.b, end) || f.infinitiveAfter(r.b, end) {
				// "Its chairman, Dr. Lee, said the authority would appeal": the phrase
				// after the cue is the subject of the reported clause, not an inverted
				// speaker
				continue
			}
			cue, sp = tokRange{k, k + 1}, r
		default:
			c := -1
			for i := k; i < end && i < k+20; i++ {
				if f.cueAt(i) != cueNone {
					c = i
					break
				}
			}
			if c < 0 || strings.HasSuffix(f.toks[c].Lower, "ing") {
				// a participle ("X blocked Y, citing Z") hangs on a clause of its own
				continue
			}
			r, ok := f.speakerBefore(k, c)
			if !ok || !f.clauseStartsAt(k, r.a) {
				continue
			}
			if f.leadingCue(lo, m) && !isOutletName(f, r) {
				// "Carter said A, but he also warned B": A is Carter's; the frame
				// after the comma reports B ("..., TASS reported" relays A instead)
				continue
			}
			cue, sp = tokRange{c, c + 1}, r
		}
		// what follows the cue must be complements only, not a new clause
		if o := max(cue.b, sp.b); o+1 == end && anaphoricObjects[f.toks[o].Lower] {
			// "X claimed A, but the ministry denied this": the cue has an object of its
			// own, so A is X's statement, not the ministry's
			continue
		}
		after, outlet := f.cueComplements(cue, max(cue.b, sp.b), end)
		if !f.tailOnly(after, end) {
			// `PART, X said, REST.`: a frame between commas splits one statement, which
			// runs over both parts
			if after+1 < end && f.toks[after].Norm == "," && f.contentOK(lo, m) && f.contentOK(after+1, end) &&
				!f.hasCue(after+1, end) && !f.secondCueAt(after, end) {
				f.addIndirect(lo, end, cue, sp, outlet)
				return true
			}
			continue
		}
		if f.accordingEndsAt(lo, m) {
			// "..., but according to Y, Z wants ...": "according to Y" frames what
			// follows it, so the comma is no tail frame's
			return false
		}
		if !f.contentOK(lo, m) || questionLeads[f.toks[lo].Lower] || (f.openingAdverbial(lo, m) || m-lo <= 5 && timeEnds[f.toks[m-1].Lower]) && !f.hasFiniteVerb(lo, m) {
			// "Asked about the plan, Lee said no.": the opening is the question put to
			// the speaker, not the statement
			return false
		}
		if outlet == noRange && isOutletName(f, sp) && f.toks[cue.a].Lower != "according" {
			outlet = sp
		}
		if outlet == sp && f.innerStatements(lo, m, sp) {
			// "Naryshkin said he discussed ..., TASS reported": the statement is
			// Naryshkin's, relayed by TASS
			f.markUsed(cue)
			return true
		}
		f.addIndirect(lo, m, cue, sp, outlet)
		return true
	}
	return false
}

// finiteVerbAt reports whether token i, before end, is an auxiliary, a modal or a
// finite-looking verb: after a noun phrase it makes that phrase a clause's subject.
func (f *finder) finiteVerbAt(i, end int) bool {
	if i >= end || f.inMarks[i] {
		return false
	}
	t := f.toks[i]
	return auxiliaries[t.Lower] || f.verbLike(i) && !isTimeWord(t.Lower)
}

// infinitiveAt reports whether an infinitive, or an object and an infinitive, opens at
// token k: "wants to run", "wants voters to know".
func (f *finder) infinitiveAt(k, end int) bool {
	for i := k; i < end && i <= k+4; i++ {
		if f.toks[i].Lower == "to" {
			return i+1 < end && text.IsLowerWord(f.toks[i+1]) && !isDeterminer(f.toks[i+1].Lower)
		}
		if f.toks[i].Kind != doc.TokWord || stopWords[f.toks[i].Lower] && !isObjectPronoun(f.toks[i].Lower) {
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
	p := f.toks[i-1].Lower
	if strings.HasSuffix(t.Lower, "ing") && p != "," {
		return false // "went after Trump at the debate refusing to ...": whose is unclear
	}
	return !isDeterminer(p) && p != "'s" && p != "of" && p != "to" && !beForms[p]
}

// infinitiveAfter reports whether an infinitive opens at token i ("asked a judge to
// block ..."): the phrase before it is an object, not an inverted speaker.
func (f *finder) infinitiveAfter(i, end int) bool {
	if i+1 >= end || f.toks[i].Lower != "to" {
		return false
	}
	n := f.toks[i+1]
	return text.IsLowerWord(n) && !isDeterminer(n.Lower) && !stopWords[n.Lower] && !strings.HasSuffix(n.Lower, "s")
}

// clauseAt reports whether a clause opens at token k: a noun phrase, then a finite verb
// ("voters are tired", "prices will rise").
func (f *finder) clauseAt(k, end int) bool {
	r, ok := f.phraseStartingAt(k, end, false)
	return ok && r.a == k && f.finiteVerbAt(r.b, end)
}

// auxiliaries are auxiliary and modal verbs that open a clause's predicate.
// They are the language layer's auxiliary class (which holds the modals).
var auxiliaries = classWords(doc.ClassAuxiliary, ``)

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
	if b-a > 12 {
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
	if cl.Verb.Head != c || cl.Subject < 0 || cl.Verb.Passive || cl.Verb.Negated || cl.Relative || cl.Verb.Tense == doc.TenseNonFinite {
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
// `According to X, CONTENT`, `X said (that) CONTENT`, `X told Reuters CONTENT`.
func (f *finder) leadingFrames(lo, end int) {
	for c := lo; c < end; c++ {
		if f.used[c] {
			continue
		}
		t := f.toks[c]
		if t.Lower == "according" && c+1 < end && f.toks[c+1].Lower == "to" && !f.inMarks[c] {
			sp, ok := f.accordingPhrase(c+2, end)
			if !ok {
				continue
			}
			k := sp.b
			if k < end && f.toks[k].Norm == "," {
				k++
			}
			if f.contentOK(k, end) {
				f.addIndirect(k, end, tokRange{c, c + 2}, sp, noRange)
				return
			}
			continue
		}
		if t.Lower == "in" && !f.inMarks[c] {
			// "In the mayor's words, CONTENT", "In the words of X, CONTENT"
			if sp, cueEnd, ok := f.inWordsFrame(c, end); ok {
				if f.contentOK(cueEnd+1, end) {
					f.addIndirect(cueEnd+1, end, tokRange{c, cueEnd}, sp, noRange)
					return
				}
			}
		}
		class := f.cueAt(c)
		if class == cueNone && f.aimAt(c) {
			class = cueAim
		}
		if class == cueNone {
			continue
		}
		sp, ok := f.speakerBefore(lo, c)
		if !ok && class == cueSpeech && sayingVerbs[f.toks[c].Lower] {
			// "nine in 10 said ...", "Bernie Sanders' campaign says ...": a subject the
			// phrase parser cannot read still says what follows
			sp, ok = f.subjectRun(lo, c)
		}
		if !ok && class != cueAim {
			// the language layer's clause: the subject of the clause whose verb the cue
			// is ("Officials at the agency, citing the rules, warned ...")
			sp, ok = f.clauseSubjectOf(lo, c)
		}
		if !ok {
			continue
		}
		cue := tokRange{c, c + 1}
		k, outlet := c+1, noRange
		if p, ok := prepositionObjects[f.toks[c].Lower]; ok && c+1 < end && f.toks[c+1].Lower == p {
			// "referring to X", "pointed to X": the object of the preposition is the content
			cue.b, k = c+2, c+2
		} else if class != cueAim {
			k, outlet = f.cueComplements(cue, c+1, end)
		}
		if k < end && f.toks[k].Norm == "," && k+1 < end && f.toks[k+1].Lower == "that" {
			k++
		}
		if k >= end {
			continue
		}
		first := f.toks[k]
		if class == cueBelief && first.Lower != "that" && !f.isPronounAt(k, false) && !isDeterminer(first.Lower) && !text.IsCapitalised(first) &&
			!f.clauseAt(k, end) && !f.infinitiveAt(k, end) {
			continue
		}
		if first.Norm == ":" || first.Norm == "," {
			k++
		}
		// the content stops before a quote that a direct pass took, and before a second
		// cue of the same speaker ("..., noting that ...", "... and said that ...")
		// after a relative pronoun ("The minister, who said ..., left"), the content ends
		// where the main clause resumes
		relative := relativePronoun(f.toks[sp.a].Lower) && sp.b-sp.a == 1
		stop := k
		for stop < end && !f.used[stop] && !f.secondCueAt(stop, end) && !(f.toks[stop].Norm == "," && f.accordingAfterComma(stop+1, end)) && !(class == cueAim && f.toks[stop].Norm == ",") &&
			!(relative && f.mainClauseResumes(stop, end)) && !f.contrastFrameAt(stop, end) && !f.newFrameAt(stop, end) {
			stop++
		}
		if !f.contentOK(k, stop) {
			continue
		}
		if outlet == noRange && isOutletName(f, sp) {
			outlet = sp
		}
		f.addIndirect(k, stop, cue, sp, outlet)
		c = stop - 1
	}
}

// inWordsFrame reads "in X's words," or "in the words of X," opening at token c; it
// returns the speaker and the index of the comma after the frame.
func (f *finder) inWordsFrame(c, end int) (tokRange, int, bool) {
	if c+3 < end && f.toks[c+1].Lower == "the" && f.toks[c+2].Lower == "words" && f.toks[c+3].Lower == "of" {
		// "in the words of X,"
		if sp, ok := f.phraseStartingAt(c+4, end, false); ok && sp.b < end && f.toks[sp.b].Norm == "," {
			return sp, sp.b, true
		}
		return noRange, 0, false
	}
	for w := c + 2; w < end && w <= c+10; w++ {
		if f.toks[w].Lower != "words" {
			continue
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

// mainClauseResumes reports whether the comma at i ends a relative clause: a lower-case
// content word follows it, the main clause's verb ("..., left early").
func (f *finder) mainClauseResumes(i, end int) bool {
	if f.toks[i].Norm != "," || i+1 >= end {
		return false
	}
	n := f.toks[i+1]
	return text.IsLowerWord(n) && (!stopWords[n.Lower] || cueOf(n.Lower) != cueNone) && !isDeterminer(n.Lower) && !f.isPronounAt(i+1, true) && !relativePronoun(n.Lower)
}

// prepositionObjects are cue verbs whose content is the object of a preposition they
// govern: "referring to the convention", "pointed to his record".
var prepositionObjects = map[string]string{"referring": "to", "referred": "to", "refers": "to", "refer": "to",
	"pointed": "to", "points": "to", "pointing": "to"}

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
		if f.segUsed[si] {
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
