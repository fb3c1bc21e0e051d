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

// TestEventOfOwnClause: a date files the event of its own clause; a date of a noun in it
// ("the events of June 24") files none and is what the event is about.
func TestEventOfOwnClause(t *testing.T) {
	for _, c := range []struct {
		src   string
		want  []string // event value: text
		about []string // per event, the values it is about
	}{
		{"Putin held a meeting on Monday to discuss the events of June 24.",
			[]string{"2023-07-10: Putin held a meeting on Monday to discuss the events of June 24"}, []string{"2023-06-24"}},
		{"On Tuesday, police arrested a man who had fled on June 2.",
			[]string{"2023-06-02: a man who had fled on June 2", "2023-07-11: On Tuesday, police arrested a man"}, []string{"", ""}},
		{"The council discussed the events of June 24.", // no date of its own: the noun's date files it
			[]string{"2023-06-24: The council discussed the events of June 24"}, []string{""}},
		{"The mayor said on Friday that the bridge would close in September.",
			[]string{"2023-07-07: The mayor said on Friday", "2023-09: the bridge would close in September"}, []string{"", ""}},
	} {
		d := runCase(t, "ref: 2023-07-12\n"+c.src)
		var got, about []string
		for _, e := range d.Events {
			got = append(got, d.Timexes[e.Timex].Value.String()+": "+d.Slice(e.Span))
			var a []string
			for _, ti := range e.About {
				a = append(a, d.Timexes[ti].Value.String())
			}
			about = append(about, strings.Join(a, " "))
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") || strings.Join(about, "|") != strings.Join(c.about, "|") {
			t.Errorf("%q:\n got %q about %q\nwant %q about %q", c.src, got, about, c.want, c.about)
		}
	}
}

// vagueOrder are events in the order the timeline states (README, "The timeline"): by
// the first day each date covers, "early", "mid-" and "late" narrowing a period to its
// first, middle or last third; at the same first day the longer period first.
var vagueOrder = []struct{ sentence, value string }{
	{"The firm was founded in the 1990s.", "199"},
	{"Sales grew in 2023.", "2023"},
	{"Prices rose this summer.", "2023-SU"},
	{"Talks began in June.", "2023-06"},
	{"The plan was drafted in early June.", "2023-06"},
	{"The mayor resigned on June 1.", "2023-06-01"},
	{"The board met in mid-June.", "2023-06"},
	{"Workers struck in the week of June 12.", "2023-W24"},
	{"The deal closed in late June.", "2023-06"},
	{"The mayor returned on June 24.", "2023-06-24"},
	{"The vote was held on June 26.", "2023-06-26"},
}

// TestOrderVagueDates: vague dates sort beside days as stated, whatever the order of the
// sentences (the same events in reverse and in a shuffled order give the same timeline;
// only events of the very same date and stretch keep their text order).
func TestOrderVagueDates(t *testing.T) {
	want := make([]string, len(vagueOrder))
	for i, v := range vagueOrder {
		want[i] = v.value + " " + v.sentence
	}
	for _, perm := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {5, 2, 8, 0, 10, 3, 7, 1, 9, 4, 6}} {
		var src []string
		for _, k := range perm {
			src = append(src, vagueOrder[k].sentence)
		}
		d := runCase(t, "ref: 2023-07-12\n"+strings.Join(src, " "))
		var got []string
		for _, e := range d.Events {
			got = append(got, d.Timexes[e.Timex].Value.String()+" "+d.Slice(d.Sentences[d.SentenceAt(e.Start)].Span))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("sentences in order %v: timeline\n%s\nwant\n%s", perm, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
