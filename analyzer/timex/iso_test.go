package timex

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// TestISOTimeRestMatchesRegexp: the hand reader against the pattern it replaces.
func TestISOTimeRestMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(\d{2})[Tt](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?[Zz]?$`)
	texts := []string{"12T10:30:00Z", "12t10:30", "12T10:30:00.123", "12T10:30:00,5z", "12T10:30:0", "12T10:30:", "12T10:30Zz", "12T10:30:00.", "1T10:30", ""}
	parts := []string{"1", "12", "T", "t", ":", ".", ",", "Z", "z", "x", "00"}
	r := rand.New(rand.NewSource(14))
	for range 100000 {
		var b strings.Builder
		for n := r.Intn(12); n >= 0; n-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		d, h, m, ok := isoTimeRest(s)
		w := re.FindStringSubmatch(s)
		if ok != (w != nil) || ok && (d != w[1] || h != w[2] || m != w[3]) {
			t.Fatalf("isoTimeRest(%q) = %q %q %q %v, regexp %q", s, d, h, m, ok, w)
		}
	}
}
