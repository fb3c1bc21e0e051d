package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/entity/ner"
	"lede/analyzer/text"
)

// lede eval ner FILE... scores the entity stage on a CoNLL-2003 file: the tokens and
// sentences are taken as given (so that the score is CoNLL's), one Doc per -DOCSTART-
// document (so that document-level context works as in an article), and the mentions
// Recognize writes are compared with the gold entities, exact span and type. Beside it,
// the whole pipeline's figure on the same documents given as plain text (pipelineScore).
func init() {
	evaluators["ner"] = func(path string, out io.Writer) error {
		docs, err := ner.ReadCoNLL(path)
		if err != nil {
			return err
		}
		var score ner.Score
		// the embedded model loads on first use: timed apart from the tagging
		loadStart := time.Now()
		if entity.DefaultLexicon() == nil {
			return fmt.Errorf("entity model did not load")
		}
		loadTime := time.Since(loadStart)
		start := time.Now()
		bytes := 0
		for _, cd := range docs {
			d := conllDoc(cd)
			bytes += len(d.Text)
			if err := entity.Recognize(d); err != nil {
				return err
			}
			pred := make([][]ner.Chunk, len(d.Sentences))
			for _, m := range d.Mentions {
				s := d.Sentences[m.Sentence]
				a, b := d.TokenAt(m.Start), d.TokenAt(m.End-1)+1
				pred[m.Sentence] = append(pred[m.Sentence], ner.Chunk{Start: a - s.FirstToken, End: b - s.FirstToken, Type: conllType(m.Type)})
			}
			for si := range d.Sentences {
				gold := ner.Chunks(cd.Tags[si])
				score.Add(gold, pred[si])
				if showErrors {
					printErrors(out, cd.Words[si], gold, pred[si])
				}
			}
		}
		el := time.Since(start)
		fmt.Fprintf(out, "CoNLL-2003 %s: %d documents, %d sentences\n", path, len(docs), sentenceCount(docs))
		score.Table(out)
		fmt.Fprintf(out, "tagged %.2f MB in %.2fs (%.2f MB/s; model loaded in %.2fs)\n", float64(bytes)/1e6, el.Seconds(), float64(bytes)/1e6/el.Seconds(), loadTime.Seconds())
		whole, err := pipelineScore(docs)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "whole pipeline (the text joined, segmented by lede; names as the report gives them, exact character span and type):\n")
		whole.Table(out)
		return nil
	}
}

// pipelineScore scores the names the whole analysis reports (mentions of kind name)
// when each document is given as plain text, one sentence a line, words joined by
// spaces: lede's own segmentation, headline handling and actor resolution then
// decide, as they do for a pasted article. Spans are compared as byte ranges.
func pipelineScore(docs []ner.CoNLLDoc) (*ner.Score, error) {
	var s ner.Score
	var conf confusion
	for _, cd := range docs {
		var b strings.Builder
		var gold []ner.Chunk
		for si, words := range cd.Words {
			if si > 0 {
				b.WriteByte('\n')
			}
			starts := make([]int, len(words)+1)
			for i, w := range words {
				if i > 0 {
					b.WriteByte(' ')
				}
				starts[i] = b.Len()
				b.WriteString(w)
			}
			starts[len(words)] = b.Len() + 1
			for _, c := range ner.Chunks(cd.Tags[si]) {
				gold = append(gold, ner.Chunk{Start: starts[c.Start], End: starts[c.End] - 1, Type: c.Type})
			}
		}
		d, err := analyzer.Build(b.String(), analyzer.Options{})
		if err != nil {
			return nil, err
		}
		var pred []ner.Chunk
		for _, m := range d.Mentions {
			if m.Kind == doc.MentionName {
				pred = append(pred, ner.Chunk{Start: m.Start, End: m.End, Type: conllType(m.Type)})
			}
		}
		s.Add(gold, pred)
		if showErrors {
			printSpanErrors(os.Stderr, d.Text, gold, pred, &conf)
		}
	}
	if showErrors {
		conf.print(os.Stderr)
	}
	return &s, nil
}

