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

// lede eval clauses DIR scores the language layer's clause subjects on PolNeAR: for every
// gold attribution whose cue is a verb, the clause of that verb should have a subject
// whose head word lies inside the gold source ("The head of the agency said": head). It
// measures the subject rules (of-chains, appositions, relatives, coordination, inversion)
// on text they were not written from, with no stage's rules in between.
func init() {
	evaluators["clauses"] = func(dir string, out io.Writer) error {
		var cues, clauses, withSubject, right int
		articles, err := corpus.ForEachPolNeAR(dir, func(base, src string, gold []corpus.Attribution) error {
			d := &doc.Doc{Text: src}
			text.Segment(d)
			for _, g := range gold {
				if len(g.Cue) != 1 || len(g.Source) == 0 {
					continue
				}
				verb := -1
				for k := d.TokenAt(g.Cue[0].Start); k < len(d.Tokens) && d.Tokens[k].Start < g.Cue[0].End; k++ {
					if d.Tokens[k].POS.IsVerb() {
						verb = k
					}
				}
				if verb < 0 {
					continue
				}
				cues++
				ci := d.ClauseOf(verb)
				if ci < 0 {
					continue
				}
				clauses++
				cl := d.Clauses[ci]
				if cl.Verb.Passive && cl.Agent >= 0 {
					cl.Subject = cl.Agent // the source of "was criticised by his rivals" is the agent
				}
				if cl.Subject < 0 {
					showClauseError(d, verb, "-", g.Source)
					continue
				}
				withSubject++
				head := d.Tokens[d.Chunks[cl.Subject].Head].Span
				ok := false
				for _, s := range g.Source {
					if s.Contains(head) {
						ok = true
						break
					}
				}
				if ok {
					right++
				} else {
					showClauseError(d, verb, d.Tokens[d.Chunks[cl.Subject].Head].Norm, g.Source)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "clauses on PolNeAR %s: %d articles, %d attributions with a verb cue\n", dir, articles, cues)
		fmt.Fprintf(out, "cue verb heads a clause %.3f; the clause has a subject %.3f; subject head inside the gold source %.3f (of clauses with a subject %.3f)\n",
			corpus.Ratio(clauses, cues), corpus.Ratio(withSubject, cues), corpus.Ratio(right, cues), corpus.Ratio(right, withSubject))
		return nil
	}
}

// showClauseError prints, when LEDE_CLAUSE_ERRORS is set, the sentence of a cue verb with
// the subject found and the gold source.
func showClauseError(d *doc.Doc, verb int, subject string, source []doc.Span) {
	if os.Getenv("LEDE_CLAUSE_ERRORS") == "" {
		return
	}
	s := d.Sentences[d.Tokens[verb].Sentence]
	var src []string
	for _, sp := range source {
		src = append(src, d.Slice(sp))
	}
	fmt.Fprintf(os.Stderr, "verb %q subject %q gold %q\n  %s\n", d.Tokens[verb].Norm, subject, strings.Join(src, " … "), strings.ReplaceAll(d.Slice(s.Span), "\n", " "))
}
