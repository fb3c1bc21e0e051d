// Package quote finds direct, partial and indirect quotes and attaches their speakers.
//
// It works in three passes over the Doc's tokens: pair the quotation marks of each
// paragraph into segments (marks.go); attribute each segment (direct.go) from the frame
// after it (after.go: `"...," she said`) or before it (before.go: `He said: "..."`), or
// from its context (context.go: a continuation paragraph); then find reported statements
// without marks, and the partial quotes inside them (indirect.go), title-case headline
// attributions (headline.go), and last the clauses no rule took whose verb a logistic
// model trained on PolNeAR train reads as a cue (learned.go, cuemodel.txt; rebuilt by
// tools/train-cues). Speakers are found in
// the text (speaker.go), then linked to the entity stage's actors (actors.go). The cue
// verbs are a word list (cues.txt, lexicon.go).
package quote

import (
	"sort"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// Find fills d.Quotes, sorted by Start, and adds an anonymous actor (with a nominal
// mention) for each unnamed source ("a senior official said").
func Find(d *doc.Doc) error {
	d.Quotes = nil
	if len(d.Tokens) == 0 {
		return nil
	}
	f := newFinder(d)
	f.rules()
	f.learnedCues()
	f.finish()
	return nil
}

// draft is a quote being built, with its speaker and cue as token ranges.
type draft struct {
	kind     doc.QuoteKind
	span     doc.Span
	quoted   []doc.Span
	speaker  tokRange
	cue      tokRange
	outlet   tokRange
	inferred bool
	// from is the draft whose speaker this one inherits (inferred), or -1.
	from    int
	para    int
	lastSeg int // the last segment merged into it, -1 for an indirect quote
	frame   int // the token after its attribution frame, -1 when none
}

func (q *draft) hasSpeaker() bool { return q.speaker.ok() || q.from >= 0 }

type finder struct {
	d       *doc.Doc
	toks    []doc.Token
	segs    []segment
	inMarks []bool // token lies inside quotation marks (the marks excluded)
	used    []bool // token is part of a found quote's content, cue or speaker
	segUsed []bool // segment is part of a quote
	drafts  []draft
	// closedBy maps the first token of a closing mark to the direct draft that ends
	// there; indirect() fills it once the direct pass is done.
	closedBy map[int]int
}

func newFinder(d *doc.Doc) *finder {
	f := &finder{d: d, toks: d.Tokens}
	f.segs = pairMarks(d)
	f.inMarks = make([]bool, len(d.Tokens))
	f.used = make([]bool, len(d.Tokens))
	f.segUsed = make([]bool, len(f.segs))
	for _, s := range f.segs {
		end := s.close
		if end < 0 {
			end = s.stop // where an unclosed segment stops (its paragraph's end at the latest)
		}
		for i := s.openEnd + 1; i < end; i++ {
			f.inMarks[i] = true
		}
	}
	return f
}

// maxScan bounds (in tokens) the backward and forward looks that repeat for every segment
// or cue, so that a runaway sentence or paragraph (a paste without punctuation or line
// breaks) keeps the stage linear in the text's length.
const maxScan = 100

// markUsed flags tokens [a, b) as taken.
func (f *finder) markUsed(r tokRange) {
	if !r.ok() {
		return
	}
	for i := r.a; i < r.b && i < len(f.used); i++ {
		f.used[i] = true
	}
}

// markSpanUsed flags every token inside byte span s as taken.
func (f *finder) markSpanUsed(s doc.Span) {
	for i := f.d.TokenAt(s.Start); i < len(f.toks) && f.toks[i].Start < s.End; i++ {
		f.used[i] = true
	}
}

// cueAt returns the class of token i as a cue verb: a listed verb outside quotation marks,
// not used as a noun ("the report", "his claim") or an infinitive ("declined to say").
func (f *finder) cueAt(i int) cueClass {
	if i < 0 || i >= len(f.toks) || f.inMarks[i] || f.used[i] {
		return cueNone
	}
	t := f.toks[i]
	if t.Kind != doc.TokWord {
		return cueNone
	}
	if !text.IsLowerWord(t) {
		// "Said Ellis: ..." opens its sentence with the cue
		if f.d.Sentences[t.Sentence].FirstToken != i || !sentenceOpeningCues[t.Lower] {
			return cueNone
		}
		return cueSpeech
	}
	c := cueOf(t.Lower)
	if c == cueNone {
		return cueNone
	}
	if (t.POS == doc.NN || t.POS == doc.NNS) && i > 0 && nounContext(f.toks[i-1].POS) {
		return cueNone // "Labour's six new pledges", "a sign of concern": the noun, not the verb
	}
	if i+1 < len(f.toks) && (f.toks[i+1].Lower == "by" && participle(t.Lower) || f.toks[i+1].Lower == "to" && strings.HasSuffix(t.Lower, "en")) {
		return cueNone // "reported by the Herald", "viruses written to ...": a passive participle
	}
	if i+2 < len(f.toks) && f.toks[i+1].Class.Has(doc.ClassReflexive) && f.toks[i+2].Class.Has(doc.ClassPreposition) && f.toks[i+2].Lower != "as" {
		// "found himself in an awkward position": a state, not a statement (but
		// "described himself as a liberal" is one)
		return cueNone
	}
	if i > 0 && i+1 < len(f.toks) && (f.toks[i-1].Kind == doc.TokNumber || f.toks[i-1].POS == doc.CD) && f.toks[i+1].POS == doc.NNS && text.IsLowerWord(f.toks[i+1]) {
		return cueNone // "270 pledged delegates": an adjective before its noun
	}
	if (t.Lower == "called" || t.Lower == "dubbed") && f.namingCall(i) {
		return cueNone // "a firm called Cambridge Analytica": a name, not a statement
	}
	if i > 0 {
		p := f.toks[i-1].Lower
		// "the report", "his claim": a noun after a determiner; not after a quantity that
		// stands for people ("five said", "many say", "others argue")
		if isDeterminer(p) && !pronounDeterminers[p] && !numberWord(p) || p == "'s" || p == "of" {
			return cueNone
		}
		// an infinitive reports only after a verb that hands over to it ("went on to
		// say", "interjected to say"), not after "declined to" or "plans to"
		if p == "to" && !(i >= 2 && (f.toks[i-2].Lower == "on" || f.toks[i-2].Lower == "as" || handOverVerbs[f.toks[i-2].Lower])) && !f.purposeInfinitive(i) {
			return cueNone
		}
		// a passive ("was asked", "were mistakenly charged") reports nothing by its subject
		if beForms[f.beforeAdverbs(i).Lower] && (participle(t.Lower) || t.Lower == "told" || t.Lower == "said") {
			return cueNone
		}
		if f.negated(i) {
			return cueNone // "did not say if ...", "never told": no statement is reported
		}
	}
	if actionInfinitives[t.Lower] && i+2 < len(f.toks) && f.toks[i+1].Lower == "to" && text.IsLowerWord(f.toks[i+2]) && !isDeterminerTok(f.toks[i+2]) {
		return cueNone // "agreed to merge", "threatened to sue": an act, not a statement
	}
	return c
}

// nounContext reports whether a word tagged as a noun after a token of this part of
// speech is one: after an adjective, a determiner, a possessive, a number or a
// preposition a cue word is its noun ("new pledges", "of concern", "his claims").
func nounContext(p doc.POS) bool {
	return p.IsAdjective() || p == doc.DT || p == doc.PRPS || p == doc.POSS || p == doc.CD || p == doc.IN
}

// actionInfinitives are cue verbs that, before a to-infinitive, commit to an act rather
// than report a statement: "agreed to merge", "threatened to sue" (but "agreed that ...").
var actionInfinitives = words(`agree agreed agrees agreeing threaten threatened threatens threatening`)

// beforeAdverbs returns the token before cue i, past adverbs in -ly ("were mistakenly
// charged" -> "were").
func (f *finder) beforeAdverbs(i int) doc.Token {
	j := i - 1
	for j > 0 && isLyAdverb(f.toks[j]) {
		j--
	}
	return f.toks[j]
}

// negated reports whether cue i is negated: "not", "n't" or "never" among the auxiliaries
// and adverbs just before it ("did not say", "has never told", "didn't comment").
func (f *finder) negated(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := f.toks[j].Lower
		switch {
		case f.toks[j].Class.Has(doc.ClassNegation) || strings.HasSuffix(w, "n't"):
			return true
		case skipBeforeCue[w] || isLyAdverb(f.toks[j]):
			continue
		}
		return false
	}
	return false
}