// printSpanErrors lists the whole pipeline's errors (byte spans of text) on stderr,
// each with its line, as printErrors does for the tagger's: a name drawn exactly but
// typed wrong as "PIPE TYPE gold->pred" (counted into conf, the confusion table),
// and the missed and spurious spans as "PIPE FN" and "PIPE FP".
func printSpanErrors(out io.Writer, text string, gold, pred []ner.Chunk, conf *confusion) {
	line := func(c ner.Chunk) string {
		a := strings.LastIndexByte(text[:c.Start], '\n') + 1
		b := strings.IndexByte(text[c.End:], '\n')
		if b < 0 {
			b = len(text) - c.End
		}
		return text[a : c.End+b]
	}
	type span struct{ a, b int }
	g, p := map[span]int{}, map[span]int{}
	for _, c := range gold {
		g[span{c.Start, c.End}] = c.Type
	}
	for _, c := range pred {
		p[span{c.Start, c.End}] = c.Type
	}
	for _, c := range gold {
		pt, ok := p[span{c.Start, c.End}]
		if !ok {
			conf[c.Type][0]++
			fmt.Fprintf(out, "PIPE FN %s\t%s\t|\t%s\n", ner.TypeNames[c.Type], text[c.Start:c.End], line(c))
			continue
		}
		conf[c.Type][pt]++
		if pt != c.Type {
			fmt.Fprintf(out, "PIPE TYPE %s->%s\t%s\t|\t%s\n", ner.TypeNames[c.Type], ner.TypeNames[pt], text[c.Start:c.End], line(c))
		}
	}
	for _, c := range pred {
		if _, ok := g[span{c.Start, c.End}]; !ok {
			conf[0][c.Type]++
			fmt.Fprintf(out, "PIPE FP %s\t%s\t|\t%s\n", ner.TypeNames[c.Type], text[c.Start:c.End], line(c))
		}
	}
}

// confusion counts names by gold type (rows) and predicted type (columns), index 0
// meaning no name: row 0 holds the spurious spans, column 0 the missed ones.
type confusion [5][5]int

// print writes the table, one row per gold type.
func (c *confusion) print(out io.Writer) {
	names := [5]string{"none", "PER", "ORG", "LOC", "MISC"}
	fmt.Fprintf(out, "pipeline confusion (rows gold, columns predicted; none: no span of that extent)\n%-6s", "")
	for _, n := range names {
		fmt.Fprintf(out, "%6s", n)
	}
	fmt.Fprintln(out)
	for r := range c {
		fmt.Fprintf(out, "%-6s", names[r])
		for _, v := range c[r] {
			fmt.Fprintf(out, "%6d", v)
		}
		fmt.Fprintln(out)
	}
}

// showErrors (LEDE_NER_ERRORS=1) lists every missed and spurious entity, for tuning.
var showErrors = os.Getenv("LEDE_NER_ERRORS") != ""

func printErrors(out io.Writer, words []string, gold, pred []ner.Chunk) {
	g := map[ner.Chunk]bool{}
	for _, c := range gold {
		g[c] = true
	}
	p := map[ner.Chunk]bool{}
	for _, c := range pred {
		p[c] = true
		if !g[c] {
			fmt.Fprintf(out, "FP %s\t%s\t|\t%s\n", ner.TypeNames[c.Type], strings.Join(words[c.Start:c.End], " "), strings.Join(words, " "))
		}
	}
	for _, c := range gold {
		if !p[c] {
			fmt.Fprintf(out, "FN %s\t%s\t|\t%s\n", ner.TypeNames[c.Type], strings.Join(words[c.Start:c.End], " "), strings.Join(words, " "))
		}
	}
}

func sentenceCount(docs []ner.CoNLLDoc) int {
	n := 0
	for _, d := range docs {
		n += len(d.Words)
	}
	return n
}

func conllType(t doc.EntityType) int {
	switch t {
	case doc.EntPerson:
		return 1
	case doc.EntOrg:
		return 2
	case doc.EntLoc:
		return 3
	}
	return 4
}

// conllDoc builds a Doc from CoNLL tokens: words joined by spaces, one sentence a line.
func conllDoc(cd ner.CoNLLDoc) *doc.Doc {
	var b strings.Builder
	d := &doc.Doc{}
	for si, words := range cd.Words {
		if si > 0 {
			b.WriteByte('\n')
		}
		s := doc.Sentence{Paragraph: si, FirstToken: len(d.Tokens)}
		s.Start = b.Len()
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			t := doc.Token{Span: doc.Span{Start: b.Len(), End: b.Len() + len(w)}, Norm: w, Lower: strings.ToLower(w), Sentence: int32(si), SpaceBefore: true}
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case w == `"` || w == "'" || w == "`" || w == "``" || w == "''":
				t.Kind, t.Norm, t.Quote = doc.TokQuote, `"`, doc.QuoteEither
			case w == "-" || w == "--":
				t.Kind = doc.TokDash
			case unicode.IsDigit(r):
				t.Kind = doc.TokNumber
			case unicode.IsLetter(r) || w == "'s":
				t.Kind = doc.TokWord
			default:
				t.Kind = doc.TokPunct
			}
			b.WriteString(w)
			d.Tokens = append(d.Tokens, t)
		}
		s.End = b.Len()
		s.EndToken = len(d.Tokens)
		d.Sentences = append(d.Sentences, s)
		d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: s.Span, FirstSentence: si, EndSentence: si + 1})
	}
	d.Text = b.String()
	text.Annotate(d) // the language layer, as text.Segment computes it on an article
	return d
}
