package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// lede eval clauses DIR scores the language layer's clause subjects on PolNeAR: for every
// gold attribution whose cue is a verb, the clause of that verb should have a subject
// whose head word lies inside the gold source ("The head of the agency said": head). It
// measures the subject rules (of-chains, appositions, relatives, coordination, inversion)
// on text they were not written from, with no stage's rules in between.
func init() {
	evaluators["clauses"] = func(dir string, out io.Writer) error {
		anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
		if err != nil {
			return err
		}
		if len(anns) == 0 {
			return fmt.Errorf("no attributions/*.ann under %s", dir)
		}
		sort.Strings(anns)
		var cues, clauses, withSubject, right int
		seen := map[string]bool{}
		for _, ann := range anns {
			base := strings.TrimSuffix(filepath.Base(ann), ".ann")
			if i := strings.LastIndexByte(base, '_'); i > 0 {
				base = base[:i]
			}
			if seen[base] {
				continue
			}
			seen[base] = true
			raw, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
			if err != nil {
				return err
			}
			d := &doc.Doc{Text: analyzer.Sanitize(string(raw))}
			text.Segment(d)
			gold, err := readBrat(ann, d.Text)
			if err != nil {
				return fmt.Errorf("%s: %w", ann, err)
			}
			for _, g := range gold {
				if len(g.cue) != 1 || len(g.source) == 0 {
					continue
				}
				verb := -1
				for k := d.TokenAt(g.cue[0].Start); k < len(d.Tokens) && d.Tokens[k].Start < g.cue[0].End; k++ {
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
					showClauseError(d, verb, "-", g.source)
					continue
				}
				withSubject++
				head := d.Tokens[d.Chunks[cl.Subject].Head].Span
				ok := false
				for _, s := range g.source {
					if s.Contains(head) {
						ok = true
						break
					}
				}
				if ok {
					right++
				} else {
					showClauseError(d, verb, d.Tokens[d.Chunks[cl.Subject].Head].Norm, g.source)
				}
			}
		}
		fmt.Fprintf(out, "clauses on PolNeAR %s: %d articles, %d attributions with a verb cue\n", dir, len(seen), cues)
		fmt.Fprintf(out, "cue verb heads a clause %.3f; the clause has a subject %.3f; subject head inside the gold source %.3f (of clauses with a subject %.3f)\n",
			ratio(clauses, cues), ratio(withSubject, cues), ratio(right, cues), ratio(right, withSubject))
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
