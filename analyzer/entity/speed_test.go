package entity

import "lede/analyzer/entity/ner"
import "testing"

// TestShapeHash checks that a packed shape hashes as its spelling does (the model's
// feature hashes were computed from shape strings) and spells the expected shapes.
func TestShapeHash(t *testing.T) {
	for w, want := range map[string]string{
		"Zelensky": "Xx", "U.S.": "X.X.", "1996-08-22": "d-d-d", "Rostov-on-Don": "Xx-x-Xx",
		"McDonald's": "XxXx'x", "Ünal": "Xx", "straße": "x", "€5": "~d", "a-b-c-d-e-f": "x-x-x-x-",
		"": "", "\xff": "~",
	} {
		s := wordShape(w)
		if s.String() != want {
			t.Errorf("wordShape(%q) = %q, want %q", w, s.String(), want)
		}
		if hashShape(featureSeed, s) != hashString(featureSeed, want) {
			t.Errorf("hashShape(%q) differs from hashString", want)
		}
	}
}

// TestReusedFeatures checks that the second pass gets the same tags whether it
// recomputes the first pass's features or reuses them.
func TestReusedFeatures(t *testing.T) {
	tg, lex, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if tg.Second == nil {
		t.Skip("no second pass")
	}
	words := [][]string{
		{"Leeds", "beat", "Chelsea", "2-1", "at", "Elland", "Road", "on", "Saturday", "."},
		{"Leeds", "United", "manager", "Howard", "Wilkinson", "said", "Chelsea", "played", "well", "."},
		{"LEEDS", "2", "Chelsea", "1"},
	}
	mk := func() []Sentence {
		var out []Sentence
		for _, w := range words {
			out = append(out, NewSentence(w))
		}
		return out
	}
	got := tg.TagDocument(lex, mk())
	sents := mk()
	v := newDocVocab(lex, sents)
	truecaseTitles(lex, sents, v)
	want := tg.Second.tagWith(lex, sents, v, tg.First.tagWith(lex, sents, v, nil, nil), nil)
	for si := range got {
		for i := range got[si] {
			if got[si][i] != want[si][i] {
				t.Fatalf("sentence %d token %d: %s with reuse, %s without", si, i, ner.Names[got[si][i]], ner.Names[want[si][i]])
			}
		}
	}
}
