package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// afterFrame reads the attribution right after a closing mark: `"...," said Murphy`,
// `"...," Mr. Barrett said`, `"...," Trump, who ..., said`, `"...," according to X`, in
// the same paragraph and before the next quotation. afterRules are asked in order and the first
// that decides gives the frame.
func (f *finder) afterFrame(si int) frame {
	s := f.segs[si]
	if s.close < 0 {
		return noFrame
	}
	_, hi := f.paragraphBounds(s.para)
	if si+1 < len(f.segs) && f.segs[si+1].para == s.para && f.segs[si+1].open < hi {
		hi = f.segs[si+1].open
	}
	at := afterSite{si: si, s: s, mark: s.closeEnd + 1, hi: hi}
	at.k = at.mark
	for at.k < hi && (f.toks[at.k].Norm == "," || f.toks[at.k].Kind == doc.TokDash) {
		at.k++
	}
	for _, rule := range afterRules {
		if fr, decided := rule.find(f, at); decided {
			return fr
		}
	}
	return noFrame
}

// afterSite is where afterRules look: segment si's quotation closes just before token
// mark; k is the first token after the commas and dashes there; the frame ends before hi.
type afterSite struct {
	si      int
	s       segment
	mark, k int
	hi      int
}

// An afterRule reads a frame after a closing quotation mark. decided false passes to the
// next rule; otherwise fr is the answer (noFrame: none).
type afterRule struct {
	name string
	find func(f *finder, at afterSite) (fr frame, decided bool)
}

// afterRules are asked in order; when none decides there is no frame.
var afterRules = []afterRule{
	// `"..." ― Ariana Huichapa.`: a dash and a name that end the paragraph (golden:
	// 27_dash_attribution)
	{"dashSignature", func(f *finder, at afterSite) (frame, bool) {
		k, hi := at.mark, at.hi
		if k+1 < hi && (f.toks[k].Kind == doc.TokDash || f.toks[k].Norm == "-") {
			if sp, ok := f.phraseStartingAt(k+1, hi, false); ok && text.IsCapitalised(f.toks[sp.a]) {
				e := sp.b
				for e < hi && (f.toks[e].Norm == "." || f.toks[e].Norm == ",") {
					e++
				}
				if e == hi || f.toks[e].Sentence != f.toks[k].Sentence && f.toks[e].Kind == doc.TokQuote {
					return frame{cue: tokRange{k, k + 1}, speaker: sp, outlet: noRange, end: e}, true
				}
			}
		}
		return noFrame, false
	}},
	// a quotation that ends its paragraph: a signature line may follow, or nothing
	// (golden: 03_before_colon)
	{"paragraphEnd", func(f *finder, at afterSite) (frame, bool) {
		if at.k >= at.hi {
			return f.signatureFrame(at.s), true
		}
		return noFrame, false
	}},
	// `"...," according to a senior official.` (golden: according_to_after)
	{"accordingTo", func(f *finder, at afterSite) (frame, bool) {
		k, hi := at.k, at.hi
		if f.toks[k].Lower != "according" || k+1 >= hi || f.toks[k+1].Lower != "to" {
			return noFrame, false
		}
		if sp, ok := f.accordingPhrase(k+2, hi); ok {
			return f.finishFrame(tokRange{k, k + 2}, sp, sp.b, hi), true
		}
		return noFrame, true
	}},
	// `"...," she was quoted as saying.` (golden: 71_quoted_as_saying_after)
	{"quotedAsSayingAfter", func(f *finder, at afterSite) (frame, bool) {
		fr := f.quotedAsSayingAfter(at.k, at.hi)
		return fr, fr.ok()
	}},
	// `"...," as a Homeland Security memo put it.`, `"...," as one senator said.`: the
	// speaker between "as" and the cue (golden: as_x_put_it)
	{"asFrame", func(f *finder, at afterSite) (frame, bool) {
		cue, sp, ok := f.asFrameAt(at.k, at.hi)
		if !ok {
			return noFrame, false
		}
		return f.finishFrame(cue, sp, cue.b, at.hi), true
	}},
	// `"...," said Dan Wall.`: the cue before its speaker (golden: 02_inverted_after)
	{"invertedCue", func(f *finder, at afterSite) (frame, bool) {
		if f.cueAt(at.k) == cueSpeech {
			if sp, ok := f.invertedSpeaker(at.k, at.hi); ok {
				return f.finishFrame(tokRange{at.k, at.k + 1}, sp, sp.b, at.hi), true
			}
		}
		return noFrame, false
	}},
	// `"...," Mr. Barrett said.`: a frame that opens right after the quotation (golden:
	// 01_after_frame)
	{"frameAfterClose", func(f *finder, at afterSite) (frame, bool) {
		k, hi, s := at.k, at.hi, at.s
		fr := f.frameFrom(k, hi)
		if !fr.ok() || fr.colon && fr.cue.a != k && fr.speaker.a != k {
			return noFrame, false
		}
		// `"...done." He added, "..."`: a frame after a finished sentence that leads into
		// the next quotation belongs to that one
		if f.endsSentence(s) && fr.end < len(f.toks) && fr.end > 0 && fr.end == f.nextOpen(at.si) &&
			(f.toks[fr.end-1].Norm == "," || f.toks[fr.end-1].Norm == ":") {
			return noFrame, true
		}
		// `"... neighborhood." Russia insisted that ...`: a new sentence that goes on past
		// its cue is a statement of its own, not this quotation's frame
		if f.endsSentence(s) && text.IsCapitalised(f.toks[k]) && f.cueTakesClause(fr, hi) {
			return noFrame, true
		}
		return fr, true
	}},
	// `"..." for criminal behavior, she said.`: a few words finish the statement first
	// (golden: words_before_frame)
	{"wordsBeforeFrame", func(f *finder, at afterSite) (frame, bool) {
		return f.wordsBeforeFrame(at), true
	}},
}

