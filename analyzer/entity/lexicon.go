package entity

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
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
	index  map[string]int32 // lower-cased word -> row
	coarse []uint16
	fine   []uint16
	cap    []uint8 // capitalisation prior bucket 0..4 (how often the word is capitalised mid-sentence)
	// coarse2 and fine2 are a second, independent clustering (nil when the list has one)
	coarse2, fine2 []uint16

	gaz     *phraseSet       // lower-cased phrase (words joined by one space) -> kind
	names   map[string]uint8 // lower-cased given name -> 1 male, 2 female
	dict    *PhraseDict      // entity phrases of the training text (nil: none)
	reps    *wordReps        // GloVe clusters and frequency ranks (nil: none)
	orgs    *phraseSet       // organisation names (nil: none)
	wordnet *phraseSet       // WordNet's names by kind (nil: none)
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
func ParseLexicon(clusters, gazetteer, names []byte) *Lexicon {
	lx := &Lexicon{index: map[string]int32{}, gaz: newPhraseSet(), names: map[string]uint8{}}
	eachLine(clusters, func(f []string) {
		if len(f) < 4 {
			return
		}
		c, _ := strconv.Atoi(f[1])
		fi, _ := strconv.Atoi(f[2])
		cp, _ := strconv.Atoi(f[3])
		lx.index[f[0]] = int32(len(lx.coarse))
		lx.coarse = append(lx.coarse, uint16(c))
		lx.fine = append(lx.fine, uint16(fi))
		lx.cap = append(lx.cap, uint8(cp))
		if len(f) >= 6 {
			c2, _ := strconv.Atoi(f[4])
			f2, _ := strconv.Atoi(f[5])
			lx.coarse2 = append(lx.coarse2, uint16(c2))
			lx.fine2 = append(lx.fine2, uint16(f2))
		}
	})
	if len(lx.fine2) != len(lx.fine) {
		lx.coarse2, lx.fine2 = nil, nil
	}
	eachLine(gazetteer, func(f []string) {
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return
		}
		lx.AddGazetteer(f[0][0], f[1])
	})
	eachLine(names, func(f []string) {
		if len(f) < 2 {
			return
		}
		switch f[1] {
		case "M":
			lx.names[f[0]] = 1
		case "F":
			lx.names[f[0]] = 2
		}
	})
	return lx
}

// AddGazetteer adds a lower-case phrase of the given kind.
func (lx *Lexicon) AddGazetteer(kind byte, phrase string) { lx.gaz.add(kind, phrase) }

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

func (lx *Lexicon) wordIndex(lower string) int32 {
	if i, ok := lx.index[lower]; ok {
		return i
	}
	return -1
}

// cluster returns the coarse and fine cluster of row i (0xffff for unknown words).
func (lx *Lexicon) cluster(i int32) (uint16, uint16) {
	if i < 0 {
		return 0xffff, 0xffff
	}
	return lx.coarse[i], lx.fine[i]
}

// cluster2 returns the second clustering's coarse and fine cluster of row i.
func (lx *Lexicon) cluster2(i int32) (uint16, uint16) {
	if i < 0 || lx.fine2 == nil {
		return 0xffff, 0xffff
	}
	return lx.coarse2[i], lx.fine2[i]
}

// capPrior returns the capitalisation bucket of row i, 9 for unknown words.
func (lx *Lexicon) capPrior(i int32) byte {
	if i < 0 {
		return 9
	}
	return lx.cap[i]
}

// givenName returns 1 (male), 2 (female) or 0 for a lower-cased word.
func (lx *Lexicon) givenName(lower string) uint8 { return lx.names[lower] }

// Gender of a given name: 1 male, 2 female, 0 unknown.
func (lx *Lexicon) Gender(name string) uint8 { return lx.names[strings.ToLower(name)] }

// Place returns the gazetteer kind of a phrase (lower-cased), or 0.
func (lx *Lexicon) Place(phrase string) byte { return lx.gaz.kind[strings.ToLower(phrase)] }

// markGazetteer sets infos[i].gaz for the longest gazetteer phrase starting at each
// token: kind in the high bits, 1 for the first word, 2 for the following ones.
func (lx *Lexicon) markGazetteer(lowers []string, ids []int32, gazFirst []uint8, infos []tokInfo) {
	lx.gaz.markInto(lowers, ids, gazFirst, infos, func(ti *tokInfo, v uint8) { ti.gaz = v })
}
