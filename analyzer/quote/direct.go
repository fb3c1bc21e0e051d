package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// frame is the attribution around a quoted segment: its cue and speaker.
type frame struct {
	cue, speaker, outlet tokRange
	end                  int  // the token after the frame
	extra                int  // a comma ending words of the statement after the marks, or 0
	colon                bool // the frame ends with a colon ("he said:")
}

func (fr frame) ok() bool { return fr.cue.ok() }

var noFrame = frame{cue: noRange, speaker: noRange, outlet: noRange, end: -1}

// hardStop reports whether token i lies past the clause of token ref: in another
// sentence, or after a ! ? or ; (an abbreviation's dot, as in "R-Ky.", is no stop).
func (f *finder) hardStop(i, ref int) bool {
	t := f.toks[i]
	return t.Sentence != f.toks[ref].Sentence || t.Norm == "!" || t.Norm == "?" || t.Norm == ";"
}

// isSentenceEnd reports whether token t ends a clause that a frame cannot run past.
func isSentenceEnd(t doc.Token) bool {
	return t.Norm == "." || t.Norm == "!" || t.Norm == "?" || t.Norm == ";"
}

// direct attributes every quoted segment: from its own frame, by merging it into the
// quotation it continues, or from the context; segments that are neither framed nor
// look like quotations (scare quotes, titles) are left to the indirect pass.
func (f *finder) direct() {
	last := -1 // the last draft built from segments
	for si := range f.segs {
		s := f.segs[si]
		fr := f.afterFrame(si)
		if fr.ok() && f.insideStatement(si) {
			// `Carter said the approach remained "one of commitment", but he also
			// warned ...`: the quoted words belong to the statement before them (a
			// partial quote, for the indirect pass), not to the clause after them
			fr = noFrame
		}
		after := fr.ok()
		if !after {
			fr = f.beforeFrame(si)
		}
		var prev *draft
		if last >= 0 {
			p := &f.drafts[last]
			if p.para == s.para || s.cont && p.para == s.para-1 && f.segs[p.lastSeg].runsOn {
				prev = p
			}
		}
		like := f.quoteLike(si)
		switch {
		case prev != nil && s.cont:
			f.extend(last, si, fr)
		case fr.ok() && prev != nil && !prev.hasSpeaker() && f.adjacent(prev, si):
			f.extend(last, si, fr)
		case fr.ok():
			last = f.newDirect(si, fr, after)
		case prev != nil && (like && f.wordsBetween(prev, si) <= mergeGap || f.adjacent(prev, si)) && f.noCueBetween(prev, si):
			f.extend(last, si, noFrame)
		case like:
			last = f.newDirect(si, noFrame, false)
			f.contextSpeaker(last, si)
		}
	}
}

// insideStatement reports whether segment si sits inside a reported statement: it does
// not open its sentence, and a cue verb earlier in the sentence reports a clause that
// runs into it (no other quotation between them).
func (f *finder) insideStatement(si int) bool {
	s := f.segs[si]
	lo, _ := f.sentenceBounds(s.open)
	if lo == s.open || lo+1 == s.open && f.toks[lo].Kind != doc.TokWord {
		return false
	}
	for i := s.open - 1; i >= lo && i >= s.open-maxScan; i-- {
		t := f.toks[i]
		if t.Kind == doc.TokQuote || f.inMarks[i] || t.Norm == ":" || isSentenceEnd(t) && !text.IsAbbreviation(f.toks[max(i-1, 0)].Norm) {
			return false // another quotation, a colon, or a sentence the splitter missed
		}
		if c := f.cueAt(i); c != cueNone {
			// the cue must take a clause that reaches the marks: words between them
			return i+1 < s.open && f.toks[i+1].Norm != ","
		}
	}
	return false
}

// quoteLike reports whether a segment without a frame reads as a quotation rather than
// a scare quote or a title: it opens a sentence, or is a capitalised clause, or is long.
func (f *finder) quoteLike(si int) bool {
	s := f.segs[si]
	end := s.close
	if end < 0 {
		end = paragraphEndToken(f.d, s.para)
	}
	n := end - s.openEnd - 1
	if n <= 0 {
		return false
	}
	first := f.toks[s.openEnd+1]
	lastTok := f.toks[end-1]
	punctEnd := isSentenceEnd(lastTok) || lastTok.Norm == "," || lastTok.Norm == "..."
	lo, _ := f.sentenceBounds(s.open)
	opensSentence := lo == s.open || lo+1 == s.open && f.toks[lo].Kind != doc.TokWord
	if !opensSentence && f.hasCue(max(lo, s.open-maxScan), s.open) {
		return false // inside a reported statement: a partial quote, for the indirect pass
	}
	if n <= 8 && titleCase(f.toks[s.openEnd+1:end]) {
		return false // a title or a name: "Fox News Sunday," "Contract with America."
	}
	switch {
	case n >= 12:
		return true
	case opensSentence && n >= 3:
		return true
	case (text.IsCapitalised(first) || first.Kind == doc.TokNumber) && n >= 4 && punctEnd:
		return true
	}
	return false
}

