package analyzer

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/quote"
	"lede/analyzer/stance"
	"lede/analyzer/text"
	"lede/analyzer/timex"
	"lede/internal/golden"
)

// ownedStage is a stage of the pipeline and the Doc fields it writes. The stages are
// listed in build's order (the editor's corrections between them are no stage: they
// change what the editor says); a stage added to build belongs here too.
type ownedStage struct {
	name string
	run  func(*doc.Doc) error
	owns []string
	// adds says the stage may add actors and mentions (through doc's AddActor, its
	// AddAnonymousSource and AddMentions) but never change or remove one: the quote
	// stage's unnamed sources ("a spokesman") and speakers' spans
	adds bool
}

// ownership is who writes what: each fact has one writer, and a stage refers to
// another's facts by index (doc.Doc).
var ownership = []ownedStage{
	{"entity", entity.Recognize, []string{"Mentions", "Actors"}, false},
	{"actors", entity.Resolve, []string{"Mentions", "Actors"}, false},
	{"quote", quote.Find, []string{"Quotes"}, true},
	{"salience", entity.Salience, []string{"Actors"}, false},
	{"timex", timex.Find, []string{"Timexes"}, false},
	{"events", timex.Order, []string{"Events"}, false},
	{"stance", func(d *doc.Doc) error { return stance.Analyze(d, nil) }, []string{"MentionPolarity", "Stance", "Relations", "Tone", "Targets"}, false},
}

// TestNoStageWritesAnotherStagesData runs the stages one by one on the pipeline's test
// articles and compares every field of the Doc before and after each: a stage may
// change only the fields it owns, and a stage that adds actors and mentions must leave
// every earlier one as it was (with the mention indices an addition renumbers mapped
// back).
func TestNoStageWritesAnotherStagesData(t *testing.T) {
	added := map[string]bool{}
	golden.ForEach(t, "testdata/pipeline/*.txt", func(t *testing.T, src, _ string) {
		d := &doc.Doc{Text: src, RefDate: "2023-07-12", RefDateSource: doc.RefDateInput}
		text.Segment(d)
		for _, st := range ownership {
			before := snapshots(d)
			beforeMentions, beforeActors := slices.Clone(d.Mentions), d.Actors[:len(d.Actors):len(d.Actors)]
			if err := st.run(d); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			after := snapshots(d)
			if st.adds && (after["Mentions"] != before["Mentions"] || after["Actors"] != before["Actors"]) {
				added[st.name] = true
				ms, as, ok := withoutAdded(d, beforeMentions, beforeActors)
				if !ok {
					t.Errorf("stage %s removed or changed a mention", st.name)
				}
				after["Mentions"], after["Actors"] = fmt.Sprintf("%#v", ms), fmt.Sprintf("%#v", as)
			}
			for f := range after {
				if before[f] != after[f] && !slices.Contains(st.owns, f) {
					t.Errorf("stage %s changed %s, which it does not own", st.name, f)
				}
			}
		}
	})
	for _, st := range ownership {
		if st.adds && !added[st.name] {
			t.Errorf("stage %s adds no actor or mention on the test articles: the test cannot check it", st.name)
		}
	}
}

// withoutAdded returns d's mentions and actors with what a stage added taken out: the
// mentions not in old (a stage that only adds keeps old as a subsequence, in order),
// the actors past oldActors (the stage's input: only its length and nil-ness are
// read, as AddMentions renumbers the actors' indices in place), and the added
// mentions' indices in the actors' Mentions, the rest renumbered as before. ok is false
// when old is no subsequence of d's mentions.
func withoutAdded(d *doc.Doc, old []doc.Mention, oldActors []doc.Actor) ([]doc.Mention, []doc.Actor, bool) {
	oldIndex := make([]int, len(d.Mentions)) // d's mention index -> old index, or -1
	k := 0
	for mi, m := range d.Mentions {
		oldIndex[mi] = -1
		if k < len(old) && reflect.DeepEqual(m, old[k]) {
			oldIndex[mi] = k
			k++
		}
	}
	if k < len(old) || len(oldActors) > len(d.Actors) {
		return nil, nil, false
	}
	if oldActors == nil {
		return old, nil, true
	}
	actors := slices.Clone(d.Actors[:len(oldActors)])
	for ai := range actors {
		var ms []int
		for _, mi := range actors[ai].Mentions {
			if mi >= 0 && mi < len(oldIndex) && oldIndex[mi] >= 0 {
				ms = append(ms, oldIndex[mi])
			}
		}
		if ms == nil && actors[ai].Mentions != nil {
			ms = actors[ai].Mentions[:0:0]
		}
		actors[ai].Mentions = ms
	}
	return old, actors, true
}

// snapshots prints each field of d in Go syntax (every nested value), by name.
func snapshots(d *doc.Doc) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(d).Elem()
	for i := range v.NumField() {
		out[v.Type().Field(i).Name] = fmt.Sprintf("%#v", v.Field(i).Interface())
	}
	return out
}
