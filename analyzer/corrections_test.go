package analyzer

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"lede/analyzer/doc"
	"lede/internal/golden"
)

// The texts below are written for these tests.

// hale: one man named two ways ("Robert Hale", "Bob Hale"), which the entity stage reads
// as two actors; a councillor against him.
const hale = `Robert Hale, the mayor of Dunmore, opened the new bridge on Monday.

"This bridge joins two towns," Bob Hale said. He praised the builders.

Critics attacked Bob Hale over the cost. "He wasted our money," said Ann Berry, a councillor.
`

// price: a person quoted twice, the second time as "he".
const price = `"We are ready for the vote," said Jordan Price on Monday. "The plan is sound," he added.
`

// board: three speakers; the middle quote is Newton's.
const board = `Jordan Price said on Monday that the merger would go ahead. "We are ready," Price said.

Apple Newton, the chairman, criticised the plan. "It is a mistake," Newton told reporters.

Maria Lopez attacked Jordan Price over the deal. "He has misled everyone," Lopez said.
`

// at is the span of the n-th (0-based) occurrence of s in text, in UTF-16 units, with s.
func at(text, s string, n int) *TextSpan {
	from := 0
	for ; n >= 0; n-- {
		i := strings.Index(text[from:], s)
		if i < 0 {
			panic("at: " + s + " not in the text")
		}
		from += i
		if n > 0 {
			from += len(s)
		}
	}
	start := len(utf16.Encode([]rune(text[:from])))
	return &TextSpan{Start: start, End: start + len(utf16.Encode([]rune(s))), Text: s}
}

// correctedView is what a correction changes, by name, for the golden files.
type correctedView struct {
	Actors      []string           `json:"actors"` // name (TYPE, n mentions) [corrected]; aliases
	Quotes      []string           `json:"quotes"` // text <- speaker
	Stance      []string           `json:"stance"` // holder -> target: label
	Events      []string           `json:"events"` // timex: actors
	Corrections *ReportCorrections `json:"corrections"`
}

