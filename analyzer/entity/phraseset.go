package entity

import (
	"strings"
	"unsafe"

	"lede/analyzer/internal/table"
)

// phraseSet is a set of lower-case phrases with a kind each, and per first word the
// longest phrase's length in words: the gazetteer of places, the organisation list and
// WordNet's names. It is a table (PackPhrases) read in place, so that a fresh instance
// builds no map of the ~27,000 phrases; one look-up answers all three questions.
//
// Keys are the listed phrases and every phrase's first word. Matching extends a
// candidate word by word while some key starts with it and a space (the key after it in
// order tells, table.Seek), so the prefixes of phrases need no keys of their own (they
// were 9,200 keys, 25 KB brotli). The record, 2 bytes:
//
//	kind u8 | flags u8: phraseListed | longest phrase starting with the key (words, 0..8)
type phraseSet struct{ t table.Table }

const (
	phraseListed  = 0x40 // the key is a listed phrase (byte 0 is its kind)
	phraseLongest = 0x0f // mask of the longest length of a phrase starting with the key
)

// phraseMaxWords is the longest phrase matching looks for; a longer listed phrase is
// still a phrase (kind), but no token sequence is marked with it.
const phraseMaxWords = 8

// PackPhrases lays a phrase list out as a table (see phraseSet): kind TAB phrase a line
// (the kind is the field's first byte; phrase lower case, words joined by one space); a
// phrase listed twice keeps its first line's kind, lines without both fields are skipped,
// and so are phrases with a control character: a key of the candidate followed by one
// would sort between the candidate and its continuations with a space (see markInto).
func PackPhrases(list []byte) []byte {
	type rec struct{ kind, flags byte }
	recs := map[string]rec{}
	eachLine(list, func(f []string) {
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return
		}
		phrase := f[1]
		if strings.ContainsFunc(phrase, func(r rune) bool { return r < ' ' }) {
			return
		}
		if r := recs[phrase]; r.flags&phraseListed == 0 {
			r.kind, r.flags = f[0][0], r.flags|phraseListed
			recs[phrase] = r
		}
		words := strings.Fields(phrase)
		if len(words) == 0 || len(words) > phraseMaxWords {
			return
		}
		if r := recs[words[0]]; byte(len(words)) > r.flags&phraseLongest {
			r.flags = r.flags&^phraseLongest | byte(len(words))
			recs[words[0]] = r
		}
	})
	b := table.NewBuilder(2)
	for k, r := range recs {
		b.Add(k, []byte{r.kind, r.flags})
	}
	return b.Bytes()
}

// openPhrases reads a packed phrase list in place.
func openPhrases(tbl string) (*phraseSet, error) {
	t, err := table.Open(tbl)
	if err != nil {
		return nil, err
	}
	if t.Width() != 2 {
		return nil, errPhraseWidth
	}
	return &phraseSet{t}, nil
}

// parsePhrases packs a phrase list and opens it (the trainers' text lists).
func parsePhrases(list []byte) *phraseSet {
	ps, err := openPhrases(string(PackPhrases(list)))
	if err != nil {
		panic("entity: a phrase table just built does not open: " + err.Error())
	}
	return ps
}

// lookUp returns key's kind (0 when it is not a listed phrase), whether it is a listed
// phrase and its flags byte (0 when the table does not hold it).
func (ps *phraseSet) lookUp(key string) (kind byte, listed bool, flags byte) {
	i := ps.t.Find(key)
	if i < 0 {
		return 0, false, 0
	}
	r := ps.t.Record(i)
	if r[1]&phraseListed == 0 {
		return 0, false, r[1]
	}
	return r[0], true, r[1]
}

// kind returns a phrase's kind, or 0.
func (ps *phraseSet) kind(phrase string) byte {
	k, _, _ := ps.lookUp(phrase)
	return k
}

// phraseWord is what the table says of one word: its kind and flags (see phraseSet),
// looked up once per distinct word of a document so that matching starts without a
// search.
type phraseWord struct{ kind, flags byte }

// word looks a word up.
func (ps *phraseSet) word(w string) phraseWord {
	k, _, fl := ps.lookUp(w)
	return phraseWord{k, fl}
}

// first returns the longest listed phrase's length in words starting with word (0: none).
func (ps *phraseSet) first(word string) uint8 { return ps.word(word).flags & phraseLongest }

// mark sets infos[i].org for the longest listed phrase starting at each token.
func (ps *phraseSet) mark(lowers []string, ids []int32, words []phraseWord, infos []tokInfo) {
	ps.markInto(lowers, ids, words, infos, func(ti *tokInfo, v uint8) { ti.org = v })
}

// markInto sets, through set, the longest listed phrase starting at each token: kind in
// the high bits, 1 for the first word, 2 for the following ones. words is the table's
// answer for each word id (phraseSet.word). A candidate grows word by word in one reused
// buffer while some key continues it ("the" + " "...): "the", "air", "new" start many
// listed names, and trying every length from the longest down cost 7% of tagging. A key
// that continues the candidate sorts right after it (PackPhrases keeps control
// characters out), so one Seek answers both whether the candidate is listed and whether
// to go on.
func (ps *phraseSet) markInto(lowers []string, ids []int32, words []phraseWord, infos []tokInfo, set func(*tokInfo, uint8)) {
	buf := make([]byte, 0, 128) // on the stack: longer phrases grow it
	for i := 0; i < len(lowers); {
		w := words[ids[i]]
		maxN := min(int(w.flags&phraseLongest), len(lowers)-i)
		matched, kind := 0, byte(0)
		if maxN >= 1 && w.flags&phraseListed != 0 {
			matched, kind = 1, w.kind
		}
		buf = append(buf[:0], lowers[i]...)
		for n := 2; n <= maxN; n++ {
			buf = append(buf, ' ')
			buf = append(buf, lowers[i+n-1]...)
			// Seek keeps nothing of its key, so the buffer is read as a string in place
			cand := unsafe.String(unsafe.SliceData(buf), len(buf))
			row, at, next := ps.t.Seek(cand)
			if at == cand {
				if r := ps.t.Record(row); r[1]&phraseListed != 0 {
					matched, kind = n, r[0]
				}
				at = next
			}
			if n == maxN || !continues(at, cand) {
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

// continues reports whether key is cand, a space and more.
func continues(key, cand string) bool {
	return len(key) > len(cand)+1 && key[len(cand)] == ' ' && key[:len(cand)] == cand
}
