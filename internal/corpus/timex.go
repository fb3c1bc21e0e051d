package corpus

import (
	"fmt"
	"strings"

	"lede/analyzer/doc"
)

// TimexScore counts TempEval-3 style matches of time expressions: a relaxed match
// overlaps the gold span, a strict one has it exactly; the type and the value are judged
// on the relaxed matches (the value under NormTimexValue, and as written).
type TimexScore struct {
	Docs, Gold, Sys int
	Strict, Relaxed int // matched pairs
	TypeOK, ValueOK int // over relaxed matches
	ValueExact      int // values equal as written, before normalising equivalent spellings
}

// TimexPair is how one gold expression fared: the system expression it pairs with (-1
// for none) and what of it is right.
type TimexPair struct {
	Sys                        int
	Strict, Type, Value, Exact bool
}

// Add scores one document: each gold expression pairs with the system expression not
// yet paired that has the same span, else with the last one that overlaps it (kept as
// it was when the figures were taken; pairing with the first overlapping one
// gives the same figures on the TimeML corpus today). It returns each gold
// expression's pair, and which system expressions were paired.
func (s *TimexScore) Add(gold []TimeMLTimex, sys []doc.Timex) (pairs []TimexPair, used []bool) {
	s.Docs++
	s.Gold += len(gold)
	s.Sys += len(sys)
	used = make([]bool, len(sys))
	pairs = make([]TimexPair, len(gold))
	for gi, g := range gold {
		found := -1
		for i, t := range sys {
			if !used[i] && t.Start < g.End && g.Start < t.End {
				found = i
				if t.Span == g.Span {
					break
				}
			}
		}
		pairs[gi].Sys = found
		if found < 0 {
			continue
		}
		used[found] = true
		t := sys[found]
		value := t.Value.String()
		p := TimexPair{Sys: found, Strict: t.Span == g.Span, Type: t.Type.String() == g.Type,
			Value: NormTimexValue(value) == NormTimexValue(g.Value), Exact: value == g.Value}
		pairs[gi] = p
		s.Relaxed++
		s.Strict += b2i(p.Strict)
		s.TypeOK += b2i(p.Type)
		s.ValueOK += b2i(p.Value)
		s.ValueExact += b2i(p.Exact)
	}
	return pairs, used
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// NormTimexValue rewrites a TIMEX3 value into one spelling of the same meaning, so that the
// scorer does not count spelling conventions as errors: ISO week numbers with or
// without the zero ("1998-W7" = "1998-W07"), decades and centuries written with X
// ("199X" = "199", "19XX" = "19"), trailing unknown fields that add nothing
// ("1968-XX" = "1968"), whole hours ("T17" = "T17:00") and the older duration units
// (decade E/DE, century C/CE, millennium L/ML, quarter Q as years and months: "P1E" =
// "P10Y", "P2Q" = "P6M"). It never makes a value less precise than its meaning.
func NormTimexValue(v string) string {
	if v == "" {
		return v
	}
	if v[0] == 'P' {
		return normDuration(v)
	}
	date, tm := v, ""
	if k := strings.IndexByte(v, 'T'); k >= 0 {
		date, tm = v[:k], v[k:]
	}
	if len(tm) == 3 && isDigits(tm[1:]) {
		tm += ":00" // T17 = T17:00
	}
	if len(date) == 4 && isDigits(date[:3]) && date[3] == 'X' {
		date = date[:3] // 199X: the decade
	} else if len(date) == 4 && isDigits(date[:2]) && date[2:] == "XX" {
		date = date[:2] // 19XX: the century
	}
	if k := strings.Index(date, "-W"); k == 4 && len(date) == 7 && isDigits(date[6:]) {
		date = date[:6] + "0" + date[6:] // 1998-W7
	}
	if tm == "" && len(date) > 4 && isDigits(date[:4]) {
		for strings.HasSuffix(date, "-XX") {
			date = date[:len(date)-3]
		}
	}
	return date + tm
}

// normDuration spells a one-unit duration with Y, M, W, D (and the time units) only.
func normDuration(v string) string {
	if len(v) < 3 || strings.HasPrefix(v, "PT") {
		return v
	}
	k := 1
	for k < len(v) && (v[k] >= '0' && v[k] <= '9' || v[k] == 'X') {
		k++
	}
	num, u := v[1:k], v[k:]
	if num == "" || strings.Contains(num[min(1, len(num)):], "X") {
		return v
	}
	times := func(f int) string {
		if num == "X" {
			return v
		}
		n := 0
		for i := 0; i < len(num); i++ {
			n = n*10 + int(num[i]-'0')
		}
		return "P" + fmt.Sprint(n*f)
	}
	switch u {
	case "E", "DE":
		if num == "X" {
			return "PXDE"
		}
		return times(10) + "Y"
	case "C", "CE":
		if num == "X" {
			return "PXCE"
		}
		return times(100) + "Y"
	case "L", "ML":
		if num == "X" {
			return "PXML"
		}
		return times(1000) + "Y"
	case "Q":
		if num == "X" {
			return v
		}
		return times(3) + "M"
	}
	return v
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
