package quote

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"

	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/internal/table"
	"lede/analyzer/text"
)

// The learned cue pass: after the rules, every clause whose verb no rule took is a
// candidate attribution (its subject the source, what follows its verb the content), and
// a logistic model scores it from the verb, the words around it and the clause's shape.
// It covers the long tail of cues the lists miss ("X attacked Y", "X spoke of Y", "X
// refused to cooperate") with weights learned on PolNeAR train by tools/train-cues
// (cuemodel.txt), not by a longer list.

// cuemodel.tbl is cuemodel.txt packed (PackCueModel): see packed.go.
//
//go:embed cuemodel.tbl
var cueModelTbl string

var (
	cueModelOnce sync.Once
	cueModel     table.Hash // feature or verb stem -> its record (modelRecord)
	cueModelBias float64
	// cueModelThreshold is the score (a probability) above which a candidate is
	// reported; tools/train-cues writes it into cuemodel.txt with the weights
	cueModelThreshold = 1.0 // no model: nothing passes
	cueModelEmpty     = true
)

// openCueModel opens the embedded table (a header check and three look-ups).
func openCueModel() {
	var err error
	if cueModel, err = table.OpenHash(cueModelTbl); err != nil {
		cueModel = table.Hash{} // no model (TestPackedListsFresh fails on such a table)
	}
	if w, ok := cueModelAt("@bias"); ok {
		cueModelBias = w
	}
	if w, ok := cueModelAt("@threshold"); ok {
		cueModelThreshold = w
	}
	n, _ := cueModelAt("@features")
	cueModelEmpty = n == 0
}

// cueModelAt is a key's weight; ok is false when the model gives it none.
func cueModelAt(key string) (w float64, ok bool) {
	i := cueModel.Find(key)
	if i < 0 {
		return 0, false
	}
	r := cueModel.Record(i)
	if r[5]&modelWeight == 0 {
		return 0, false
	}
	return fromDecimal(int32(uint32(r[0])|uint32(r[1])<<8|uint32(r[2])<<16|uint32(r[3])<<24), r[4]), true
}

// cueModelStem reports whether a verb stem is one the pass may report: seen as a cue
// often enough in train that the model's score rests on the verb, not only on its
// context.
func cueModelStem(st string) bool {
	i := cueModel.Find(st)
	return i >= 0 && cueModel.Record(i)[5]&modelStem != 0
}

// Candidate is one clause the learned pass may report, for tools/train-cues: its
// features and the spans it would give (Source is NoSpan when the clause has none).
type Candidate struct {
	Verb                 int // the main verb's token
	Features             []string
	Content, Cue, Source doc.Span
	ContentTok, CueTok   [2]int // token ranges [a, b)
}

// Candidates runs the rule passes on d and returns the predictions they make (as
// d.Quotes would hold them, without speakers linked) and the clauses left for the
// learned pass, each with its features. It is for training the pass: d.Quotes is not
// changed.
func Candidates(d *doc.Doc) (rules []doc.Span, cands []Candidate) {
	if len(d.Tokens) == 0 {
		return nil, nil
	}
	f := newFinder(d)
	f.rules()
	for _, q := range f.drafts {
		rules = append(rules, q.span)
	}
	for ci := range d.Clauses {
		if c, ok := f.clauseCandidate(ci); ok {
			cands = append(cands, c)
		}
	}
	return rules, cands
}

// learnedCues adds the candidates the model scores above its threshold, left to right;
// a taken candidate's words are used, so a clause inside its content is not read again.
func (f *finder) learnedCues() {
	cueModelOnce.Do(openCueModel)
	if cueModelEmpty {
		return
	}
	for ci := range f.d.Clauses {
		c, ok := f.clauseCandidate(ci)
		// a statement needs a source: one without is too often no statement at all
		// ("the closure surprised the staff"); the model still learns from such clauses
		if !ok || c.Source == doc.NoSpan || !cueModelStem(stem(f.toks[c.Verb].Lower)) || cueScore(c.Features) < cueModelThreshold {
			continue
		}
		sp, own := noRange, false
		if c.Source != doc.NoSpan {
			sp, own = f.subjectRange(ci)
		}
		// quoted words make it a partial quote, a direct one for the reader, only when
		// its speaker is the clause's own subject: a speaker borrowed from another clause
		// is too often wrong for words the page shows as someone's
		f.addStatement(c.ContentTok[0], c.ContentTok[1], tokRange{c.CueTok[0], c.CueTok[1]}, sp, noRange, own && f.personLike(sp))
	}
}

