package stance

import (
	"lede/analyzer/doc"
	"lede/analyzer/entity"
)

// The features of a target, by kind (the prefix of each key in model.txt, so that a
// weight can be read and explained):
//
//	b        bias
//	u, un    the sentence's words (un: in the scope of a negation); names fold to <name>
//	p        words within two of the target, by side: "p:L1 accused"
//	g        bigrams, the target as <t>: "g:accused <t>", "g:<t> said"
//	c, cn    the words of the target's own clause
//	nv, ns   the first content word after the target, and its stem; pv, ps before it
//	t        the target's place: start, end, pronoun, inside quotation marks
//	ls, lc   each opinion word's sign and strength, by side and by clause
//	lx       lexicon sums: all, near, clause, left, right, events, counts
//	sv       a stance verb with the target as object or subject (svn negated, sve violent)
//	neg      a negation in the target's clause
//	cx       opinion on the main and the conceded side of a contrast
//	own      opinion words nearer the target than any other name, and the rest
//	w, lw    see anchor.go

// Emit receives one feature of a target: the key is kind ":" a, or kind ":" a " " b
// when b is not empty, and v its value. The same function feeds the trainer (which
// keeps keys as strings) and the scorer (which hashes them without allocating).
type Emit func(kind, a, b string, v float32)

// targetPlaceholder stands for the target's tokens in the word sequence, so that
// "accused <t>" and "<t> accused" are different features and names are not words.
const targetPlaceholder = "<t>"

// window holds a sentence's words with the target collapsed into one placeholder.
type window struct {
	words   []string   // normalised words; words[tpos] == targetPlaceholder
	info    []wordInfo // what the lexicon and the closed-class lists say of each word
	tpos    int
	scratch []int // reused by ownershipFeatures

	// The per-token words and look-ups of the last sentence seen: a sentence's targets
	// (every mention in it) come one after the other, and only the target's place
	// differs between them. Holding cacheToks keeps its array alive, so the same
	// address is the same sentence.
	cacheToks  []doc.Token
	cacheRes   *Resources
	cacheWords []string
	cacheInfo  []wordInfo // negated is never set here
	// memo holds the lexicon's answers for the words seen (lexmemo.go), when the window
	// is kept for a whole analysis (a Scorer's); nil in a window used once (Features)
	memo *lexMemo
}

// sentenceInfo fills the cache with toks' words and look-ups, unless it holds them.
func (w *window) sentenceInfo(res *Resources, toks []doc.Token) {
	if len(toks) == len(w.cacheToks) && len(toks) > 0 && &toks[0] == &w.cacheToks[0] && res == w.cacheRes {
		return
	}
	lex := res.Lexicon
	w.cacheToks, w.cacheRes = toks, res
	w.cacheWords, w.cacheInfo = w.cacheWords[:0], w.cacheInfo[:0]
	for i := range toks {
		wd := wordOf(&toks[i])
		score, event, ok := w.lexScore(lex, wd)
		w.cacheWords = append(w.cacheWords, wd)
		info := wordInfo{wordClass: wordClasses[wd], lex: score, inLex: ok, event: event,
			name: !ok && i > 0 && isName(&toks[i])}
		if res.Clusters != nil {
			info.coarse, info.mid, info.hasRep = res.Clusters(wd)
		}
		w.cacheInfo = append(w.cacheInfo, info)
	}
}

// wordInfo is looked up once per word and target (two map look-ups), then read by
// every feature.
type wordInfo struct {
	wordClass
	lex   float32 // prior polarity, when inLex
	inLex bool
	event bool // a violence or disaster word
	name  bool // capitalised inside the sentence and no opinion word: (part of) a name
	// negated: in the scope of a negator (up to four words after it, within the clause)
	negated bool
	// coarse and mid are the word's GloVe clusters (Resources.Clusters), when hasRep
	coarse, mid uint16
	hasRep      bool
}

func (w *window) isBreak(j int) bool { return w.info[j].flags&clsBreak != 0 }

// wordOf normalises a token for features: lower case, numbers folded.
func wordOf(t *doc.Token) string {
	switch t.Kind {
	case doc.TokNumber:
		return "<num>"
	case doc.TokQuote:
		return "\""
	case doc.TokDash:
		return "-"
	}
	return t.Lower
}

