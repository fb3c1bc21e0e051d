package analyzer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"

	"lede/analyzer/correct"
	"lede/analyzer/doc"
)

// Correction is one editor's correction, as JSON carries it (docs/architecture.md,
// "Corrections"). It names what it changes by a span of the analysed text (UTF-16 code
// units, as the report's offsets) and the text of that span, never by an actor or quote
// id, which a new model renumbers:
//
//	{"op":"rename",  "mention":{"start":0,"end":5,"text":"Apple"}, "name":"Apple Inc."}
//	{"op":"retype",  "mention":{...}, "type":"ORG"}
//	{"op":"merge",   "mention":{...}, "into":{...}}      the mention's actor joins into's
//	{"op":"split",   "mention":{...}}                   the mention leaves its actor
//	{"op":"speaker", "quote":{...}, "speaker":{...}}    no speaker: leave "speaker" out
//	{"op":"dismiss", "holder":{...}, "target":{...}}    a mention of each actor
type Correction struct {
	Op      string    `json:"op"`
	Mention *TextSpan `json:"mention,omitempty"`
	Into    *TextSpan `json:"into,omitempty"`
	Name    string    `json:"name,omitempty"`
	Type    string    `json:"type,omitempty"`
	Quote   *TextSpan `json:"quote,omitempty"`
	Speaker *TextSpan `json:"speaker,omitempty"`
	Holder  *TextSpan `json:"holder,omitempty"`
	Target  *TextSpan `json:"target,omitempty"`
}

// TextSpan is a span of the analysed text (UTF-16 code units) and the text it covers:
// the text finds the place again when the article has changed around it.
type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// MaxCorrections bounds the corrections of one analysis: each looks its words up in the
// text, and an editor makes tens, not thousands.
const MaxCorrections = 1000

// maxNameLen bounds a new name, in bytes.
const maxNameLen = 200

// correctionFields says which fields each operation takes; the rest must be absent.
var correctionFields = map[correct.Kind][]string{
	correct.Rename:  {"mention", "name"},
	correct.Retype:  {"mention", "type"},
	correct.Merge:   {"mention", "into"},
	correct.Split:   {"mention"},
	correct.Speaker: {"quote", "speaker?"},
	correct.Dismiss: {"holder", "target"},
}

// typeNames are the actor types a retype may give, as the report writes them.
var typeNames = map[string]doc.EntityType{"PERSON": doc.EntPerson, "ORG": doc.EntOrg, "LOC": doc.EntLoc, "MISC": doc.EntMisc}

// ParseCorrections reads a JSON array of corrections (or an object with a
// "corrections" array, as a batch line carries them). A field no operation knows
// ("mentoin") is an error, not a correction silently ignored.
func ParseCorrections(b []byte) ([]Correction, error) {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))
	if len(b) > 0 && b[0] == '{' {
		var wrap map[string]json.RawMessage
		if err := json.Unmarshal(b, &wrap); err != nil {
			return nil, inputErrorf("corrections: not JSON: %v", err)
		}
		inner, ok := wrap["corrections"]
		if !ok {
			return nil, inputErrorf("corrections: give a JSON array of corrections, or an object with a \"corrections\" array")
		}
		b = inner
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, inputErrorf("corrections: not a JSON array of corrections: %v", err)
	}
	if len(raw) > MaxCorrections {
		return nil, inputErrorf("corrections: %d given, at most %d are taken", len(raw), MaxCorrections)
	}
	out := make([]Correction, len(raw))
	for i, r := range raw {
		dec := json.NewDecoder(bytes.NewReader(r))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&out[i]); err != nil {
			return nil, inputErrorf("corrections[%d]: %v", i, strings.TrimPrefix(err.Error(), "json: "))
		}
	}
	return out, nil
}

// CheckCorrections reports the first correction that is not well formed: an unknown
// op, a field missing or out of place, a span whose text does not fit it.
func CheckCorrections(cs []Correction) error {
	if len(cs) > MaxCorrections {
		return inputErrorf("corrections: %d given, at most %d are taken", len(cs), MaxCorrections)
	}
	for i, c := range cs {
		if err := checkCorrection(c); err != nil {
			if c.Op == "" {
				return inputErrorf("corrections[%d]: %v", i, err)
			}
			return inputErrorf("corrections[%d] (%s): %v", i, c.Op, err)
		}
	}
	return nil
}

