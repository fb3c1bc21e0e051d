package main

import (
	"fmt"
	"io"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/internal/corpus"
)

// lede eval syntax FILE scores the language layer on a CoNLL-2003 file's POS and chunk
// columns (corpus.SyntaxScore): tag agreement per token and base-phrase F1 (same kind,
// same tokens), through text.Annotate on the file's own tokens and sentences. CoNLL's
// columns were assigned by a tagger, so this is agreement with that tagger, not accuracy
// against hand annotation.
func init() { evaluators["syntax"] = evalSyntax }

func evalSyntax(path string, out io.Writer) error {
	sents, err := corpus.ReadSyntaxFile(path)
	if err != nil {
		return err
	}
	d := corpus.SyntaxDoc(sents)
	text.Annotate(d)
	var sc corpus.SyntaxScore
	var gold []doc.Chunk
	for si, s := range d.Sentences {
		sc.AddTags(d.Tokens[s.FirstToken:s.EndToken], sents[si].POS)
		gold = append(gold, sents[si].GoldChunks(s.FirstToken)...)
	}
	sc.AddChunks(d.Chunks, gold)
	p, r, f1 := sc.ChunkPRF()
	fmt.Fprintf(out, "syntax %s: %d sentences, %d tokens\n", path, len(d.Sentences), len(d.Tokens))
	fmt.Fprintf(out, "POS agreement %.4f; chunks P %.4f R %.4f F1 %.4f (%d gold, %d predicted); %d clauses\n",
		sc.Agreement(), p, r, f1, sc.ChunksGold, sc.ChunksSys, len(d.Clauses))
	return nil
}