// adjacent reports whether segment si follows draft p's last segment with nothing
// between them but p's frame and punctuation ("...," he said, "...").
func (f *finder) adjacent(p *draft, si int) bool {
	prevSeg := f.segs[p.lastSeg]
	from := segEnd(f.d, prevSeg)
	if prevSeg.close < 0 {
		return false
	}
	if p.frame > from {
		from = p.frame
	}
	for i := from; i < f.segs[si].open; i++ {
		if f.toks[i].Kind == doc.TokWord || f.toks[i].Kind == doc.TokNumber {
			return false
		}
	}
	return true
}

// mergeGap is the most narration words (after the frame) that may stand between two
// segments of one quotation: beyond it the second is a new quotation.
const mergeGap = 60

// wordsBetween counts the words between draft p's last segment (or frame) and segment si.
func (f *finder) wordsBetween(p *draft, si int) int {
	from := segEnd(f.d, f.segs[p.lastSeg])
	if p.frame > from {
		from = p.frame
	}
	n := 0
	for i := from; i < f.segs[si].open; i++ {
		if f.toks[i].Kind == doc.TokWord || f.toks[i].Kind == doc.TokNumber {
			n++
		}
	}
	return n
}

// noCueBetween reports whether no unused cue verb stands between draft p's last segment
// and segment si (a new cue would start a new attribution).
func (f *finder) noCueBetween(p *draft, si int) bool {
	from := segEnd(f.d, f.segs[p.lastSeg])
	if p.frame > from {
		from = p.frame
	}
	for i := from; i < f.segs[si].open; i++ {
		// a participle ("..., referring to ...") goes on with the same speaker
		if f.cueAt(i) != cueNone && !strings.HasSuffix(f.toks[i].Lower, "ing") {
			return false
		}
	}
	return true
}

// newDirect starts a draft from segment si with frame fr (possibly none).
func (f *finder) newDirect(si int, fr frame, after bool) int {
	s := f.segs[si]
	q := draft{kind: doc.QuoteDirect, span: s.inner, quoted: []doc.Span{s.inner},
		speaker: fr.speaker, cue: fr.cue, outlet: fr.outlet, from: -1, para: s.para, lastSeg: si, frame: fr.end}
	if fr.extra > 0 {
		q.kind = doc.QuotePartial
		q.span.End = f.toks[fr.extra-1].End
		f.markUsed(tokRange{s.open, fr.extra})
	}
	if after {
		// words before the opening mark in the same clause make it a partial quote:
		// `It is "a disaster," he said.`
		lo, _ := f.sentenceBounds(s.open)
		if si > 0 && f.segs[si-1].close >= lo && f.segs[si-1].para == s.para {
			lo = f.segs[si-1].closeEnd + 1
		}
		first := -1
		for i := lo; i < s.open; i++ {
			if !f.used[i] && (f.toks[i].Kind == doc.TokWord || f.toks[i].Kind == doc.TokNumber) {
				first = i
				break
			}
		}
		if first >= 0 && s.open-first <= maxScan && !f.hasCue(first, s.open) {
			q.kind = doc.QuotePartial
			q.span.Start = f.toks[first].Start
			f.markUsed(tokRange{first, s.open})
		}
	}
	if !after && fr.ok() && fr.speaker.ok() {
		// `In cases of abortion, it said, "the woman is a victim."`: a frame between
		// commas splits one statement, whose first part comes before it
		if first, ok := f.contentBeforeFrame(si, fr); ok {
			q.kind = doc.QuotePartial
			q.span.Start = f.toks[first].Start
			f.markUsed(tokRange{first, fr.speaker.a})
		}
	}
	f.segUsed[si] = true
	f.markUsed(tokRange{s.open, segEnd(f.d, s)})
	f.markUsed(fr.cue)
	f.markUsed(fr.speaker)
	f.drafts = append(f.drafts, q)
	return len(f.drafts) - 1
}

