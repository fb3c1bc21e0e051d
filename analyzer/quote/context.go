package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// contextSpeaker gives a new unframed draft the speaker its context implies: the cue of a
// previous sentence or paragraph that ends with a colon ("Caddell continued:"), or else
// the speaker of the quotation in the previous sentence or paragraph (inferred).
func (f *finder) contextSpeaker(di, si int) {
	q := &f.drafts[di]
	s := f.segs[si]
	if sp, cue, ok := f.ownClauseSpeaker(si); ok {
		q.speaker, q.cue = sp, cue
		f.markUsed(sp)
		f.markUsed(cue)
		return
	}
	sent := int(f.toks[s.open].Sentence)
	if sent == 0 {
		return
	}
	prevSent := f.d.Sentences[sent-1]
	lastTok := f.toks[prevSent.EndToken-1]
	samePara := prevSent.Paragraph == s.para
	if samePara || prevSent.Paragraph == s.para-1 {
		if lastTok.Norm == ":" {
			fr, ok := f.sentenceFrame(sent - 1)
			if !ok {
				// a clause with no listed cue that announces the quotation: "Mr. Lee
				// released the following statement:", "Ms. Ng echoed:"
				fr = f.colonClause(prevSent.FirstToken, prevSent.EndToken-1, s.open)
				ok = fr.ok() && fr.speaker.ok()
			}
			if ok {
				q.speaker, q.cue, q.outlet = fr.speaker, fr.cue, fr.outlet
				f.markUsed(fr.cue)
				f.markUsed(fr.speaker)
				return
			}
		}
	}
	// the previous draft, when it ends in the previous sentence or paragraph
	for j := di - 1; j >= 0 && j >= di-3; j-- {
		p := &f.drafts[j]
		if !p.hasSpeaker() {
			continue
		}
		end := f.d.TokenAt(p.span.End - 1)
		if end >= len(f.toks) {
			continue
		}
		ps := int(f.toks[end].Sentence)
		if ps == sent-1 || p.para == s.para || ps < sent && f.d.Sentences[ps].Paragraph == s.para-1 && f.paragraphHasNoCue(s.para) {
			q.from, q.inferred = j, true
			return
		}
		break
	}
	// a speaker and cue in the previous sentence: `Carter spoke of the region. "..."`
	opensPara := f.d.Paragraphs[s.para].FirstSentence == sent
	if samePara || prevSent.Paragraph == s.para-1 && opensPara && f.paragraphHasNoCue(s.para) {
		fr, ok := f.mainFrame(sent - 1)
		if !ok {
			fr, ok = f.sentenceFrame(sent - 1)
		}
		if ok {
			q.speaker, q.cue, q.inferred = fr.speaker, fr.cue, true
		}
	}
}

// paragraphHasNoCue reports whether paragraph pi has no unused cue verb outside marks.
func (f *finder) paragraphHasNoCue(pi int) bool {
	lo, hi := f.paragraphBounds(pi)
	if hi-lo > maxScan*4 {
		return false // a runaway paragraph (a paste without line breaks): assume a cue
	}
	return !f.hasCue(lo, hi)
}

// sentenceFrame finds the last cue verb of sentence si that has a speaker.
func (f *finder) sentenceFrame(si int) (frame, bool) {
	s := f.d.Sentences[si]
	for c := s.EndToken - 1; c >= s.FirstToken && c >= s.EndToken-maxScan; c-- {
		if f.cueAt(c) != cueSpeech {
			continue
		}
		sp, ok := f.speakerBefore(s.FirstToken, c)
		if !ok {
			sp, ok = f.invertedSpeaker(c, s.EndToken)
		}
		if ok {
			return frame{cue: tokRange{c, c + 1}, speaker: sp, outlet: noRange, end: s.EndToken}, true
		}
		return noFrame, false
	}
	return noFrame, false
}

