package text

import "strings"

// VerbForms returns a verb's forms from its written entry: "criticize" -> criticize,
// criticizes, criticized, criticizing; "slam+m" doubles the final consonant; "take/took/
// taken/taking" lists irregular forms beside the regular -s and -ing. The base comes first.
func VerbForms(entry string) []string {
	parts := strings.Split(entry, "/")
	base, double := parts[0], ""
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base, double = base[:i], base[i+1:]
	}
	forms := []string{base, thirdPerson(base)}
	if len(parts) > 1 {
		forms = append(forms, parts[1:]...)
		if !hasSuffixAny(parts[len(parts)-1], "ing") {
			forms = append(forms, ingForm(base, double))
		}
		return forms
	}
	return append(forms, pastForm(base, double), ingForm(base, double))
}

func thirdPerson(v string) string {
	switch {
	case hasSuffixAny(v, "s", "sh", "ch", "x", "z", "o"):
		return v + "es"
	case len(v) > 1 && strings.HasSuffix(v, "y") && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

func pastForm(v, double string) string {
	switch {
	case double != "":
		return v + double + "ed"
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case len(v) > 1 && strings.HasSuffix(v, "y") && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func ingForm(v, double string) string {
	switch {
	case double != "":
		return v + double + "ing"
	case strings.HasSuffix(v, "ee"):
		return v + "ing"
	case strings.HasSuffix(v, "e"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func hasSuffixAny(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
