package stance

import "testing"

// Both model file versions parse to the same logits up to a shift common to the three
// classes: v1 writes three weights, v2 negative and positive relative to neutral.
func TestParseModelVersions(t *testing.T) {
	v1 := ParseModel("lede-stance v1 scale 100\nb:\t10 -20 30\nbad line\n")
	v2 := ParseModel("lede-stance v2 scale 100\nb:\t30 50\nu:x\t1\n")
	if v1.Len() != 1 || v2.Len() != 1 {
		t.Fatalf("lengths %d, %d; want 1, 1 (malformed lines skipped)", v1.Len(), v2.Len())
	}
	a, b := *v1.w.get(hashKey("b:")), *v2.w.get(hashKey("b:"))
	for c := range a {
		// a[c]-a[neutral] must equal b[c]-b[neutral]
		if d := (a[c] - a[ClassNeutral]) - (b[c] - b[ClassNeutral]); d > 1e-6 || d < -1e-6 {
			t.Errorf("class %d: v1 %v, v2 %v", c, a, b)
		}
	}
}
