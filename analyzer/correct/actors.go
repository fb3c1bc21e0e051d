package correct

import (
	"fmt"
	"slices"
	"strings"

	"lede/analyzer/doc"
)

// The actor operations run after entity.Resolve, before the quote stage reads the
// actors: a merged or retyped actor is the one the quotes, the timeline and the stance
// see.

// rename: the actor of op.Mention is called op.Name; its old name becomes an alias.
func (e *editor) rename(op Op) string {
	d := e.d
	_, a, why := e.actorMention(op.Mention)
	if why != "" {
		return why
	}
	ac := &d.Actors[a]
	if ac.Name == op.Name {
		return fmt.Sprintf("nothing to change: the actor is already called %q", op.Name)
	}
	ac.Aliases = slices.DeleteFunc(ac.Aliases, func(s string) bool { return s == op.Name })
	if ac.Name != "" {
		ac.Aliases = slices.Insert(ac.Aliases, 0, ac.Name)
	}
	ac.Name = op.Name
	ac.Anonymous = false // a name given by the editor is a name
	ac.Corrected = true
	return ""
}

// retype: the actor of op.Mention, and every mention of it, is of op.Type.
func (e *editor) retype(op Op) string {
	d := e.d
	_, a, why := e.actorMention(op.Mention)
	if why != "" {
		return why
	}
	if d.Actors[a].Type == op.Type {
		return fmt.Sprintf("nothing to change: %q is already %s", d.Actors[a].Name, op.Type)
	}
	for _, mi := range slices.Clone(d.Actors[a].Mentions) {
		if m := d.Mentions[mi]; m.Kind == doc.MentionPronoun && !pronounFits(d, m, op.Type) {
			d.Detach(mi) // "he" was linked to it as a person; a company is not "he"
		}
	}
	d.SetActorType(a, op.Type)
	d.Actors[a].Corrected = true
	return ""
}

// pronounFits reports whether pronoun mention m can refer to an actor of type t, by the
// pronoun's word classes: "he" and "she" to a person, "it" to anything but a person;
// "they" and the first and second persons to any.
func pronounFits(d *doc.Doc, m doc.Mention, t doc.EntityType) bool {
	ti := d.TokenAt(m.Start)
	if ti >= len(d.Tokens) {
		return true
	}
	c := d.Tokens[ti].Class
	switch {
	case !c.Has(doc.ClassPronoun|doc.ClassThirdPerson) || c.Has(doc.ClassPlural):
		return true
	case c.Has(doc.ClassMale) || c.Has(doc.ClassFemale):
		return t == doc.EntPerson
	}
	return t != doc.EntPerson // "it"
}

// merge: the actor of op.Mention is the actor of op.Into. Its mentions, names and roles
// join the one that stays, and it goes.
func (e *editor) merge(op Op) string {
	d := e.d
	_, from, why := e.actorMention(op.Mention)
	if why != "" {
		return why
	}
	_, into, why := e.actorMention(op.Into)
	if why != "" {
		return "into: " + why
	}
	if from == into {
		return fmt.Sprintf("nothing to change: both mentions are of %q already", d.Actors[into].Name)
	}
	for _, mi := range slices.Clone(d.Actors[from].Mentions) {
		d.Attach(mi, into)
	}
	gone, kept := d.Actors[from], &d.Actors[into]
	for _, n := range append([]string{gone.Name}, gone.Aliases...) {
		if n != "" && n != kept.Name && !slices.Contains(kept.Aliases, n) {
			kept.Aliases = append(kept.Aliases, n)
		}
	}
	for _, r := range gone.Roles {
		if !slices.Contains(kept.Roles, r) {
			kept.Roles = append(kept.Roles, r)
		}
	}
	if kept.Gender == doc.GenderUnknown {
		kept.Gender = gone.Gender
	}
	kept.Anonymous = kept.Anonymous && gone.Anonymous
	kept.Corrected = true
	d.SetActorType(into, kept.Type) // the mentions that joined take the actor's type
	d.RemoveActor(from)
	return ""
}

// split: op.Mention is not a mention of its actor. A name becomes an actor of its own
// (named as written, of the old actor's type); a pronoun or a role phrase ("the
// spokesman") names no one by itself, so it is left referring to no actor.
func (e *editor) split(op Op) string {
	d := e.d
	mi, a, why := e.actorMention(op.Mention)
	if why != "" {
		return why
	}
	old := &d.Actors[a]
	if len(old.Mentions) == 1 {
		return fmt.Sprintf("nothing to change: %s is the only mention of %q", quoteText(op.Mention.Text), old.Name)
	}
	m := d.Mentions[mi]
	if m.Kind != doc.MentionName {
		d.Detach(mi)
		old.Corrected = true
		return ""
	}
	name := nameAsWritten(d.Slice(m.Span))
	gender := doc.GenderUnknown
	if old.Type != doc.EntPerson {
		gender = doc.GenderNeuter
	}
	na := d.AddActor(doc.Actor{Name: name, Type: old.Type, Gender: gender, Corrected: true})
	d.Attach(mi, na)
	old = &d.Actors[a]
	old.Corrected = true
	if !namedBy(d, a, name) {
		// the old actor no longer goes by the split name: it keeps its other names
		old.Aliases = slices.DeleteFunc(old.Aliases, func(s string) bool { return s == name })
		if old.Name == name {
			old.Name = fullestName(d, a)
			old.Aliases = slices.DeleteFunc(old.Aliases, func(s string) bool { return s == old.Name })
		}
	}
	return ""
}

// nameAsWritten is a name mention's text as an actor's name: on one line, without a
// leading "the" (entity.Resolve names actors the same way).
func nameAsWritten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, the := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, the)
	}
	return s
}

// namedBy reports whether a name mention of actor a is written name.
func namedBy(d *doc.Doc, a int, name string) bool {
	for _, mi := range d.Actors[a].Mentions {
		if m := d.Mentions[mi]; m.Kind == doc.MentionName && nameAsWritten(d.Slice(m.Span)) == name {
			return true
		}
	}
	return false
}

// fullestName is the name of actor a after a split took its name away: its first alias
// (the fullest, as Resolve orders them), else its longest name mention.
func fullestName(d *doc.Doc, a int) string {
	ac := d.Actors[a]
	for _, al := range ac.Aliases {
		if al != ac.Name {
			return al
		}
	}
	best := ac.Name
	for _, mi := range ac.Mentions {
		if m := d.Mentions[mi]; m.Kind == doc.MentionName {
			if n := nameAsWritten(d.Slice(m.Span)); len(n) > len(best) || best == ac.Name {
				best = n
			}
		}
	}
	return best
}