// mainFrame finds the first cue verb of sentence si whose speaker is the subject that
// opens the sentence: the main clause's source ("Carter said some critics had been
// predicting ..." is Carter's), whom a following quotation paragraph continues.
func (f *finder) mainFrame(si int) (frame, bool) {
	s := f.d.Sentences[si]
	for c := s.FirstToken; c < s.EndToken && c < s.FirstToken+maxScan; c++ {
		if f.cueAt(c) != cueSpeech {
			continue
		}
		if sp, ok := f.speakerBefore(s.FirstToken, c); ok && (f.clauseStartsAt(s.FirstToken, sp.a) || f.subjectStart(s.FirstToken, sp.a)) {
			return frame{cue: tokRange{c, c + 1}, speaker: sp, outlet: noRange, end: s.EndToken}, true
		}
		return noFrame, false
	}
	return noFrame, false
}

// outletWords are news organisations that report or relay statements: when one is the
// subject of the cue ("TASS reported"), it is also the outlet.
var outletWords = words(`reuters ap afp tass ria interfax xinhua cnn msnbc nbc abc cbs fox bbc
	npr politico bloomberg axios breitbart yonhap kyodo al-jazeera aljazeera times post journal
	tribune guardian telegraph newsweek time usa`)

// isOutletName reports whether a speaker phrase names a news outlet.
func isOutletName(f *finder, r tokRange) bool {
	if !r.ok() {
		return false
	}
	last := f.toks[r.b-1]
	return text.IsCapitalised(last) && outletWords[last.Lower]
}

// ownClauseSpeaker finds the speaker of a quotation that sits inside its sentence after
// a clause with no listed cue: the clause's subject is the speaker, not the previous
// quotation's ("Clinton shared her worry with donors, "..."", "As X put it: "..."",
// "Hoff's letter makes the case: "...""). It returns the subject and its verb as the cue.
func (f *finder) ownClauseSpeaker(si int) (sp, cue tokRange, ok bool) {
	s := f.segs[si]
	lo, _ := f.sentenceBounds(s.open)
	if si > 0 && f.segs[si-1].close >= lo && f.segs[si-1].para == s.para {
		lo = f.segs[si-1].closeEnd + 1
	}
	if s.open-lo > maxScan {
		lo = s.open - maxScan
	}
	// the last clause before the mark: after ", and" or ";"
	for i := s.open - 1; i > lo; i-- {
		if f.toks[i].Norm == ";" || (f.toks[i].Lower == "and" || f.toks[i].Lower == "but") && f.toks[i-1].Norm == "," {
			lo = i + 1
			break
		}
	}
	j := s.open - 1
	for j >= lo && (f.toks[j].Norm == "," || f.toks[j].Norm == ":" || f.toks[j].Kind == doc.TokDash) {
		j--
	}
	if j < lo {
		return noRange, noRange, false // the quotation opens its clause
	}
	for i := lo; i < s.open; i++ {
		if f.used[i] {
			return noRange, noRange, false
		}
	}
	// "as X put it:", "X puts it this way:"
	if f.toks[j].Lower == "it" && j-1 >= lo && (f.toks[j-1].Lower == "put" || f.toks[j-1].Lower == "puts") {
		if r, ok := f.speakerBefore(lo, j-1); ok {
			return r, tokRange{j - 1, j + 1}, true
		}
		return noRange, noRange, false
	}
	r, ok := f.clauseSubject(lo, s.open)
	if !ok || r.b >= s.open || f.used[r.a] {
		return noRange, noRange, false
	}
	if !f.isPronounAt(r.a, false) && !text.IsCapitalised(f.toks[r.b-1]) && !(isDeterminerTok(f.toks[r.a]) && !indefinites[f.toks[r.a].Lower]) {
		return noRange, noRange, false
	}
	v := r.b
	for v < s.open && (skipBeforeCue[f.toks[v].Lower] || isLyAdverb(f.toks[v])) {
		v++
	}
	if v >= s.open || !(f.verbLike(v) || auxiliaries[f.toks[v].Lower] && f.toks[v].Lower != "'s") {
		return noRange, noRange, false
	}
	// a passive ("was asked", "cannot be portrayed as") hides who speaks
	for i := v; i < s.open && i <= v+2; i++ {
		if beForms[f.toks[i].Lower] && i+1 < s.open && strings.HasSuffix(f.toks[i+1].Lower, "ed") {
			return noRange, noRange, false
		}
	}
	return r, tokRange{v, v + 1}, true
}
