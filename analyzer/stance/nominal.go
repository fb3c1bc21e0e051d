package stance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
)

// A description of an organisation ("the court", "a federal appeals court", "the party")
// stands for the organisation of the article whose name holds its head noun ("U.S.
// Court of Appeals", "Republican Party"), the nearest named when several do: the
// language layer gives the phrase and its head, the actors the names.

// nominalActor returns the organisation the noun phrase headed by token tok (an index
// into d.Tokens) describes, or -1: the head is a common noun (not a title: "the
// president" may be anyone), the phrase opens with a determiner, and an eligible
// organisation's name or alias has the noun as a word.
func nominalActor(d *doc.Doc, tok int) int {
	if tok < 0 || tok >= len(d.Tokens) {
		return -1
	}
	t := d.Tokens[tok]
	if t.Kind != doc.TokWord || t.Norm != t.Lower || !t.POS.IsNoun() || t.POS.IsProperNoun() || t.Class.Has(doc.ClassTitle) {
		return -1
	}
	ch := d.ChunkAt(tok)
	if ch < 0 || d.Chunks[ch].Kind != doc.ChunkNP || d.Chunks[ch].Head != tok {
		return -1
	}
	first := d.Tokens[d.Chunks[ch].FirstToken]
	if !first.Class.Has(doc.ClassDeterminer) || first.Class.Has(doc.ClassQuantifier) {
		return -1 // "some courts", "courts": not one of them
	}
	for k := d.Chunks[ch].FirstToken; k < tok; k++ {
		if mentionStartingAt(d, d.Tokens[k].Start) >= 0 {
			return -1 // "the Ohio court" names another thing than Ohio; leave it to the entity stage
		}
	}
	// of several ("the court": the appeals court and the Supreme Court), the one named
	// last before the description, else the one named first after it
	found, foundBefore, foundDist := -1, false, 0
	for i := range d.Actors {
		a := &d.Actors[i]
		if a.Type != doc.EntOrg || !eligible(a) || !nameHasWord(a, t.Lower) {
			continue
		}
		before, dist := nearestMention(d, a, t.Start)
		if found < 0 || before && !foundBefore || before == foundBefore && dist < foundDist {
			found, foundBefore, foundDist = i, before, dist
		}
	}
	return found
}

// nearestMention returns whether actor a has a name mention before byte off, and the
// distance in bytes to the nearest one on that side (before when there is one).
func nearestMention(d *doc.Doc, a *doc.Actor, off int) (before bool, dist int) {
	dist = len(d.Text) + 1
	for _, mi := range a.Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.MentionName {
			continue
		}
		switch {
		case m.End <= off && (!before || off-m.End < dist):
			before, dist = true, off-m.End
		case m.Start >= off && !before && m.Start-off < dist:
			dist = m.Start - off
		}
	}
	return before, dist
}

// nameHasWord reports whether word (lower case) is a word of the actor's name or an alias.
// It is asked for every description against every organisation, so it reads the names
// where they lie: no lowered copy, no split (that garbage was 170 MB for a 2 MiB text).
func nameHasWord(a *doc.Actor, word string) bool {
	if hasWordLower(a.Name, word) {
		return true
	}
	for _, n := range a.Aliases {
		if hasWordLower(n, word) {
			return true
		}
	}
	return false
}

// hasWordLower reports whether one of the space-separated words of name, lower-cased, is
// word (as strings.Fields(strings.ToLower(name)) holding it).
func hasWordLower(name, word string) bool {
	for rest := name; rest != ""; {
		start := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsSpace(r) })
		if start < 0 {
			return false
		}
		rest = rest[start:]
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		if isLowerOf(rest[:end], word) {
			return true
		}
		rest = rest[end:]
	}
	return false
}

// isLowerOf reports whether strings.ToLower(f) == lower, without building the copy.
func isLowerOf(f, lower string) bool {
	for _, r := range f {
		lr := unicode.ToLower(r)
		n := utf8.RuneLen(lr)
		if n < 0 || len(lower) < n {
			return false
		}
		got, size := utf8.DecodeRuneInString(lower)
		if got != lr || size != n {
			return false
		}
		lower = lower[n:]
	}
	return lower == ""
}

// nominalSubject returns the organisation a description heading at view index j stands
// for (nominalActor), when the description is not a preposition's complement ("the
// leader of the party"), or -1.
func (v sentenceView) nominalSubject(j int) int {
	a := nominalActor(v.d, v.first+j)
	if a < 0 {
		return -1
	}
	before := v.d.Chunks[v.d.ChunkAt(v.first+j)].FirstToken - v.first - 1
	if before >= 0 && (isObjectMarker(v.toks[before].Lower) || v.toks[before].Lower == "'s") {
		return -1
	}
	return a
}
