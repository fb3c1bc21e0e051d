package text

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"lede/analyzer/doc"
)

//go:embed classes.txt
var classesTxt string

var classNames = map[string]doc.WordClass{
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

var (
	classesOnce sync.Once
	classOf     map[string]doc.WordClass
	calendarOf  map[string]int // month 1..12, or weekday 1..7 (negative: plural)
)

// loadClasses reads classes.txt (about 400 lines, parsed once on first use).
func loadClasses() {
	classOf = make(map[string]doc.WordClass, 512)
	calendarOf = make(map[string]int, 64)
	for _, line := range strings.Split(classesTxt, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var c doc.WordClass
		for _, n := range f[1:] {
			if name, num, ok := strings.Cut(n, "="); ok {
				v, err := strconv.Atoi(num)
				if err != nil {
					panic("text/classes.txt: bad number in " + n + " for " + f[0])
				}
				n = name
				calendarOf[f[0]] = v
			}
			cl, ok := classNames[n]
			if !ok {
				panic("text/classes.txt: unknown class " + n + " for " + f[0])
			}
			c |= cl
		}
		classOf[f[0]] |= c
	}
}

// ClassOf returns the closed classes of a lower-case word ("her": pronoun, possessive,
// female, third person), 0 for an open-class word. Typographic apostrophes must already
// be folded (as Token.Lower has them).
func ClassOf(lower string) doc.WordClass {
	classesOnce.Do(loadClasses)
	return classOf[lower]
}

// Is reports whether a lower-case word is in every class of c.
func Is(lower string, c doc.WordClass) bool { return ClassOf(lower).Has(c) }

// classify fills Token.Class for every token.
func classify(toks []doc.Token) {
	classesOnce.Do(loadClasses)
	for i := range toks {
		if toks[i].Kind == doc.TokWord {
			toks[i].Class = classOf[toks[i].Lower]
		}
	}
}

// MonthOf returns 1..12 for a lower-case month name or abbreviation ("sept.", "sept",
// "september"), 0 for any other word.
func MonthOf(lower string) int {
	if !ClassOf(lower).Has(doc.ClassMonth) {
		return 0
	}
	return calendarOf[lower]
}

// WeekdayOf returns the ISO weekday (Monday 1 .. Sunday 7) of a lower-case day name or
// abbreviation, its negative for a plural ("mondays": -1), 0 for any other word.
func WeekdayOf(lower string) int {
	if !ClassOf(lower).Has(doc.ClassWeekday) {
		return 0
	}
	return calendarOf[lower]
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
	classesOnce.Do(loadClasses)
	var out []string
	for w, wc := range classOf {
		if keep(wc) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
