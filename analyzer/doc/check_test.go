package doc

import (
	"strings"
	"testing"
)

// validDoc is a small Doc that keeps every invariant: "Ann said no. Bob left."
func validDoc() *Doc {
	d := &Doc{Text: "Ann said no. Bob left."}
	d.Paragraphs = []Paragraph{{Span: Span{0, 22}, FirstSentence: 0, EndSentence: 2}}
	d.Sentences = []Sentence{{Span: Span{0, 12}, Paragraph: 0, FirstToken: 0, EndToken: 4},
		{Span: Span{13, 22}, Paragraph: 0, FirstToken: 4, EndToken: 7}}
	for _, t := range []struct {
		s, e int
		sent int32
	}{{0, 3, 0}, {4, 8, 0}, {9, 11, 0}, {11, 12, 0}, {13, 16, 1}, {17, 21, 1}, {21, 22, 1}} {
		d.Tokens = append(d.Tokens, Token{Span: Span{t.s, t.e}, Sentence: t.sent})
	}
	d.Chunks = []Chunk{{0, 1, 0, ChunkNP}, {1, 2, 1, ChunkVP}, {4, 5, 4, ChunkNP}, {5, 6, 5, ChunkVP}}
	d.Clauses = []Clause{{Sentence: 0, FirstToken: 0, EndToken: 3, Subject: 0, Object: -1, Agent: -1, Verb: VerbGroup{FirstToken: 1, EndToken: 2, Head: 1}},
		{Sentence: 1, FirstToken: 4, EndToken: 6, Subject: 2, Object: -1, Agent: -1, Verb: VerbGroup{FirstToken: 5, EndToken: 6, Head: 5}}}
	d.Actors = []Actor{{Name: "Ann"}, {Name: "Bob"}}
	d.AddMention(Mention{Span: Span{13, 16}, Actor: 1, Sentence: 1})
	d.AddMention(Mention{Span: Span{0, 3}, Actor: 0})
	d.Quotes = []Quote{{Kind: QuoteIndirect, Span: Span{9, 11}, Speaker: 0, SpeakerSpan: Span{0, 3}, Cue: Span{4, 8}, Outlet: NoSpan}}
	d.Timexes = []Timex{}
	d.Stance = []StanceEdge{{Holder: 0, Target: 1, Evidence: []int{0}}}
	d.Tone = []Tone{{Actor: 1, Sentences: []int{1}}}
	d.Targets = []Target{{Span: Span{13, 16}}}
	d.MentionPolarity = []float64{0.5, -0.5}
	return d
}

// Check accepts a Doc that keeps the invariants and names the first one each broken Doc
// breaks.
func TestCheck(t *testing.T) {
	if err := Check(validDoc()); err != nil {
		t.Fatalf("valid doc: %v", err)
	}
	if err := Check(&Doc{}); err != nil {
		t.Fatalf("empty doc: %v", err)
	}
	broken := map[string]func(d *Doc){
		"token 1: span":            func(d *Doc) { d.Tokens[1].End = 99 },
		"tokens 1 and 2 overlap":   func(d *Doc) { d.Tokens[1].End = 10 },
		"token 4 is outside":       func(d *Doc) { d.Tokens[4].Sentence = 0 },
		"sentence 1: tokens":       func(d *Doc) { d.Sentences[1].EndToken = 8 },
		"sentence 1 is outside":    func(d *Doc) { d.Paragraphs[0].EndSentence = 1 },
		"chunk 1: head":            func(d *Doc) { d.Chunks[1].Head = 3 },
		"chunk 3: tokens":          func(d *Doc) { d.Chunks[3].FirstToken = 3 },
		"clause 0: subject":        func(d *Doc) { d.Clauses[0].Object = 9 },
		"mentions 0 and 1 are not": func(d *Doc) { d.Mentions[0], d.Mentions[1] = d.Mentions[1], d.Mentions[0] },
		"mention 1: actor 2":       func(d *Doc) { d.Mentions[1].Actor = 2 },
		"actor 0 (Ann) lists":      func(d *Doc) { d.Actors[0].Mentions = []int{1} },
		"actor 1 (Bob): mentions":  func(d *Doc) { d.Actors[1].Mentions = []int{1, 1} },
		"quote cue 0: span":        func(d *Doc) { d.Quotes[0].Cue = Span{5, 3} },
		"quote 0: speaker 5":       func(d *Doc) { d.Quotes[0].Speaker = 5 },
		"timexes 0 and 1 overlap":  func(d *Doc) { d.Timexes = []Timex{{Span: Span{0, 8}}, {Span: Span{4, 11}}} },
		"event 0: timex 1": func(d *Doc) {
			d.Timexes = []Timex{{Span: Span{0, 3}}}
			d.Events = []Event{{Timex: 1, Span: Span{0, 12}}}
		},
		"stance edge 0: holder":       func(d *Doc) { d.Stance[0].Target = 0 },
		"stance edge 0: evidence":     func(d *Doc) { d.Stance[0].Evidence = []int{1} },
		"tone 0: sentence 2":          func(d *Doc) { d.Tone[0].Sentences = []int{2} },
		"target 0: span":              func(d *Doc) { d.Text = "Änn said no. Bob left."; d.Targets[0].Span = Span{1, 3} },
		"actor 0 (Ann): salience":     func(d *Doc) { d.Actors[0].Salience = 1.5 },
		"paragraph 0: span {0 23} ":   func(d *Doc) { d.Paragraphs[0].End = 23 },
		"clause 1: verb head 4":       func(d *Doc) { d.Clauses[1].Verb.Head = 4 },
		"mention 0: polarity":         func(d *Doc) { d.MentionPolarity = []float64{-2, 0} },
		"mention polarities: 1 for 2": func(d *Doc) { d.MentionPolarity = []float64{0} },
		"quote's quoted part 0: span": func(d *Doc) { d.Quotes[0].Quoted = []Span{NoSpan} },
	}
	for want, breakIt := range broken {
		d := validDoc()
		breakIt(d)
		err := Check(d)
		if err == nil || !strings.HasPrefix(err.Error(), strings.TrimSpace(want)) {
			t.Errorf("%s: Check = %v", want, err)
		}
	}
}

// AddMentions merges mentions in any order among sorted ones (after an equal span),
// renumbers the actors' indices and keeps each actor's list ascending.
func TestAddMentions(t *testing.T) {
	d := &Doc{Text: strings.Repeat("x", 40), Actors: []Actor{{Name: "A"}, {Name: "B"}}}
	d.AddMention(Mention{Span: Span{10, 12}, Actor: 0})
	d.AddMention(Mention{Span: Span{20, 22}, Actor: 1})
	at := d.AddMentions([]Mention{{Span: Span{30, 32}, Actor: 0}, {Span: Span{0, 2}, Actor: 0}, {Span: Span{10, 12}, Actor: 1}, {Span: Span{10, 11}, Actor: -1}})
	if got, want := at, []int{5, 0, 3, 1}; !equalInts(got, want) {
		t.Fatalf("indices %v, want %v", got, want)
	}
	if a, b := d.Actors[0].Mentions, d.Actors[1].Mentions; !equalInts(a, []int{0, 2, 5}) || !equalInts(b, []int{3, 4}) {
		t.Fatalf("actor mentions %v %v", a, b)
	}
	if err := Check(d); err != nil {
		t.Fatal(err)
	}
	if n := d.AddMentions(nil); len(n) != 0 || len(d.Mentions) != 6 {
		t.Fatalf("adding nothing changed the Doc")
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