// contentBeforeFrame finds the first token of a statement's part before a frame set off
// by commas (`PART, X said, "..."`); ok is false for a frame ending with a colon or an
// opening clause that is not set off by a comma.
func (f *finder) contentBeforeFrame(si int, fr frame) (int, bool) {
	s := f.segs[si]
	if s.open == 0 || f.toks[s.open-1].Norm != "," || fr.speaker.a > fr.cue.a {
		return 0, false
	}
	// only a bare "X said," between the commas: the speaker, then the cue
	for i := fr.speaker.b; i < fr.cue.a; i++ {
		if !skipBeforeCue[f.toks[i].Lower] && !isLyAdverb(f.toks[i]) {
			return 0, false
		}
	}
	if strings.HasSuffix(f.toks[fr.cue.a].Lower, "ing") {
		return 0, false
	}
	a := fr.speaker.a
	if a == 0 || f.toks[a-1].Norm != "," || relativePronoun(f.toks[a].Lower) {
		return 0, false
	}
	lo, _ := f.sentenceBounds(s.open)
	if si > 0 && f.segs[si-1].close >= lo && f.segs[si-1].para == s.para {
		lo = f.segs[si-1].closeEnd + 1
	}
	if a-lo > maxScan {
		return 0, false
	}
	first, words := -1, 0
	for i := lo; i < a-1; i++ {
		if f.used[i] {
			return 0, false
		}
		if f.toks[i].Kind == doc.TokWord || f.toks[i].Kind == doc.TokNumber {
			if first < 0 {
				first = i
			}
			words++
		}
	}
	if words < 3 || f.hasCue(lo, a-1) {
		return 0, false
	}
	if f.narrationOpener(lo, a-1) && f.segWords(s) >= 4 && s.openEnd+1 < len(f.toks) && text.IsCapitalised(f.toks[s.openEnd+1]) {
		// `In response to the news, X told Reuters, "Nobody ..."`: the quotation opens a
		// sentence of its own, so the phrase of time or circumstance before the frame is
		// the narrator's, not the statement's first part
		return 0, false
	}
	return first, true
}

// narrationOpener reports whether tokens [lo, comma) are an opening prepositional or
// time phrase ("In response to the news", "On Monday", "Late last week"): no comma and
// no cue inside.
func (f *finder) narrationOpener(lo, comma int) bool {
	first := f.toks[lo].Lower
	// "Of the scrutiny, he said, ..." names the statement's topic: part of it
	return first != "of" && (prepositions[first] || isTimeWord(first)) && f.openingAdverbial(lo, comma)
}

// hasCue reports whether an unused cue verb stands in [a, b).
func (f *finder) hasCue(a, b int) bool {
	for i := a; i < b; i++ {
		if f.cueAt(i) != cueNone {
			return true
		}
	}
	return false
}

// segEnd returns the token after a segment: after its closing mark, or where an unclosed
// segment stops (scanning from there, not from its paragraph's start, keeps a run of
// unclosed marks linear).
func segEnd(d *doc.Doc, s segment) int {
	if s.close >= 0 {
		return s.closeEnd + 1
	}
	return s.stop
}

// extend merges segment si into draft di, taking the segment's frame when the draft has
// no speaker yet.
func (f *finder) extend(di, si int, fr frame) {
	q := &f.drafts[di]
	s := f.segs[si]
	if s.inner.End > q.span.End {
		q.span.End = s.inner.End
	}
	q.quoted = append(q.quoted, s.inner)
	q.lastSeg, q.para = si, s.para
	if fr.ok() && !q.hasSpeaker() {
		q.speaker, q.cue, q.outlet, q.inferred = fr.speaker, fr.cue, fr.outlet, false
		f.markUsed(fr.cue)
		f.markUsed(fr.speaker)
	}
	if fr.end > q.frame {
		q.frame = fr.end
	}
	f.segUsed[si] = true
	f.markUsed(tokRange{s.open, segEnd(f.d, s)})
}

// titleCase reports whether every longer word of toks is capitalised, as in a title.
func titleCase(toks []doc.Token) bool {
	n := 0
	for _, t := range toks {
		if t.Kind != doc.TokWord || len(t.Norm) <= 3 && !text.IsCapitalised(t) {
			continue
		}
		if !text.IsCapitalised(t) {
			return false
		}
		n++
	}
	return n > 0
}
