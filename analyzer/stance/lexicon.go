package stance

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"strconv"
	"strings"
	"sync"

	"lede/analyzer/internal/table"
)

// lexicon.txt is derived by tools/train-stance from the VADER lexicon (MIT, Hutto &
// Gilbert 2014) and the Hu & Liu opinion lexicon (Hu and Liu, "Mining and Summarizing
// Customer Reviews", KDD 2004), with news-specific fixes: words that name people,
// parties and institutions are dropped, and words that report violence or disaster are
// flagged as events, not opinions. One entry a line: word TAB score (-1..1) [TAB e].
// It is embedded as the table tools/pack-lists makes of it (lexicon.tbl, PackLexicon),
// read in place, so that the first analysis builds no map of it.
//
//go:embed lexicon.tbl
var lexiconTbl string

// PackedLists are the lists embedded as tables: the text each is made from (in this
// folder) and the function that packs it; tools/pack-lists writes <name>.tbl.
var PackedLists = []struct {
	Text, Table string
	Pack        func([]byte) []byte
}{
	{"lexicon.txt", "lexicon.tbl", func(b []byte) []byte { return PackLexicon(string(b)) }},
	{"model.txt", "model.tbl", func(b []byte) []byte {
		t, err := PackModel(string(b))
		if err != nil {
			panic(err)
		}
		return t
	}},
	{"predicates.txt", "predicates.tbl", func(b []byte) []byte {
		t, err := PackPredicates(string(b))
		if err != nil {
			panic(err) // as the model's: the freshness test and pack-lists report the line
		}
		return t
	}},
}

// Lexicon maps a lower-case word to its prior polarity: a table of word -> score
// (float32, -1..1) and event flag (1: a factual report of violence or disaster, not an
// opinion), 5 bytes a word.
type Lexicon struct {
	words table.Table
}

var (
	defaultLexOnce sync.Once
	defaultLex     *Lexicon
)

// DefaultLexicon returns the embedded lexicon, parsed on first use.
func DefaultLexicon() *Lexicon {
	defaultLexOnce.Do(func() {
		var err error
		if defaultLex, err = OpenLexicon(lexiconTbl); err != nil {
			panic(err) // the embedded table is checked by the tests
		}
	})
	return defaultLex
}

// ParseLexicon reads the lexicon format written by tools/train-stance; malformed lines
// are skipped. It goes through the table the embedded lexicon is read from.
func ParseLexicon(data string) *Lexicon {
	l, err := OpenLexicon(string(PackLexicon(data)))
	if err != nil {
		panic("stance: a table just built does not open: " + err.Error())
	}
	return l
}

// OpenLexicon reads a packed lexicon (PackLexicon) in place.
func OpenLexicon(tbl string) (*Lexicon, error) {
	t, err := table.Open(tbl)
	if err != nil {
		return nil, err
	}
	if t.Width() != 5 {
		return nil, errors.New("stance: lexicon table of an unknown width")
	}
	return &Lexicon{words: t}, nil
}

// PackLexicon lays the lexicon's text out as a table; a word listed twice keeps its last
// line.
func PackLexicon(data string) []byte {
	b := table.NewBuilder(5)
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 32)
		if err != nil {
			continue
		}
		rec := binary.LittleEndian.AppendUint32(nil, math.Float32bits(float32(v)))
		if len(f) > 2 && f[2] == "e" {
			rec = append(rec, 1)
		}
		b.Add(f[0], rec)
	}
	return b.Bytes()
}

// entry returns a word's score and event flag.
func (l *Lexicon) entry(w string) (score float32, event, ok bool) {
	i := l.words.Find(w)
	if i < 0 {
		return 0, false, false
	}
	r := l.words.Record(i)
	bits := uint32(r[0]) | uint32(r[1])<<8 | uint32(r[2])<<16 | uint32(r[3])<<24
	return math.Float32frombits(bits), r[4] == 1, true
}

// Score returns the prior polarity of a lower-case word and whether it is an event word.
// An inflected form missing from the lexicon takes its base form's entry ("wrecking",
// "wrecked", "wrecks" -> "wreck"): the source lexicons list mostly one form a word.
func (l *Lexicon) Score(w string) (score float32, event, ok bool) {
	if score, event, ok := l.entry(w); ok {
		return score, event, true
	}
	var buf [4]string
	for _, base := range baseForms(w, buf[:0]) {
		if score, event, ok := l.entry(base); ok {
			return score, event, true
		}
	}
	return 0, false, false
}

// baseForms appends the candidate base forms of an English inflected word, most likely
// first: -ing, -ed, -s and -es endings with the usual spelling changes (a dropped e,
// a doubled consonant, y -> ie). Words of four letters or fewer are left alone ("sing",
// "bed", "news" are not inflections).
func baseForms(w string, out []string) []string {
	n := len(w)
	if n <= 4 {
		return out
	}
	doubled := func(stem string) bool { k := len(stem); return k >= 3 && stem[k-1] == stem[k-2] }
	switch {
	case strings.HasSuffix(w, "ing"):
		stem := w[:n-3]
		out = append(out, stem, stem+"e")
		if doubled(stem) {
			out = append(out, stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "ied"):
		out = append(out, w[:n-3]+"y")
	case strings.HasSuffix(w, "ed"):
		stem := w[:n-2]
		out = append(out, stem, w[:n-1])
		if doubled(stem) {
			out = append(out, stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "ies"):
		out = append(out, w[:n-3]+"y")
	case strings.HasSuffix(w, "es"):
		out = append(out, w[:n-1], w[:n-2])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		out = append(out, w[:n-1])
	}
	return out
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return l.words.Len() }
