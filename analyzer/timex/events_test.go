package timex

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// TestEventActors: an event lists the actors mentioned in its clause, not those of the
// rest of the sentence.
func TestEventActors(t *testing.T) {
	src := "Smith met Jones on Monday, and Brown left on Tuesday."
	d := &doc.Doc{Text: src, RefDate: "2023-07-12"}
	text.Segment(d)
	for _, name := range []string{"Smith", "Jones", "Brown"} {
		at := strings.Index(src, name)
		d.Actors = append(d.Actors, doc.Actor{Name: name})
		d.AddMention(doc.Mention{Span: doc.Span{Start: at, End: at + len(name)}, Actor: len(d.Actors) - 1})
	}
	if err := Find(d); err != nil {
		t.Fatal(err)
	}
	if err := Order(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 2 {
		t.Fatalf("got %d events, want 2", len(d.Events))
	}
	want := []struct {
		text   string
		actors []int
	}{
		{"Smith met Jones on Monday", []int{0, 1}},
		{"Brown left on Tuesday", []int{2}},
	}
	for i, w := range want {
		e := d.Events[i]
		if got := d.Slice(e.Span); got != w.text {
			t.Errorf("event %d text %q, want %q", i, got, w.text)
		}
		if len(e.Actors) != len(w.actors) {
			t.Errorf("event %d actors %v, want %v", i, e.Actors, w.actors)
			continue
		}
		for k := range w.actors {
			if e.Actors[k] != w.actors[k] {
				t.Errorf("event %d actors %v, want %v", i, e.Actors, w.actors)
			}
		}
	}
}

// TestOrderGranularity: a month sorts before a day in it, unresolved events come last.
func TestOrderGranularity(t *testing.T) {
	d := runCase(t, "ref: 2023-07-12\nOn June 24 it rained. In June it was hot. In 2022 it was cold. The next Olympiad is far away.")
	var got []string
	for _, e := range d.Events {
		got = append(got, d.Timexes[e.Timex].Value.String())
	}
	if strings.Join(got, " ") != "2022 2023-06 2023-06-24" {
		t.Errorf("order %v", got)
	}
}
