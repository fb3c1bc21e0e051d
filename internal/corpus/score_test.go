package corpus

import (
	"math"
	"testing"
)

func TestPRF(t *testing.T) {
	p, r, f := PRF(3, 4, 6)
	if p != 0.75 || r != 0.5 || math.Abs(f-0.6) > 1e-12 {
		t.Errorf("PRF(3, 4, 6) = %v %v %v, want 0.75 0.5 0.6", p, r, f)
	}
	if p, r, f := PRF(0, 0, 0); p != 0 || r != 0 || f != 0 {
		t.Errorf("nothing counted gives %v %v %v", p, r, f)
	}
}

func TestConfusion(t *testing.T) {
	c := Confusion{{2, 1, 0}, {0, 3, 0}, {1, 0, 1}} // rows gold, columns predicted
	f := c.F1()
	// neg: tp 2, fp 1, fn 1 -> 4/6; neu: tp 3, fp 1, fn 0 -> 6/7; pos: tp 1, fp 0, fn 1 -> 2/3
	want := [3]float64{4.0 / 6, 6.0 / 7, 2.0 / 3}
	for k := range f {
		if math.Abs(f[k]-want[k]) > 1e-12 {
			t.Errorf("class %d F1 %v, want %v", k, f[k], want[k])
		}
	}
	if c.Total() != 8 || c.Accuracy() != 6.0/8 {
		t.Errorf("total %d accuracy %v", c.Total(), c.Accuracy())
	}
	if math.Abs(c.MacroF1()-(want[0]+want[1]+want[2])/3) > 1e-12 {
		t.Errorf("macro F1 %v", c.MacroF1())
	}
}
