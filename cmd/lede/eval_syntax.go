package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
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
		d := &doc.Doc{}
		var goldPOS []doc.POS
		var goldChunks []text.ChunkTag
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		var b strings.Builder
		endSentence := func() {
			if n := len(d.Sentences); n == 0 || d.Sentences[n-1].EndToken < len(d.Tokens) {
				first := 0
				if n > 0 {
					first = d.Sentences[n-1].EndToken
				}
				if first < len(d.Tokens) {
					d.Sentences = append(d.Sentences, doc.Sentence{FirstToken: first, EndToken: len(d.Tokens)})
				}
			}
		}
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) < 3 || fs[0] == "-DOCSTART-" {
				endSentence()
				continue
			}
			t := text.CorpusToken(fs[0])
			t.Start = b.Len()
			b.WriteString(fs[0])
			t.End = b.Len()
			b.WriteByte(' ')
			t.Sentence = int32(len(d.Sentences))
			d.Tokens = append(d.Tokens, t)
			goldPOS = append(goldPOS, doc.ParsePOS(fs[1]))
			goldChunks = append(goldChunks, text.ParseChunkTag(fs[2]))
		}
		if err := sc.Err(); err != nil {
			return err
		}
		endSentence()
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
		p, r := float64(hit)/float64(max(len(d.Chunks), 1)), float64(hit)/float64(max(len(gold), 1))
		fmt.Fprintf(out, "syntax %s: %d sentences, %d tokens\n", path, len(d.Sentences), len(d.Tokens))
		fmt.Fprintf(out, "POS agreement %.4f; chunks P %.4f R %.4f F1 %.4f (%d gold, %d predicted); %d clauses\n",
			float64(right)/float64(max(len(d.Tokens), 1)), p, r, 2*p*r/max(p+r, 1e-9), len(gold), len(d.Chunks), len(d.Clauses))
		return nil
	}
}
