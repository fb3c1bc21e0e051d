package analyzer

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
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
}

// ownership is who writes what: each fact has one writer, and a stage refers to
// another's facts by index (doc.Doc).
var ownership = []ownedStage{
	{"entity", entity.Recognize, []string{"Mentions", "Actors"}},
	{"actors", entity.Resolve, []string{"Mentions", "Actors"}},
	{"quote", quote.Find, []string{"Quotes"}},
	{"salience", entity.Salience, []string{"Actors"}},
	{"timex", timex.Find, []string{"Timexes"}},
	{"events", timex.Order, []string{"Events"}},
	{"stance", func(d *doc.Doc) error { return stance.Analyze(d, nil) }, []string{"Stance", "Relations", "Tone", "Targets"}},
}

// crossings are the writes into another stage's data that remain, each with where it
// is made (issue 18): the test fails when one stops happening, so that the list only
// shrinks. A crossing names the field and, for a field of a record, the record's field
// ("Mentions.Polarity"); a whole field means any change to it.
var crossings = map[string][]string{
	// anonymous sources ("a spokesman") become actors, and speakers' spans mentions
	// (quote/actors.go: linker.anonymousActor, linker.flush)
	"quote": {"Actors", "Mentions"},
	// the sentiment toward each mention is written on the entity stage's mention
	// (stance/stance.go: Analyze; doc.Mention.Polarity)
	"stance": {"Mentions.Polarity"},
}

// TestNoStageWritesAnotherStagesData runs the stages one by one on the pipeline's test
// articles and compares every field of the Doc before and after each: a stage may
// change only the fields it owns (and the crossings still listed).
func TestNoStageWritesAnotherStagesData(t *testing.T) {
	crossed := map[string]bool{}
	golden.ForEach(t, "testdata/pipeline/*.txt", func(t *testing.T, src, _ string) {
		d := &doc.Doc{Text: src, RefDate: "2023-07-12", RefDateSource: doc.RefDateInput}
		text.Segment(d)
		for _, st := range ownership {
			before, beforeCross := snapshots(d), crossingSnapshots(d, st.name)
			if err := st.run(d); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			after, afterCross := snapshots(d), crossingSnapshots(d, st.name)
			for f := range after {
				if before[f] == after[f] || slices.Contains(st.owns, f) {
					continue
				}
				c, allowed := "", false
				for _, c = range crossings[st.name] {
					rec, _, _ := strings.Cut(c, ".")
					// a whole field, or one field of its records with the rest unchanged
					if allowed = rec == f && (c == f || beforeCross[c] == afterCross[c]); allowed {
						break
					}
				}
				if !allowed {
					t.Errorf("stage %s changed %s, which it does not own", st.name, f)
					continue
				}
				crossed[st.name+" "+c] = true
			}
		}
	})
	for st, fields := range crossings {
		for _, c := range fields {
			if !crossed[st+" "+c] {
				t.Errorf("stage %s no longer writes %s: remove it from crossings", st, c)
			}
		}
	}
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

// crossingSnapshots prints, for each record-field crossing of stage ("Mentions.Polarity"),
// the field with that record field zeroed in every record.
func crossingSnapshots(d *doc.Doc, stage string) map[string]string {
	out := map[string]string{}
	for _, c := range crossings[stage] {
		rec, field, ok := strings.Cut(c, ".")
		if !ok {
			continue
		}
		v := reflect.ValueOf(d).Elem().FieldByName(rec)
		cp := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(cp, v)
		for k := range cp.Len() {
			cp.Index(k).FieldByName(field).Set(reflect.Zero(cp.Index(k).FieldByName(field).Type()))
		}
		out[c] = fmt.Sprintf("%#v", cp.Interface())
	}
	return out
}
