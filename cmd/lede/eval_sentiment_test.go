package main

import (
	"math"
	"testing"
)

// TestCodePointsToUTF16: NewsMTSC offsets count code points (Python); the API counts
// UTF-16 units, so a character outside the BMP shifts later offsets by one.
func TestCodePointsToUTF16(t *testing.T) {
	s := "é😀a" // code points: é, 😀, a
	got := codePointsToUTF16(s)
	want := []int{0, 1, 3, 4}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
	if b := codePointsToBytes(s); b[1] != 2 || b[2] != 6 || b[3] != 7 {
		t.Errorf("byte offsets %v", b)
	}
}

func TestConfusionF1(t *testing.T) {
	var c confusion
	c[0][0], c[0][1] = 2, 1 // negative: 2 right, 1 called neutral
	c[1][1] = 3
	c[2][2], c[2][0] = 1, 1
	f := c.F1()
	// negative: tp 2, fp 1, fn 1 -> 4/6; neutral: tp 3, fp 1, fn 0 -> 6/7; positive: tp 1, fn 1 -> 2/3
	for k, w := range []float64{4.0 / 6, 6.0 / 7, 2.0 / 3} {
		if math.Abs(f[k]-w) > 1e-9 {
			t.Errorf("F1[%d] = %v, want %v", k, f[k], w)
		}
	}
	if a := c.Accuracy(); math.Abs(a-6.0/8) > 1e-9 {
		t.Errorf("accuracy %v", a)
	}
}
