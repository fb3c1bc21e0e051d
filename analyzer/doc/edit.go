package doc

import "slices"

// The edits below, with Attach (doc.go), change which actor a mention belongs to, an
// actor's type, or remove an actor, keeping every index between fields in step (Check's
// invariants). An editor's corrections (package correct) are made of them.

// Detach makes mention mi refer to no actor, taking it out of its actor's Mentions.
func (d *Doc) Detach(mi int) {
	m := &d.Mentions[mi]
	if from := m.Actor; from >= 0 && from < len(d.Actors) {
		ms := d.Actors[from].Mentions
		if k := slices.Index(ms, mi); k >= 0 {
			d.Actors[from].Mentions = slices.Delete(ms, k, k+1)
		}
	}
	m.Actor = -1
}

// SetActorType gives actor a and every mention of it type t. A person's gender stays
// known; an actor that stops being a person takes the neuter gender ("it"), and one that
// becomes a person has no known gender until a name or pronoun says it.
func (d *Doc) SetActorType(a int, t EntityType) {
	ac := &d.Actors[a]
	switch {
	case t != EntPerson:
		ac.Gender = GenderNeuter
	case ac.Type != EntPerson:
		ac.Gender = GenderUnknown
	}
	ac.Type = t
	for _, mi := range ac.Mentions {
		d.Mentions[mi].Type = t
	}
}

// RemoveActor deletes actor a and renumbers every actor index after it: mentions,
// quote speakers, events, stance edges, relations and tone. What referred to a itself
// refers to no actor: its mentions become unresolved, its quotes unattributed; events
// drop it, and its stance edges, relations and tone go.
func (d *Doc) RemoveActor(a int) {
	renumber := func(i int) int {
		switch {
		case i == a:
			return -1
		case i > a:
			return i - 1
		}
		return i
	}
	d.Actors = slices.Delete(d.Actors, a, a+1)
	for i := range d.Mentions {
		if d.Mentions[i].Actor >= 0 {
			d.Mentions[i].Actor = renumber(d.Mentions[i].Actor)
		}
	}
	for i := range d.Quotes {
		if d.Quotes[i].Speaker >= 0 {
			d.Quotes[i].Speaker = renumber(d.Quotes[i].Speaker)
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		e.Actors = slices.DeleteFunc(e.Actors, func(x int) bool { return x == a })
		for k := range e.Actors {
			e.Actors[k] = renumber(e.Actors[k])
		}
	}
	edges := func(es []StanceEdge) []StanceEdge {
		es = slices.DeleteFunc(es, func(e StanceEdge) bool { return e.Holder == a || e.Target == a })
		for k := range es {
			es[k].Holder, es[k].Target = renumber(es[k].Holder), renumber(es[k].Target)
		}
		return es
	}
	d.Stance, d.Relations = edges(d.Stance), edges(d.Relations)
	d.Tone = slices.DeleteFunc(d.Tone, func(t Tone) bool { return t.Actor == a })
	for k := range d.Tone {
		d.Tone[k].Actor = renumber(d.Tone[k].Actor)
	}
}
