package quote

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// The head of a speaker phrase. A source is a noun phrase whose head names who speaks:
// "Apple chief Tim Cook" -> Cook (Apple is his affiliation), "Steven Theede, Yukos chief
// executive," -> Theede, "a spokesman for the campaign" -> spokesman, "Secretary of
// State John Kerry" -> Kerry. The speaker's actor is the one whose mention holds the
// head word, not whichever name the phrase happens to open with.

// headOf returns the index of the head word of the phrase [r.a, r.b), read from the
// language layer's base phrases: the head of its first noun phrase, where noun phrases
// that touch ("Hillary Clinton" + "'s campaign manager Robby Mook", "9" / "11 widow
// Terry Strada") are one, and an "of" after a title goes on to the name ("Secretary" of
// "State John Kerry"). A comma, a bracket, a dash, a preposition or a verb ends it; a
// role noun set off before a name ("Its chairman, Dr. Peter Lindqvist") has the name
// after the comma for head. It returns -1 for a range with no word.
func headOf(d *doc.Doc, r tokRange) int {
	toks := d.Tokens
	if len(d.Chunks) == 0 {
		return headWord(toks, r)
	}
	head, prevEnd := -1, -1
	for i := r.a; i < r.b && i < len(toks); {
		t := toks[i]
		switch {
		case t.Norm == ",":
			return appositionHead(d, toks, head, i, r)
		case t.Norm == "(" || t.Norm == ";" || t.Norm == ":" || t.Kind == doc.TokDash:
			return head
		}
		ci := d.ChunkAt(i)
		if ci < 0 {
			if head >= 0 && !joiner(t) {
				return head
			}
			i++
			continue
		}
		c := d.Chunks[ci]
		end := min(c.EndToken, r.b)
		switch c.Kind {
		case doc.ChunkNP:
			if head >= 0 && !touches(toks, prevEnd, i) {
				return head
			}
			head = chunkHead(toks, c, i, end)
			prevEnd = end
		case doc.ChunkPP:
			if head >= 0 && !(toks[c.Head].Lower == "of" && titleWithOf(toks[head])) {
				return head
			}
			prevEnd = end // "Secretary of State John Kerry": the name after "of" is the head
		case doc.ChunkVP:
			// no speaker phrase holds a finite verb: a name before one is the head
			// ("Bush offered a ..."), and a phrase read too far left ("The senator met
			// Tom Hale") starts after it; a participle modifies the head ("a source
			// involved in ...")
			if p := toks[c.Head].POS; head >= 0 && (text.IsCapitalised(toks[head]) || p == doc.VBN || p == doc.VBG) {
				return head
			}
			head, prevEnd = -1, -1
		default:
			if head >= 0 {
				return head
			}
		}
		i = end
	}
	return head
}

// chunkHead is the head of noun phrase c within tokens [from, end): the chunker's head
// when it lies there, else the last word; a name suffix ("Jr.") gives way to the surname.
func chunkHead(toks []doc.Token, c doc.Chunk, from, end int) int {
	h := c.Head
	if h < from || h >= end {
		h = -1
		for k := end - 1; k >= from; k-- {
			if toks[k].Kind == doc.TokWord || toks[k].Kind == doc.TokNumber {
				h = k
				break
			}
		}
	}
	for h > from && nameSuffixes[toks[h].Lower] {
		h--
	}
	for h > from && toks[h].Kind == doc.TokPunct {
		h--
	}
	return h
}

// appositionHead decides the head at the comma i: a role noun before it and a name
// after it make the name the head ("Its chairman, Dr. Peter Lindqvist"); else head.
func appositionHead(d *doc.Doc, toks []doc.Token, head, i int, r tokRange) int {
	if head >= 0 && text.IsLowerWord(toks[head]) {
		if h := headOf(d, tokRange{i + 1, r.b}); h >= 0 && text.IsCapitalised(toks[h]) {
			return h
		}
	}
	return head
}

// touches reports whether a phrase starting at token i follows the one that ended at
// prevEnd with nothing between them but a joiner written without spaces ("9/11").
func touches(toks []doc.Token, prevEnd, i int) bool {
	for k := prevEnd; k < i; k++ {
		if !joiner(toks[k]) {
			return false
		}
	}
	return true
}

// joiner reports whether t joins two words into one without spaces: "/", "-", "&".
func joiner(t doc.Token) bool {
	return (t.Norm == "/" || t.Norm == "-" || t.Norm == "&") && !t.SpaceBefore
}

// titleWithOf reports whether a title keeps an "of" inside it: "Secretary of State",
// "Chief of Staff", "Director of National Intelligence", "Leader of the House".
func titleWithOf(t doc.Token) bool {
	return t.Class.Has(doc.ClassTitle) || titlesWithOf[t.Lower]
}

// titlesWithOf are the role nouns before "of" that the word classes do not list as titles.
var titlesWithOf = words(`leader head member attorney commissioner chairman chairwoman`)

// headWord is headOf for a Doc without base phrases: the last word before a comma, a
// bracket, a dash, a relative pronoun or a preposition (an "of" after a title goes on).
func headWord(toks []doc.Token, r tokRange) int {
	head := -1
	for i := r.a; i < r.b && i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Norm == ",":
			if head >= 0 && text.IsLowerWord(toks[head]) {
				if h := headWord(toks, tokRange{i + 1, r.b}); h >= 0 && text.IsCapitalised(toks[h]) {
					return h
				}
			}
			return head
		case t.Norm == "(" || t.Norm == ";" || t.Norm == ":" || t.Kind == doc.TokDash:
			return head
		case t.Kind != doc.TokWord && t.Kind != doc.TokNumber:
			continue
		case head >= 0 && text.Is(t.Lower, doc.ClassRelative):
			return head
		case head >= 0 && text.Is(t.Lower, doc.ClassPreposition) && !(t.Lower == "of" && titleWithOf(toks[head])):
			return head
		case t.Lower == "'s" || t.Lower == "’s" || head >= 0 && nameSuffixes[t.Lower]:
			continue
		}
		head = i
	}
	return head
}

// nameSuffixes follow a surname without being the head ("Donald Trump Jr.").
var nameSuffixes = words(`jr jr. sr sr. ii iii iv`)
