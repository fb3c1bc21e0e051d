package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// beforeFrame reads the attribution before an opening mark in the same sentence: `Trump
// said: "..."`, `In a tweet, Trump wrote, "..."`, `According to X, "..."`, `TASS quoted him
// as saying "..."`. A that-clause or other words between the cue and the mark make the
// segment part of a reported statement instead (left to the indirect pass).
func (f *finder) beforeFrame(si int) frame {
	s := f.segs[si]
	lo, _ := f.sentenceBounds(s.open)
	if si > 0 && f.segs[si-1].para == s.para && f.segs[si-1].close >= lo {
		lo = f.segs[si-1].closeEnd + 1
	}
	// up to 12 tokens left of the mark, the first rule that decides at any of them
	for c := s.open - 1; c >= lo && c >= s.open-12; c-- {
		at := beforeSite{s: s, lo: lo, c: c}
		for _, rule := range beforeRules {
			if fr, decided := rule.find(f, at); decided {
				return fr
			}
		}
	}
	return noFrame
}

// beforeSite is where beforeRules look: token c, left of segment s's opening mark, in a
// frame that starts at token lo.
type beforeSite struct {
	s     segment
	lo, c int
}

// A beforeRule reads a frame at token c before an opening mark. decided false passes to
// the next rule (and, when none decides, to the token before c); otherwise fr is the
// answer (noFrame: none).
type beforeRule struct {
	name string
	find func(f *finder, at beforeSite) (fr frame, decided bool)
}

// beforeRules are asked in order at each token.
var beforeRules = []beforeRule{
	// `he said that "..."`, `asked whether "..."`: a reported clause, so the quotation is
	// partial (golden: reported_clause)
	{"reportedClause", func(f *finder, at beforeSite) (frame, bool) {
		switch f.toks[at.c].Lower {
		case "that", "whether", "if", "how", "why":
			return noFrame, true
		}
		return noFrame, false
	}},
	// `According to X, "..."` (golden: according_to_before)
	{"accordingTo", func(f *finder, at beforeSite) (frame, bool) {
		c, open := at.c, at.s.open
		if f.toks[c].Lower != "according" || c+1 >= open || f.toks[c+1].Lower != "to" {
			return noFrame, false
		}
		if sp, ok := f.accordingPhrase(c+2, open); ok && f.gapIsFrame(sp.b, open) {
			return frame{cue: tokRange{c, c + 2}, speaker: sp, outlet: noRange, end: open}, true
		}
		return noFrame, true
	}},
	// a name before a colon: `Philip Bump: "..."`, `More from Jones: "..."` (golden:
	// 28_name_colon)
	{"nameBeforeColon", func(f *finder, at beforeSite) (frame, bool) {
		lo, c, open := at.lo, at.c, at.s.open
		if c == open-1 && f.toks[c].Norm == ":" {
			if sp, ok := f.phraseEndingAt(lo, c-1); ok && text.IsCapitalised(f.toks[sp.b-1]) && f.colonLead(lo, sp.a) {
				return frame{cue: tokRange{c, c + 1}, speaker: sp, outlet: noRange, end: open, colon: true}, true
			}
		}
		return noFrame, false
	}},
	// a clause that announces the quotation: `X issued the following statement: "..."`
	// (golden: colon_clause)
	{"colonClause", func(f *finder, at beforeSite) (frame, bool) {
		if at.c == at.s.open-1 && f.toks[at.c].Norm == ":" {
			if fr := f.colonClause(at.lo, at.c, at.s.open); fr.ok() {
				return fr, true
			}
		}
		return noFrame, false
	}},
	// an unlisted verb before a colon: `Trump boomed: "..."` (golden: unlisted_verb_colon)
	{"unlistedVerbColon", func(f *finder, at beforeSite) (frame, bool) {
		lo, c, open := at.lo, at.c, at.s.open
		if f.cueAt(c) != cueSpeech && c == open-2 && f.toks[c+1].Norm == ":" && f.verbBeforeColon(c) {
			if sp, ok := f.speakerBefore(lo, c); ok && (f.clauseStartsAt(lo, sp.a) || sp.a > lo && f.toks[sp.a-1].Norm == ",") {
				return frame{cue: tokRange{c, c + 1}, speaker: sp, outlet: noRange, end: open, colon: true}, true
			}
		}
		return noFrame, false
	}},
	// `Trump said: "..."`, `In a tweet, Trump wrote, "..."`, `TASS quoted him as saying
	// "..."`: a cue of speech, unless the words around the mark make the quotation part
	// of a reported statement (golden: 03_before_colon, 17_pronoun_quoted_as)
	{"speechCue", func(f *finder, at beforeSite) (frame, bool) {
		if f.cueAt(at.c) != cueSpeech {
			return noFrame, false
		}
		return f.speechCueFrame(at.lo, at.c, at.s), true
	}},
}

