package entity

import "strings"

// Organisation names (orgs.txt, derived by tools/derive-lists from name-suggestion-index,
// OpenFlights airlines, @cspell/dict-companies and WordNet): the tagger sees, per token,
// whether it starts or continues the longest listed name there, and the list it came
// from. "Ryanair", "Lockheed Martin" are organisations whatever CoNLL's 1996 news knew.

// famOrgs adds the organisation-list features.
const famOrgs Families = 1 << 15

const fOrgList byte = 150

// Organisation list kinds, the first field of an orgs.txt line.
const (
	OrgCompany byte = 'C' // a company or brand
	OrgAirline byte = 'A'
	OrgOther   byte = 'O' // another organisation
)

// SetOrgs reads orgs.txt (kind TAB phrase) as the trainers do: packed, then read in
// place like the embedded orgs.tbl.
func (lx *Lexicon) SetOrgs(b []byte) { lx.orgs = parsePhrases(b) }

// OpenOrgs reads the packed organisation list (orgs.tbl) in place.
func (lx *Lexicon) OpenOrgs(tbl string) (err error) {
	lx.orgs, err = openPhrases(tbl)
	return err
}

// Organisation returns the list kind of a phrase (lower-cased), or 0.
func (lx *Lexicon) Organisation(phrase string) byte {
	if lx.orgs == nil {
		return 0
	}
	return lx.orgs.kind(strings.ToLower(phrase))
}
