package corpus

import "testing"

func TestNormTimexValue(t *testing.T) {
	same := [][2]string{
		{"1998-W7", "1998-W07"}, {"199X", "199"}, {"19XX", "19"}, {"1968-XX", "1968"},
		{"1994-XX-XX", "1994"}, {"1998-10-XX", "1998-10"}, {"1989-11-06T17", "1989-11-06T17:00"},
		{"P1E", "P10Y"}, {"P2DE", "P20Y"}, {"P2Q", "P6M"}, {"PXC", "PXCE"}, {"PXE", "PXDE"},
		{"P2L", "P2000Y"}, {"P1Y", "P1Y"}, {"PRESENT_REF", "PRESENT_REF"},
	}
	for _, c := range same {
		if a, b := NormTimexValue(c[0]), NormTimexValue(c[1]); a != b {
			t.Errorf("NormTimexValue(%q) = %q, NormTimexValue(%q) = %q: want equal", c[0], a, c[1], b)
		}
	}
	differ := [][2]string{
		{"1998-W05", "1998-WXX"}, {"1992-05-10", "1992"}, {"198", "1989"}, {"P1W", "P7D"},
		{"1998-10-XXTNI", "1998-10TNI"}, {"XXXX-10", "1998-10"}, {"1989-Q3", "1989"},
	}
	for _, c := range differ {
		if a, b := NormTimexValue(c[0]), NormTimexValue(c[1]); a == b {
			t.Errorf("NormTimexValue(%q) = NormTimexValue(%q) = %q: want different", c[0], c[1], a)
		}
	}
}