// speechCueFrame reads the frame of the cue of speech at token c before segment s.
func (f *finder) speechCueFrame(lo, c int, s segment) frame {
	t := f.toks[c]
	whole := f.closesSentence(s)
	if !f.gapIsFrame(c+1, s.open) && !(whole && f.objectGap(c, s.open)) {
		return noFrame
	}
	if c+1 == s.open && s.openEnd+1 < len(f.toks) && text.IsLowerWord(f.toks[s.openEnd+1]) {
		return noFrame // `he said "budget reforms" would ...`: quoted words in a reported clause
	}
	if c+1 == s.open && s.close >= 0 && s.closeEnd+1 < len(f.toks) && text.IsLowerWord(f.toks[s.closeEnd+1]) &&
		f.toks[s.closeEnd+1].Sentence == f.toks[s.open].Sentence {
		return noFrame // `PolitiFact claimed "Trump exaggerates" the level of ...`: the clause goes on
	}
	if f.segWords(s) < 3 && (s.openEnd+1 >= len(f.toks) || !text.IsCapitalised(f.toks[s.openEnd+1])) {
		return noFrame // a word or two in marks after "called it,": part of a statement
	}
	cue := tokRange{c, c + 1}
	if t.Lower == "saying" && c >= 2 && f.toks[c-1].Lower == "as" {
		return f.quotedAsSaying(lo, c, s.open)
	}
	_, outlet := f.cueComplements(cue, c+1, s.open)
	sp, ok := f.speakerBefore(lo, c)
	if !ok {
		sp, ok = f.invertedSpeaker(c, s.open)
	}
	if !ok {
		sp = noRange
	}
	fr := frame{cue: cue, speaker: sp, outlet: outlet, end: s.open}
	if outlet == noRange && sp.ok() && isOutletName(f, sp) {
		fr.outlet = sp
	}
	return fr
}

// colonClause reads a clause that ends with the colon at c and has no cue verb, such as
// `Kaine has adopted the stance common among Catholics:` or `Trump issued the following
// statement:`: its subject, when it is a name or a pronoun, is the speaker.
func (f *finder) colonClause(lo, c, open int) frame {
	if f.hasCue(lo, c) {
		return noFrame
	}
	sp, ok := f.clauseSubject(lo, c)
	if !ok || sp.b >= c {
		return noFrame
	}
	if !f.isPronounAt(sp.a, false) && !text.IsCapitalised(f.toks[sp.b-1]) {
		return noFrame
	}
	// the verb right after the subject stands for the cue
	v := sp.b
	for v < c && (skipBeforeCue[f.toks[v].Lower] || isLyAdverb(f.toks[v])) {
		v++
	}
	if v >= c || !text.IsLowerWord(f.toks[v]) {
		return noFrame
	}
	return frame{cue: tokRange{v, v + 1}, speaker: sp, outlet: noRange, end: open, colon: true}
}

// colonLead reports whether only a lead-in stands before a speaker at a that precedes a
// colon: nothing, a dash (a list item's heading), or "from" ("More from Jones:").
func (f *finder) colonLead(lo, a int) bool {
	if a == lo {
		return true
	}
	p := f.toks[a-1]
	return p.Kind == doc.TokDash || p.Lower == "from" || p.Norm == "-"
}

// verbBeforeColon reports whether token c, right before a colon that opens a quotation,
// can be a verb of saying not in the list ("echoed:", "boomed:", "quipped:").
func (f *finder) verbBeforeColon(c int) bool {
	t := f.toks[c]
	return text.IsLowerWord(t) && !f.inMarks[c] && !stopWords[t.Lower] && !isDeterminerTok(t) &&
		(strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "s") || irregularPast[t.Lower])
}

// irregularPast are past forms of verbs that can introduce a quotation before a colon.
var irregularPast = words(`spoke wrote said told sang read put began went rang shot struck`)

// gapIsFrame reports whether tokens [a, b) between a cue and an opening mark are only the
// cue's complements and punctuation: `said: "`, `told Reuters, "`, `said of Clinton, "`.
func (f *finder) gapIsFrame(a, b int) bool {
	if b-a > 10 {
		return false
	}
	if a == b {
		return true
	}
	last := f.toks[b-1]
	if last.Norm != ":" && last.Norm != "," && last.Kind != doc.TokDash {
		return false
	}
	// no clause of its own in between: `criticized Bill Clinton during a debate, Hillary
	// shot back, "..."` belongs to another speaker
	for i := a; i < b-1; i++ {
		if f.toks[i].Norm == "," || f.toks[i].Norm == ";" {
			return false
		}
	}
	return true
}

// closesSentence reports whether a quotation runs to its sentence's end: `... told CNN
// "we will rebuild the bridge."` quotes all that follows the cue, while `he said "budget
// reforms" would ...` goes on after the closing mark.
func (f *finder) closesSentence(s segment) bool {
	if s.close < 0 {
		return false
	}
	next := s.closeEnd + 1
	if next >= len(f.toks) || f.toks[next].Sentence != f.toks[s.open].Sentence || isSentenceEnd(f.toks[next]) {
		return true
	}
	return s.close > 0 && isSentenceEnd(f.toks[s.close-1])
}

// objectGap reports whether tokens between the cue c and the opening mark are only the
// cue's addressee or outlet (`told CNN "..."`, `told reporters "..."`), with no comma.
func (f *finder) objectGap(c, open int) bool {
	if c+1 >= open {
		return false
	}
	k, _ := f.cueComplements(tokRange{c, c + 1}, c+1, open)
	return k == open
}

// quotedAsSaying reads `TASS quoted him as saying "..."` / `he was quoted as saying`:
// the speaker is the object of "quoted" (or its passive subject), the outlet its subject.
func (f *finder) quotedAsSaying(lo, c, open int) frame {
	fr := frame{cue: tokRange{c - 1, c + 1}, speaker: noRange, outlet: noRange, end: open}
	// find "quoted" before "as"
	q := -1
	for i := c - 2; i >= lo && i >= c-10; i-- {
		if f.toks[i].Lower == "quoted" {
			q = i
			break
		}
	}
	if q < 0 {
		return noFrame
	}
	fr.cue = tokRange{q, c + 1}
	if obj, ok := f.phraseStartingAt(q+1, c-1, true); ok && obj.b == c-1 {
		fr.speaker = obj
		if subj, ok := f.speakerBefore(lo, q); ok {
			fr.outlet = subj
		}
		return fr
	}
	// passive: "he was quoted as saying"
	if subj, ok := f.speakerBefore(lo, q); ok {
		fr.speaker = subj
	}
	return fr
}