// namingCall reports whether "called" at token i names what an indefinite noun phrase
// before it is: "a group called Ginbot 7", "an app called Signal".
func (f *finder) namingCall(i int) bool {
	if i+1 >= len(f.toks) || !(text.IsCapitalised(f.toks[i+1]) || f.toks[i+1].Kind == doc.TokQuote) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := f.toks[j]
		if t.Lower == "a" || t.Lower == "an" {
			return true
		}
		if !text.IsLowerWord(t) || stopWords[t.Lower] || isSubjectPronounTok(t) {
			return false
		}
	}
	return false
}

// handOverVerbs pass the word to an infinitive cue: "went on to say", "paused to add".
var handOverVerbs = words(`continued interjected paused stopped proceeded rose stood turned
	went going goes took moved hastened rushed`)

// beForms are forms of "be" that make a following participle passive.
var beForms = text.WordSet(doc.ClassBe)

// invertingCues put the speaker after them ("..., said the mayor", `"...," added Lee`):
// the verbs of plain saying. Others take an object there ("..., acknowledged the point"
// is no speaker).
var invertingCues = words(`said says say added adds asked asks wrote writes explained explains
	noted notes continued continues declared declares replied replies recalled recalls
	stated states tweeted tweets insisted insists argued argues warned warns answered
	concluded countered responded responds reported reports read reads recounted
	remarked observed commented quipped joked cautioned exclaimed shouted yelled
	whispered boasted`)

