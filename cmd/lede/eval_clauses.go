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

// lede eval clauses DIR scores the language layer's clause subjects on PolNeAR
// (corpus.ClauseScore: the subject of a cue verb's clause should have its head inside
// the gold source). It measures the subject rules (of-chains, appositions, relatives,
// coordination, inversion) on text they were not written from, with no stage's rules
// in between. LEDE_CLAUSE_ERRORS=1 lists the misses on stderr.
func init() {
	evaluators["clauses"] = func(dir string, out io.Writer) error {
		var sc corpus.ClauseScore
		articles, err := corpus.ForEachPolNeAR(dir, func(base, src string, gold []corpus.Attribution) error {
			d := &doc.Doc{Text: src}
			text.Segment(d)
			for _, m := range sc.Add(d, gold) {
				showClauseError(d, m)
			}
			return nil
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "clauses on PolNeAR %s: %d articles, %d attributions with a verb cue\n", dir, articles, sc.Cues)
		fmt.Fprintf(out, "cue verb heads a clause %.3f; the clause has a subject %.3f; subject head inside the gold source %.3f (of clauses with a subject %.3f)\n",
			corpus.Ratio(sc.Clauses, sc.Cues), corpus.Ratio(sc.WithSubject, sc.Cues), corpus.Ratio(sc.Right, sc.Cues), corpus.Ratio(sc.Right, sc.WithSubject))
		return nil
	}
}

// showClauseError prints, when LEDE_CLAUSE_ERRORS is set, the sentence of a cue verb with
// the subject found and the gold source.
func showClauseError(d *doc.Doc, m corpus.ClauseMiss) {
	if os.Getenv("LEDE_CLAUSE_ERRORS") == "" {
		return
	}
	s := d.Sentences[d.Tokens[m.Verb].Sentence]
	var src []string
	for _, sp := range m.Source {
		src = append(src, d.Slice(sp))
	}
	fmt.Fprintf(os.Stderr, "verb %q subject %q gold %q\n  %s\n", d.Tokens[m.Verb].Norm, m.Subject, strings.Join(src, " … "), strings.ReplaceAll(d.Slice(s.Span), "\n", " "))
}
