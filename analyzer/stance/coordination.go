package stance

import "lede/analyzer/doc"

// A subject may be several names joined by "and" or commas: "Reed and Chen criticized
// Lopez" is an act of both, "Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all
// suggested" of both senators. The token reader finds the last name (the one next to
// the verb); the names coordinated with it before it are holders too.

// maxCoordinated is how many names a coordinated subject may list before its last one:
// a longer run of commas is more likely a list of places or an aside than one subject.
const maxCoordinated = 4

// coordinatedBefore returns the mentions coordinated with mention m before it, nearest
// first: each ends just before "and" or a comma (across the titles or roles of the next
// name and a parenthesis after the name: "Sen. Sherrod Brown (D-Ohio) and"), and the
// first name of the list opens its clause (the sentence, or after a comma, a
// subordinator or "that"): "Lopez met Reed and Chen criticized him" has one subject.
func (v sentenceView) coordinatedBefore(m int) []int {
	if m < 0 {
		return nil
	}
	var out []int
	first := v.tokenAfter(v.d.Mentions[m].Start)
	sawAnd := false
	for len(out) < maxCoordinated {
		p := first - 1
		for p >= 0 && skippable(v.toks[p]) {
			p--
		}
		if p < 1 {
			break
		}
		w := v.toks[p].Lower
		if w != "and" && w != "," {
			break
		}
		if w == "," && !sawAnd {
			break // "Reed, Chen criticized": an appositive or an aside, not a list's end
		}
		sawAnd = sawAnd || w == "and"
		e := p - 1
		if v.toks[e].Lower == ")" {
			for e > 0 && v.toks[e].Lower != "(" {
				e--
			}
			e-- // "Brown (D-Ohio) and": the name before the parenthesis
		}
		if e < 0 {
			break
		}
		prev := mentionEndingAt(v.d, v.toks[e].End)
		if prev < 0 || v.d.Mentions[prev].Actor < 0 {
			break
		}
		out = append(out, prev)
		first = v.tokenAfter(v.d.Mentions[prev].Start)
	}
	if len(out) == 0 {
		return nil
	}
	// the list's first name must open a clause: not an object or a preposition's
	// complement ("met Reed and Chen", "the leader of Reed and Chen")
	p := first - 1
	for p >= 0 && skippable(v.toks[p]) {
		p--
	}
	if p >= 0 {
		t := v.toks[p]
		opens := t.Lower == "," || t.Lower == ";" || t.Lower == "that" || t.Lower == "\"" ||
			t.Class.Any(doc.ClassSubordinator|doc.ClassConjunction) && t.Lower != "and" && t.Lower != "or"
		if !opens {
			return nil
		}
	}
	return out
}
