package text

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"lede/analyzer/doc"
	"lede/analyzer/internal/table"
)

// classes.txt is the list as written; the analyzer embeds classes.tbl, the hashed table
// tools/pack-lists makes of it (PackClasses): a word -> its classes (u32) and calendar
// number (int8), 5 bytes a word, read in place, so that no map is built at start and a
// look-up, once a token, is one hash.
//
//go:embed classes.tbl
var classesTbl string

// PackedLists are the lists of this package embedded as tables: the text each is made
// from (in this folder) and the function that packs it; tools/pack-lists writes
// <name>.tbl.
var PackedLists = []struct {
	Text, Table string
	Pack        func([]byte) ([]byte, error)
}{
	{"classes.txt", "classes.tbl", func(b []byte) ([]byte, error) { return PackClasses(string(b)) }},
}

// classRecord is the bytes of a word's record: its classes, u32 little-endian, then its
// calendar number as an int8.
const classRecord = 5

// classNames are the class names of classes.txt, read by the packer only.
func classNames() map[string]doc.WordClass {
	return map[string]doc.WordClass{
		"det": doc.ClassDeterminer, "pron": doc.ClassPronoun, "poss": doc.ClassPossessive,
		"refl": doc.ClassReflexive, "prep": doc.ClassPreposition, "conj": doc.ClassConjunction,
		"sub": doc.ClassSubordinator, "rel": doc.ClassRelative, "aux": doc.ClassAuxiliary,
		"modal": doc.ClassModal, "neg": doc.ClassNegation, "weekday": doc.ClassWeekday,
		"month": doc.ClassMonth, "title": doc.ClassTitle, "particle": doc.ClassNameParticle,
		"male": doc.ClassMale, "female": doc.ClassFemale, "plural": doc.ClassPlural,
		"first": doc.ClassFirstPerson, "second": doc.ClassSecondPerson, "third": doc.ClassThirdPerson,
		"wh": doc.ClassWh, "quant": doc.ClassQuantifier, "legal": doc.ClassLegalSuffix, "time": doc.ClassTime,
		"courtesy": doc.ClassCourtesy, "royal": doc.ClassRoyal,
		"nom": doc.ClassNominative, "acc": doc.ClassAccusative,
		"be": doc.ClassBe, "have": doc.ClassHave, "interj": doc.ClassInterjection,
	}
}

// PackClasses reads the classes.txt format (a word, then its class names, a class with
// a number as name=N) into the table the analyzer embeds. A word on several lines takes
// the classes of all of them and the last number given.
func PackClasses(data string) ([]byte, error) {
	names := classNames()
	classOf := map[string]doc.WordClass{}
	calendarOf := map[string]int{}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var c doc.WordClass
		for _, n := range f[1:] {
			if name, num, ok := strings.Cut(n, "="); ok {
				v, err := strconv.Atoi(num)
				if err != nil || v < -128 || v > 127 {
					return nil, fmt.Errorf("classes.txt: bad number in %s for %s", n, f[0])
				}
				n = name
				calendarOf[f[0]] = v
			}
			cl, ok := names[n]
			if !ok {
				return nil, fmt.Errorf("classes.txt: unknown class %s for %s", n, f[0])
			}
			c |= cl
		}
		classOf[f[0]] |= c
	}
	b := table.NewBuilder(classRecord)
	for w, c := range classOf {
		var rec [classRecord]byte
		binary.LittleEndian.PutUint32(rec[:], uint32(c))
		rec[4] = byte(int8(calendarOf[w]))
		b.Add(w, rec[:])
	}
	return b.HashBytes(), nil
}

var (
	classesOnce sync.Once
	classes     table.Hash
)

// openClasses opens the embedded table (a header check: nothing is parsed). A table that
// does not open (TestPackedListsFresh fails on it) reads as empty, not as a panic, so
// that tools/pack-lists, which imports this package, still runs to repack it.
func openClasses() {
	var err error
	if classes, err = table.OpenHash(classesTbl); err != nil {
		classes = table.Hash{}
	}
}

// classRow is the classes and calendar number of row i.
func classRow(i int) (doc.WordClass, int) {
	r := classes.Record(i)
	return doc.WordClass(uint32(r[0]) | uint32(r[1])<<8 | uint32(r[2])<<16 | uint32(r[3])<<24), int(int8(r[4]))
}

// lookUpClass is a lower-case word's classes and calendar number, zeros when it has none.
func lookUpClass(lower string) (doc.WordClass, int) {
	classesOnce.Do(openClasses)
	if i := classes.Find(lower); i >= 0 {
		return classRow(i)
	}
	return 0, 0
}

// ClassOf returns the closed classes of a lower-case word ("her": pronoun, possessive,
// female, third person), 0 for an open-class word. Typographic apostrophes must already
// be folded (as Token.Lower has them).
func ClassOf(lower string) doc.WordClass {
	c, _ := lookUpClass(lower)
	return c
}

// Is reports whether a lower-case word is in every class of c.
func Is(lower string, c doc.WordClass) bool { return ClassOf(lower).Has(c) }

// classify fills Token.Class for every token.
func classify(toks []doc.Token) {
	for i := range toks {
		if toks[i].Kind == doc.TokWord {
			toks[i].Class = ClassOf(toks[i].Lower)
		}
	}
}

// MonthOf returns 1..12 for a lower-case month name or abbreviation ("sept.", "sept",
// "september"), 0 for any other word.
func MonthOf(lower string) int {
	if c, n := lookUpClass(lower); c.Has(doc.ClassMonth) {
		return n
	}
	return 0
}

// WeekdayOf returns the ISO weekday (Monday 1 .. Sunday 7) of a lower-case day name or
// abbreviation, its negative for a plural ("mondays": -1), 0 for any other word.
func WeekdayOf(lower string) int {
	if c, n := lookUpClass(lower); c.Has(doc.ClassWeekday) {
		return n
	}
	return 0
}

// WordsOf lists, sorted, the words of classes.txt that are in every class of c (for a
// stage that keys its own tables by word).
func WordsOf(c doc.WordClass) []string {
	return wordsWhere(func(wc doc.WordClass) bool { return wc.Has(c) })
}

// WordsIn lists, sorted, the words of classes.txt that are in any class of c: the
// closed-class part of a stage's own word table ("ends a speaker phrase": conjunctions,
// relatives, prepositions ... plus the stage's words).
func WordsIn(c doc.WordClass) []string {
	return wordsWhere(func(wc doc.WordClass) bool { return wc.Any(c) })
}

// WordSet is a stage's own word table: the words of classes c (any of them) and the
// stage's own words (each argument may hold several, separated by spaces). The classes'
// members are never written out in a stage.
func WordSet(c doc.WordClass, own ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range WordsIn(c) {
		m[w] = true
	}
	for _, o := range own {
		for _, w := range strings.Fields(o) {
			m[w] = true
		}
	}
	return m
}

func wordsWhere(keep func(doc.WordClass) bool) []string {
	classesOnce.Do(openClasses)
	var out []string
	for i := range classes.Len() { // rows are in key order: out is sorted
		if wc, _ := classRow(i); keep(wc) {
			out = append(out, classes.Key(i))
		}
	}
	return out
}
