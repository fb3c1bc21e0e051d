package text

import (
	"bufio"
	"io"
	"strings"

	"lede/analyzer/doc"
)

// SyntaxSentence is one sentence of a CoNLL-2003 file (word POS chunk NER columns) with
// the POS and chunk columns the language layer is trained and scored on. Its tokens are
// shaped as CorpusToken shapes them; their spans are left to the caller.
type SyntaxSentence struct {
	Tokens []doc.Token
	POS    []doc.POS
	Chunks []ChunkTag
}

// ReadSyntaxCorpus reads the sentences of a CoNLL-2003 file; document boundaries and
// blank lines end a sentence.
func ReadSyntaxCorpus(r io.Reader) ([]SyntaxSentence, error) {
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
		cur.Tokens = append(cur.Tokens, CorpusToken(fs[0]))
		cur.POS = append(cur.POS, doc.ParsePOS(fs[1]))
		cur.Chunks = append(cur.Chunks, ParseChunkTag(fs[2]))
	}
	flush()
	return out, sc.Err()
}
