package quote

// contextSpeaker gives a new unframed draft the speaker its context implies: the cue of a
// previous sentence or paragraph that ends with a colon ("Caddell continued:"), or else
// the speaker of the quotation in the previous sentence or paragraph (inferred).
func (f *finder) contextSpeaker(di, si int) {
	q := &f.drafts[di]
	s := f.segs[si]
	sent := f.toks[s.open].Sentence
	if sent == 0 {
		return
	}
	prevSent := f.d.Sentences[sent-1]
	lastTok := f.toks[prevSent.EndToken-1]
	samePara := prevSent.Paragraph == s.para
	if samePara || prevSent.Paragraph == s.para-1 {
		if lastTok.Norm == ":" {
			if fr, ok := f.sentenceFrame(sent - 1); ok {
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
		ps := f.toks[end].Sentence
		if ps == sent-1 || p.para == s.para || f.toks[end].Sentence < sent && f.d.Sentences[ps].Paragraph == s.para-1 && f.paragraphHasNoCue(s.para) {
			q.from, q.inferred = j, true
			return
		}
		break
	}
	// a speaker and cue in the previous sentence: `Carter spoke of the region. "..."`
	opensPara := f.d.Paragraphs[s.para].FirstSentence == sent
	if samePara || prevSent.Paragraph == s.para-1 && opensPara && f.paragraphHasNoCue(s.para) {
		if fr, ok := f.sentenceFrame(sent - 1); ok {
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
			sp, ok = f.phraseStartingAt(c+1, s.EndToken, false)
		}
		if ok {
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
	return isCapitalised(last) && outletWords[last.Lower]
}
