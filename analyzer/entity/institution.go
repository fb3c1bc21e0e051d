package entity

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// joinInstitutionNames joins an institution's name that the tagger cut at "of" or
// "for": "U.S. Court of Appeals" + "for the" + "Sixth Circuit" is one court, "Ministry"
// + "of" + "Defence" one ministry. A name that holds a capitalised institution head
// (Court, Department, Bank, University: institutionHeads) and stands before "of"/"for"
// and a name that opens right there, after an optional "the", takes that name in, as
// an organisation. Some heads only take "for" (forNameHeads) or a place (placeNameHeads).
func joinInstitutionNames(d *doc.Doc) {
	ms := d.Mentions
	out := make([]doc.Mention, 0, len(ms))
	changed := false
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		for m.Kind == doc.MentionName && m.Type != doc.EntPerson && hasInstitutionHead(d, m) {
			j := nextNameAfterOfFor(d, ms, i, m)
			if j < 0 {
				break
			}
			m.End, m.Type = ms[j].End, doc.EntOrg
			// the names in between (none, as mentions are sorted and do not overlap)
			// and the joined one go
			i = j
			changed = true
		}
		out = append(out, m)
	}
	if changed {
		d.SetMentions(out)
	}
}

// hasInstitutionHead reports whether a name mention holds a capitalised institution
// head word ("Court" in "U.S. Court of Appeals").
func hasInstitutionHead(d *doc.Doc, m doc.Mention) bool { return headIn(d, m, institutionHeads) }

// nextNameAfterOfFor returns the index of the name mention that opens right after "of"
// or "for" (and an optional "the") following mention i in its sentence, or -1.
func nextNameAfterOfFor(d *doc.Doc, ms []doc.Mention, i int, m doc.Mention) int {
	e := d.TokenAt(m.End)
	if e+1 >= len(d.Tokens) || d.Tokens[e].Sentence != d.Tokens[e-1].Sentence {
		return -1
	}
	link := d.Tokens[e].Lower
	if link != "of" && link != "for" {
		return -1
	}
	k := e + 1
	if d.Tokens[k].Lower == "the" {
		k++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Sentence != d.Tokens[e].Sentence {
		return -1
	}
	j := i + 1
	for j < len(ms) && ms[j].Kind != doc.MentionName {
		j++
	}
	if j >= len(ms) || d.TokenAt(ms[j].Start) != k || ms[j].Type == doc.EntPerson {
		return -1
	}
	if link == "for" && !headIn(d, m, forNameHeads) {
		return -1
	}
	if ms[j].Type == doc.EntLoc && (link == "for" || !headIn(d, m, placeNameHeads)) {
		return -1
	}
	return j
}

// headIn reports whether a name mention holds a capitalised word of the set.
func headIn(d *doc.Doc, m doc.Mention, heads map[string]bool) bool {
	for ti := d.TokenAt(m.Start); ti < len(d.Tokens) && d.Tokens[ti].Start < m.End; ti++ {
		if t := d.Tokens[ti]; heads[t.Lower] && text.IsCapitalised(t) {
			return true
		}
	}
	return false
}

// forNameHeads are the institutions whose name goes on with "for": "Court of Appeals
// for the Sixth Circuit", "Department for Education", "Commission for Racial Equality".
// A league, party or company is followed by "for" when someone plays or works for
// another ("in the National Hockey League for the St. Louis Eagles").
var forNameHeads = set("court", "department", "commission", "committee", "council", "office",
	"centre", "center", "institute", "foundation", "fund", "agency", "ministry", "bureau",
	"school", "college", "society", "association", "authority", "organisation", "organization")

// placeNameHeads are the institutions named after their place with "of": "University of
// Berlin", "Bank of England". Other institutions keep a place after "of" apart, as the
// corpora write them ("the Liberal Party of" + "Nova Scotia").
var placeNameHeads = set("university", "college", "school", "bank", "institute")
