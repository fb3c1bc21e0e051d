package entity

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// typesByList gives a one-word name in a list of names the type the list's other names
// agree on: "licensed by Nokia, LG Electronics, Lenovo, Samsung, Sendo and Siemens",
// "brands include AEG, Zanussi and Frigidaire". A writer lists things of one kind; the
// tagger, reading each name from a few words around it, takes the unfamiliar one for a
// person. It takes a list of three names or more, at least two others of one type and
// none of another; a given name keeps its own reading, and no name becomes a person
// (a list of surnames alone is rare; "from Ledbury, Herefordshire, Robert Thame, 34"
// is no list).
func typesByList(d *doc.Doc, names []nameInfo, lex *Lexicon) {
	for start := 0; start < len(names); {
		end := start + 1
		for end < len(names) && listContinues(d, d.TokenAt(d.Mentions[names[end-1].mention].End), d.TokenAt(d.Mentions[names[end].mention].Start)) {
			end++
		}
		if end-start >= 3 && plainList(d, names[start:end]) {
			harmonise(names[start:end], lex)
		}
		start = end
	}
	for _, n := range names {
		d.Mentions[n.mention].Type = n.typ
	}
}

// plainList reports whether the names read as one list of things: commas between them
// and one "and" or "or" at most, before the last ("A, B, C and D", not "A and B, C and
// D", pairs of their own), no hyphenated name ("Ohio-based"), and the last one not
// premodifying a noun ("U.S., French and British planes" lists the planes' makers,
// whose types the list says nothing of).
func plainList(d *doc.Doc, list []nameInfo) bool {
	coordinators := 0
	for i, n := range list {
		m := d.Mentions[n.mention]
		if strings.Contains(d.Slice(m.Span), "-") {
			return false
		}
		if i == 0 {
			continue
		}
		prevEnd, a := d.TokenAt(d.Mentions[list[i-1].mention].End), d.TokenAt(m.Start)
		for k := prevEnd; k < a; k++ {
			if l := d.Tokens[k].Lower; l == "and" || l == "or" {
				coordinators++
				if i != len(list)-1 {
					return false
				}
			}
		}
	}
	last := d.Mentions[list[len(list)-1].mention]
	if e := d.TokenAt(last.End); e < len(d.Tokens) && d.Tokens[e].Sentence == d.Tokens[e-1].Sentence && text.IsLowerWord(d.Tokens[e]) && (commonNoun(d.Tokens[e]) || d.Tokens[e].POS == doc.JJ) {
		return false
	}
	return coordinators <= 1
}

// placeAgrees reports whether the gazetteer lets name n become type t: a known place
// stays one ("in Iraq, Obama and Clinton"), and only a known place becomes one (the
// tagger's places in "Boots, Burberry, Mothercare" are no evidence).
func placeAgrees(n *nameInfo, t doc.EntityType) bool {
	if n.typ == doc.EntLoc && (n.knownPlace || n.locative) {
		return false
	}
	return t != doc.EntLoc || n.knownPlace
}

// harmonise retypes each one-word name of one list that the others' agreement outvotes.
func harmonise(list []nameInfo, lex *Lexicon) {
	var count [5]int
	for _, n := range list {
		count[n.typ]++
	}
	for i := range list {
		n := &list[i]
		if len(n.words) != 1 || n.typ == doc.EntNone || lex != nil && lex.Gender(n.words[0]) != 0 {
			continue
		}
		if count[n.typ] != 1 {
			continue // not the one name out of line
		}
		for t := doc.EntOrg; t <= doc.EntMisc; t++ {
			if t != n.typ && count[t] >= 2 && count[t] == len(list)-1 && placeAgrees(n, t) {
				n.typ = t
				break
			}
		}
	}
}
