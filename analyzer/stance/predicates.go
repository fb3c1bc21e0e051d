package stance

import (
	_ "embed"
	"errors"
	"iter"
	"strings"
	"sync"

	"lede/analyzer/doc"
	"lede/analyzer/internal/table"
)

// predicates.tbl is predicates.txt (the predicates that take a side; format in its
// header) packed by PackPredicates (predicates_pack.go), read in place: nothing is parsed
// at start or at first use.
//
//go:embed predicates.tbl
var predicatesTbl string

// predicate is one side-taking pattern: "call on _ to resign". Its strings are slices of
// the embedded table.
type predicate struct {
	side   doc.StanceLabel
	lemma  string // the pattern as written, inflection marks removed: "call on _ to resign"
	before words  // words from the verb's second word up to the target: "on"
	after  words  // words that must follow the target: "to resign"
	adj    bool   // a stance adjective ("critical of _"): the holder is the subject of "be"
	// possessive: the target is the possessor of the object ("denied _'s claim"), which
	// must be there: "denied Novak" alone is not a stance.
	possessive bool
	// opinion: the side is the sign of an opinion word among the few after the target
	// (`~`): "called Reed a liar".
	opinion bool
	// noun: a noun predicate ("critic of _", "support for _"); its holder is its
	// possessor, a copula's subject or the name an appositive describes.
	noun bool
}

// words is a run of a pattern's words separated by single spaces ("" for none), so that
// it is a slice of the table's text, not a slice of strings built at load.
type words string

// first is the first word ("" for none).
func (w words) first() string {
	s, _, _ := strings.Cut(string(w), " ")
	return s
}

// all yields the words in order.
func (w words) all() iter.Seq[string] { return strings.FieldsSeq(string(w)) }

// plainVerb reports whether the predicate is a verb alone ("condemn"), with no words
// around its target and neither adjective nor noun: only such a verb reads as a passive.
func (p *predicate) plainVerb() bool {
	return p.before == "" && p.after == "" && !p.adj && !p.noun
}

// predicateIndex finds the patterns each inflected first word starts, in predicates.tbl.
//
// Layout, little-endian:
//
//	"LTP1" | patterns u32 | list bytes u32 | text bytes u32
//	patterns × predRecord   each pattern, in file order
//	list bytes              u16 pattern numbers: each form's patterns, in file order
//	text bytes              the lemmas, back to back
//	the rest                a table.Hash: inflected form -> u16 list start, u16 count
//	                        (in pattern numbers, not bytes)
//
// A pattern's record, predRecord bytes: 0 side (doc.StanceLabel), 1 flags (predAdj...),
// 2..3 u16 where its lemma starts in the text, 4 the lemma's bytes, 5..6 where the words
// before the target start in the lemma and their bytes, 7..8 the same of the words after.
type predicateIndex struct {
	forms      table.Hash
	pats, text string
	lists      string
}

const (
	predMagic       = "LTP1"
	predHeaderBytes = 16
	predRecord      = 9
	predFormRecord  = 4
)

const (
	predAdj uint8 = 1 << iota
	predPossessive
	predOpinion
	predNoun
)

var (
	predicatesOnce sync.Once
	predicates     predicateIndex
)

// defaultPredicates returns the embedded predicates' index (opened, not parsed, on first
// use).
func defaultPredicates() predicateIndex {
	predicatesOnce.Do(func() {
		var err error
		if predicates, err = openPredicates(predicatesTbl); err != nil {
			// the embedded table is checked by the tests; an empty index takes no side
			predicates = predicateIndex{}
		}
	})
	return predicates
}

var errPredTable = errors.New("stance: bad predicates table")

// openPredicates checks b's header and bounds and returns an index reading b in place
// (b is kept, not copied; nothing is built). The checks are a pass over the records so
// that no look-up can slice out of range.
func openPredicates(b string) (predicateIndex, error) {
	if len(b) < predHeaderBytes || b[:4] != predMagic {
		return predicateIndex{}, errPredTable
	}
	n, nl, nt := u32le(b[4:]), u32le(b[8:]), u32le(b[12:])
	p := predHeaderBytes
	if n < 0 || nl < 0 || nl%2 != 0 || nt < 0 || n > 0xffff || p+n*predRecord+nl+nt > len(b) {
		return predicateIndex{}, errPredTable
	}
	x := predicateIndex{}
	x.pats, p = b[p:p+n*predRecord], p+n*predRecord
	x.lists, p = b[p:p+nl], p+nl
	x.text, p = b[p:p+nt], p+nt
	forms, err := table.OpenHash(b[p:])
	if err != nil || forms.Width() != predFormRecord {
		return predicateIndex{}, errPredTable
	}
	x.forms = forms
	for i := range n {
		r := x.pats[i*predRecord:]
		at, ln := u16le(r[2:]), int(r[4])
		if at+ln > nt || int(r[5])+int(r[6]) > ln || int(r[7])+int(r[8]) > ln {
			return predicateIndex{}, errPredTable
		}
	}
	for i := range forms.Len() {
		r := forms.Record(i)
		at, c := u16le(r), u16le(r[2:])
		if 2*(at+c) > nl {
			return predicateIndex{}, errPredTable
		}
		for j := at; j < at+c; j++ {
			if u16le(x.lists[2*j:]) >= n {
				return predicateIndex{}, errPredTable
			}
		}
	}
	return x, nil
}

// predicateList is the patterns one word starts, in file order.
type predicateList struct {
	pats, text string
	ids        string // u16 pattern numbers
}

// of returns the patterns that word w (lower case, inflected) starts; none when it
// starts none. It allocates nothing.
func (x *predicateIndex) of(w string) predicateList {
	i := x.forms.Find(w)
	if i < 0 {
		return predicateList{}
	}
	r := x.forms.Record(i)
	at, c := u16le(r), u16le(r[2:])
	return predicateList{pats: x.pats, text: x.text, ids: x.lists[2*at : 2*(at+c)]}
}

// len is the number of patterns.
func (l predicateList) len() int { return len(l.ids) / 2 }

// at is the i-th pattern, read from its record.
func (l predicateList) at(i int) predicate {
	r := l.pats[u16le(l.ids[2*i:])*predRecord:]
	lemma := l.text[u16le(r[2:]) : u16le(r[2:])+int(r[4])]
	f := r[1]
	return predicate{
		side:       doc.StanceLabel(r[0]),
		lemma:      lemma,
		before:     words(lemma[r[5] : r[5]+r[6]]),
		after:      words(lemma[r[7] : r[7]+r[8]]),
		adj:        f&predAdj != 0,
		possessive: f&predPossessive != 0,
		opinion:    f&predOpinion != 0,
		noun:       f&predNoun != 0,
	}
}

// all yields the patterns in order, with their places in the list.
func (l predicateList) all() iter.Seq2[int, predicate] {
	return func(yield func(int, predicate) bool) {
		for i := range l.len() {
			if !yield(i, l.at(i)) {
				return
			}
		}
	}
}

func u16le(s string) int { return int(s[0]) | int(s[1])<<8 }

func u32le(s string) int {
	return int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}
