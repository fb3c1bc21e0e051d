package entity

import (
	"strings"

	"lede/analyzer/doc"
)

// maxPartyTagTokens bounds a party-and-state tag's length in tokens ("(", "D-N", ".",
// "J.", ")" is five).
const maxPartyTagTokens = 6

// partyTagEnd returns the index of the ")" closing the party-and-state tag that opens
// with the "(" at token i ("(D-N.J.)", "(R-Texas)", "(I-Vt.)": a party's capital, a
// hyphen and the state, glued), or -1.
func partyTagEnd(toks []doc.Token, i int) int {
	if i+2 >= len(toks) || toks[i+1].SpaceBefore {
		return -1
	}
	w := toks[i+1].Norm
	if len(w) < 3 || !strings.ContainsRune("DRI", rune(w[0])) || w[1] != '-' || w[2] < 'A' || w[2] > 'Z' {
		return -1
	}
	for j := i + 2; j < len(toks) && j-i <= maxPartyTagTokens; j++ {
		switch {
		case toks[j].Norm == ")":
			return j
		case toks[j].SpaceBefore:
			return -1 // the tag is one glued word
		}
	}
	return -1
}