// personLike reports whether a source phrase names a person or stands for one: its head
// is a proper noun, a personal pronoun other than "it", or a person's mention.
func (f *finder) personLike(sp tokRange) bool {
	if !sp.ok() {
		return false
	}
	h := f.toks[sp.b-1]
	if ci := f.d.ChunkAt(sp.b - 1); ci >= 0 && f.d.Chunks[ci].Head >= sp.a && f.d.Chunks[ci].Head < sp.b {
		h = f.toks[f.d.Chunks[ci].Head]
	}
	if mi := f.d.MentionAt(h.Start); mi >= 0 {
		return f.d.Mentions[mi].Type == doc.EntPerson
	}
	return h.POS.IsProperNoun() || h.Class.Has(doc.ClassPronoun) && h.Lower != "it" || h.Class.Has(doc.ClassRelative)
}

// cueScore is the model's probability that a candidate is an attribution.
func cueScore(feats []string) float64 {
	z := cueModelBias
	for _, ft := range feats {
		w, _ := cueModelAt(ft)
		z += w
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 {
	if z < -30 {
		return 0
	}
	if z > 30 {
		return 1
	}
	return 1 / (1 + math.Exp(-z))
}

// subjectRange is clause ci's subject phrase as tokens, noRange when it has none or a
// rule took it; own is false when the phrase is another clause's subject (the clause
// that a participle or an infinitive without a subject hangs on).
func (f *finder) subjectRange(ci int) (r tokRange, own bool) {
	cl := f.d.Clauses[ci]
	if cl.Relative {
		if r := cl.Verb.FirstToken - 1; r >= 0 && f.toks[r].Class.Has(doc.ClassRelative) && !f.used[r] && !f.inMarks[r] {
			return tokRange{r, r + 1}, true
		}
	}
	if cl.Verb.Passive {
		// a passive's subject is what was done or said ("were admitted"); its source is
		// the "by" phrase, when there is one
		if cl.Agent < 0 {
			return noRange, false
		}
		ch := f.d.Chunks[cl.Agent]
		for i := ch.FirstToken; i < ch.EndToken; i++ {
			if f.used[i] || f.inMarks[i] {
				return noRange, false
			}
		}
		return tokRange{ch.FirstToken, ch.EndToken}, false
	}
	if cl.Subject < 0 {
		if cl.Verb.Tense == doc.TenseNonFinite {
			// "going on to say that ...", "after saying ...": the subject of the
			// clause the participle or infinitive hangs on
			return f.controllingSubject(ci), false
		}
		return noRange, false
	}
	ch := f.d.Chunks[cl.Subject]
	if ch.EndToken > cl.Verb.FirstToken {
		return noRange, false
	}
	for i := ch.FirstToken; i < ch.EndToken; i++ {
		if f.used[i] || f.inMarks[i] {
			return noRange, false
		}
	}
	// a participle's or an infinitive's subject is one the layer lends it ("he appeared
	// ... for saying", "took to Twitter to accuse"), not its own
	return tokRange{ch.FirstToken, ch.EndToken}, cl.Verb.Tense != doc.TenseNonFinite
}

// controllingSubject is the subject of the nearest finite main clause before clause ci
// in its sentence ("Lee said ..., going on to say ..."), which may be another
// statement's speaker already; noRange when there is none.
func (f *finder) controllingSubject(ci int) tokRange {
	for j := ci - 1; j >= 0 && f.d.Clauses[j].Sentence == f.d.Clauses[ci].Sentence; j-- {
		cl := f.d.Clauses[j]
		if cl.Verb.Tense == doc.TenseNonFinite || cl.Relative || cl.Complement {
			continue
		}
		if cl.Subject < 0 {
			return noRange
		}
		ch := f.d.Chunks[cl.Subject]
		for i := ch.FirstToken; i < ch.EndToken; i++ {
			if f.inMarks[i] {
				return noRange
			}
		}
		return tokRange{ch.FirstToken, ch.EndToken}
	}
	return noRange
}

// clauseCandidate builds the candidate of clause ci: its verb group (and a preposition
// right after it: "spoke of", "called for") is the cue; the content runs from there over
// the clause and the clauses it governs (complements, relatives, infinitives) to the
// first word a rule took, a semicolon or the sentence's end.
func (f *finder) clauseCandidate(ci int) (Candidate, bool) {
	cl := f.d.Clauses[ci]
	v := cl.Verb.Head
	if v < 0 || f.used[v] || f.inMarks[v] || f.toks[v].Kind != doc.TokWord {
		return Candidate{}, false
	}
	s := f.d.Sentences[cl.Sentence]
	if s.Headline {
		return Candidate{}, false
	}
	for i := cl.Verb.FirstToken; i < cl.Verb.EndToken; i++ {
		if f.used[i] || f.inMarks[i] {
			return Candidate{}, false
		}
	}
	// a negated cue reports no statement ("did not address the issue"); nor does an
	// addressee's passive ("people were charged fees") or a commitment to an act
	// ("agreed to merge"), as the rules read them
	if f.notStatement(cl) {
		return Candidate{}, false
	}
	cueA, cueB := cl.Verb.FirstToken, cl.Verb.EndToken
	k := cueB
	// a particle, a preposition or both ("spoke out against", "called for"), past an
	// adverb ("spoke briefly about")
	var prep string
	if k+1 < s.EndToken && f.toks[k].POS.IsAdverb() && f.toks[k+1].POS == doc.IN && f.toks[k+1].Lower != "that" && !f.inMarks[k] {
		k++
	}
	for n := 0; n < 2 && k < s.EndToken && !f.inMarks[k] && text.IsLowerWord(f.toks[k]) && f.toks[k].Lower != "that"; n++ {
		p := f.toks[k].POS
		if p != doc.IN && p != doc.RP || n == 1 && f.toks[k-1].POS != doc.RP {
			break
		}
		prep = strings.TrimPrefix(prep+"_"+f.toks[k].Lower, "_")
		k++
		cueB = k
	}
	if f.timePhraseAt(k) {
		return Candidate{}, false
	}
	// the content runs to the sentence's end: a clause's own end is too often short of
	// what it governs ("made clear Monday that ...", "spoke briefly about ...")
	end := s.EndToken
	stop := k
	for stop < end && !f.used[stop] && f.toks[stop].Norm != ";" && !(f.toks[stop].Norm == "." || f.toks[stop].Norm == "!" || f.toks[stop].Norm == "?") {
		stop++
	}
	for stop > k && (f.toks[stop-1].Kind == doc.TokQuote && !f.inMarks[stop-1] || f.toks[stop-1].Norm == "," || f.toks[stop-1].Kind == doc.TokDash) {
		stop--
	}
	if stop <= k || !f.contentOK(k, stop) {
		return Candidate{}, false
	}
	c := Candidate{Verb: v, Content: doc.Span{Start: f.toks[k].Start, End: f.toks[stop-1].End},
		Cue: doc.Span{Start: f.toks[cueA].Start, End: f.toks[cueB-1].End}, Source: doc.NoSpan,
		ContentTok: [2]int{k, stop}, CueTok: [2]int{cueA, cueB}}
	if sp, _ := f.subjectRange(ci); sp.ok() {
		c.Source = f.span(sp)
	}
	c.Features = f.clauseFeatures(ci, prep, k, stop, c.Source != doc.NoSpan)
	return c, true
}

// notStatement reports whether a clause's verb group reports no statement whatever the
// model says: it is negated ("did not address the issue"), declines the act it names
// ("declined to comment on"), commits to an act ("agreed to merge", "threatened to sue
// the firm"), puts its subject in a state ("found himself in"), or is the passive of a cue whose subject is the hearer ("people were
// charged fees", "Asked about the strike, ...").
func (f *finder) notStatement(cl doc.Clause) bool {
	if cl.Verb.Negated {
		return true
	}
	vg := cl.Verb
	for i := vg.FirstToken; i < vg.EndToken; i++ {
		w := f.toks[i].Lower
		toNext := i+1 < len(f.toks) && f.toks[i+1].Lower == "to"
		if toNext && (isRefusalVerb(w) || isActVerb(w)) {
			return true
		}
	}
	if e := vg.EndToken; e+1 < len(f.toks) && f.toks[e].Class.Has(doc.ClassReflexive) && f.toks[e+1].Class.Has(doc.ClassPreposition) && f.toks[e+1].Lower != "as" {
		return true // "found himself in an awkward position": a state (as cueAt reads it)
	}
	h := f.toks[vg.Head]
	// the passive, a participle with no subject of its own ("Asked about the strike, ...")
	// or one right after a noun ("a woman named Gillian"), is the hearer's or the named
	return isAddresseeVerb(h.Lower) && (vg.Passive || cl.Subject < 0 || f.d.Chunks[cl.Subject].FirstToken > vg.Head ||
		h.POS == doc.VBN && vg.FirstToken == vg.Head)
}

// timePhraseAt reports whether the words at token k are a time phrase ("for an hour",
// "on Monday" after the preposition): an adverbial, not what a statement says.
func (f *finder) timePhraseAt(k int) bool {
	ci := f.d.ChunkAt(k)
	if ci < 0 || f.d.Chunks[ci].Kind != doc.ChunkNP || f.d.Chunks[ci].FirstToken != k {
		return false
	}
	h := f.toks[f.d.Chunks[ci].Head]
	return isTimeWordTok(h) || h.Class.Any(doc.ClassMonth)
}

// clauseFeatures names what the model weighs about a candidate: the verb (its form, a
// rough stem, with its preposition), its tense, voice and negation, the kind of its
// subject and of the word that opens the content, and the cue lists' view of the verb.
func (f *finder) clauseFeatures(ci int, prep string, k, stop int, hasSource bool) []string {
	cl := f.d.Clauses[ci]
	vt := f.toks[cl.Verb.Head]
	w := vt.Lower
	st := stem(w)
	subj := f.subjectFeature(cl, hasSource)
	nw := f.nextWordFeature(k)
	feats := []string{
		"w=" + w, "s=" + st, "s+p=" + st + "_" + prep, "s+n=" + st + "_" + nw,
		"s+k=" + st + "_" + subjectKind(subj), "subj=" + subj, "n=" + nw, "pos=" + vt.POS.String(),
		"t=" + cl.Verb.Tense.String(),
	}
	if coarse, mid, ok := entity.WordClusters(w); ok {
		feats = append(feats, "c="+strconv.Itoa(int(coarse)), "m="+strconv.Itoa(int(mid)))
	}
	if hasSource && !cl.Relative && !cl.Verb.Passive && cl.Subject >= 0 {
		feats = f.subjectHeadFeatures(feats, cl, st)
	}
	feats = verbGroupFeatures(feats, cl, st)
	feats = f.objectFeatures(feats, cl)
	feats = f.contextFeatures(feats, cl, k, stop)
	return append(feats, cueListFeatures(w)...)
}

// subjectFeature names the clause's source as the "subj=" feature reads it: "none" (no
// source), "rel", "agent", "controller", "pron:he", "proper", "noun" or "other" by
// the subject's head.
func (f *finder) subjectFeature(cl doc.Clause, hasSource bool) string {
	switch {
	case !hasSource:
		return "none"
	case cl.Relative:
		return "rel"
	case cl.Verb.Passive:
		return "agent"
	case cl.Subject < 0:
		return "controller"
	}
	h := f.toks[f.d.Chunks[cl.Subject].Head]
	switch {
	case h.Class.Has(doc.ClassPronoun):
		return "pron:" + h.Lower
	case h.POS.IsProperNoun():
		return "proper"
	case h.POS.IsNoun():
		return "noun"
	}
	return "other"
}

// subjectKind folds a "subj=" value into person (a name or a personal pronoun), none
// or other, for the verb-by-kind feature.
func subjectKind(subj string) string {
	switch {
	case subj == "proper" || strings.HasPrefix(subj, "pron:") && subj != "pron:it":
		return "person"
	case subj == "none":
		return "none"
	}
	return "other"
}

// nextWordFeature is the content's first token as the "n=" feature reads it: the word
// itself for a closed-class word ("that", "to", "the"), its tag otherwise.
func (f *finder) nextWordFeature(k int) string {
	next := f.toks[k]
	if next.Class != 0 || next.POS == doc.IN || next.POS == doc.TO || next.POS == doc.DT || next.POS == doc.WDT {
		return next.Lower
	}
	return next.POS.String()
}

// subjectHeadFeatures add the subject head's word cluster and entity type ("ent=PER").
func (f *finder) subjectHeadFeatures(feats []string, cl doc.Clause, st string) []string {
	h := f.toks[f.d.Chunks[cl.Subject].Head]
	if coarse, _, ok := entity.WordClusters(h.Lower); ok {
		feats = append(feats, "sc="+strconv.Itoa(int(coarse)))
	}
	if mi := f.d.MentionAt(h.Start); mi >= 0 {
		e := f.d.Mentions[mi].Type.String()
		feats = append(feats, "ent="+e, "ent+s="+e+"_"+st)
	}
	return feats
}

// verbGroupFeatures add what the verb group and the clause's place say: negated,
// passive, a complement clause, a relative clause.
func verbGroupFeatures(feats []string, cl doc.Clause, st string) []string {
	if cl.Verb.Negated {
		feats = append(feats, "neg", "neg+s="+st)
	}
	if cl.Verb.Passive {
		feats = append(feats, "pass", "pass+s="+st)
	}
	if cl.Complement {
		feats = append(feats, "complement")
	}
	if cl.Relative {
		feats = append(feats, "relative")
	}
	return feats
}

// objectFeatures add whether the verb has an object and the object head's word cluster.
func (f *finder) objectFeatures(feats []string, cl doc.Clause) []string {
	if cl.Object < 0 {
		return feats
	}
	feats = append(feats, "obj")
	if coarse, _, ok := entity.WordClusters(f.toks[f.d.Chunks[cl.Object].Head].Lower); ok {
		feats = append(feats, "oc="+strconv.Itoa(int(coarse)))
	}
	return feats
}

// contextFeatures add the word before the verb group and the content's length in
// tokens (short: at most 3; long: over 25).
func (f *finder) contextFeatures(feats []string, cl doc.Clause, k, stop int) []string {
	if cl.Verb.FirstToken > 0 {
		feats = append(feats, "prev="+f.toks[cl.Verb.FirstToken-1].Lower)
	}
	if n := stop - k; n <= 3 {
		feats = append(feats, "len=short")
	} else if n > 25 {
		feats = append(feats, "len=long")
	}
	return feats
}

// cueListFeatures name the rules' cue list the verb is on, if any.
func cueListFeatures(w string) []string {
	switch {
	case isAimVerb(w):
		return []string{"list=aim"}
	case cueOf(w) == cueSpeech:
		return []string{"list=speech"}
	case cueOf(w) == cueBelief:
		return []string{"list=belief"}
	}
	return nil
}

// stem folds a verb's regular endings ("attacked", "attacks", "attacking" -> "attack")
// so that the forms share weight; it is rough, a feature, not a lemma.
func stem(w string) string {
	for _, suf := range []string{"ing", "ied", "ies", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			b := w[:len(w)-len(suf)]
			if suf == "ied" || suf == "ies" {
				b += "y"
			}
			if n := len(b); n >= 2 && b[n-1] == b[n-2] && b[n-1] != 's' && b[n-1] != 'l' {
				b = b[:n-1] // "planned" -> "plan"
			}
			return strings.TrimSuffix(b, "e")
		}
	}
	return strings.TrimSuffix(w, "e")
}
