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

// phraseSet is a set of lower-case phrases with a kind each, and per first word the
// longest phrase's length in words: the gazetteer of places and the organisation list.
type phraseSet struct {
	kind  map[string]byte
	first map[string]uint8
	// prefix holds every proper prefix of two or more words of a listed phrase, so that
	// matching extends a candidate word by word and stops as soon as nothing continues it
	prefix map[string]bool
}

// SetOrgs reads orgs.txt: kind TAB phrase (lower case, words joined by one space).
func (lx *Lexicon) SetOrgs(b []byte) {
	ps := newPhraseSet()
	eachLine(b, func(f []string) {
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return
		}
		ps.add(f[0][0], f[1])
	})
	lx.orgs = ps
}

func newPhraseSet() *phraseSet {
	return &phraseSet{kind: map[string]byte{}, first: map[string]uint8{}, prefix: map[string]bool{}}
}

func (ps *phraseSet) add(kind byte, phrase string) {
	if _, ok := ps.kind[phrase]; !ok {
		ps.kind[phrase] = kind
	}
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > 8 {
		return
	}
	if n := uint8(len(words)); n > ps.first[words[0]] {
		ps.first[words[0]] = n
	}
	for n := 2; n < len(words); n++ {
		ps.prefix[strings.Join(words[:n], " ")] = true
	}
}

// Organisation returns the list kind of a phrase (lower-cased), or 0.
func (lx *Lexicon) Organisation(phrase string) byte {
	if lx.orgs == nil {
		return 0
	}
	return lx.orgs.kind[strings.ToLower(phrase)]
}

// mark sets infos[i].org for the longest listed phrase starting at each token. A
// candidate grows word by word in one reused buffer (a map lookup with string(buf) does
// not allocate) while it is a listed phrase's prefix: "the", "air", "new" start many
// listed names, and trying every length from the longest down cost 7% of tagging.
func (ps *phraseSet) mark(lowers []string, ids []int32, first []uint8, infos []tokInfo) {
	ps.markInto(lowers, ids, first, infos, func(ti *tokInfo, v uint8) { ti.org = v })
}

// markInto is mark with the field to set chosen by set.
func (ps *phraseSet) markInto(lowers []string, ids []int32, first []uint8, infos []tokInfo, set func(*tokInfo, uint8)) {
	buf := make([]byte, 0, 128) // on the stack: longer phrases grow it
	for i := 0; i < len(lowers); {
		maxN := min(int(first[ids[i]]), len(lowers)-i)
		matched, kind := 0, byte(0)
		buf = buf[:0]
		for n := 1; n <= maxN; n++ {
			if n > 1 {
				buf = append(buf, ' ')
			}
			buf = append(buf, lowers[i+n-1]...)
			if k, ok := ps.kind[string(buf)]; ok {
				matched, kind = n, k
			}
			if n > 1 && !ps.prefix[string(buf)] || n == 1 && maxN == 1 {
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		for k := i; k < i+matched; k++ {
			pos := byte(2)
			if k == i {
				pos = 1
			}
			set(&infos[k], kind<<2|pos)
		}
		i += matched
	}
}
