package text

import "strings"

// abbreviations end with a dot that does not end a sentence. Lower case, without the dot.
var abbreviations = map[string]bool{}

// titleAbbreviations precede a name; a sentence never ends after one.
var titleAbbreviations = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms messrs dr prof gen lt col maj capt cmdr cpl sgt adm gov sen rep reps sens rev fr hon pres supt det insp amb atty`) {
		titleAbbreviations[w] = true
		abbreviations[w] = true
	}
	for _, w := range strings.Fields(`st jr sr inc corp co ltd llc plc bros jan feb mar apr jun jul aug sep sept oct nov dec
		mon tue tues wed thu thur thurs fri sat sun vs etc approx dept univ no nos vol fig ave blvd rd mt ft
		mass calif colo conn fla ga ill ind kan ky la md mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ariz ark del
		e.g i.e a.m p.m u.s u.k u.n`) {
		abbreviations[w] = true
	}
}

// IsAbbreviation reports whether word (without its final dot) is a known abbreviation.
func IsAbbreviation(word string) bool { return abbreviations[strings.ToLower(word)] }

// IsTitleAbbreviation reports whether word (with or without its dot) is a title such as
// "Gen." or "Mr." that precedes a name.
func IsTitleAbbreviation(word string) bool {
	return titleAbbreviations[strings.ToLower(strings.TrimSuffix(word, "."))]
}
