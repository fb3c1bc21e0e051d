package analyzer

import (
	"reflect"
	"strings"
	"time"
)

// checkRefDate tells a date that is not written YYYY-MM-DD ("June 3", "2023-6-3") from
// one that is but names no day of the calendar ("2023-02-30", "2023-13-01").
func checkRefDate(s string) error {
	if !isDateForm(s) {
		return inputErrorf("reference date %q is not a date of the form YYYY-MM-DD", s)
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return inputErrorf("reference date %q is not a calendar date (no such day)", s)
	}
	return nil
}

// isDateForm: four digits, a hyphen, two digits, a hyphen, two digits.
func isDateForm(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// OptionNames are the options lede.analyze takes in its second argument (a batch line
// takes these and id, text and html).
var OptionNames = []string{"refDate", "html", "targets", "corrections"}

// CheckNames fails on the first name not in known: a misspelled option ("refdate") is
// an error, not a setting silently ignored. where says what the names belong to.
func CheckNames(where string, names, known []string) error {
	for _, n := range names {
		if indexOf(known, n) >= 0 {
			continue
		}
		for _, k := range known {
			if strings.EqualFold(k, n) || strings.EqualFold(strings.ReplaceAll(n, "_", ""), k) {
				return inputErrorf("%s: unknown option %q (did you mean %q?)", where, n, k)
			}
		}
		return inputErrorf("%s: unknown option %q (known: %s)", where, n, strings.Join(known, ", "))
	}
	return nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// requestFields are the JSON names of Request's fields, read from its tags so that a
// field added there is known here.
var requestFields = func() []string {
	var names []string
	t := reflect.TypeOf(Request{})
	for i := 0; i < t.NumField(); i++ {
		if n, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); n != "" && n != "-" {
			names = append(names, n)
		}
	}
	return names
}()
