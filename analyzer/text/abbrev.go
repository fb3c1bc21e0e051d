package text

import (
	"strings"

	"lede/analyzer/doc"
)

// abbreviations end with a dot that does not end a sentence (lower case, without the
// dot), besides those the word classes know with their dot: titles ("gen."), months
// ("sept."), weekdays ("thurs.") and legal forms ("corp.").
var abbreviations = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`st jr sr llc plc bros vs etc approx dept univ no nos vol fig ave blvd rd mt ft
		mass calif colo conn fla ga ill ind kan ky la md mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ariz ark del
		e.g i.e a.m p.m u.s u.k u.n`) {
		abbreviations[w] = true
	}
}

// abbreviationClasses are the word classes whose dotted forms are abbreviations.
const abbreviationClasses = doc.ClassTitle | doc.ClassMonth | doc.ClassWeekday | doc.ClassLegalSuffix

// IsAbbreviation reports whether word (without its final dot) is a known abbreviation.
func IsAbbreviation(word string) bool {
	w := strings.ToLower(word)
	return abbreviations[w] || ClassOf(w+".").Any(abbreviationClasses)
}

// IsTitleAbbreviation reports whether word (with or without its dot) is a title such as
// "Gen." or "Mr." that precedes a name.
func IsTitleAbbreviation(word string) bool {
	return ClassOf(strings.ToLower(strings.TrimSuffix(word, ".")) + ".").Has(doc.ClassTitle)
}
