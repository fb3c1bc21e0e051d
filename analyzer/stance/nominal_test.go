package stance

import (
	"strings"
	"testing"
)

// TestHasWordLowerIsFieldsOfToLower: the allocation-free reading of a name gives what
// lower-casing and splitting it gives, on names with case, spacing and letters whose
// lower case is longer or shorter in bytes.
func TestHasWordLowerIsFieldsOfToLower(t *testing.T) {
	names := []string{"U.S. Court of Appeals", "  Republican\tParty ", "", "İSTANBUL Court", "ÉCOLE Normale", "court", "Courts", "ΣΟΦΙΑ Σ"}
	words := []string{"court", "party", "of", "appeals", "", "i̇stanbul", "istanbul", "école", "normale", "courts", "σοφια", "σ", "u.s."}
	for _, n := range names {
		for _, w := range words {
			want := false
			for _, f := range strings.Fields(strings.ToLower(n)) {
				want = want || f == w
			}
			if got := hasWordLower(n, w); got != want {
				t.Errorf("hasWordLower(%q, %q) = %v, want %v", n, w, got, want)
			}
		}
	}
}
