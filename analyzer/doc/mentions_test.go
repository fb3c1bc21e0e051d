package doc

import (
	"slices"
	"testing"
)

// TestSetMentionsAttachClear: the Doc keeps every mention's Actor and every actor's
// Mentions in step whichever way a stage changes them.
func TestSetMentionsAttachClear(t *testing.T) {
	d := &Doc{Text: "Ann Lee met Bo Ray. Lee left."}
	a := d.AddActor(Actor{Name: "Ann Lee"})
	b := d.AddActor(Actor{Name: "Bo Ray"})
	d.SetMentions([]Mention{ // out of order: SetMentions sorts them
		{Span: Span{Start: 20, End: 23}, Actor: a},
		{Span: Span{Start: 0, End: 7}, Actor: a},
		{Span: Span{Start: 12, End: 18}, Actor: b},
	})
	if d.Mentions[0].Start != 0 || d.Mentions[2].Start != 20 {
		t.Fatalf("mentions not sorted: %+v", d.Mentions)
	}
	if !slices.Equal(d.Actors[a].Mentions, []int{0, 2}) || !slices.Equal(d.Actors[b].Mentions, []int{1}) {
		t.Fatalf("actor mentions %v %v", d.Actors[a].Mentions, d.Actors[b].Mentions)
	}
	d.Attach(2, b) // "Lee" was Bo Ray's after all
	if d.Mentions[2].Actor != b || !slices.Equal(d.Actors[a].Mentions, []int{0}) || !slices.Equal(d.Actors[b].Mentions, []int{1, 2}) {
		t.Fatalf("after Attach: %v %v", d.Actors[a].Mentions, d.Actors[b].Mentions)
	}
	d.Attach(0, b) // inserted in text order
	if !slices.Equal(d.Actors[b].Mentions, []int{0, 1, 2}) {
		t.Fatalf("Attach out of order: %v", d.Actors[b].Mentions)
	}
	d.ClearActors()
	if len(d.Actors) != 0 {
		t.Fatal("actors left")
	}
	for _, m := range d.Mentions {
		if m.Actor != -1 {
			t.Fatalf("mention still attached: %+v", m)
		}
	}
}
