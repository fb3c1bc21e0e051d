package main

import (
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"

	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
	"lede/analyzer/text/tagger"
	"lede/internal/corpus"
	"lede/tools/internal/postrain"
)

// The language layer's tags for the POS and phrase families (entity.FamPOS, FamPhrase).
// At run time every token carries the tags the embedded POS tagger and chunker predict;
// training on CoNLL's own POS column, or on the embedded tagger's tags of the very
// sentences it was trained on, would teach the entity tagger to trust tags that are
// better than it will ever get. So the training documents get their POS tags by
// jackknifing (posFolds taggers, each trained as tools/train-syntax trains the embedded
// one on the sentences outside its fold and tagging those inside), and their phrases from
// the embedded chunker on those tags; the scored files (dev, wikigold) get the embedded
// models' tags, as the runtime does.

const posFolds = 5

// syntaxModels are the embedded language layer's models, read from the source tree.
type syntaxModels struct {
	pos, dict, chunk *tagger.Model
}

func loadSyntaxModels() (*syntaxModels, error) {
	var m syntaxModels
	for name, dst := range map[string]**tagger.Model{"pos.bin": &m.pos, "posdict.bin": &m.dict, "chunk.bin": &m.chunk} {
		b, err := os.ReadFile(filepath.Join("analyzer", "text", "model", name))
		if err != nil {
			return nil, err
		}
		if *dst, err = tagger.Load(b); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return &m, nil
}

// corpusTokens shapes a sentence's words as the runtime's tokens.
func corpusTokens(words []string) []doc.Token {
	toks := make([]doc.Token, len(words))
	for i, w := range words {
		toks[i] = text.CorpusToken(w)
	}
	return toks
}

// tagSyntax fills d.POS and d.Phrases, tagging POS with pos (and the dictionary) and
// phrases with the embedded chunker.
func (m *syntaxModels) tagSyntax(d *ner.CoNLLDoc, pos *tagger.Model) {
	d.POS, d.Phrases = make([][]doc.POS, len(d.Words)), make([][]uint8, len(d.Words))
	posScratch, chunkScratch := text.NewPOSScratch(pos), text.NewChunkScratch(m.chunk) // (their memos are pos's and m.chunk's)
	var tags []text.ChunkTag
	for si, words := range d.Words {
		toks := corpusTokens(words)
		text.TagPOS(pos, m.dict, toks, posScratch)
		tags = text.TagChunks(m.chunk, toks, chunkScratch, tags[:0])
		chunks := text.AppendChunks(toks, 0, tags, nil)
		d.POS[si], d.Phrases[si] = entity.SentenceSyntax(toks, chunks, 0, len(toks))
	}
}

// addSyntax gives the training documents jackknifed tags (sentence k of the file, in
// order, is in POS fold k%posFolds) and every other set the embedded models' tags.
func addSyntax(data string, train []ner.CoNLLDoc, others ...[]ner.CoNLLDoc) error {
	m, err := loadSyntaxModels()
	if err != nil {
		return err
	}
	for _, set := range others {
		for i := range set {
			m.tagSyntax(&set[i], m.pos)
		}
	}
	if syntaxCache != "" && readSyntaxCache(train) {
		return nil
	}
	gold, err := corpus.ReadSyntaxFile(filepath.Join(data, "conll2003", "train.txt"))
	if err != nil {
		return err
	}
	n := 0
	for _, d := range train {
		n += len(d.Words)
	}
	if n != len(gold) {
		return fmt.Errorf("POS column: %d sentences, the entity reader %d", len(gold), n)
	}
	// trained exactly as tools/train-syntax trains the embedded tagger (-pos-epochs 8,
	// -pos-min 3, seed 1)
	taggers, err := postrain.Jackknife(gold, posFolds, 8, 3.0, 1)
	if err != nil {
		return err
	}
	right, all := 0, 0
	k := 0
	for di := range train {
		d := &train[di]
		d.POS, d.Phrases = make([][]doc.POS, len(d.Words)), make([][]uint8, len(d.Words))
		for si := range d.Words {
			one := ner.CoNLLDoc{Words: d.Words[si : si+1]}
			m.tagSyntax(&one, taggers[k%posFolds])
			d.POS[si], d.Phrases[si] = one.POS[0], one.Phrases[0]
			for i, p := range one.POS[0] {
				if p == gold[k].POS[i] {
					right++
				}
				all++
			}
			k++
		}
	}
	fmt.Printf("jackknifed train POS agreement %.4f\n", float64(right)/float64(all))
	if syntaxCache != "" {
		return writeSyntaxCache(train)
	}
	return nil
}

// syntaxCache (flag -syntax-cache) keeps the training documents' jackknifed tags between
// runs (they depend only on the training file and the embedded language layer).
var syntaxCache string

type cachedSyntax struct {
	POS     [][][]doc.POS
	Phrases [][][]uint8
}

func readSyntaxCache(train []ner.CoNLLDoc) bool {
	f, err := os.Open(syntaxCache)
	if err != nil {
		return false
	}
	defer f.Close()
	var c cachedSyntax
	if gob.NewDecoder(f).Decode(&c) != nil || len(c.POS) != len(train) {
		return false
	}
	for i := range train {
		train[i].POS, train[i].Phrases = c.POS[i], c.Phrases[i]
	}
	fmt.Println("jackknifed train tags from", syntaxCache)
	return true
}

func writeSyntaxCache(train []ner.CoNLLDoc) error {
	var c cachedSyntax
	for _, d := range train {
		c.POS, c.Phrases = append(c.POS, d.POS), append(c.Phrases, d.Phrases)
	}
	f, err := os.Create(syntaxCache)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(f).Encode(&c); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