// extract emits the features of the target covering tokens [ta, tb) of toks (one
// sentence). w is reused between calls to avoid allocation.
func extract(res *Resources, toks []doc.Token, ta, tb int, w *window, emit Emit) {
	w.collapse(res, toks, ta, tb)
	emit("b", "", "", 1)
	markNegation(w)
	wordFeatures(w, emit)
	tclause := clauseOf(w, w.tpos)
	clauseFeatures(w, tclause, emit)
	placeFeatures(w, tb-ta == 1 && pronouns[toks[ta].Lower], emit)
	lexiconFeatures(w, emit)
	anchorFeatures(w, emit)
	if res.Clusters != nil {
		clusterFeatures(w, tclause, emit)
	}
}

// collapse fills the window with toks' words and look-ups, the target's tokens [ta, tb)
// collapsed into one placeholder at tpos.
func (w *window) collapse(res *Resources, toks []doc.Token, ta, tb int) {
	w.words, w.info = w.words[:0], w.info[:0]
	w.sentenceInfo(res, toks)
	for i := 0; i < len(toks); i++ {
		if i == ta {
			w.tpos = len(w.words)
			w.words = append(w.words, targetPlaceholder)
			w.info = append(w.info, wordInfo{})
			i = tb - 1
			continue
		}
		w.words = append(w.words, w.cacheWords[i])
		w.info = append(w.info, w.cacheInfo[i])
	}
}

// wordFeatures emits the words by position relative to the target, and bigrams. A word
// in the scope of a negation is a different feature ("not ... corrupt" is not "corrupt").
func wordFeatures(w *window, emit Emit) {
	words, tpos := w.words, w.tpos
	for j, wd := range words {
		if j != tpos {
			if w.info[j].negated {
				emit("un", bagWord(w, j), "", 1)
			} else {
				emit("u", bagWord(w, j), "", 1)
			}
			if d := j - tpos; d >= -2 && d <= 2 {
				emit("p", sideBucket(j, tpos), wd, 1)
			}
		}
		if j+1 < len(words) {
			emit("g", wd, words[j+1], 1)
		}
	}
}

// clauseFeatures emits the words of the target's own clause (number tclause), and its
// nearest content words on each side (skipping determiners, auxiliaries and adverbs of
// degree): "what it does" and "what is done to it".
func clauseFeatures(w *window, tclause int, emit Emit) {
	words, tpos := w.words, w.tpos
	clause := 0
	for j := range words {
		if w.isBreak(j) {
			clause++
		}
		if j != tpos && clause == tclause {
			if w.info[j].negated {
				emit("cn", bagWord(w, j), "", 1)
			} else {
				emit("c", bagWord(w, j), "", 1)
			}
		}
	}
	if j := nextContent(w, tpos, 1); j >= 0 {
		emit("nv", words[j], "", 1)
		emit("ns", stem(words[j]), "", 1)
	}
	if j := nextContent(w, tpos, -1); j >= 0 {
		emit("pv", words[j], "", 1)
		emit("ps", stem(words[j]), "", 1)
	}
}

// placeFeatures emits the target's place: at the start or the end of the sentence, a
// pronoun (pronoun: the target is one), inside quotation marks.
func placeFeatures(w *window, pronoun bool, emit Emit) {
	words, tpos := w.words, w.tpos
	if tpos == 0 {
		emit("t", "start", "", 1)
	}
	if tpos == len(words)-1 || tpos == len(words)-2 && w.info[len(words)-1].flags&clsPunct != 0 {
		emit("t", "end", "", 1)
	}
	if pronoun {
		emit("t", "pron", "", 1)
	}
	marks := 0
	for j := 0; j < tpos; j++ {
		if words[j] == "\"" {
			marks++
		}
	}
	if marks%2 == 1 {
		emit("t", "inquote", "", 1)
	}
}

// Resources are the data a target's features are computed from (the trainer builds
// its own from the corpora; the analyzer uses the embedded ones).
type Resources struct {
	Lexicon *Lexicon
	// Clusters gives a lower-cased word's coarse and mid GloVe clusters (see
	// clusters.go); nil leaves the cluster features out.
	Clusters func(lower string) (coarse, mid uint16, ok bool)
}

