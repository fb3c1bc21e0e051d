package present

import (
	"reflect"
	"testing"
)

func TestLayoutNestsInnerMarksInQuotes(t *testing.T) {
	text := `Ann said "Bob left on Monday" today.`
	marks := []Mark{
		{Start: 9, End: 29, Layer: Outer, Ref: 0}, // the quote with its marks
		{Start: 0, End: 3, Layer: Inner},          // Ann
		{Start: 10, End: 13, Layer: Inner},        // Bob
		{Start: 22, End: 28, Layer: Inner},        // Monday
		{Start: 11, End: 15, Layer: Inner},        // overlaps Bob: left out
	}
	pieces, tail := Layout(text, marks, -1)
	want := []Piece{
		{"Ann", -1, 1}, {" said ", -1, -1}, {`"`, 0, -1}, {"Bob", 0, 2},
		{" left on ", 0, -1}, {"Monday", 0, 3}, {`"`, 0, -1}, {" today.", -1, -1},
	}
	if !reflect.DeepEqual(pieces, want) || tail != "" {
		t.Errorf("got %+v tail %q\nwant %+v", pieces, tail, want)
	}
}

func TestLayoutCountsUTF16AndStopsAtLimit(t *testing.T) {
	text := "😀 Zoë met Ann. More text."
	// 😀 is two UTF-16 units: "Zoë" is [3,6), "Ann" is [11,14)
	marks := []Mark{{Start: 3, End: 6, Layer: Inner}, {Start: 11, End: 20, Layer: Outer}}
	pieces, tail := Layout(text, marks, 15)
	want := []Piece{{"😀 ", -1, -1}, {"Zoë", -1, 0}, {" met ", -1, -1}, {"Ann.", 1, -1}}
	if !reflect.DeepEqual(pieces, want) || tail != " More text." {
		t.Errorf("got %+v tail %q", pieces, tail)
	}
}

func TestLayoutIgnoresBadMarks(t *testing.T) {
	pieces, _ := Layout("abc", []Mark{{Start: 2, End: 1}, {Start: -1, End: 2}, {Start: 1, End: 99, Layer: Inner}}, -1)
	want := []Piece{{"a", -1, -1}, {"bc", -1, 2}}
	if !reflect.DeepEqual(pieces, want) {
		t.Errorf("got %+v", pieces)
	}
}

func TestStanceOrderPutsSidesFirst(t *testing.T) {
	labels := []string{"neutral", "for", "against", "neutral", "against"}
	pol := []float64{-0.2, 0.4, -0.3, 0.05, -0.9}
	got := StanceOrder(labels, pol)
	want := []int{4, 1, 2, 0, 3}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}
