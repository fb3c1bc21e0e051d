package text

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The hand matchers of scan.go against the regular expressions they replace, on short
// written cases and on random strings over the characters the patterns care about.

var (
	datelineRe = regexp.MustCompile(`(?m)^[\p{Lu}][\p{L}.' -]{1,40},\s+(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<mon2>[A-Z][a-z]{2,8})\.?)(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]`)
	yearRe     = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
	spaceRun   = regexp.MustCompile(`[\s\x{00A0}]+`)
	isoDateRe  = regexp.MustCompile(`^\s*(\d{4})-(\d{2})-(\d{2})`)
)

var scanCases = []string{
	"WASHINGTON, July 12 (Reuters) - The", "LONDON, Jan. 5, 2024 (AP) — A", "Moscow, 12 July 2023 - x",
	"Intro.\nST. PAUL, Minn., Sept 3 -", "ZÜRICH, 3 March: a", "Paris, Julyyyyyyy 3 -", "Rome, July 123 -",
	"Rome, July 12 20234 -", "Rome, July 12, 2023x -", "Rome, July 12 (" + strings.Repeat("a", 31) + ") -",
	"Rome,July 12 -", "Rome, July 12", "A, 1 Ma -", "x\n\nBERLIN,\n  2  Feb.  (dpa):", "\xffROME, July 1 -",
	"Rome, 12 July. (AP)-", "Rome, 12 July.-", "São Paulo, 9 June 1999 – text", "New York, Dec 31 —",
	"in 1999 and 2023, 20231, a2023, 2023b, 1899, 2099_ 2100", " 2023-07-12T10:00", "2023-7-12", "\t\n2023-07-12",
	"a\u00a0\u00a0b \t c\n", "\u00a0", "", "  ", "x\xc2\xa0y\xe0\xc2\xa0z",
}

func randomScanText(r *rand.Rand) string {
	parts := []string{"A", "Ro", "ME", "é", "Ü", "ß", ".", "'", " ", "-", ",", ", ", "\n", "\t", "July", "Jan", "Sept", "Ma",
		"1", "12", "123", "19", "20", "2023", "1999", "(", ")", "(AP)", "–", "—", ":", "x", "_", "\u00a0", "\xff", "T", "Z"}
	var b strings.Builder
	for n := r.Intn(14); n >= 0; n-- {
		b.WriteString(parts[r.Intn(len(parts))])
	}
	return b.String()
}

func TestScanMatchesRegexps(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	texts := append([]string{}, scanCases...)
	for range 200000 {
		texts = append(texts, randomScanText(r))
	}
	for _, s := range texts {
		want := datelineRe.FindStringSubmatchIndex(s)
		got, ok := findDateline(s)
		if ok != (want != nil) {
			t.Fatalf("findDateline(%q) = %v, regexp %v", s, ok, want)
		}
		if ok {
			group := func(name string) string {
				i := datelineRe.SubexpIndex(name)
				if want[2*i] < 0 {
					return ""
				}
				return s[want[2*i]:want[2*i+1]]
			}
			mon, day := group("mon"), group("day")
			if mon == "" {
				mon, day = group("mon2"), group("day2")
			}
			if got.start != want[0] || got.end != want[1] || got.month != mon || got.day != day || got.year != group("year") {
				t.Fatalf("findDateline(%q) = %+v, regexp %v (%q %q %q)", s, got, want, mon, day, group("year"))
			}
		}
		if got, want := strings.Join(years(s), "|"), strings.Join(yearRe.FindAllString(s, -1), "|"); got != want {
			t.Fatalf("years(%q) = %q, regexp %q", s, got, want)
		}
		if got, want := collapseRuns(s), spaceRun.ReplaceAllString(s, " "); got != want {
			t.Fatalf("collapseRuns(%q) = %q, regexp %q", s, got, want)
		}
		y, m, d, ok := isoDatePrefix(s)
		wm := isoDateRe.FindStringSubmatch(s)
		if ok != (wm != nil) || ok && (y != wm[1] || m != wm[2] || d != wm[3]) {
			t.Fatalf("isoDatePrefix(%q) = %q %q %q %v, regexp %q", s, y, m, d, ok, wm)
		}
	}
}