// DefaultResources returns the embedded lexicon and the actors stage's word
// representations.
func DefaultResources() *Resources {
	return &Resources{Lexicon: DefaultLexicon(), Clusters: entity.WordClusters}
}

// lexiconFeatures sums the prior polarity of the opinion words around the target, with
// negation (reversed for up to three words, within the clause), intensifiers and hedges,
// and contrast (the clause after "but" outweighs the one before). Event words (killed,
// bombing) are counted apart: a factual report of violence is not a stance.
func lexiconFeatures(w *window, emit Emit) {
	sums := opinionWords(w, emit)
	verb := stanceVerbNear(w)
	contrastFeatures(w, emit)
	ownershipFeatures(w, emit)
	sums.emit(emit)
	verb.emit(emit)
	if sums.negInClause {
		emit("neg", "clause", "", 1)
	}
}

// opinionSums are the sums of the opinion words' polarity around a target, after
// their modifiers, by place: all, within four words (near), in the target's clause, on
// each side; event words apart; and how many are positive and negative.
type opinionSums struct {
	all, near, clause, left, right, events float32
	npos, nneg                             float32
	negInClause                            bool // a negator in the target's clause
}

// emit gives the sums as lx features, squashed into -1..1 (the counts capped at four).
func (s *opinionSums) emit(emit Emit) {
	emit("lx", "all", "", squash(s.all))
	emit("lx", "near", "", squash(s.near))
	emit("lx", "clause", "", squash(s.clause))
	emit("lx", "left", "", squash(s.left))
	emit("lx", "right", "", squash(s.right))
	emit("lx", "events", "", squash(s.events))
	emit("lx", "npos", "", min32(s.npos, 4)/4)
	emit("lx", "nneg", "", min32(s.nneg, 4)/4)
}

// modifiers are the words that change the next opinion word: a negator reverses (and
// weakens: -0.7) one within three words of the same clause; an intensifier (x1.5) or a
// hedge (x0.6) scales the next word.
type modifiers struct {
	negLeft int // words the last negator still reaches
	scale   float32
}

// take reads a modifier word's flags f and reports whether the word was one.
func (m *modifiers) take(f uint16) bool {
	switch {
	case f&clsNegator != 0:
		m.negLeft = 3
	case f&clsIntensifier != 0:
		m.scale = 1.5
	case f&clsHedge != 0:
		m.scale = 0.6
	default:
		return false
	}
	return true
}

// pass lets a word outside the lexicon go by: it uses up one word of a negator's
// reach and ends an intensifier's or hedge's.
func (m *modifiers) pass() {
	if m.negLeft > 0 {
		m.negLeft--
	}
	m.scale = 1
}

// apply gives an opinion word's polarity s after the modifiers, which it uses up.
func (m *modifiers) apply(s float32) float32 {
	s *= m.scale
	m.scale = 1
	if m.negLeft > 0 {
		s = -0.7 * s
		m.negLeft = 0
	}
	return s
}

// opinionWords reads the opinion words of the window around the target with their
// modifiers, emits each by side (ls) and by clause (lc), and sums them.
func opinionWords(w *window, emit Emit) opinionSums {
	info, tpos := w.info, w.tpos
	var sums opinionSums
	mods := modifiers{scale: 1}
	tclause := clauseOf(w, tpos)
	clauseNo := 0
	for j := range w.words {
		f := info[j].flags
		if f&clsBreak != 0 {
			clauseNo++
			mods.negLeft = 0
		}
		if mods.take(f) {
			sums.negInClause = sums.negInClause || f&clsNegator != 0 && clauseNo == tclause
			continue
		}
		if j == tpos {
			continue
		}
		if !info[j].inLex {
			mods.pass()
			continue
		}
		s := mods.apply(info[j].lex)
		if info[j].event {
			sums.events += s
			continue
		}
		sums.add(s, j, tpos, clauseNo == tclause, emit)
	}
	return sums
}

