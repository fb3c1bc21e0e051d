package stance

// lexMemo remembers a lexicon's answers for the words of one analysis: the scorers look
// up every token of a target's sentence, for each target in it and for each of the two
// scorers, and a look-up in the table (with the base forms tried after a miss) cost about
// 1,200 instructions where the map costs about a tenth of that (BenchmarkAnalyze: 69,774
// look-ups of 86M instructions, 6% of the analysis).
type lexMemo struct {
	lex   *Lexicon
	words map[string]lexAnswer
}

// lexAnswer is what Lexicon.Score says of a word.
type lexAnswer struct {
	score     float32
	event, ok bool
}

// score is lex.Score(w), remembered; a memo is for one lexicon and starts again for
// another.
func (m *lexMemo) score(lex *Lexicon, w string) (score float32, event, ok bool) {
	if m.lex != lex || m.words == nil {
		m.lex, m.words = lex, map[string]lexAnswer{}
	}
	a, seen := m.words[w]
	if !seen {
		a.score, a.event, a.ok = lex.Score(w)
		m.words[w] = a
	}
	return a.score, a.event, a.ok
}

// lexScore is lex.Score(wd), through the window's memo when it has one.
func (w *window) lexScore(lex *Lexicon, wd string) (score float32, event, ok bool) {
	if w.memo == nil {
		return lex.Score(wd)
	}
	return w.memo.score(lex, wd)
}
