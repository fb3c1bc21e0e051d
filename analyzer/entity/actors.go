package entity

import (
	"sort"
	"strings"
	"unicode"

	"lede/analyzer/doc"
)

// buildActors turns the groups into d.Actors, numbered by first mention: each actor is
// named by its best form, typed by the majority of its names' words. But an actor the
// story names by a given name and a surname the tagger reads as a person ("Donald
// Trump") is that person, however often the tagger reads the surname alone otherwise
// ("Trump avoids", "Trump has": a brand's or a firm's name in the tagger's eyes); a
// longer name read otherwise ("Morgan Stanley" as a firm) leaves it to the majority.
func buildActors(d *doc.Doc, names []nameInfo, lex *Lexicon) {
	actorOf := actorsByFirstMention(names)
	for range actorOf {
		d.AddActor(doc.Actor{})
	}
	forms := make([][]nameForm, len(d.Actors))
	votes := make([][5]int, len(d.Actors))
	fullPerson := make([]bool, len(d.Actors)) // a given name and a surname tagged as a person
	longOther := make([]bool, len(d.Actors))  // a name of two words or more tagged otherwise
	for _, n := range names {
		a := actorOf[n.actor]
		d.Attach(n.mention, a)
		votes[a][n.typ] += len(n.words)
		forms[a] = addForm(forms[a], d, n)
		if len(n.words) >= 2 {
			fullPerson[a] = fullPerson[a] || n.typ == doc.EntPerson && lex != nil && lex.givenName(n.lower[0]) != 0
			longOther[a] = longOther[a] || n.typ != doc.EntPerson
		}
	}
	for a := range d.Actors {
		act := &d.Actors[a]
		sort.Ints(act.Mentions)
		fs := forms[a]
		sortForms(fs)
		act.Name = fs[0].text
		for _, f := range fs[1:] {
			act.Aliases = append(act.Aliases, f.text)
		}
		t := majorityType(votes[a])
		if fullPerson[a] && !longOther[a] { // a person named in full
			t = doc.EntPerson
		}
		setActorType(d, act, t)
	}
}

// actorsByFirstMention numbers the groups by their first mention in the text: group ->
// actor index.
func actorsByFirstMention(names []nameInfo) map[int]int {
	first := map[int]int{} // group -> first mention
	for _, n := range names {
		if f, ok := first[n.actor]; !ok || n.mention < f {
			first[n.actor] = n.mention
		}
	}
	groupsInOrder := make([]int, 0, len(first))
	for g := range first {
		groupsInOrder = append(groupsInOrder, g)
	}
	sort.Slice(groupsInOrder, func(a, b int) bool { return first[groupsInOrder[a]] < first[groupsInOrder[b]] })
	actorOf := make(map[int]int, len(first))
	for i, g := range groupsInOrder {
		actorOf[g] = i
	}
	return actorOf
}

// nameForm is one distinct way an actor is written.
type nameForm struct {
	text     string
	words    int
	first    int  // the mention it first appears in
	headline bool // only ever seen in a headline
}

// addForm adds name n's written form to an actor's forms, once.
func addForm(forms []nameForm, d *doc.Doc, n nameInfo) []nameForm {
	text, words := strings.Join(n.words, " "), len(n.words)
	if toks := d.Slice(d.Mentions[n.mention].Span); !strings.ContainsAny(toks, "\n\t") && len(n.words) == len(strings.Fields(toks)) {
		text = strings.TrimPrefix(strings.TrimPrefix(toks, "the "), "The ")
	}
	if n.modifier >= 0 {
		// "Russian Defence Ministry": the institution named with its modifier
		text, words = d.Slice(d.Mentions[n.modifier].Span)+" "+text, words+1
	}
	inHeadline := d.Sentences[d.Mentions[n.mention].Sentence].Headline
	seen := false
	for k := range forms {
		if forms[k].text == text {
			seen = true
			forms[k].headline = forms[k].headline && inHeadline
		}
	}
	if !seen {
		forms = append(forms, nameForm{text, words, n.mention, inHeadline})
	}
	return forms
}

// sortForms puts the form that names the actor first.
func sortForms(fs []nameForm) {
	sort.SliceStable(fs, func(i, j int) bool {
		// a form in ordinary case beats an ALL CAPS headline form
		if ui, uj := shouting(fs[i].text), shouting(fs[j].text); ui != uj {
			return uj
		}
		// a name the body uses beats one only the headline has: the reader checks
		// the actor against the story
		if fs[i].headline != fs[j].headline {
			return fs[j].headline
		}
		if fs[i].words != fs[j].words {
			return fs[i].words > fs[j].words
		}
		if len(fs[i].text) != len(fs[j].text) {
			return len(fs[i].text) > len(fs[j].text)
		}
		return fs[i].first < fs[j].first
	})
}

// majorityType is the type with the most votes (the first such, PERSON to MISC).
func majorityType(votes [5]int) doc.EntityType {
	best := doc.EntNone
	for t := doc.EntPerson; t <= doc.EntMisc; t++ {
		if best == doc.EntNone || votes[t] > votes[best] {
			best = t
		}
	}
	return best
}

// setActorType gives the actor and all its mentions type t (and a neuter gender to a
// non-person).
func setActorType(d *doc.Doc, act *doc.Actor, t doc.EntityType) {
	act.Type = t
	for _, mi := range act.Mentions {
		d.Mentions[mi].Type = t
	}
	if t != doc.EntPerson {
		act.Gender = doc.GenderNeuter
	}
}

// shouting reports whether a multi-letter name is in capitals while not an acronym
// ("GERMANY" from an ALL CAPS headline).
func shouting(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 4 || strings.Contains(s, " ") && n > 1
}
