package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/internal/corpus"
)

// lede eval syntax FILE scores the language layer on a CoNLL-2003 file's POS and chunk
// columns: tag agreement per token and base-phrase F1 (same kind, same tokens), through
// text.Annotate on the file's own tokens and sentences. CoNLL's columns were assigned by
// a tagger, so this is agreement with that tagger, not accuracy against hand annotation.
func init() {
	evaluators["syntax"] = func(path string, out io.Writer) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sents, err := text.ReadSyntaxCorpus(f)
		if err != nil {
			return err
		}
		// one Doc of all sentences, tokens laid out one space apart
		d := &doc.Doc{}
		var goldPOS []doc.POS
		var goldChunks []text.ChunkTag
		var b strings.Builder
		for si, s := range sents {
			first := len(d.Tokens)
			for _, t := range s.Tokens {
				t.Start = b.Len()
				b.WriteString(t.Norm)
				t.End = b.Len()
				b.WriteByte(' ')
				t.Sentence = int32(si)
				d.Tokens = append(d.Tokens, t)
			}
			d.Sentences = append(d.Sentences, doc.Sentence{FirstToken: first, EndToken: len(d.Tokens)})
			goldPOS = append(goldPOS, s.POS...)
			goldChunks = append(goldChunks, s.Chunks...)
		}
		d.Text = b.String()
		text.Annotate(d)
		right := 0
		for i, t := range d.Tokens {
			if t.POS == goldPOS[i] {
				right++
			}
		}
		gold := map[[3]int]bool{}
		for _, s := range d.Sentences {
			for _, c := range text.AppendChunks(d.Tokens[s.FirstToken:s.EndToken], s.FirstToken, goldChunks[s.FirstToken:s.EndToken], nil) {
				gold[[3]int{c.FirstToken, c.EndToken, int(c.Kind)}] = true
			}
		}
		hit := 0
		for _, c := range d.Chunks {
			if gold[[3]int{c.FirstToken, c.EndToken, int(c.Kind)}] {
				hit++
			}
		}
		p, r, f1 := corpus.PRF(hit, len(d.Chunks), len(gold))
		fmt.Fprintf(out, "syntax %s: %d sentences, %d tokens\n", path, len(d.Sentences), len(d.Tokens))
		fmt.Fprintf(out, "POS agreement %.4f; chunks P %.4f R %.4f F1 %.4f (%d gold, %d predicted); %d clauses\n",
			corpus.Ratio(right, len(d.Tokens)), p, r, f1, len(gold), len(d.Chunks), len(d.Clauses))
		return nil
	}
}
