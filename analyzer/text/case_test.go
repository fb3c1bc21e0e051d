package text

import (
	"testing"
	"unicode"
)

// IsAllCaps reads ASCII bytes without decoding; it answers as the rune-by-rune test.
func TestIsAllCaps(t *testing.T) {
	ref := func(w string) bool {
		has := false
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			has = has || unicode.IsUpper(r)
		}
		return has
	}
	for _, w := range []string{"", "NATO", "Nato", "nato", "U.S.", "3M", "123", "AT&T", "ÉCOLE",
		"École", "ÉCOLe", "ΑΘΗΝΑ", "Αθηνα", "ǅ", "Xǅ", "\xff", "A\xffB", "a\xff", "Ö-", "-"} {
		if got, want := IsAllCaps(w), ref(w); got != want {
			t.Errorf("IsAllCaps(%q) = %v, want %v", w, got, want)
		}
	}
}
