package entity

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"strconv"
	"strings"

	"lede/analyzer/internal/table"
)

// Gazetteer kinds, as the first field of a gazetteer line.
const (
	GazCountry byte = 'C'
	GazCity    byte = 'T'
	GazRegion  byte = 'R'
)

// Lexicon holds the word lists the tagger and the resolver use: word clusters with a
// capitalisation prior, gazetteer phrases and given names with their sex.
type Lexicon struct {
	// words: lower-cased word -> coarse u16, fine u16, capitalisation prior bucket u8
	// (0..4: how often the word is capitalised mid-sentence) and, when the list has a
	// second, independent clustering, its coarse2 u16 and fine2 u16 (clusters.tbl)
	words table.Table

	gaz     *phraseSet  // lower-cased phrase (words joined by one space) -> kind (gazetteer.tbl)
	names   table.Table // lower-cased given name -> 1 male, 2 female (names.tbl)
	dict    *PhraseDict // entity phrases of the training text (nil: none)
	reps    *wordReps   // GloVe clusters and frequency ranks (nil: none)
	orgs    *phraseSet  // organisation names (orgs.tbl; nil: none)
	wordnet *phraseSet  // WordNet's names by kind (wordnet.tbl; nil: none)
}

// SetPhrases reads the phrase dictionary (phrases.bin) into lx.
func (lx *Lexicon) SetPhrases(b []byte) error {
	pd, err := UnmarshalPhraseDict(b)
	if err != nil {
		return err
	}
	lx.dict = pd
	return nil
}

// ParseLexicon reads the three word lists the trainer writes:
//
//	clusters:  word TAB coarse TAB fine TAB capBucket [TAB coarse2 TAB fine2]
//	gazetteer: kind TAB phrase        (kind C country, T city, R region; phrase lower case)
//	names:     name TAB M|F
//
// The clusters and names go through the tables the embedded lexicon is read from
// (PackClusters, PackNames), so a trainer and the analyzer look words up alike.
func ParseLexicon(clusters, gazetteer, names []byte) *Lexicon {
	lx, err := OpenLexicon(string(PackClusters(clusters)), string(PackNames(names)), string(PackPhrases(gazetteer)))
	if err != nil {
		panic("entity: a table just built does not open: " + err.Error())
	}
	return lx
}

// OpenLexicon reads the packed clusters, names and gazetteer (clusters.tbl, names.tbl,
// gazetteer.tbl) in place.
func OpenLexicon(clustersTbl, namesTbl, gazetteerTbl string) (*Lexicon, error) {
	lx := &Lexicon{}
	var err error
	if lx.words, err = table.Open(clustersTbl); err != nil {
		return nil, err
	}
	if w := lx.words.Width(); w != 5 && w != 9 {
		return nil, errors.New("entity: clusters table of an unknown width")
	}
	if lx.names, err = table.Open(namesTbl); err != nil {
		return nil, err
	}
	if lx.gaz, err = openPhrases(gazetteerTbl); err != nil {
		return nil, err
	}
	return lx, nil
}

// PackClusters lays clusters.txt out as a table (see Lexicon.words); a word listed
// twice keeps its last line, and the second clustering is kept only when every line
// has it.
func PackClusters(clusters []byte) []byte {
	type row struct{ c, fi, cp, c2, f2 int }
	var rows []row
	var words []string
	all2 := true
	eachLine(clusters, func(f []string) {
		if len(f) < 4 {
			return
		}
		var r row
		r.c, _ = strconv.Atoi(f[1])
		r.fi, _ = strconv.Atoi(f[2])
		r.cp, _ = strconv.Atoi(f[3])
		if len(f) >= 6 {
			r.c2, _ = strconv.Atoi(f[4])
			r.f2, _ = strconv.Atoi(f[5])
		} else {
			all2 = false
		}
		rows, words = append(rows, r), append(words, f[0])
	})
	width := 5
	if all2 && len(rows) > 0 {
		width = 9
	}
	b := table.NewBuilder(width)
	for i, r := range rows {
		rec := binary.LittleEndian.AppendUint16(nil, uint16(r.c))
		rec = binary.LittleEndian.AppendUint16(rec, uint16(r.fi))
		rec = append(rec, uint8(r.cp))
		rec = binary.LittleEndian.AppendUint16(rec, uint16(r.c2))
		rec = binary.LittleEndian.AppendUint16(rec, uint16(r.f2))
		b.Add(words[i], rec)
	}
	return b.Bytes()
}

// PackNames lays names.txt out as a table: name -> 1 (M) or 2 (F); other lines are
// skipped.
func PackNames(names []byte) []byte {
	b := table.NewBuilder(1)
	eachLine(names, func(f []string) {
		if len(f) < 2 {
			return
		}
		switch f[1] {
		case "M":
			b.Add(f[0], []byte{1})
		case "F":
			b.Add(f[0], []byte{2})
		}
	})
	return b.Bytes()
}

var errPhraseWidth = errors.New("entity: phrase table of an unknown width")

func eachLine(b []byte, f func([]string)) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f(strings.Split(line, "\t"))
	}
}

func (lx *Lexicon) wordIndex(lower string) int32 { return int32(lx.words.Find(lower)) }

// rows is the number of words with clusters (wordIndex's rows are 0..rows-1).
func (lx *Lexicon) rows() int { return lx.words.Len() }

func le16(s string, i int) uint16 { return uint16(s[i]) | uint16(s[i+1])<<8 }

// cluster returns the coarse and fine cluster of row i (0xffff for unknown words).
func (lx *Lexicon) cluster(i int32) (uint16, uint16) {
	if i < 0 {
		return 0xffff, 0xffff
	}
	r := lx.words.Record(int(i))
	return le16(r, 0), le16(r, 2)
}

// cluster2 returns the second clustering's coarse and fine cluster of row i.
func (lx *Lexicon) cluster2(i int32) (uint16, uint16) {
	if i < 0 || lx.words.Width() < 9 {
		return 0xffff, 0xffff
	}
	r := lx.words.Record(int(i))
	return le16(r, 5), le16(r, 7)
}

// capPrior returns the capitalisation bucket of row i, 9 for unknown words.
func (lx *Lexicon) capPrior(i int32) byte {
	if i < 0 {
		return 9
	}
	return lx.words.Record(int(i))[4]
}

// givenName returns 1 (male), 2 (female) or 0 for a lower-cased word.
func (lx *Lexicon) givenName(lower string) uint8 {
	if i := lx.names.Find(lower); i >= 0 {
		return lx.names.Record(i)[0]
	}
	return 0
}

// Gender of a given name: 1 male, 2 female, 0 unknown.
func (lx *Lexicon) Gender(name string) uint8 { return lx.givenName(strings.ToLower(name)) }

// Place returns the gazetteer kind of a phrase (lower-cased), or 0.
func (lx *Lexicon) Place(phrase string) byte { return lx.gaz.kind(strings.ToLower(phrase)) }

// markGazetteer sets infos[i].gaz for the longest gazetteer phrase starting at each
// token: kind in the high bits, 1 for the first word, 2 for the following ones.
func (lx *Lexicon) markGazetteer(lowers []string, ids []int32, gazWords []phraseWord, infos []tokInfo) {
	lx.gaz.markInto(lowers, ids, gazWords, infos, func(ti *tokInfo, v uint8) { ti.gaz = v })
}

// hasClusters2 reports whether the list has the second clustering.
func (lx *Lexicon) hasClusters2() bool { return lx.words.Width() == 9 }
