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
		if n.typ != doc.EntMisc && workNouns[wordBefore(d, n.mention)] {
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

// workNouns name a kind of work whose title follows them.
var workNouns = set("novel", "book", "film", "movie", "album", "song", "single", "play",
	"series", "sitcom", "opera", "musical", "documentary", "memoir", "biography", "poem",
	"painting", "novella", "anthology", "ep", "soundtrack", "show", "programme", "program",
	"drama", "thriller", "comedy", "game", "exhibition", "collection", "opus", "symphony")
