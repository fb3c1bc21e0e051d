package entity

import "lede/analyzer/doc"

// Markup left in pasted text is no name: an HTML tag written out ("<div
// class="Byline">"), a social handle or hashtag glued to its sign ("@JohnMelloy",
// "#Brexit"). Nor is a legislator's party and state in brackets ("(D-N.J.)", "(R-Texas)"):
// the letters are abbreviations, not a place and an organisation of the story.
// markupTokens marks the tokens of sentence toks that belong to such markup or tags;
// Recognize cuts them out of the tagged chunks.

// maxTagTokens bounds how far a tag's closing ">" is looked for (tokens).
const maxTagTokens = 40

func markupTokens(toks []doc.Token) []bool {
	var mark []bool
	set := func(a, b int) {
		if mark == nil {
			mark = make([]bool, len(toks))
		}
		for i := a; i < b; i++ {
			mark[i] = true
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		next := toks[i+1]
		glued := !next.SpaceBefore
		switch toks[i].Norm {
		case "<":
			// "<p>", "</b>", "<a href=...>": a tag opens when a word, "/" or "!" follows
			// the "<" with no space
			if !glued || !(next.Kind == doc.TokWord || next.Norm == "/" || next.Norm == "!") {
				continue
			}
			for j := i + 1; j < len(toks) && j-i <= maxTagTokens; j++ {
				if toks[j].Norm == ">" {
					set(i, j+1)
					i = j
					break
				}
			}
		case "(":
			if j := partyTagEnd(toks, i); j > i {
				set(i, j+1)
				i = j
			}
		case "@", "#":
			if glued && next.Kind == doc.TokWord {
				set(i, i+2)
				i++
			}
		}
	}
	return mark
}

// withoutMarkup splits the token range [a, b) around marked tokens.
func withoutMarkup(mark []bool, a, b int) [][2]int {
	if mark == nil {
		return [][2]int{{a, b}}
	}
	var out [][2]int
	start := a
	for i := a; i < b; i++ {
		if mark[i] {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	if start < b {
		out = append(out, [2]int{start, b})
	}
	return out
}