// invertedSpeaker reads the speaker after an inverting cue at c, before hi: a name, or a
// phrase whose head names a person ("said the mayor", "added a senior aide"), never
// an object ("..., noted the report's authors" passes; "..., noted the point" does not).
func (f *finder) invertedSpeaker(c, hi int) (tokRange, bool) {
	if !invertingCues[f.toks[c].Lower] && !(c == f.d.Sentences[f.toks[c].Sentence].FirstToken && sentenceOpeningCues[f.toks[c].Lower]) {
		return noRange, false
	}
	r, ok := f.phraseStartingAt(c+1, hi, false)
	if !ok {
		return noRange, false
	}
	h := headOf(f.d, r)
	if h < 0 {
		return noRange, false
	}
	// after "said" anything stands for a source ("said the agency"); after a verb that
	// also takes objects, only a person ("noted the mayor", not "noted the point")
	if ht := f.toks[h]; !plainSaying[f.toks[c].Lower] && text.IsLowerWord(ht) && !roleNoun(ht.Lower) && !peoplePlural(ht) && !f.isPronounAt(h, false) {
		return noRange, false
	}
	return r, true
}

// plainSaying are the cues that take no object before their speaker.
var plainSaying = words(`said says say added adds asked asks wrote writes`)

// sentenceOpeningCues may open a sentence with the speaker after them ("Said Ellis:").
var sentenceOpeningCues = words(`said says asked added wrote stated explained noted continued declared`)

// sentenceBounds returns the token range of the sentence holding token i.
func (f *finder) sentenceBounds(i int) (int, int) {
	s := f.d.Sentences[f.toks[i].Sentence]
	return s.FirstToken, s.EndToken
}

// paragraphBounds returns the token range of paragraph pi.
func (f *finder) paragraphBounds(pi int) (int, int) {
	p := f.d.Paragraphs[pi]
	return f.d.Sentences[p.FirstSentence].FirstToken, f.d.Sentences[p.EndSentence-1].EndToken
}