// wordsBeforeFrame finds a frame after a comma within a few words of the quotation
// (`"..." for criminal behavior, she said.`, `” if she did not win by more, said Dan
// Wall, an analyst.`); not when the quoted words sit in a clause reported by someone
// else ("Naryshkin said he discussed "..." in a call, TASS reported": they are
// Naryshkin's).
func (f *finder) wordsBeforeFrame(at afterSite) frame {
	s, k, hi := at.s, at.k, at.hi
	lo, _ := f.sentenceBounds(s.open)
	if f.hasCue(max(lo, s.open-maxScan), s.open) {
		return noFrame
	}
	for m := k; m < hi && m < k+20; m++ {
		t := f.toks[m]
		if isSentenceEnd(t) || t.Kind == doc.TokQuote || f.cueAt(m) != cueNone {
			break
		}
		if t.Norm == "," {
			if fr := f.frameFrom(m+1, hi); fr.ok() && !fr.colon {
				fr.extra = m
				return fr
			}
			if m+1 < hi && f.cueAt(m+1) == cueSpeech {
				if sp, ok := f.invertedSpeaker(m+1, hi); ok {
					fr := f.finishFrame(tokRange{m + 1, m + 2}, sp, sp.b, hi)
					fr.extra = m
					return fr
				}
			}
			break
		}
	}
	return noFrame
}

// frameFrom reads a frame that opens at token k: "Mr. Barrett said", "Trump, who ...,
// said", "a narrator in the Clinton ad asks", "Rep. Gwen Moore (D-Wis.) said".
func (f *finder) frameFrom(k, hi int) frame {
	for c := k; c < hi && c < k+25; c++ {
		if f.hardStop(c, k) || f.toks[c].Kind == doc.TokQuote {
			break
		}
		if f.cueAt(c) != cueSpeech {
			continue
		}
		sp, ok := f.speakerBefore(k, c)
		if ok && f.clauseStartsAt(k, sp.a) {
			return f.finishFrame(tokRange{c, c + 1}, sp, c+1, hi)
		}
		// right after a closing mark, a phrase that opens the frame is the speaker even
		// when more follows it before the cue (a prepositional phrase, appositions)
		if c-k <= 15 {
			if sp, ok := f.phraseStartingAt(k, c, false); ok && sp.a == k {
				return f.finishFrame(tokRange{c, c + 1}, sp, c+1, hi)
			}
		}
		break
	}
	return f.unlistedVerbFrame(k, hi)
}

