package entity

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// refineNames corrects name mentions that the tagger draws too wide, before they are
// grouped into actors:
//   - two names coordinated in one span ("The New York Times and Wall Street Journal")
//     become two mentions, so that each outlet is its own actor;
//   - a title tagged as an organisation or other name ("the US Ambassador in Russia",
//     "Foreign Minister") loses its title words: a title names a role, not a referent.
//     What is left ("US") stays a name; nothing left, the mention goes.
func refineNames(d *doc.Doc, lex *Lexicon) {
	names := map[string]bool{}  // lower-cased name mentions of the document, for split evidence
	people := map[string]bool{} // the keys of the document's people and their surnames
	for _, m := range d.Mentions {
		if m.Kind == doc.MentionName {
			k := nameKey(d.Slice(m.Span))
			names[k] = true
			if m.Type == doc.EntPerson {
				people[k] = true
				if i := strings.LastIndexByte(k, ' '); i >= 0 {
					people[k[i+1:]] = true
				}
			}
		}
	}
	out := make([]doc.Mention, 0, len(d.Mentions)+len(d.Mentions)/16) // room for some splits, grown once
	changed := false
	for _, m := range d.Mentions {
		if m.Kind != doc.MentionName {
			out = append(out, m)
			continue
		}
		first, end := d.TokenAt(m.Start), d.TokenAt(m.End)
		if first >= end || end > len(d.Tokens) {
			out = append(out, m)
			continue
		}
		if left, right, ok := splitCoordinated(d, m, first, end, names); ok {
			out = append(out, left, right)
			changed = true
			continue
		}
		if left, right, ok := splitAfterOrganisation(d, m, first, end, people); ok {
			out = append(out, left, right)
			changed = true
			continue
		}
		if m.Type != doc.EntPerson {
			if trimmed, keep, ok := dropTitle(d, m, first, end, lex); ok {
				if keep {
					out = append(out, trimmed)
				}
				changed = true
				continue
			}
		}
		out = append(out, m)
	}
	if changed {
		d.SetMentions(out)
	}
}

// nameKey is a name as compared across the document: lower case, no leading "the".
func nameKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

// splitCoordinated splits "A and B" when both sides look like whole names: each starts
// with a capital and either both have at least two words ("Wall Street Journal", "New
// York Times") or one side is named on its own elsewhere in the document. Short joint
// names ("Procter and Gamble", "Marks and Spencer") stay whole.
func splitCoordinated(d *doc.Doc, m doc.Mention, first, end int, names map[string]bool) (doc.Mention, doc.Mention, bool) {
	and := -1
	for ti := first + 1; ti < end-1; ti++ {
		if d.Tokens[ti].Lower == "and" {
			if and >= 0 {
				return m, m, false // "A, B and C and D": leave lists alone
			}
			and = ti
		}
	}
	if and < 0 {
		return m, m, false
	}
	lFirst := first
	if d.Tokens[lFirst].Lower == "the" {
		lFirst++
	}
	lWords, rWords := and-lFirst, end-(and+1)
	if lWords < 1 || rWords < 1 || !text.StartsUpperOrDigit(d.Tokens[lFirst].Norm) || !text.StartsUpperOrDigit(d.Tokens[and+1].Norm) {
		return m, m, false
	}
	left := doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[and-1].End}
	right := doc.Span{Start: d.Tokens[and+1].Start, End: m.End}
	namedAlone := names[nameKey(d.Slice(left))] || names[nameKey(d.Slice(right))]
	// An institution's long name coordinates inside itself: "Organisation for Security
	// and Cooperation in Europe" (prepositions), "Post and Telecommunications
	// Administration" (one head noun for both sides).
	oneName := false
	for ti := first; ti < end; ti++ {
		if l := d.Tokens[ti].Lower; l == "of" || l == "for" || l == "in" || l == "on" {
			oneName = true
		}
	}
	if institutionHeads[d.Tokens[end-1].Lower] && !institutionHeads[d.Tokens[and-1].Lower] {
		oneName = true
	}
	if !namedAlone && (oneName || lWords < 2 || rWords < 2) {
		return m, m, false
	}
	if lWords == 1 && rWords >= 2 && coordHeads[d.Tokens[end-1].Lower] {
		// "the Portland and Ogdensburg Railroad" with "Portland" named alone: one word
		// before "and" shares the head noun after it (sharedHead)
		return m, m, false
	}
	l, r := m, m
	l.Span, r.Span = left, right
	return l, r, true
}

