package text

import (
	"fmt"
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/internal/golden"
)

// syntaxView shows a sentence as a reader checks it: words with their tags, phrases in
// brackets, then one line per clause.
type syntaxView struct {
	Tagged  string   `json:"tagged"`  // [NP The/DT minister/NN] [VP criticised/VBD] ...
	Clauses []string `json:"clauses"` // subject | verb (features) | object
}

// TestClausesGolden runs each testdata/clauses/NAME.txt (one sentence a line, written for
// the test) through Segment and compares tags, chunks and clauses with NAME.json. The
// files are named after the rules in clause.go.
func TestClausesGolden(t *testing.T) {
	golden.ForEach(t, "testdata/clauses/*.txt", func(t *testing.T, src, want string) {
		d := &doc.Doc{Text: src}
		Segment(d)
		checkSpans(t, d)
		var out []syntaxView
		for si := range d.Sentences {
			out = append(out, viewSentence(d, si))
		}
		golden.Expect(t, want, out)
	})
}

func viewSentence(d *doc.Doc, si int) syntaxView {
	s := d.Sentences[si]
	var b strings.Builder
	ci := 0
	for ci < len(d.Chunks) && d.Chunks[ci].EndToken <= s.FirstToken {
		ci++
	}
	for k := s.FirstToken; k < s.EndToken; k++ {
		if ci < len(d.Chunks) && d.Chunks[ci].FirstToken == k {
			fmt.Fprintf(&b, "[%s ", d.Chunks[ci].Kind)
		}
		fmt.Fprintf(&b, "%s/%s", d.Tokens[k].Norm, d.Tokens[k].POS)
		if ci < len(d.Chunks) && d.Chunks[ci].EndToken == k+1 {
			b.WriteString("]")
			ci++
		}
		if k+1 < s.EndToken {
			b.WriteString(" ")
		}
	}
	v := syntaxView{Tagged: b.String()}
	for _, cl := range d.Clauses {
		if cl.Sentence != si {
			continue
		}
		phrase := func(c int) string {
			if c < 0 {
				return "-"
			}
			ch := d.Chunks[c]
			return d.Text[d.Tokens[ch.FirstToken].Start:d.Tokens[ch.EndToken-1].End] + " (" + d.Tokens[ch.Head].Norm + ")"
		}
		verb := d.Text[d.Tokens[cl.Verb.FirstToken].Start:d.Tokens[cl.Verb.EndToken-1].End]
		feats := []string{cl.Verb.Tense.String()}
		for _, f := range []struct {
			on   bool
			name string
		}{{cl.Verb.Negated, "negated"}, {cl.Verb.Passive, "passive"}, {cl.Verb.Perfect, "perfect"}, {cl.Relative, "relative"}, {cl.Complement, fmt.Sprintf("complement of %d", cl.Parent)}} {
			if f.on {
				feats = append(feats, f.name)
			}
		}
		line := fmt.Sprintf("%s | %s (%s; head %s) | %s", phrase(cl.Subject), verb, strings.Join(feats, ", "), d.Tokens[cl.Verb.Head].Norm, phrase(cl.Object))
		if cl.Agent >= 0 {
			line += " | by " + phrase(cl.Agent)
		}
		v.Clauses = append(v.Clauses, line)
	}
	return v
}