// unlistedVerbFrame reads a short frame whose verb is not in the cue list but whose shape
// leaves no doubt, right after a closing mark: `"...," Trump shot back.`, `"...!" beamed
// Donald Hartley.` The frame must end the sentence (or reach a comma) after the verb.
func (f *finder) unlistedVerbFrame(k, hi int) frame {
	closes := func(i int) bool {
		return i >= hi || isSentenceEnd(f.toks[i]) || f.toks[i].Norm == "," || f.hardStop(i, k) || isTimeWordTok(f.toks[i])
	}
	// inverted: VERB NAME
	if f.verbLike(k) {
		if sp, ok := f.phraseStartingAt(k+1, hi, false); ok && text.IsCapitalised(f.toks[sp.a]) && closes(sp.b) {
			return f.finishFrame(tokRange{k, k + 1}, sp, sp.b, hi)
		}
	}
	for v := k + 1; v < hi && v <= k+8; v++ {
		if !f.verbLike(v) {
			continue
		}
		after := v + 1
		if after < hi && verbParticles[f.toks[after].Lower] {
			after++ // "shot back", "points out", "went on"
		}
		if !closes(after) && !(after < hi && clauseJoiners[f.toks[after].Lower]) {
			continue
		}
		sp, ok := f.phraseStartingAt(k, v, false)
		if !ok || sp.b != v || sp.a != k || f.toks[k].Kind == doc.TokNumber || numberWord(f.toks[k].Lower) {
			continue // "... five times": a count, not a speaker
		}
		return f.finishFrame(tokRange{v, after}, sp, after, hi)
	}
	return noFrame
}

// verbParticles complete a verb of saying not in the list ("shot back", "points out").
var verbParticles = words(`back out on up`)

// clauseJoiners may follow a frame's verb to start another clause ("Trump barked as ...").
var clauseJoiners = words(`and as when while before after but then`)

// verbLike reports whether token i looks like a finite verb of saying not in the list:
// a lower-case past form or third-person present ("beamed", "shot", "reads").
func (f *finder) verbLike(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := f.toks[i]
	if !text.IsLowerWord(t) || f.inMarks[i] || stopWords[t.Lower] || isDeterminerTok(t) || isTimeWordTok(t) {
		return false
	}
	return strings.HasSuffix(t.Lower, "ed") || irregularPast[t.Lower] || len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
}

// segWords counts the words inside a segment.
func (f *finder) segWords(s segment) int {
	end := s.close
	if end < 0 {
		end = paragraphEndToken(f.d, s.para)
	}
	n := 0
	for i := s.openEnd + 1; i < end; i++ {
		if f.toks[i].Kind == doc.TokWord || f.toks[i].Kind == doc.TokNumber {
			n++
		}
	}
	return n
}

// cueTakesClause reports whether a frame's cue goes on with a reported clause of its own
// ("insisted that ...", "said North Korea had ...") rather than ending or taking only
// adverbials ("said of Apple in February, when ...").
func (f *finder) cueTakesClause(fr frame, hi int) bool {
	k, _ := f.cueComplements(fr.cue, max(fr.cue.b, fr.speaker.b), hi)
	if v := f.toks[fr.cue.a].Lower; (v == "asked" || v == "asks") && k < hi {
		// "asked reporters rhetorically during a news conference": the one asked
		if f.isPronounAt(k, true) {
			k++
		} else {
			for j := k; k < hi && j-k < 6 && f.npToken(k) && !isLyAdverb(f.toks[k]); k++ {
			}
		}
		for k < hi && isLyAdverb(f.toks[k]) {
			k++
		}
	}
	if k >= hi {
		return false
	}
	t := f.toks[k]
	if t.Kind == doc.TokPunct || t.Kind == doc.TokDash || prepositions[t.Lower] || isTimeWordTok(t) || clauseJoiners[t.Lower] {
		return false
	}
	return t.Kind == doc.TokWord || t.Kind == doc.TokNumber || t.Kind == doc.TokQuote
}

