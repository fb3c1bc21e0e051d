package entity

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	goldenfile "lede/internal/golden"
)

// goldenMention and goldenActor are the test's view of the result: texts, not offsets,
// so that a golden file reads as a review of the analysis.
type goldenMention struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Kind  string `json:"kind"`
	Actor string `json:"actor"` // the actor's name, "" when unresolved
}

type goldenActor struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
	Roles   []string `json:"roles,omitempty"`
	Gender  string   `json:"gender,omitempty"`
}

type golden struct {
	Mentions []goldenMention `json:"mentions"`
	Actors   []goldenActor   `json:"actors"`
}

func analyse(t testing.TB, input string) *doc.Doc {
	d := &doc.Doc{Text: input}
	text.Segment(d)
	if err := Recognize(d); err != nil {
		t.Fatal(err)
	}
	if err := Resolve(d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, d)
	return d
}

// checkSpans fails on the first broken invariant of the Doc (see doc.Check).
func checkSpans(t testing.TB, d *doc.Doc) {
	t.Helper()
	if err := doc.Check(d); err != nil {
		t.Fatal(err)
	}
}

var genderNames = [...]string{"", "male", "female", ""}

func toGolden(d *doc.Doc) golden {
	g := golden{Mentions: []goldenMention{}, Actors: []goldenActor{}}
	for _, m := range d.Mentions {
		gm := goldenMention{Text: d.Slice(m.Span), Type: m.Type.String(), Kind: m.Kind.String()}
		if m.Actor >= 0 {
			gm.Actor = d.Actors[m.Actor].Name
		}
		g.Mentions = append(g.Mentions, gm)
	}
	for _, a := range d.Actors {
		g.Actors = append(g.Actors, goldenActor{Name: a.Name, Type: a.Type.String(), Aliases: a.Aliases, Roles: a.Roles, Gender: genderNames[a.Gender]})
	}
	return g
}

// TestGolden runs each testdata/*.txt through Recognize and Resolve and compares the
// result with the .json next to it (go test ./analyzer/entity/ -update rewrites them).
func TestGolden(t *testing.T) {
	goldenfile.ForEach(t, "testdata/*.txt", func(t *testing.T, in, want string) {
		goldenfile.Expect(t, want, toGolden(analyse(t, in)))
	})
}

// TestOddInput: no panic and valid spans on empty, odd and punctuation-only input.
func TestOddInput(t *testing.T) {
	for _, in := range []string{"", " ", "\uFFFD", "''' \"\" ...", "he she it they", "The the THE", "'s 's Clinton's's", strings.Repeat("A ", 500), "Mr.", "President", "(((CIA)))"} {
		analyse(t, in)
	}
}

func TestModelRoundTrip(t *testing.T) {
	tg, _, err := load()
	if err != nil {
		t.Fatal(err)
	}
	b := MarshalTagger(tg)
	tg2, err := OpenTagger(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if string(MarshalTagger(tg2)) != string(b) {
		t.Fatal("model does not survive a round trip")
	}
	if _, err := OpenTagger(string(b[:len(b)/2])); err == nil {
		t.Fatal("a truncated model loads")
	}
}

// TestRandomInput: no panic and valid spans on random mixes of words, names, pronouns
// and punctuation (a cheap stand-in for the pipeline's FuzzAnalyze).
func TestRandomInput(t *testing.T) {
	parts := []string{"the", "The", "he", "She", "it", "its", "they", "him", "Mr.", "Ms", "President", "Putin", "Vladimir",
		"CIA", "U.S.", "United", "States", "Wagner", "Group", "'s", "’s", ",", ".", "\"", "“", "”", "(", ")", "-", "—",
		"\n", "\n\n", "said", "spokesman", "agency", "ministry", "of", "A", "IBM", "Rostov-on-Don", "é", "\uFFFD", "1996", "…"}
	seed := uint32(7)
	next := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	for round := 0; round < 300; round++ {
		var sb strings.Builder
		for k := next(60); k >= 0; k-- {
			sb.WriteString(parts[next(len(parts))])
			if next(4) > 0 {
				sb.WriteByte(' ')
			}
		}
		analyse(t, sb.String())
	}
}