// splitAfterOrganisation splits a name the tagger drew over two names side by side
// ("told the Washington Post Trump was"): the first part, of two words or more, ends in
// an organisation's or a publication's head noun, and the rest is a person's name the
// document tags as one somewhere, or a person's surname it names. The first part is the
// organisation, the rest the person. "Boston Post Road" stays whole: "Road" is no
// person of the story's.
func splitAfterOrganisation(d *doc.Doc, m doc.Mention, first, end int, people map[string]bool) (doc.Mention, doc.Mention, bool) {
	lFirst := first
	if d.Tokens[lFirst].Lower == "the" {
		lFirst++
	}
	for k := lFirst + 2; k < end; k++ {
		head := d.Tokens[k-1]
		if !(orgEnding(head) || publicationHeads[head.Lower]) || !text.IsCapitalised(d.Tokens[k]) {
			continue
		}
		right := doc.Span{Start: d.Tokens[k].Start, End: m.End}
		if !people[nameKey(d.Slice(right))] {
			// "Oversight Committee Republicans" are the committee's members, one group
			continue
		}
		l, r := m, m
		l.Span, l.Type = doc.Span{Start: d.Tokens[first].Start, End: head.End}, doc.EntOrg
		r.Span, r.Type = right, doc.EntPerson
		return l, r, true
	}
	return m, m, false
}

// institutionHeads end the names of institutions; coordinated words before one are its
// modifiers ("State Law and Order Restoration Council").
var institutionHeads = set("administration", "council", "exchange", "organisation", "organization",
	"commission", "committee", "ministry", "department", "authority", "board", "bureau", "agency",
	"office", "institute", "association", "union", "federation", "front", "party", "movement",
	"service", "services", "corporation", "company", "group", "society", "foundation", "fund",
	"trust", "bank", "court", "assembly", "alliance", "league", "centre", "center", "school",
	"university", "college")

// dropTitle strips the title words that end a non-person name ("US Ambassador" ->
// "US"; "Prime Minister" -> nothing). A name with "of" or "for" in it ("Ministry of
// Justice") is an organisation's own name and is left alone. It reports the trimmed
// mention, whether anything of it is left, and whether it applied at all.
func dropTitle(d *doc.Doc, m doc.Mention, first, end int, lex *Lexicon) (doc.Mention, bool, bool) {
	if end-first < 2 {
		return m, false, false // a lone "Chief" or "Queen" may be a name
	}
	for ti := first; ti < end; ti++ {
		if l := d.Tokens[ti].Lower; l == "of" || l == "for" || l == "and" || l == "&" {
			return m, false, false
		}
	}
	last := end - 1
	if l := d.Tokens[last].Lower; !isTitleWord(l) && !roleHeads[l] || ambiguousTitle[l] {
		return m, false, false
	}
	for last >= first && (isTitleWord(d.Tokens[last].Lower) || roleHeads[d.Tokens[last].Lower] || roleModifiers[d.Tokens[last].Lower]) {
		last--
	}
	if last >= first && d.Tokens[last].Lower == "the" {
		last--
	}
	if last < first {
		return m, false, true
	}
	m.Span = doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last].End}
	if lex != nil && lex.Place(nameKey(d.Slice(m.Span))) != 0 {
		m.Type = doc.EntLoc // "US Ambassador": what the title was of is a country
	}
	return m, true, true
}

// ambiguousTitle are title words that also end names of teams, bands and firms.
var ambiguousTitle = set("general", "major", "chief", "speaker", "head", "chair", "justice",
	"father", "agent", "leader", "queen", "king", "prince", "princess", "lady", "lord",
	"sir", "dame", "st.", "captain", "founder", "expert", "analyst")