// add counts opinion word j of polarity s (after its modifiers) and emits it.
func (sums *opinionSums) add(s float32, j, tpos int, inClause bool, emit Emit) {
	if s > 0 {
		sums.npos++
	} else if s < 0 {
		sums.nneg++
	}
	sums.all += s
	d := j - tpos
	if d < 0 {
		sums.left += s
		d = -d
	} else {
		sums.right += s
	}
	if d <= 4 {
		sums.near += s
	}
	if inClause {
		sums.clause += s
	}
	emit("ls", sideBucket(j, tpos), sign(s), abs32(s))
	if inClause {
		emit("lc", "same", sign(s), abs32(s))
	} else {
		emit("lc", "other", sign(s), abs32(s))
	}
}

// stanceVerb is the stance verb next to a target: its side with the target as object
// ("accused <t>", "<t> was accused") or as subject ("<t> praised ..."), and whether it
// also reports violence ("attacked": maybe a fact, not a stance) or is negated.
type stanceVerb struct {
	obj, subj        float32
	violent, negated bool
}

// stanceVerbNear reads the nearest stance verb within three words before the target and
// the nearest within three after it (the one after decides violent and negated).
func stanceVerbNear(w *window) stanceVerb {
	info, tpos := w.info, w.tpos
	var v stanceVerb
	for j := tpos - 1; j >= 0 && j >= tpos-3; j-- {
		if p := info[j].verb; p != 0 {
			v.obj += float32(p)
			v.violent, v.negated = info[j].event, negatedAt(w, j)
			break
		}
	}
	for j := tpos + 1; j < len(w.words) && j <= tpos+3; j++ {
		if p := info[j].verb; p != 0 {
			if info[j-1].flags&clsPassiveAux != 0 {
				v.obj += float32(p)
			} else {
				v.subj += float32(p)
			}
			v.violent, v.negated = info[j].event, negatedAt(w, j)
			return v
		}
	}
	return v
}

// emit gives the verb's side as an sv feature, svn when negated ("did not criticize
// <t>": the stance is withheld, not reversed), sve when violent.
func (v stanceVerb) emit(emit Emit) {
	kind := "sv"
	switch {
	case v.negated:
		kind = "svn"
	case v.violent:
		kind = "sve"
	}
	if v.obj != 0 {
		emit(kind, "obj", sign(v.obj), 1)
	}
	if v.subj != 0 {
		emit(kind, "subj", sign(v.subj), 1)
	}
}

// clauseOf returns the number of the clause holding word j (clauses split at , ; : and
// contrast words).
func clauseOf(w *window, j int) int {
	n := 0
	for k := 0; k <= j && k < len(w.words); k++ {
		if w.isBreak(k) {
			n++
		}
	}
	return n
}

// sideBucket names a word's place relative to the target: L or R, then 1 (adjacent or
// one between), 2 (up to five words away) or 3 (further).
func sideBucket(j, tpos int) string {
	d := j - tpos
	side := 0
	if d < 0 {
		d = -d
	} else {
		side = 1
	}
	b := 2
	switch {
	case d <= 2:
		b = 0
	case d <= 5:
		b = 1
	}
	return sideBuckets[side*3+b]
}

var sideBuckets = [...]string{"L1", "L2", "L3", "R1", "R2", "R3"}

