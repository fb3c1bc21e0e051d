package entity

import (
	"errors"
	"strings"
	"unsafe"

	"lede/analyzer/internal/table"
)

// Organisation names (orgs.txt, derived by tools/derive-lists from name-suggestion-index,
// OpenFlights airlines, @cspell/dict-companies and WordNet): the tagger sees, per token,
// whether it starts or continues the longest listed name there, and the list it came
// from. "Ryanair", "Lockheed Martin" are organisations whatever CoNLL's 1996 news knew.

// FamOrgs adds the organisation-list features.
const FamOrgs Families = 1 << 15

const fOrgList byte = 150

// Organisation list kinds, the first field of an orgs.txt line.
const (
	OrgCompany byte = 'C' // a company or brand
	OrgAirline byte = 'A'
	OrgOther   byte = 'O' // another organisation
)

// phraseSet is a set of lower-case phrases with a kind each, and per first word the
// longest phrase's length in words: the gazetteer of places, the organisation list and
// WordNet's names. It is a table read in place (PackPhrases): each key's record is
//
//	kind u8     the phrase's kind, 0 when the key is not a listed phrase
//	first u8    when the key is a word, the length in words of the longest listed phrase
//	            it starts (1..8), else 0
//	prefix u8   1 when the key is a proper prefix of two or more words of a listed
//	            phrase, so that matching extends a candidate word by word and stops as
//	            soon as nothing continues it
type phraseSet struct{ t table.Table }

// SetOrgs reads orgs.txt: kind TAB phrase (lower case, words joined by one space).
func (lx *Lexicon) SetOrgs(b []byte) { lx.orgs = mustPhrases(PackPhrases(b)) }

// openPhrases reads a packed phrase list (PackPhrases) in place.
func openPhrases(tbl string) (*phraseSet, error) {
	t, err := table.Open(tbl)
	if err != nil {
		return nil, err
	}
	if t.Width() != 3 {
		return nil, errors.New("entity: phrase table of an unknown width")
	}
	return &phraseSet{t}, nil
}

func mustPhrases(tbl []byte) *phraseSet {
	ps, err := openPhrases(string(tbl))
	if err != nil {
		panic("entity: a table just built does not open: " + err.Error())
	}
	return ps
}

// PackPhrases lays a phrase list (kind TAB phrase a line: gazetteer.txt, orgs.txt,
// wordnet.txt) out as a table (see phraseSet). A phrase listed twice keeps its first kind.
func PackPhrases(b []byte) []byte {
	recs := map[string]*[3]byte{}
	rec := func(k string) *[3]byte {
		r := recs[k]
		if r == nil {
			r = new([3]byte)
			recs[k] = r
		}
		return r
	}
	eachLine(b, func(f []string) {
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return
		}
		kind, phrase := f[0][0], f[1]
		if r := rec(phrase); r[0] == 0 {
			r[0] = kind
		}
		words := strings.Fields(phrase)
		if len(words) == 0 || len(words) > 8 {
			return
		}
		if r := rec(words[0]); uint8(len(words)) > r[1] {
			r[1] = uint8(len(words))
		}
		for n := 2; n < len(words); n++ {
			rec(strings.Join(words[:n], " "))[2] = 1
		}
	})
	tb := table.NewBuilder(3)
	for k, r := range recs {
		tb.Add(k, r[:])
	}
	return tb.Bytes()
}

// kindOf returns the kind of a listed phrase, 0 when it is not listed.
func (ps *phraseSet) kindOf(phrase string) byte {
	if i := ps.t.Find(phrase); i >= 0 {
		return ps.t.Record(i)[0]
	}
	return 0
}

// firstLen returns the length in words of the longest listed phrase that word starts.
func (ps *phraseSet) firstLen(word string) uint8 {
	if i := ps.t.Find(word); i >= 0 {
		return ps.t.Record(i)[1]
	}
	return 0
}

// Organisation returns the list kind of a phrase (lower-cased), or 0.
func (lx *Lexicon) Organisation(phrase string) byte {
	if lx.orgs == nil {
		return 0
	}
	return lx.orgs.kindOf(strings.ToLower(phrase))
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
			var rec string
			if row := ps.t.Find(unsafe.String(unsafe.SliceData(buf), len(buf))); row >= 0 {
				rec = ps.t.Record(row)
			}
			if rec != "" && rec[0] != 0 {
				matched, kind = n, rec[0]
			}
			if n > 1 && (rec == "" || rec[2] == 0) || n == 1 && maxN == 1 {
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
