package corpus

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
)

// a CoNLL-2003 snippet written for the test: two sentences of one document
const syntaxSnippet = `-DOCSTART- -X- -X- O

The DT B-NP O
mayor NN I-NP O
spoke VBD B-VP O
. . O O

She PRP B-NP O
left VBD B-VP O
`

func TestReadSyntax(t *testing.T) {
	sents, err := ReadSyntax(strings.NewReader(syntaxSnippet))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 4 || len(sents[1].Tokens) != 2 {
		t.Fatalf("got %d sentences %+v", len(sents), sents)
	}
	if w, p := sents[0].Tokens[1].Norm, sents[0].POS[2]; w != "mayor" || p != doc.VBD {
		t.Errorf("word %q, POS %v; want mayor, VBD", w, p)
	}
	d := SyntaxDoc(sents)
	if d.Text != "The mayor spoke . She left " || len(d.Sentences) != 2 || d.Sentences[1].FirstToken != 4 {
		t.Errorf("laid out as %q, sentences %+v", d.Text, d.Sentences)
	}
	if got := d.Slice(d.Tokens[4].Span); got != "She" {
		t.Errorf("token 4 is %q", got)
	}
	gold := sents[1].GoldChunks(4)
	if len(gold) != 2 || gold[0].FirstToken != 4 || gold[1].Kind != doc.ChunkVP {
		t.Errorf("gold chunks of the second sentence: %+v", gold)
	}
}

func TestSyntaxScore(t *testing.T) {
	sents, _ := ReadSyntax(strings.NewReader(syntaxSnippet))
	var sc SyntaxScore
	toks := append([]doc.Token(nil), sents[0].Tokens...)
	for i, p := range []doc.POS{doc.DT, doc.NN, doc.NN, doc.POSNone} { // two of four right
		toks[i].POS = p
	}
	sc.AddTags(toks, sents[0].POS)
	gold := sents[0].GoldChunks(0) // the mayor | spoke
	sc.AddChunks([]doc.Chunk{gold[0], {FirstToken: 2, EndToken: 3, Kind: doc.ChunkNP}}, gold)
	if a := sc.Agreement(); a != 0.5 {
		t.Errorf("agreement %v, want 0.5", a)
	}
	if p, r, _ := sc.ChunkPRF(); p != 0.5 || r != 0.5 {
		t.Errorf("chunks P %v R %v, want 0.5 0.5 (the VP found as an NP is wrong)", p, r)
	}
}