func viewOf(r *Report) correctedView {
	v := correctedView{Actors: []string{}, Quotes: []string{}, Stance: []string{}, Events: []string{}, Corrections: r.Corrections}
	name := map[string]string{}
	for _, a := range r.Actors {
		name[a.ID] = a.Name
		s := a.Name + " (" + a.Type + ", " + plural(a.MentionCount, "mention") + ")"
		if a.Corrected {
			s += " [corrected]"
		}
		if len(a.Aliases) > 0 {
			s += "; also " + strings.Join(a.Aliases, ", ")
		}
		v.Actors = append(v.Actors, s)
	}
	for _, q := range r.Quotes {
		who := "(none)"
		if q.Speaker != nil {
			who = name[*q.Speaker]
		}
		if q.Corrected {
			who += " [corrected]"
		}
		v.Quotes = append(v.Quotes, q.Text+" <- "+who)
	}
	for _, s := range r.Stance {
		v.Stance = append(v.Stance, name[*s.Holder]+" -> "+name[s.Target]+": "+s.Label)
	}
	for _, e := range r.Events {
		var who []string
		for _, a := range e.Actors {
			who = append(who, name[a])
		}
		v.Events = append(v.Events, e.TimexText+": "+strings.Join(who, ", "))
	}
	return v
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// analyzeCorrected analyses text with cs and checks the Doc's invariants after them.
func analyzeCorrected(t *testing.T, text string, cs []Correction) *Report {
	t.Helper()
	opts := Options{RefDate: "2023-06-28", Corrections: cs}
	d, err := Build(text, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(d); err != nil {
		t.Fatalf("the corrected Doc is broken: %v", err)
	}
	rep, err := Analyze(text, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func actorNamed(r *Report, name string) *ReportActor {
	for i := range r.Actors {
		if r.Actors[i].Name == name {
			return &r.Actors[i]
		}
	}
	return nil
}

func quoteSpeaker(r *Report, text string) string {
	for _, q := range r.Quotes {
		if q.Text == text {
			if q.Speaker == nil {
				return ""
			}
			for _, a := range r.Actors {
				if a.ID == *q.Speaker {
					return a.Name
				}
			}
		}
	}
	return "(no such quote)"
}

// correctionCase is one case of TestCorrections: the corrections of a text, and a check
// of the report after them against the report before; each has its golden file
// testdata/corrections/NAME.json.
type correctionCase struct {
	name  string
	text  string
	cs    []Correction
	check func(t *testing.T, before, after *Report)
}

// correctionCases are the editor's operations, each on a short text written for the test.
var correctionCases = []correctionCase{
	{"merge", hale, []Correction{{Op: "merge", Mention: at(hale, "Bob Hale", 0), Into: at(hale, "Robert Hale", 0)}},
		func(t *testing.T, before, after *Report) {
			if len(after.Actors) != len(before.Actors)-1 || actorNamed(after, "Bob Hale") != nil {
				t.Errorf("Bob Hale is still an actor of his own")
			}
			// the quotes and the stance follow the merged actor
			if got := quoteSpeaker(after, "This bridge joins two towns,"); got != "Robert Hale" {
				t.Errorf("the bridge quote's speaker is %q, want Robert Hale", got)
			}
			if v := viewOf(after); len(v.Stance) != 1 || v.Stance[0] != "Ann Berry -> Robert Hale: against" {
				t.Errorf("stance %v, want Ann Berry against Robert Hale", v.Stance)
			}
		}},
	{"merge-timeline", board, []Correction{{Op: "merge", Mention: at(board, "Jordan Price", 0), Into: at(board, "Apple Newton", 0)}},
		func(t *testing.T, before, after *Report) {
			v := viewOf(after)
			if len(v.Events) != 1 || v.Events[0] != "Monday: Apple Newton" {
				t.Errorf("the timeline %v, want Monday's event to be Apple Newton's", v.Events)
			}
			if got := quoteSpeaker(after, "We are ready,"); got != "Apple Newton" {
				t.Errorf("Price's quote is %q's after the merge", got)
			}
			if len(v.Stance) != 1 || v.Stance[0] != "Maria Lopez -> Apple Newton: against" {
				t.Errorf("stance %v, want Maria Lopez against Apple Newton", v.Stance)
			}
		}},
	{"retype", price, []Correction{{Op: "retype", Mention: at(price, "Jordan Price", 0), Type: "ORG"}},
		func(t *testing.T, before, after *Report) {
			if quoteSpeaker(before, "The plan is sound,") != "Jordan Price" {
				t.Fatalf("the test's premise: Jordan Price says the plan is sound (%q)", quoteSpeaker(before, "The plan is sound,"))
			}
			// an organisation is not "he": the second quote loses its speaker
			if got := quoteSpeaker(after, "The plan is sound,"); got != "" {
				t.Errorf("\"he added\" is still %q's after the retype to ORG", got)
			}
			if a := actorNamed(after, "Jordan Price"); a == nil || a.Type != "ORG" || !a.Corrected {
				t.Errorf("Jordan Price is %+v, want a corrected ORG", a)
			}
		}},
	{"rename", board, []Correction{{Op: "rename", Mention: at(board, "Newton", 1), Name: "Sir Apple Newton"}},
		func(t *testing.T, before, after *Report) {
			a := actorNamed(after, "Sir Apple Newton")
			if a == nil || !a.Corrected || len(a.Aliases) == 0 || a.Aliases[0] != "Apple Newton" {
				t.Errorf("renamed actor %+v, want the new name with the old one first among its aliases", a)
			}
			if got := quoteSpeaker(after, "It is a mistake,"); got != "Sir Apple Newton" {
				t.Errorf("the quote's speaker is %q, want the new name", got)
			}
		}},
	{"split", hale, []Correction{{Op: "split", Mention: at(hale, "Bob Hale", 1)}},
		func(t *testing.T, before, after *Report) {
			if len(after.Actors) != len(before.Actors)+1 {
				t.Errorf("%d actors after the split, want %d", len(after.Actors), len(before.Actors)+1)
			}
			m := mentionAtText(after, at(hale, "Bob Hale", 1))
			m0 := mentionAtText(after, at(hale, "Bob Hale", 0))
			if m == nil || m0 == nil || m.Actor == nil || m0.Actor == nil || *m.Actor == *m0.Actor {
				t.Errorf("the second Bob Hale is still the first one's actor")
			}
		}},
	{"split-pronoun", hale, []Correction{{Op: "split", Mention: at(hale, "He", 0)}},
		func(t *testing.T, before, after *Report) {
			if m := mentionAtText(after, at(hale, "He", 0)); m == nil || m.Actor != nil {
				t.Errorf("the split pronoun still refers to an actor: %+v", m)
			}
			if len(after.Actors) != len(before.Actors) {
				t.Errorf("splitting a pronoun made an actor")
			}
		}},
	{"speaker", board, []Correction{
		{Op: "speaker", Quote: at(board, "It is a mistake,", 0), Speaker: at(board, "Maria Lopez", 0)},
		{Op: "speaker", Quote: at(board, "We are ready,", 0)},
	}, func(t *testing.T, before, after *Report) {
		if got := quoteSpeaker(after, "It is a mistake,"); got != "Maria Lopez" {
			t.Errorf("the quote's speaker is %q, want Maria Lopez", got)
		}
		if got := quoteSpeaker(after, "We are ready,"); got != "" {
			t.Errorf("the quote given no speaker is %q's", got)
		}
	}},
	{"speaker-new-name", price, []Correction{{Op: "speaker", Quote: at(price, "The plan is sound,", 0), Speaker: at(price, "vote", 0)}},
		func(t *testing.T, before, after *Report) {
			a := actorNamed(after, "vote")
			if a == nil || a.Type != "PERSON" || !a.Corrected || quoteSpeaker(after, "The plan is sound,") != "vote" {
				t.Errorf("a speaker named outside any mention did not become an actor: %+v", a)
			}
		}},
	{"dismiss", hale, []Correction{{Op: "dismiss", Holder: at(hale, "Ann Berry", 0), Target: at(hale, "Bob Hale", 0)}},
		func(t *testing.T, before, after *Report) {
			if len(before.Stance) == 0 || len(after.Stance) != len(before.Stance)-1 {
				t.Errorf("stance %d edges before, %d after the dismissal", len(before.Stance), len(after.Stance))
			}
		}},
	{"in-order", hale, []Correction{
		// the split makes the second Bob Hale an actor; the merge then names it
		{Op: "split", Mention: at(hale, "Bob Hale", 1)},
		{Op: "merge", Mention: at(hale, "Bob Hale", 1), Into: at(hale, "Robert Hale", 0)},
		{Op: "retype", Mention: at(hale, "Dunmore", 0), Type: "ORG"},
	}, func(t *testing.T, before, after *Report) {
		if after.Corrections.Applied != 3 {
			t.Errorf("applied %d of 3: %+v", after.Corrections.Applied, after.Corrections.Unapplied)
		}
	}},
	{"unapplied", hale, []Correction{
		{Op: "rename", Mention: &TextSpan{Start: 0, End: 3, Text: "Zed"}, Name: "Zed Hale"},                // not in the text
		{Op: "retype", Mention: at(hale, "Robert Hale", 0), Type: "PERSON"},                                // already so
		{Op: "merge", Mention: at(hale, "Bob Hale", 0), Into: at(hale, "Bob Hale", 1)},                     // one actor already
		{Op: "split", Mention: at(hale, "Ann Berry", 0)},                                                   // its only mention
		{Op: "rename", Mention: at(hale, "bridge", 0), Name: "X"},                                          // no mention there
		{Op: "dismiss", Holder: at(hale, "Robert Hale", 0), Target: at(hale, "Ann Berry", 0)},              // no such edge
		{Op: "speaker", Quote: &TextSpan{Start: 0, End: 9, Text: "Not said."}, Speaker: at(hale, "He", 0)}, // no such quote
		{Op: "split", Mention: &TextSpan{Start: 9000, End: 9008, Text: "Bob Hale"}},                        // moved, and two places fit
	}, func(t *testing.T, before, after *Report) {
		c := after.Corrections
		if c.Applied != 0 || len(c.Unapplied) != 8 {
			t.Fatalf("applied %d, unapplied %d, want 0 and 8: %+v", c.Applied, len(c.Unapplied), c.Unapplied)
		}
		for i, u := range c.Unapplied {
			if u.Index != i || u.Reason == "" || u.Op != after.Corrections.List[i].Op {
				t.Errorf("unapplied %d: %+v", i, u)
			}
		}
		if len(after.Actors) != len(before.Actors) || len(after.Stance) != len(before.Stance) {
			t.Errorf("an unapplied correction changed the report")
		}
	}},
}

func TestCorrections(t *testing.T) {
	for _, tc := range correctionCases {
		t.Run(tc.name, func(t *testing.T) {
			before := analyzeCorrected(t, tc.text, nil)
			after := analyzeCorrected(t, tc.text, tc.cs)
			if after.Corrections == nil || len(after.Corrections.List) != len(tc.cs) {
				t.Fatalf("the report does not carry the corrections: %+v", after.Corrections)
			}
			tc.check(t, before, after)
			golden.Expect(t, filepath.Join("testdata", "corrections", tc.name+".json"), viewOf(after))
		})
	}
}

func mentionAtText(r *Report, s *TextSpan) *ReportMention {
	for i := range r.Mentions {
		if m := r.Mentions[i]; m.Start == s.Start && m.End == s.End {
			return &r.Mentions[i]
		}
	}
	return nil
}

// TestCorrectionsFollowAnEditedText: a correction finds its words again when text is
// added before them, unless they then fit more than one place.
func TestCorrectionsFollowAnEditedText(t *testing.T) {
	cs := []Correction{
		{Op: "merge", Mention: at(hale, "Bob Hale", 0), Into: at(hale, "Robert Hale", 0)},
		{Op: "retype", Mention: at(hale, "Dunmore", 0), Type: "ORG"},
	}
	edited := "A new paragraph comes first.\n\n" + hale
	rep := analyzeCorrected(t, edited, cs)
	c := rep.Corrections
	if c.Applied != 1 || len(c.Unapplied) != 1 || c.Unapplied[0].Index != 0 || !strings.Contains(c.Unapplied[0].Reason, "2 places") {
		t.Errorf("want the retype applied (one Dunmore) and the merge not (Bob Hale in 2 places): %+v", c)
	}
	if a := actorNamed(rep, "Dunmore"); a == nil || a.Type != "ORG" {
		t.Errorf("Dunmore: %+v", a)
	}
}

func TestCorrectionsOffByDefault(t *testing.T) {
	for _, cs := range [][]Correction{nil, {}} {
		rep := analyzeCorrected(t, hale, cs)
		if rep.Corrections != nil {
			t.Errorf("corrections %v: the report has a corrections field", cs)
		}
		b, _ := json.Marshal(rep)
		if strings.Contains(string(b), "corrected") {
			t.Errorf("an uncorrected report marks something corrected")
		}
	}
}

// TestCorrectionsOnAnotherLanguage: nothing is analysed, so nothing is applied, and the
// report says so for each correction.
func TestCorrectionsOnAnotherLanguage(t *testing.T) {
	text := "Der Bürgermeister Robert Hale eröffnete am Montag die neue Brücke über den Fluss. Die Kosten waren hoch, und die Kritiker sind nicht zufrieden mit der Stadt."
	rep, err := Analyze(text, Options{Corrections: []Correction{{Op: "split", Mention: at(text, "Robert Hale", 0)}}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Language.English {
		t.Skip("the text reads as English to the language check")
	}
	if c := rep.Corrections; c == nil || c.Applied != 0 || len(c.Unapplied) != 1 || !strings.Contains(c.Unapplied[0].Reason, "not reached") {
		t.Errorf("corrections %+v", c)
	}
}

func TestBadCorrections(t *testing.T) {
	span := `{"start":0,"end":11,"text":"Robert Hale"}`
	for _, tc := range []struct{ json, want string }{
		{`[{"op":"retpye","mention":` + span + `,"type":"ORG"}]`, `corrections[0] (retpye): unknown op "retpye" (known: rename, retype, merge, split, speaker, dismiss)`},
		{`[{"mention":` + span + `}]`, `corrections[0]: no "op"`},
		{`[{"op":"retype","type":"ORG"}]`, `corrections[0] (retype): needs "mention"`},
		{`[{"op":"retype","mention":` + span + `,"type":"PER"}]`, `unknown type "PER" (PERSON, ORG, LOC or MISC)`},
		{`[{"op":"merge","mention":` + span + `}]`, `corrections[0] (merge): needs "into"`},
		{`[{"op":"split","mention":{"start":0,"end":11}}]`, `mention: no "text"`},
		{`[{"op":"split","mention":{"start":0,"end":4,"text":"Robert Hale"}}]`, `the span 0–4 is 4 characters, its text "Robert Hale" is 11`},
		{`[{"op":"split","mention":{"start":5,"end":2,"text":"x"}}]`, `not a range of the text`},
		{`[{"op":"split","mention":` + span + `,"name":"Bob"}]`, `"name" is not a field of split`},
		{`[{"op":"rename","mention":` + span + `,"name":"  "}]`, `the name must be 1 to 200 bytes`},
		{`[{"op":"split","mentoin":` + span + `}]`, `corrections[0]: unknown field "mentoin"`},
		{`{"op":"split"}`, `give a JSON array of corrections`},
		{`[{"op":"split","mention":` + span + `},7]`, `corrections[1]: cannot unmarshal number`},
	} {
		cs, err := ParseCorrections([]byte(tc.json))
		if err == nil {
			_, err = Analyze(hale, Options{Corrections: cs})
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) || !IsInputError(err) {
			t.Errorf("%s: error %v, want an input error with %q", tc.json, err, tc.want)
		}
	}
	if cs, err := ParseCorrections([]byte(`{"corrections":[{"op":"split","mention":` + span + `}]}`)); err != nil || len(cs) != 1 {
		t.Errorf("an object with a corrections array: %v %v", cs, err)
	}
}

// TestBatchCorrections: a batch line carries its corrections; a broken one fails its
// line only.
func TestBatchCorrections(t *testing.T) {
	line := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	in := line(map[string]any{"id": "ok", "text": hale, "corrections": []Correction{{Op: "merge", Mention: at(hale, "Bob Hale", 0), Into: at(hale, "Robert Hale", 0)}}}) + "\n" +
		line(map[string]any{"id": "bad", "text": hale, "corrections": []any{map[string]any{"op": "merge"}}}) + "\n" +
		line(map[string]any{"id": "plain", "text": hale}) + "\n"
	var out strings.Builder
	if err := AnalyzeBatch(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines out", len(lines))
	}
	var ok Report
	if err := json.Unmarshal([]byte(lines[0]), &ok); err != nil || ok.Corrections == nil || ok.Corrections.Applied != 1 {
		t.Errorf("line 1: %v %s", err, lines[0][:min(200, len(lines[0]))])
	}
	if !strings.Contains(lines[1], `"id":"bad","error":"line 2: corrections[0] (merge): needs \"mention\"`) {
		t.Errorf("line 2: %s", lines[1])
	}
	if strings.Contains(lines[2], `"corrections"`) {
		t.Errorf("line 3 has corrections")
	}
}

// TestCorrectionsKeepTheDoc applies many corrections drawn at random (a fixed seed) from
// the report's own mentions and quotes and from arbitrary spans: every Doc they leave
// keeps its invariants, and every report accounts for each correction.
func TestCorrectionsKeepTheDoc(t *testing.T) {
	for _, text := range []string{hale, board, price} {
		base := analyzeCorrected(t, text, nil)
		rng := rand.New(rand.NewPCG(16, uint64(len(text))))
		places := []*TextSpan{}
		for _, m := range base.Mentions {
			places = append(places, &TextSpan{Start: m.Start, End: m.End, Text: m.Text})
		}
		for _, q := range base.Quotes {
			places = append(places, &TextSpan{Start: q.Start, End: q.End, Text: q.Text})
		}
		for k := 0; k < 10; k++ {
			s := rng.IntN(len(text) - 8)
			places = append(places, at(text[s:], text[s:s+1+rng.IntN(7)], 0))
			places[len(places)-1].Start += s
			places[len(places)-1].End += s
		}
		pick := func() *TextSpan { p := *places[rng.IntN(len(places))]; return &p }
		for round := 0; round < 40; round++ {
			var cs []Correction
			for n := 1 + rng.IntN(6); n > 0; n-- {
				switch rng.IntN(6) {
				case 0:
					cs = append(cs, Correction{Op: "rename", Mention: pick(), Name: "New Name"})
				case 1:
					cs = append(cs, Correction{Op: "retype", Mention: pick(), Type: []string{"PERSON", "ORG", "LOC", "MISC"}[rng.IntN(4)]})
				case 2:
					cs = append(cs, Correction{Op: "merge", Mention: pick(), Into: pick()})
				case 3:
					cs = append(cs, Correction{Op: "split", Mention: pick()})
				case 4:
					c := Correction{Op: "speaker", Quote: pick()}
					if rng.IntN(3) > 0 {
						c.Speaker = pick()
					}
					cs = append(cs, c)
				case 5:
					cs = append(cs, Correction{Op: "dismiss", Holder: pick(), Target: pick()})
				}
			}
			rep := analyzeCorrected(t, text, cs) // checks the Doc
			if c := rep.Corrections; c.Applied+len(c.Unapplied) != len(cs) {
				t.Fatalf("%d corrections, %d applied and %d unapplied", len(cs), c.Applied, len(c.Unapplied))
			}
		}
	}
}

// BenchmarkCorrections: a long text (hale, 256 times over) with the most corrections
// taken, every one of them moved (its offsets past the text), so each is looked for
// again; the search budget bounds the work (make bench).
func BenchmarkCorrections(b *testing.B) {
	text := strings.Repeat(hale, 256)
	cs := make([]Correction, MaxCorrections)
	for i := range cs {
		cs[i] = Correction{Op: "split", Mention: &TextSpan{Start: 1 << 30, End: 1<<30 + 2, Text: "He"}}
	}
	for _, given := range []struct {
		name string
		cs   []Correction
	}{{"none", nil}, {"1000-moved", cs}} {
		b.Run(given.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := Analyze(text, Options{Corrections: given.cs}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