// antecedent returns the phrase a relative pronoun speaker stands for ("Stevie Wonder" in
// "Stevie Wonder, who joked"), or the speaker itself.
func (f *finder) antecedent(sp tokRange) tokRange {
	if sp.b-sp.a != 1 || !relativePronoun(f.toks[sp.a].Lower) || sp.a < 1 {
		return sp
	}
	end := sp.a - 1
	if f.toks[end].Norm == "," {
		end--
	}
	lo, _ := f.sentenceBounds(sp.a)
	r, ok := f.phraseEndingAt(lo, f.skipParenLeft(lo, end))
	if !ok {
		return sp
	}
	// "Tom Hale, the party leader, who ...": the name before the apposition
	if h := headOf(f.d, r); h >= 0 && text.IsLowerWord(f.toks[h]) && r.a-2 >= lo && f.toks[r.a-1].Norm == "," {
		if n, nok := f.phraseEndingAt(lo, f.skipParenLeft(lo, r.a-2)); nok {
			if nh := headOf(f.d, n); nh >= 0 && text.IsCapitalised(f.toks[nh]) {
				return n
			}
		}
	}
	return r
}

// finish turns drafts into d.Quotes: speakers linked to actors, sorted by Start.
func (f *finder) finish() {
	l := newLinker(f.d)
	order := make([]int, len(f.drafts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return f.drafts[order[a]].span.Start < f.drafts[order[b]].span.Start })
	// speakers first, in text order (anonymous actors are numbered as they appear), so
	// that inferred ones can copy theirs
	speaker := make([]int, len(f.drafts))
	spSpan := make([]doc.Span, len(f.drafts))
	for _, i := range order {
		q := &f.drafts[i]
		speaker[i], spSpan[i] = -1, doc.NoSpan
		if q.speaker.ok() {
			spSpan[i] = f.span(q.speaker)
			speaker[i] = l.link(f.span(f.antecedent(q.speaker)))
		}
	}
	// pronoun speakers: who the passage is about (focus.go)
	for pos, i := range order {
		if a, outside, ok := f.focusSpeaker(i, order, pos, speaker); ok && a != speaker[i] {
			speaker[i] = a
			if outside {
				f.drafts[i].inferred = true
			}
		}
	}
	for i := range f.drafts {
		q := &f.drafts[i]
		if !q.speaker.ok() && q.from >= 0 {
			src := q.from
			for depth := 0; depth < 50 && !f.drafts[src].speaker.ok() && f.drafts[src].from >= 0; depth++ {
				src = f.drafts[src].from
			}
			speaker[i], spSpan[i] = speaker[src], spSpan[src]
		}
	}
	l.flush()
	n := len(f.d.Text)
	for _, i := range order {
		q := f.drafts[i]
		if !q.span.Valid(n) || q.span.Len() == 0 {
			continue
		}
		out := doc.Quote{
			Kind: q.kind, Span: q.span, Speaker: speaker[i], SpeakerSpan: spSpan[i],
			Cue: f.span(q.cue), Outlet: f.span(q.outlet), Inferred: q.inferred,
		}
		for _, s := range q.quoted {
			if s.Valid(n) {
				out.Quoted = append(out.Quoted, s)
			}
		}
		if cap(f.d.Quotes) == 0 {
			f.d.Quotes = make([]doc.Quote, 0, len(order)) // one allocation, not a doubling series
		}
		f.d.Quotes = append(f.d.Quotes, out)
	}
}

// participle reports whether a cue word has the form of a past participle ("reported",
// "written", "shown").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")
}

// purposeInfinitive reports whether the infinitive cue i ("to warn") hangs on a phrase,
// not on a verb, and takes a that-clause: "went on television to warn that ...",
// "chimed in, breaking with the chair, to argue that ...". Its speaker is the sentence's
// subject. After a verb ("declined to say that", "plans to argue that") the infinitive
// is what the subject would or would not do, not a statement.
func (f *finder) purposeInfinitive(i int) bool {
	if i < 2 || i+2 >= len(f.toks) || f.toks[i+1].Lower != "that" || f.toks[i+1].Sentence != f.toks[i].Sentence {
		return false
	}
	p := f.toks[i-2]
	return !p.POS.IsVerb() && p.POS != doc.MD && !p.POS.IsAdverb() && !p.POS.IsAdjective() && !p.Class.Has(doc.ClassAuxiliary) && p.Kind != doc.TokQuote
}

// rules runs the rule passes in their order: what Find reports before the learned cue
// pass, and what Candidates gives the cue trainer as the rules' own answer.
func (f *finder) rules() {
	f.direct()
	f.transcript()
	f.interview()
	f.indirect()
	f.headlineClaims()
}