// endsSentence reports whether a closed segment's words end with . ? or !
func (f *finder) endsSentence(s segment) bool {
	if s.close < 0 || s.close-1 <= s.open {
		return false
	}
	t := f.toks[s.close-1]
	return t.Norm == "." || t.Norm == "?" || t.Norm == "!"
}

// nextOpen returns the opening mark of the segment after si in the same paragraph, or -1.
func (f *finder) nextOpen(si int) int {
	if si+1 < len(f.segs) && f.segs[si+1].para == f.segs[si].para {
		return f.segs[si+1].open
	}
	return -1
}

// finishFrame completes a frame whose cue and speaker are known: it takes the cue's
// complements ("in a statement", "told Reuters") and finds where the frame ends.
func (f *finder) finishFrame(cue, sp tokRange, from, hi int) frame {
	fr := frame{cue: cue, speaker: sp, outlet: noRange}
	end := from
	if cue.b > end {
		end = cue.b
	}
	end, fr.outlet = f.cueComplements(cue, end, hi)
	if fr.outlet == noRange && isOutletName(f, sp) && f.toks[cue.a].Lower != "according" {
		fr.outlet = sp
	}
	for end < hi && !isSentenceEnd(f.toks[end]) && f.toks[end].Norm != "," && f.toks[end].Norm != ":" &&
		f.toks[end].Kind != doc.TokQuote {
		end++
	}
	if end < hi && (f.toks[end].Norm == ":" || isSentenceEnd(f.toks[end]) || f.toks[end].Norm == ",") {
		fr.colon = f.toks[end].Norm == ":"
		end++
	}
	fr.end = end
	return fr
}

// cueComplements extends a cue over what follows it in a frame: an addressee or outlet
// ("told Reuters", "told reporters"), "in a statement", "in an interview with CNN", "on
// Twitter". It returns the token after them and the outlet, if any.
func (f *finder) cueComplements(cue tokRange, k, hi int) (int, tokRange) {
	outlet := noRange
	verb := f.toks[cue.a].Lower
	if verb == "told" || verb == "tell" || verb == "tells" || verb == "telling" {
		if r, ok := f.phraseStartingAt(k, hi, true); ok {
			if text.IsCapitalised(f.toks[r.b-1]) && !f.isPronounAt(r.a, true) {
				outlet = r
			}
			k = f.addresseeNouns(r.b, hi)
		} else if k < hi && bareAddressee(f.toks[k]) && !f.inMarks[k] {
			k++ // "told reporters", "told supporters": the addressee, not the statement
		}
	}
	for step := 0; step < 3 && k < hi; step++ {
		w := f.toks[k].Lower
		switch {
		case isTimeWord(w):
			k++
		case (w == "in" || w == "on" || w == "during" || w == "to" || w == "at" || w == "with") && k+1 < hi:
			r, ok := f.phraseStartingAt(k+1, hi, false)
			if !ok {
				return k, outlet
			}
			k = r.b
			if k+1 < hi && (f.toks[k].Lower == "with" || f.toks[k].Lower == "to") {
				if r2, ok := f.phraseStartingAt(k+1, hi, false); ok && text.IsCapitalised(f.toks[r2.a]) {
					outlet, k = r2, r2.b
				}
			} else if (w == "to" || w == "with") && text.IsCapitalised(f.toks[r.a]) && outlet == noRange {
				outlet = r
			}
		default:
			return k, outlet
		}
	}
	return k, outlet
}

// addresseeNouns steps over lower-case nouns that finish an addressee named first
// ("told Britain's ITV television station in an interview"), from token k, unless a
// verb follows them: then the last of them opens the reported clause ("told CNN voters
// were angry").
func (f *finder) addresseeNouns(k, hi int) int {
	e := k
	for e < hi && e-k < 3 && text.IsLowerWord(f.toks[e]) && !f.inMarks[e] && !stopWords[f.toks[e].Lower] &&
		!isDeterminerTok(f.toks[e]) && cueOf(f.toks[e].Lower) == cueNone && !f.verbLike(e) && !f.isPronounAt(e, true) {
		e++
	}
	if e == k || e < hi && f.finiteVerbAt(e, hi) {
		return k
	}
	return e
}

