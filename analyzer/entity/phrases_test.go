package entity

import (
	"maps"
	"strings"
	"testing"

	"lede/analyzer/entity/ner"
)

// conllOf builds a one-document corpus from "word/TAG" sentences written for the test.
func conllOf(t *testing.T, sents ...string) []ner.CoNLLDoc {
	t.Helper()
	var b strings.Builder
	b.WriteString("-DOCSTART- -X- -X- O\n\n")
	for _, s := range sents {
		for _, wt := range strings.Fields(s) {
			w, tag, _ := strings.Cut(wt, "/")
			if tag == "" {
				tag = "O"
			}
			b.WriteString(w + " NN O " + tag + "\n")
		}
		b.WriteString("\n")
	}
	docs, err := ner.ParseCoNLL(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestPhraseDictRoundTripAndMatch(t *testing.T) {
	docs := conllOf(t,
		"Shares/O in/O Acme/B-ORG Widget/I-ORG rose/O ./O",
		"Acme/B-ORG Widget/I-ORG said/O Tuesday/O ./O",
		"Dover/B-LOC is/O a/O port/O ./O",
		"Dover/B-ORG beat/O Kent/B-ORG 2-1/O ./O",
		"Dover/B-LOC harbour/O reopened/O ./O",
	)
	pd := BuildPhraseDict(docs)
	back, err := UnmarshalPhraseDict(pd.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(pd.phrases, back.phrases) || !maps.Equal(pd.first, back.first) {
		t.Fatal("phrase dictionary changed in a marshal round trip")
	}
	acme := back.phrases[phraseKey([]string{"acme", "widget"})]
	if dictType(acme) != 2 || acme>>3&3 != 2 || acme>>5&3 != 1 {
		t.Errorf("acme widget: type %d purity %d count %d, want ORG, pure, 2-3", dictType(acme), acme>>3&3, acme>>5&3)
	}
	dover := back.phrases[phraseKey([]string{"dover"})]
	if dictType(dover) != 3 || dover>>3&3 != 1 {
		t.Errorf("dover: type %d purity %d, want LOC, a majority only", dictType(dover), dover>>3&3)
	}
	if _, err := UnmarshalPhraseDict([]byte("LDICT1\n\x05")); err == nil {
		t.Error("a truncated dictionary loaded")
	}

	// tagging sees the longest phrase, with each token's position in it
	lx := ParseLexicon(nil, nil, nil).WithPhrases(back)
	sents := []Sentence{NewSentence(strings.Fields("Analysts like Acme Widget and Dover"))}
	v := newDocVocab(lx, sents)
	infos := make([]tokInfo, len(sents[0].Words))
	back.mark(v.lowers(0, nil), v.ids[0], v.dictFirst, infos)
	var got []string
	for _, ti := range infos {
		got = append(got, string(rune(max(ti.dpos, '.'))))
	}
	if g := strings.Join(got, ""); g != "..BL.U" {
		t.Errorf("positions %q, want ..BL.U", g)
	}
}

func TestDocGenreTableLines(t *testing.T) {
	sents := []Sentence{
		NewSentence(strings.Fields("RUGBY - RESULTS OF MATCHES .")),
		NewSentence(strings.Fields("Dover 21 Kent 15")),
		NewSentence(strings.Fields("The match was played in heavy rain in 2024 .")),
	}
	v := newDocVocab(nil, sents)
	g := newDocGenre(sents, v.firstWord())
	if g.rows[0] || !g.rows[1] || g.rows[2] {
		t.Errorf("table rows %v, want only the score line", g.rows)
	}
	if g.table != '2' || g.topic != "rugby" {
		t.Errorf("table %q topic %q, want '2' and rugby", g.table, g.topic)
	}
}