func sign(f float32) string {
	if f < 0 {
		return "-"
	}
	return "+"
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

func min32(a, b float32) float32 {
	if a < b {
		return a
	}
	return b
}

// squash maps a sum of polarities to -1..1 smoothly.
func squash(x float32) float32 {
	if x > 0 {
		return x / (1 + x)
	}
	return x / (1 - x)
}

// nextContent returns the index of the nearest word from tpos in direction dir (+1 or
// -1) that is not a function word, within five words and the clause; -1 if none.
func nextContent(w *window, tpos, dir int) int {
	for j, n := tpos+dir, 0; j >= 0 && j < len(w.words) && n < 5; j, n = j+dir, n+1 {
		f := w.info[j].flags
		if f&(clsBreak|clsPunct) != 0 {
			return -1
		}
		if f&clsFunction == 0 {
			return j
		}
	}
	return -1
}

// stem strips a common inflection so that "accuses", "accused" and "accusing" share a
// feature: crude, but only ever a second feature beside the word itself.
func stem(w string) string {
	for _, suf := range [...]string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && w[len(w)-len(suf):] == suf {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// contrastFeatures weigh the two sides of a contrast: after "but" (or outside an
// "although ..." clause) is the main assertion, the other side is conceded. It emits
// the opinion sum of each side, marked by whether the target is on it.
func contrastFeatures(w *window, emit Emit) {
	words, info, tpos := w.words, w.info, w.tpos
	cFrom, cTo := -1, -1 // the conceded range
	for j := range words {
		switch {
		case info[j].flags&clsConcessive != 0:
			cFrom, cTo = j, len(words)
			for k := j + 1; k < len(words); k++ {
				if words[k] == "," || words[k] == ";" {
					cTo = k
					break
				}
			}
		case info[j].flags&clsContrast != 0:
			cFrom, cTo = 0, j
		default:
			continue
		}
		break
	}
	if cFrom < 0 {
		return
	}
	var main, conceded float32
	for j := range words {
		s := info[j].lex
		if !info[j].inLex || info[j].event || j == tpos {
			continue
		}
		if j > 0 && info[j-1].flags&clsNegator != 0 || j > 1 && info[j-2].flags&clsNegator != 0 {
			s = -0.7 * s
		}
		if j >= cFrom && j < cTo {
			conceded += s
		} else {
			main += s
		}
	}
	side := "t-main"
	if tpos >= cFrom && tpos < cTo {
		side = "t-conceded"
	}
	emit("cx", side, "main", squash(main))
	emit("cx", side, "conceded", squash(conceded))
}

// negatedAt reports a negator in the three words before word j.
func negatedAt(w *window, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if w.info[k].flags&clsNegator != 0 {
			return true
		}
	}
	return false
}

// bagWord is word j as the sentence's bags of words see it: names are folded into one
// placeholder, so that the mere presence of a politician's name in a sentence does not
// colour every other target in it (names are not sentiment words). Bigrams and the
// target's immediate neighbours keep the words themselves.
func bagWord(w *window, j int) string {
	if w.info[j].name {
		return "<name>"
	}
	return w.words[j]
}

// isName: a word that starts with a capital letter, seen inside a sentence.
func isName(t *doc.Token) bool {
	if t.Kind != doc.TokWord || t.Norm == "" {
		return false
	}
	c := t.Norm[0]
	return c >= 'A' && c <= 'Z' && t.Lower != "i"
}

// ownershipFeatures split the opinion words between the target and the other names of
// the sentence: a word nearer another name than the target is likelier said of that
// name ("<t> met Chen, a corrupt official": "corrupt" belongs to Chen). Distances are
// in words.
func ownershipFeatures(w *window, emit Emit) {
	info, tpos := w.info, w.tpos
	var mine, others float32
	lastName := -1 << 20
	// nearest name to the left of each word, then to the right, in two passes
	left := w.scratch[:0]
	for j := range info {
		left = append(left, j-lastName)
		if info[j].name {
			lastName = j
		}
	}
	w.scratch = left
	nextName := 1 << 20
	for j := len(info) - 1; j >= 0; j-- {
		if info[j].name {
			nextName = j
		}
		if !info[j].inLex || info[j].event || j == tpos {
			continue
		}
		dName := min(left[j], nextName-j)
		if info[j].name {
			dName = 0
		}
		dT := j - tpos
		if dT < 0 {
			dT = -dT
		}
		if dT <= dName {
			mine += info[j].lex
		} else {
			others += info[j].lex
		}
	}
	emit("own", "mine", "", squash(mine))
	emit("own", "others", "", squash(others))
}

// markNegation marks the words in the scope of a negator: the next four words, up to a
// clause break or punctuation ("did not praise the council", "is not corrupt").
func markNegation(w *window) {
	left := 0
	for j := range w.info {
		f := w.info[j].flags
		switch {
		case f&clsNegator != 0:
			left = 4
			continue
		case f&(clsBreak|clsPunct) != 0:
			left = 0
		}
		if left > 0 && j != w.tpos {
			w.info[j].negated = true
			left--
		}
	}
}