// bareAddressee reports whether a word is a bare plural noun that can be told something
// ("reporters", "lawmakers", "journalists").
func bareAddressee(t doc.Token) bool {
	return text.IsLowerWord(t) && len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "s") && !stopWords[t.Lower] &&
		cueOf(t.Lower) == cueNone && !strings.HasSuffix(t.Lower, "ss")
}

// signatureFrame reads a signature paragraph after a paragraph that ends with the
// quotation: a dash and a name, then at most a short description ("- Sen. Ann Lee.",
// "—Ann Lee, a nurse, Ohio.").
func (f *finder) signatureFrame(s segment) frame {
	if s.para+1 >= len(f.d.Paragraphs) || segEnd(f.d, s) < paragraphEndToken(f.d, s.para) {
		return noFrame
	}
	lo, hi := f.paragraphBounds(s.para + 1)
	if hi-lo < 2 || hi-lo > 20 || !(f.toks[lo].Kind == doc.TokDash || f.toks[lo].Norm == "-") {
		return noFrame
	}
	for i := lo; i < hi; i++ {
		if f.toks[i].Kind == doc.TokQuote {
			return noFrame
		}
	}
	sp, ok := f.phraseStartingAt(lo+1, hi, false)
	if !ok || sp.a != lo+1 || !text.IsCapitalised(f.toks[sp.a]) || !text.IsCapitalised(f.toks[sp.b-1]) {
		return noFrame
	}
	if sp.b < hi && f.toks[sp.b].Norm != "," && f.toks[sp.b].Norm != "." {
		return noFrame
	}
	return frame{cue: tokRange{lo, lo + 1}, speaker: sp, outlet: noRange, end: hi}
}

// quotedAsSayingAfter reads `"...," TASS quoted him as saying.` after a closing mark: the
// speaker is the object of "quoted", the outlet its subject (see quotedAsSaying).
func (f *finder) quotedAsSayingAfter(k, hi int) frame {
	for c := k + 2; c < hi && c < k+12; c++ {
		t := f.toks[c]
		if isSentenceEnd(t) || t.Kind == doc.TokQuote {
			break
		}
		if f.toks[c-1].Lower == "as" && (t.Lower == "saying" || t.Lower == "telling" || t.Lower == "stating") {
			return f.quotedAsSaying(k, c, c+1)
		}
	}
	return noFrame
}

// asFrameAt reads "as X put it" or "as X said" opening at token k, before hi: the cue
// runs from "as" to the verb (and its "it"), the speaker is the phrase between.
func (f *finder) asFrameAt(k, hi int) (tokRange, tokRange, bool) {
	if k+2 >= hi || f.toks[k].Lower != "as" || f.inMarks[k] {
		return noRange, noRange, false
	}
	// the language layer's noun phrase ("as the memo put it": the phrase parser would
	// read "memo put" as one)
	sp, ok := noRange, false
	if ch := f.d.ChunkAt(k + 1); ch >= 0 && f.d.Chunks[ch].Kind == doc.ChunkNP && f.d.Chunks[ch].FirstToken == k+1 {
		sp, ok = f.phraseOfChunks(ch, k+1, hi)
	}
	if !ok {
		if sp, ok = f.phraseStartingAt(k+1, hi, false); !ok || sp.a != k+1 {
			return noRange, noRange, false
		}
	}
	c := sp.b
	for c < hi && (skipBeforeCue[f.toks[c].Lower] || isLyAdverb(f.toks[c])) {
		c++
	}
	switch {
	case c+1 < hi && f.toks[c].Lower == "put" && f.toks[c+1].Lower == "it":
		return tokRange{k, c + 2}, sp, true
	case c < hi && f.cueAt(c) == cueSpeech && (c+1 >= hi || f.toks[c+1].Kind == doc.TokPunct):
		return tokRange{k, c + 1}, sp, true
	}
	return noRange, noRange, false
}
