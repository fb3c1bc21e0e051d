package quote

import "lede/analyzer/doc"

// The head of a speaker phrase. A source is a noun phrase whose last word before any
// post-modifier names who speaks: "Apple chief Tim Cook" -> Cook (Apple is his
// affiliation), "Steven Theede, Yukos chief executive," -> Theede, "a spokesman for
// the campaign" -> spokesman, "Secretary of State John Kerry" -> Kerry. The speaker's
// actor is the one whose mention holds the head word, not whichever name the phrase
// happens to open with.

// headToken returns the index of the head word of the phrase [r.a, r.b): the last word
// before a comma, a bracket, a dash, a relative pronoun or a preposition (an "of"
// inside a title, "Secretary of State", does not end it), past a name suffix ("Jr.")
// and a possessive ending. It returns -1 for an empty range.
//
// A role noun set off before a name ("Its chairman, Dr. Peter Lindqvist") has the name
// after the comma for head.
func headToken(toks []doc.Token, r tokRange) int {
	head := -1
	for i := r.a; i < r.b && i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Norm == ",":
			if head >= 0 && isLowerWord(toks[head]) {
				if h := headToken(toks, tokRange{i + 1, r.b}); h >= 0 && isCapitalised(toks[h]) {
					return h
				}
			}
			return head
		case t.Norm == "(" || t.Norm == ";" || t.Norm == ":" || t.Kind == doc.TokDash:
			return head
		case t.Kind != doc.TokWord && t.Kind != doc.TokNumber:
			continue
		case head >= 0 && (relativePronoun(t.Lower) || t.Lower == "whose" || t.Lower == "whom"):
			return head
		case head >= 0 && prepositions[t.Lower] && !(t.Lower == "of" && titlesWithOf[toks[head].Lower]):
			return head
		case t.Lower == "'s" || t.Lower == "’s" || head >= 0 && nameSuffixes[t.Lower]:
			continue
		}
		head = i
	}
	return head
}

// titlesWithOf keep an "of" inside a title: "Secretary of State John Kerry", "Chief of
// Staff Denis McDonough", "Director of National Intelligence James Clapper".
var titlesWithOf = words(`secretary director chief president minister chairman chairwoman
	governor mayor speaker leader head commissioner attorney member`)

// nameSuffixes follow a surname without being the head ("Donald Trump Jr.").
var nameSuffixes = words(`jr jr. sr sr. ii iii iv`)
