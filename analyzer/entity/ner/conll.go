package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"lede/analyzer/doc"
	"lede/internal/prf"
)

// CoNLLDoc is one -DOCSTART- document of a CoNLL-2003 file: its sentences' words and tags.
type CoNLLDoc struct {
	Words [][]string
	Tags  [][]uint8
	// POS and Phrases are the language layer's tags of the words (see SentenceSyntax),
	// when the caller tags them (the reader leaves them nil).
	POS     [][]doc.POS
	Phrases [][]uint8
}

// ReadCoNLL reads a CoNLL-2003 file (word POS chunk NER per line; IOB1 or IOB2 tags,
// normalised to IOB2).
func ReadCoNLL(path string) ([]CoNLLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseCoNLL(f)
}

// ParseCoNLL reads CoNLL-2003 text from r.
func ParseCoNLL(r io.Reader) ([]CoNLLDoc, error) {
	var docs []CoNLLDoc
	var cur CoNLLDoc
	var words []string
	var tags []uint8
	flushSent := func() {
		if len(words) > 0 {
			cur.Words = append(cur.Words, words)
			cur.Tags = append(cur.Tags, tags)
			words, tags = nil, nil
		}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Words) > 0 {
			docs = append(docs, cur)
		}
		cur = CoNLLDoc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flushSent()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want word ... tag", line)
		}
		tag := f[len(f)-1]
		t := Of(tag)
		if t == O && tag != "O" {
			return nil, fmt.Errorf("line %d: unknown tag %q", line, tag)
		}
		// IOB1: an I- that does not continue the previous tag's type starts an entity
		if t != O && t%2 == 0 {
			prev := O
			if len(tags) > 0 {
				prev = int(tags[len(tags)-1])
			}
			if prev == O || (prev+1)/2 != t/2 {
				t--
			}
		}
		words = append(words, f[0])
		tags = append(tags, uint8(t))
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// Chunk is one entity over tokens [Start, End) of a sentence, with its type (1..4:
// PER, ORG, LOC, MISC as in TagNames' B- order).
type Chunk struct {
	Start, End int
	Type       int
}

// Chunks reads the entities out of a BIO tag sequence.
func Chunks(tags []uint8) []Chunk {
	var out []Chunk
	for i := 0; i < len(tags); {
		t := int(tags[i])
		if t == O {
			i++
			continue
		}
		typ := (t + 1) / 2
		j := i + 1
		for j < len(tags) && int(tags[j]) == typ*2 {
			j++
		}
		out = append(out, Chunk{i, j, typ})
		i = j
	}
	return out
}

// TypeNames are the CoNLL type names by Chunk.Type.
var TypeNames = [5]string{"", "PER", "ORG", "LOC", "MISC"}

// Score counts, per type, true positives, predicted and gold entities.
type Score struct {
	TP, Pred, Gold [5]int
}

// Add scores one sentence.
func (s *Score) Add(gold, pred []Chunk) {
	g := map[Chunk]bool{}
	for _, c := range gold {
		g[c] = true
		s.Gold[c.Type]++
	}
	for _, c := range pred {
		s.Pred[c.Type]++
		if g[c] {
			s.TP[c.Type]++
		}
	}
}

// PRF returns precision, recall and F1 for type t (0: micro over all types).
func (s *Score) PRF(t int) (p, r, f float64) {
	tp, pr, gd := s.TP[t], s.Pred[t], s.Gold[t]
	if t == 0 {
		tp, pr, gd = 0, 0, 0
		for k := 1; k < 5; k++ {
			tp += s.TP[k]
			pr += s.Pred[k]
			gd += s.Gold[k]
		}
	}
	return prf.PRF(tp, pr, gd)
}

// Table writes the per-type and micro figures.
func (s *Score) Table(w io.Writer) {
	fmt.Fprintf(w, "%-6s %7s %7s %7s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred")
	for t := 1; t <= 4; t++ {
		p, r, f := s.PRF(t)
		fmt.Fprintf(w, "%-6s %7.4f %7.4f %7.4f %6d %6d\n", TypeNames[t], p, r, f, s.Gold[t], s.Pred[t])
	}
	p, r, f := s.PRF(0)
	g, pr := 0, 0
	for t := 1; t <= 4; t++ {
		g += s.Gold[t]
		pr += s.Pred[t]
	}
	fmt.Fprintf(w, "%-6s %7.4f %7.4f %7.4f %6d %6d\n", "micro", p, r, f, g, pr)
}

// Summary is a one-line micro and per-type F1.
func (s *Score) Summary() string {
	p, r, f := s.PRF(0)
	out := fmt.Sprintf("dev P %.4f R %.4f F1 %.4f (", p, r, f)
	for t := 1; t <= 4; t++ {
		_, _, f := s.PRF(t)
		if t > 1 {
			out += " "
		}
		out += fmt.Sprintf("%s %.4f", TypeNames[t], f)
	}
	return out + ")"
}
