package doc

import (
	"slices"
	"testing"
)

// The edits keep Check's invariants and every index in step.
func TestDetachAndRemoveActor(t *testing.T) {
	d := validDoc() // "Ann said no. Bob left.": mention 0 Ann (actor 0), mention 1 Bob (actor 1)
	d.Attach(1, 0)  // Bob is Ann
	if d.Mentions[1].Actor != 0 || !slices.Equal(d.Actors[0].Mentions, []int{0, 1}) || len(d.Actors[1].Mentions) != 0 {
		t.Fatalf("after the move: mentions %+v, actors %+v", d.Mentions, d.Actors)
	}
	if err := Check(d); err != nil {
		t.Fatal(err)
	}
	d.RemoveActor(1)
	if len(d.Actors) != 1 || len(d.Stance) != 0 || len(d.Tone) != 0 || d.Quotes[0].Speaker != 0 {
		t.Errorf("removing Bob: actors %+v, stance %+v, tone %+v, quote speaker %d", d.Actors, d.Stance, d.Tone, d.Quotes[0].Speaker)
	}
	if err := Check(d); err != nil {
		t.Fatal(err)
	}

	d = validDoc()
	d.Events = []Event{{Timex: 0, Span: Span{0, 12}, Actors: []int{0, 1}}}
	d.Timexes = []Timex{{Span: Span{4, 8}}}
	d.RemoveActor(0) // Ann goes: Bob is actor 0, Ann's mention and quote refer to no one
	if d.Actors[0].Name != "Bob" || d.Mentions[0].Actor != -1 || d.Mentions[1].Actor != 0 || d.Quotes[0].Speaker != -1 ||
		!slices.Equal(d.Events[0].Actors, []int{0}) || len(d.Stance) != 0 || d.Tone[0].Actor != 0 {
		t.Errorf("removing Ann: %+v %+v %+v %+v %+v", d.Actors, d.Mentions, d.Quotes, d.Events, d.Tone)
	}
	if err := Check(d); err != nil {
		t.Fatal(err)
	}
	d.Detach(0) // already no one's: nothing changes
	if err := Check(d); err != nil {
		t.Fatal(err)
	}
}

func TestSetActorType(t *testing.T) {
	d := validDoc()
	d.Actors[0].Type, d.Actors[0].Gender = EntPerson, GenderFemale
	d.SetActorType(0, EntOrg)
	if d.Actors[0].Type != EntOrg || d.Mentions[0].Type != EntOrg || d.Actors[0].Gender != GenderNeuter {
		t.Errorf("to ORG: %+v %+v", d.Actors[0], d.Mentions[0])
	}
	d.SetActorType(0, EntPerson)
	if d.Actors[0].Gender != GenderUnknown || d.Mentions[0].Type != EntPerson {
		t.Errorf("back to a person: %+v", d.Actors[0])
	}
}
