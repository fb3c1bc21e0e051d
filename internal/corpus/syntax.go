package corpus

import (
	"bufio"
	"io"
	"os"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// SyntaxSentence is one sentence of a CoNLL-2003 file (word POS chunk NER columns) with
// the POS and chunk columns the language layer is trained and scored on. Its tokens are
// shaped as text.CorpusToken shapes them; their spans are left to the caller.
type SyntaxSentence struct {
	Tokens []doc.Token
	POS    []doc.POS
	Chunks []text.ChunkTag
}

// ReadSyntaxFile reads the sentences of the CoNLL-2003 file at path (ReadSyntax).
func ReadSyntaxFile(path string) ([]SyntaxSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadSyntax(f)
}

// ReadSyntax reads the sentences of a CoNLL-2003 file; document boundaries and blank
// lines end a sentence.
func ReadSyntax(r io.Reader) ([]SyntaxSentence, error) {
	var out []SyntaxSentence
	var cur SyntaxSentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = SyntaxSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 3 || fs[0] == "-DOCSTART-" {
			flush()
			continue
		}
		cur.Tokens = append(cur.Tokens, text.CorpusToken(fs[0]))
		cur.POS = append(cur.POS, doc.ParsePOS(fs[1]))
		cur.Chunks = append(cur.Chunks, text.ParseChunkTag(fs[2]))
	}
	flush()
	return out, sc.Err()
}

// GoldChunks are the base phrases of the sentence's chunk column, their token indices
// counted from first.
func (s *SyntaxSentence) GoldChunks(first int) []doc.Chunk {
	return text.AppendChunks(s.Tokens, first, s.Chunks, nil)
}

// SyntaxDoc lays the sentences out as one Doc, tokens one space apart, for text.Annotate.
func SyntaxDoc(sents []SyntaxSentence) *doc.Doc {
	d := &doc.Doc{}
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
	}
	d.Text = b.String()
	return d
}

// SyntaxScore counts the language layer's agreement with a CoNLL file's columns: POS
// tags per token, and base phrases whole (same kind, same tokens).
type SyntaxScore struct {
	TagsRight, Tags                    int
	ChunksRight, ChunksSys, ChunksGold int
}

// AddTags scores the POS tags of toks against the gold tags of the same tokens.
func (s *SyntaxScore) AddTags(toks []doc.Token, gold []doc.POS) {
	for i, t := range toks {
		if t.POS == gold[i] {
			s.TagsRight++
		}
	}
	s.Tags += len(toks)
}

// AddChunks scores the phrases found against the gold phrases of the same tokens.
func (s *SyntaxScore) AddChunks(sys, gold []doc.Chunk) {
	type key struct {
		first, end int
		kind       doc.ChunkKind
	}
	want := make(map[key]bool, len(gold))
	for _, c := range gold {
		want[key{c.FirstToken, c.EndToken, c.Kind}] = true
	}
	for _, c := range sys {
		if want[key{c.FirstToken, c.EndToken, c.Kind}] {
			s.ChunksRight++
		}
	}
	s.ChunksSys += len(sys)
	s.ChunksGold += len(gold)
}

// Agreement is the share of tokens whose POS tag is the gold one.
func (s *SyntaxScore) Agreement() float64 { return Ratio(s.TagsRight, s.Tags) }

// ChunkPRF is the phrases' precision, recall and F1.
func (s *SyntaxScore) ChunkPRF() (p, r, f float64) {
	return PRF(s.ChunksRight, s.ChunksSys, s.ChunksGold)
}
