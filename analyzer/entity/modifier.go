package entity

import (
	"strings"

	"lede/analyzer/doc"
)

// modifiersOfInstitutions finds the other names (MISC, one word: "Russian") that stand
// right before an institution's name ("Russian Defence Ministry", "French Interior
// Ministry"). CoNLL tags the two apart, and the mentions stay so; but a reader sees
// one actor, the Russian Defence Ministry, not "Russian" beside a ministry. The
// modifier leaves the names to group (its mention keeps no actor) and the institution's
// name is read with it (nameInfo.modifier).
func modifiersOfInstitutions(d *doc.Doc, names []nameInfo) []nameInfo {
	out := names[:0]
	for i := range names {
		n := names[i]
		if i+1 < len(names) && modifiesInstitution(d, &n, &names[i+1]) {
			names[i+1].modifier = n.mention
			continue
		}
		out = append(out, n)
	}
	return out
}

// modifiesInstitution reports whether name n is a one-word other name glued by one
// space to the organisation name next, which ends in an institution's head noun.
func modifiesInstitution(d *doc.Doc, n, next *nameInfo) bool {
	if n.typ != doc.EntMisc || len(n.words) != 1 || next.typ != doc.EntOrg || len(next.lower) < 2 {
		return false
	}
	if describesInstitution(n.words[0]) {
		return false
	}
	m, o := d.Mentions[n.mention], d.Mentions[next.mention]
	if m.Sentence != o.Sentence || o.Start != m.End+1 || d.Text[m.End] != ' ' || possessed(d, n.mention) {
		return false
	}
	return institutionHeads[next.lower[len(next.lower)-1]]
}

// describesInstitution reports whether a hyphenated modifier ends in a participle:
// "the Brussels-based Egmont Foundation", "Kremlin-backed", "state-run" describe the
// institution rather than name whose it is ("Dai-ichi Life Research Institute" is one
// name).
func describesInstitution(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	p := w[i+1:]
	return p == "run" || len(p) > 3 && strings.HasSuffix(p, "ed") && strings.ToLower(p) == p
}
