package entity

import "lede/analyzer/doc"

// The head of a name and the words around it (issue 10). What kind of thing a
// capitalised run names is mostly said by its last word ("West Jersey Railroad",
// "Atlantic City Hospital", "Patriot League"), by the word before "of" ("Battle of
// Hulao", "Port of Liverpool", "University of Leeds") and by the common nouns that
// stand beside it ("the band Linkin Park", "the Reading locomotive"). orgHeads lists a
// few such last words by hand; these families give every word of the run the GloVe
// cluster of those words instead, so that heads CoNLL's training text never had share
// the weights of the ones it had ("railroad" with "railway", "hospital" with "clinic").

// famRunHead adds, to each word of a capitalised run, the GloVe clusters of the run's
// last word and of the head of an "X of Y" name.
const famRunHead Families = 1 << 21

// famRunContext adds, to each word of a capitalised run, the GloVe clusters of the
// lower-case words just before and just after the run.
const famRunContext Families = 1 << 22

// famRunAppos adds, to each word of a capitalised run, the GloVe cluster of the head of
// a noun phrase in apposition with it: "the transport agency, Metro Link, said",
// "Squirrel, a band from Leeds".
const famRunAppos Families = 1 << 23

// famRunFirst adds, to each word of a capitalised run of two or more, the GloVe cluster
// of the run's first word ("Lake Placid", "Fort Worth", "Battle Creek").
const famRunFirst Families = 1 << 24

const (
	fRunHead byte = 190 + iota
	fRunHeadCoarse
	fOfHead
	fRunBefore
	fRunAfter
	fRunAppos
	fRunFirst
)

// nameRun is the capitalised run around a token: [start, end] inclusive, and the head
// of the "X of Y" name it is part of (-1 for none).
type nameRun struct {
	start, end int
	ofHead     int  // the last word of X in "X of Y"
	afterOf    bool // the run is Y
}

// findRun returns the capitalised run that starts at token i.
func findRun(infos []tokInfo, i int) nameRun {
	r := nameRun{start: i, end: i, ofHead: -1}
	for r.end+1 < len(infos) && capitalised(infos[r.end+1].shape) {
		r.end++
	}
	n := len(infos)
	switch {
	case r.end+2 < n && infos[r.end+1].lower == "of" && capitalised(infos[r.end+2].shape):
		r.ofHead = r.end
	case i >= 2 && infos[i-1].lower == "of" && capitalised(infos[i-2].shape):
		r.ofHead, r.afterOf = i-2, true
	}
	return r
}

// runFeatures appends the famRunHead and famRunContext features of token i in run r.
func (f *featurizer) runFeatures(s Sentence, ids []int32, infos []tokInfo, i int, r nameRun, add func(uint64)) {
	if f.lex == nil {
		return
	}
	cl := func(j int) (uint16, uint16) {
		c, m, _ := f.lex.repClusters(f.v.rep[ids[j]])
		return c, m
	}
	h2 := func(id, rel byte, v uint16) uint64 {
		return hashByte(hashByte(hashByte(hashByte(featureSeed, id), rel), byte(v)), byte(v>>8))
	}
	if f.fams&famRunHead != 0 {
		if r.end > r.start {
			rel := byte('I')
			if i == r.end {
				rel = 'L'
			}
			c, m := cl(r.end)
			add(h2(fRunHead, rel, m))
			add(h2(fRunHeadCoarse, rel, c))
		}
		if r.ofHead >= 0 {
			rel := byte('X')
			if r.afterOf {
				rel = 'Y'
			}
			_, m := cl(r.ofHead)
			add(h2(fOfHead, rel, m))
		}
	}
	if f.fams&famRunFirst != 0 && r.end > r.start {
		rel := byte('I')
		if i == r.start {
			rel = 'F'
		}
		_, m := cl(r.start)
		add(h2(fRunFirst, rel, m))
	}
	if f.fams&famRunContext != 0 {
		if j := r.start - 1; j >= 0 && isCommonNoun(s, infos, j) {
			_, m := cl(j)
			add(h2(fRunBefore, 0, m))
		}
		if j := r.end + 1; j < len(infos) && isCommonNoun(s, infos, j) {
			_, m := cl(j)
			add(h2(fRunAfter, 0, m))
		}
	}
	if f.fams&famRunAppos != 0 {
		if j := r.start - 2; j >= 0 && infos[j+1].lower == "," && isCommonNoun(s, infos, j) {
			_, m := cl(j)
			add(h2(fRunAppos, 'B', m))
		}
		if j := appositionHead(s, infos, r.end+1); j >= 0 {
			_, m := cl(j)
			add(h2(fRunAppos, 'A', m))
		}
	}
}

// appositionHead returns the head of the noun phrase that follows a comma at token c
// ("Squirrel , a band from Leeds" -> band), or -1: the last word of the base phrase
// after the comma, which must start with a determiner (an appositive, not a list of
// names) and end in a common noun.
func appositionHead(s Sentence, infos []tokInfo, c int) int {
	n := len(infos)
	if c+2 >= n || infos[c].lower != "," || len(s.Phrases) != n || len(s.POS) != n || s.POS[c+1] != doc.DT {
		return -1
	}
	for j := c + 1; j < n && j < c+6; j++ {
		if p := s.Phrases[j] & 3; p == phraseLast || p == phraseUnit {
			if isCommonNoun(s, infos, j) {
				return j
			}
			return -1
		}
		if s.Phrases[j] == 0 {
			return -1
		}
	}
	return -1
}

// isCommonNoun reports whether token j is a lower-case common noun by the language
// layer's tags (none without them).
func isCommonNoun(s Sentence, infos []tokInfo, j int) bool {
	if len(s.POS) != len(infos) || !s.POS[j].IsNoun() || s.POS[j].IsProperNoun() {
		return false
	}
	sh := infos[j].shape
	return sh.n > 0 && byte(sh.b) == 'x'
}