func checkCorrection(c Correction) error {
	k, ok := correct.KindOf(c.Op)
	if !ok {
		if c.Op == "" {
			return fmt.Errorf("no \"op\" (one of %s)", strings.Join(correct.Names(), ", "))
		}
		return fmt.Errorf("unknown op %q (known: %s)", c.Op, strings.Join(correct.Names(), ", "))
	}
	present := map[string]bool{
		"mention": c.Mention != nil, "into": c.Into != nil, "name": c.Name != "", "type": c.Type != "",
		"quote": c.Quote != nil, "speaker": c.Speaker != nil, "holder": c.Holder != nil, "target": c.Target != nil,
	}
	spans := map[string]*TextSpan{"mention": c.Mention, "into": c.Into, "quote": c.Quote, "speaker": c.Speaker, "holder": c.Holder, "target": c.Target}
	takes := map[string]bool{}
	for _, f := range correctionFields[k] {
		name, optional := strings.CutSuffix(f, "?")
		takes[name] = true
		if !present[name] && !optional {
			return fmt.Errorf("needs %q%s", name, fieldHint[name])
		}
		if s := spans[name]; s != nil {
			if err := checkTextSpan(s); err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
		}
	}
	for _, f := range []string{"mention", "into", "name", "type", "quote", "speaker", "holder", "target"} {
		if present[f] && !takes[f] {
			return fmt.Errorf("%q is not a field of %s (it takes %s)", f, c.Op, strings.Join(correctionFields[k], ", "))
		}
	}
	if k == correct.Rename && (strings.TrimSpace(c.Name) == "" || len(c.Name) > maxNameLen) {
		return fmt.Errorf("the name must be 1 to %d bytes of text", maxNameLen)
	}
	if k == correct.Retype {
		if _, ok := typeNames[c.Type]; !ok {
			return fmt.Errorf("unknown type %q (PERSON, ORG, LOC or MISC)", c.Type)
		}
	}
	return nil
}

// fieldHint explains a missing field.
var fieldHint = map[string]string{
	"mention": ": {start, end, text} of a mention, as the report lists it",
	"into":    ": {start, end, text} of a mention of the actor to merge into",
	"name":    ": the actor's new name",
	"type":    ": PERSON, ORG, LOC or MISC",
	"quote":   ": {start, end, text} of the quote, as the report lists it",
	"holder":  ": {start, end, text} of a mention of the actor holding the stance",
	"target":  ": {start, end, text} of a mention of the actor it is toward",
}

// checkTextSpan: a non-inverted span whose length is its text's (UTF-16 units).
func checkTextSpan(s *TextSpan) error {
	switch n := len(utf16.Encode([]rune(s.Text))); {
	case s.Text == "":
		return fmt.Errorf("no \"text\": the words of the span, which find it again when the article changes")
	case s.Start < 0 || s.End < s.Start:
		return fmt.Errorf("the span %d–%d is not a range of the text", s.Start, s.End)
	case s.End-s.Start != n:
		return fmt.Errorf("the span %d–%d is %d characters, its text %q is %d", s.Start, s.End, s.End-s.Start, s.Text, n)
	}
	return nil
}

// correctionRun is the corrections of one analysis: the caller's list, the operations
// read from it, and what became of each.
type correctionRun struct {
	given    []Correction
	ops      []correct.Op
	outcomes []correct.Outcome
}

// newCorrectionRun converts checked corrections to operations on d's text (UTF-16
// offsets to bytes); nil when there are none.
func newCorrectionRun(d *doc.Doc, cs []Correction) *correctionRun {
	if len(cs) == 0 {
		return nil
	}
	conv := newOffsetConverter(d.Text)
	ref := func(s *TextSpan) correct.Ref {
		if s == nil {
			return correct.Ref{Span: doc.NoSpan}
		}
		r := correct.Ref{Span: doc.NoSpan, Text: s.Text}
		start, ok1 := conv.toByte(s.Start)
		end, ok2 := conv.toByte(s.End)
		if ok1 && ok2 {
			r.Span = doc.Span{Start: start, End: end}
		}
		return r
	}
	run := &correctionRun{given: cs, ops: make([]correct.Op, len(cs)), outcomes: make([]correct.Outcome, len(cs))}
	for i, c := range cs {
		k, _ := correct.KindOf(c.Op)
		op := correct.Op{Kind: k, Mention: ref(c.Mention), Into: ref(c.Into), Name: strings.TrimSpace(c.Name),
			Type: typeNames[c.Type], Quote: ref(c.Quote), Holder: ref(c.Holder), Target: ref(c.Target)}
		if c.Speaker != nil {
			s := ref(c.Speaker)
			op.Speaker = &s
		}
		run.ops[i] = op
		run.outcomes[i] = correct.Outcome{Reason: "not reached: the analysis stopped before its stage"}
	}
	return run
}

// apply runs the operations that correct stage; a nil run has none.
func (run *correctionRun) apply(d *doc.Doc, stage correct.Stage) error {
	if run != nil {
		correct.Apply(d, stage, run.ops, run.outcomes)
	}
	return nil
}

// ReportCorrections says what became of the caller's corrections: the list as given (so
// that an export carries it and it can be given again), how many were applied, and why
// each of the others was not.
type ReportCorrections struct {
	List      []Correction      `json:"list"`
	Applied   int               `json:"applied"`
	Unapplied []ReportUnapplied `json:"unapplied"`
}

// ReportUnapplied is a correction that changed nothing: its index in the list, its op
// and why ("\"Apple\" is no longer in the text").
type ReportUnapplied struct {
	Index  int    `json:"index"`
	Op     string `json:"op"`
	Reason string `json:"reason"`
}

// report is the run's part of the report; nil (no field) when no corrections were given.
func (run *correctionRun) report() *ReportCorrections {
	if run == nil {
		return nil
	}
	rc := &ReportCorrections{List: run.given, Unapplied: []ReportUnapplied{}}
	for i, o := range run.outcomes {
		if o.Applied {
			rc.Applied++
			continue
		}
		rc.Unapplied = append(rc.Unapplied, ReportUnapplied{Index: i, Op: run.given[i].Op, Reason: o.Reason})
	}
	return rc
}
