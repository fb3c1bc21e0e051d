package entity

import "lede/analyzer/doc"

// worksAreOtherNames retypes as other names (MISC, as CoNLL files titles) the names that
// the text introduces as works: "the novel Small Island", "his film Monsoon Wedding",
// "the album Gold Dust". The tagger reads such titles as people or organisations from
// their capitals; the word before them says what they are. Every mention of the same
// name follows (one sense per story).
func worksAreOtherNames(d *doc.Doc, names []nameInfo) {
	works := map[string]bool{}
	for _, n := range names {
		if n.typ != doc.EntMisc && (workNouns[wordBefore(d, n.mention)] || quotedTitle(d, n.mention)) {
			works[n.key] = true
		}
	}
	if len(works) == 0 {
		return
	}
	for i := range names {
		if works[names[i].key] {
			names[i].typ = doc.EntMisc
			d.Mentions[names[i].mention].Type = doc.EntMisc
		}
	}
}

// quotedTitle reports whether mention mi is all that stands between a pair of double
// quotes: "the choices were "Savior" and "The Story"" quotes titles, not speech. In
// CoNLL-2003 train 24 of the 40 names so quoted are other names (MISC), in its dev 20 of
// 22. A one-word name the tagger calls a person stays one ("Oscar", a nickname).
func quotedTitle(d *doc.Doc, mi int) bool {
	m := d.Mentions[mi]
	a, b := d.TokenAt(m.Start), d.TokenAt(m.End)
	if a <= 0 || b >= len(d.Tokens) || a >= b || m.Type == doc.EntPerson && b-a == 1 {
		return false
	}
	if !(d.Tokens[a-1].Kind == doc.TokQuote && d.Tokens[b].Kind == doc.TokQuote &&
		d.Tokens[a-1].Sentence == d.Tokens[b].Sentence && d.Tokens[a-1].Norm == `"` && d.Tokens[b].Norm == `"`) {
		return false
	}
	// a nickname inside a person's name ("Tiger" Ruth Okafor, Harold "Junior" Smith)
	return !(b+1 < len(d.Tokens) && inPersonName(d, b+1) || a >= 2 && inPersonName(d, a-2))
}

// workNouns name a kind of work whose title follows them.
var workNouns = set("novel", "book", "film", "movie", "album", "song", "single", "play",
	"series", "sitcom", "opera", "musical", "documentary", "memoir", "biography", "poem",
	"painting", "novella", "anthology", "ep", "soundtrack", "show", "programme", "program",
	"drama", "thriller", "comedy", "game", "exhibition", "collection", "opus", "symphony")
