package entity

import (
	"unicode"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// appositiveOrgNames makes an organisation name of a capitalised run of words the
// tagger left untagged when an apposition right after it says it is an organisation:
// "fund Fair45, a super PAC backed by ..." or "Civic Watch, an advocacy group, said".
// New groups are often named with coined words ("Fair45") the tagger has never seen;
// the writer's apposition is what tells the reader, and it tells us too. Every other
// untagged occurrence of the same words becomes a mention as well (one sense per
// story). A name mention that is only the apposition's head ("PAC" of "a super PAC")
// is a kind noun there, not a name, and goes.
func appositiveOrgNames(d *doc.Doc, lex *Lexicon) {
	covered := make([]bool, len(d.Tokens)) // tokens inside a name mention
	for _, m := range d.Mentions {
		for ti := d.TokenAt(m.Start); ti < len(d.Tokens) && d.Tokens[ti].Start < m.End; ti++ {
			covered[ti] = true
		}
	}
	found := map[string]bool{} // the new names' words, joined by a space
	dropHead := map[int]bool{} // token index of an apposition head to strip of its name mention
	eachUntaggedRun(d, covered, func(a, b int) {
		if sentenceFirstWord(d, a, lex) {
			return
		}
		head := orgAppositionHead(d, a, b)
		if head < 0 {
			return
		}
		found[runKey(d, a, b)] = true
		dropHead[head] = true
	})
	if len(found) == 0 {
		return
	}
	out := make([]doc.Mention, 0, len(d.Mentions)+len(found))
	for _, m := range d.Mentions {
		a := d.TokenAt(m.Start)
		if m.Kind == doc.MentionName && dropHead[a] && d.Tokens[a].End >= m.End {
			continue
		}
		out = append(out, m)
	}
	eachUntaggedRun(d, covered, func(a, b int) {
		if !found[runKey(d, a, b)] {
			return
		}
		out = append(out, doc.Mention{
			Span: doc.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End},
			Type: doc.EntOrg, Kind: doc.MentionName, Actor: -1, Sentence: int(d.Tokens[a].Sentence),
		})
	})
	d.SetMentions(out)
}

// sentenceFirstWord reports whether token a opens its sentence and is a word news
// writes in lower case elsewhere ("Yesterday, a group of parents met"): its capital
// says nothing of a name.
func sentenceFirstWord(d *doc.Doc, a int, lex *Lexicon) bool {
	if a != d.Sentences[d.Tokens[a].Sentence].FirstToken {
		return false
	}
	return lex.capPrior(lex.wordIndex(d.Tokens[a].Lower)) <= 1
}

// eachUntaggedRun calls f with the token bounds [a, b) of each untagged run (untaggedRun),
// left to right; the two passes of the coining read the same runs.
func eachUntaggedRun(d *doc.Doc, covered []bool, f func(a, b int)) {
	for i := 0; i < len(d.Tokens); {
		b := untaggedRun(d, covered, i)
		if b == i {
			i++
			continue
		}
		f(i, b)
		i = b
	}
}

// untaggedRun returns the end of the run of capitalised proper-noun words from token
// i that no mention covers, all in i's sentence (i itself when there is none). A word
// may hold digits ("Fair45") but nothing but letters and digits.
func untaggedRun(d *doc.Doc, covered []bool, i int) int {
	j := i
	for j < len(d.Tokens) && !covered[j] && d.Tokens[j].Sentence == d.Tokens[i].Sentence && nameWord(d.Tokens[j]) {
		j++
	}
	return j
}

// nameWord: a capitalised word of letters and digits that the tagger reads as a proper
// noun, or that holds a digit (a coined name: the tagger may read "Fair45" as anything).
func nameWord(t doc.Token) bool {
	if !text.IsCapitalised(t) {
		return false
	}
	digit := false
	for _, r := range t.Norm {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case !unicode.IsLetter(r):
			return false
		}
	}
	return digit || t.POS == doc.NNP || t.POS == doc.NNPS
}

// orgAppositionHead returns the head token of an apposition right after the run [a, b)
// that names an organisation (", a super PAC", ", an advocacy group,"), -1 when there
// is none. The apposition must close at a comma, the sentence's end or a relative or
// participle ("a super PAC that ...", "a group backed by ..."), so that "Lee, the
// group said" (a subject) is none.
func orgAppositionHead(d *doc.Doc, a, b int) int {
	s := d.Sentences[d.Tokens[a].Sentence]
	if b+1 >= s.EndToken || d.Tokens[b].Norm != "," {
		return -1
	}
	ci := d.ChunkAt(b + 1)
	if ci < 0 {
		return -1
	}
	c := d.Chunks[ci]
	if c.Kind != doc.ChunkNP || c.FirstToken != b+1 || c.Head < 0 || c.Head >= len(d.Tokens) {
		return -1
	}
	// an article, not a possessive: "Lee, the company's founder" is a person
	if !d.Tokens[c.FirstToken].Class.Has(doc.ClassDeterminer) || d.Tokens[c.FirstToken].Class.Has(doc.ClassRelative) {
		return -1
	}
	h := d.Tokens[c.Head]
	if !orgHeadNoun(h.Lower) || headContinues(d, c.Head, s.EndToken) {
		return -1
	}
	return c.Head
}

// orgHeadNoun reports whether w (lower case) names a kind of organisation: the
// apposition kinds, and a few words for political and civic groups.
func orgHeadNoun(w string) bool {
	if t, ok := appositionKind(w); ok && t == doc.EntOrg {
		return true
	}
	return civicOrgNouns[w]
}

// civicOrgNouns are the heads of the descriptions political and civic groups get
// ("a super PAC", "a nonprofit", "a watchdog") that are no general organisation words.
var civicOrgNouns = set("pac", "pacs", "nonprofit", "watchdog", "lobby", "caucus", "think-tank", "thinktank")

// runKey returns the words of tokens [a, b) joined by a space.
func runKey(d *doc.Doc, a, b int) string {
	k := d.Tokens[a].Norm
	for i := a + 1; i < b; i++ {
		k += " " + d.Tokens[i].Norm
	}
	return k
}
