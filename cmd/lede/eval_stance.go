package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/internal/corpus"
)

// lede eval stance GOLD.jsonl TEXTDIR scores holder -> target stance edges against
// edges read off the articles by an editor (corpus.ReadStanceGold, corpus.StanceScore):
// the texts in TEXTDIR/FILE, publication dates in TEXTDIR/../metadata.tsv (or
// TEXTDIR/../../metadata.tsv) as refDate. Neutral edges are not scored; their number is
// reported. Set LEDE_STANCE_ERRORS=FILE to list there the right edges (OK), the false
// ones (FALSE), repeats of a found edge (DUP) and the missed ones (MISS, marked when the
// pair is among the relations, or when the holder or the target is no actor of the
// report), each with its cause (eval_stance_causes.go), and at the end the number of
// misses of each cause (CAUSE).
func init() { evaluatorsN["stance"] = evalStance }

func evalStance(args []string, out io.Writer) error {
	if len(args) != 2 {
		return usageError{"eval stance takes GOLD.jsonl and TEXTDIR"}
	}
	goldPath, dir := args[0], args[1]
	articles, err := corpus.ReadStanceGold(goldPath)
	if err != nil {
		return err
	}
	dates := corpus.PolNeARDates(filepath.Dir(dir))
	if len(dates) == 0 {
		dates = corpus.PolNeARDates(dir)
	}
	errOut, closeErrors, err := errorFile("LEDE_STANCE_ERRORS")
	if err != nil {
		return err
	}
	defer closeErrors()
	var sc corpus.StanceScore
	causes := missCauses{}
	for _, g := range articles {
		raw, err := os.ReadFile(filepath.Join(dir, g.File))
		if err != nil {
			return err
		}
		text := analyzer.Sanitize(string(raw))
		d, err := analyzer.Build(text, analyzer.Options{RefDate: dates[strings.TrimSuffix(g.File, ".txt")]})
		if err != nil {
			return fmt.Errorf("%s: %w", g.File, err)
		}
		rep := analyzer.NewReport(d, text)
		ans := stanceAnswer(rep)
		verdicts, misses := sc.Add(ans, g)
		listStanceErrors(errOut, d, rep, ans, g, verdicts, misses, causes)
	}
	causes.write(errOut)
	p := corpus.Ratio(sc.Correct, sc.System)
	r := corpus.Ratio(sc.Matched, sc.Gold)
	fmt.Fprintf(out, "stance %s: %d articles, %d gold edges (%d key)\n", goldPath, len(articles), sc.Gold, sc.GoldKey)
	fmt.Fprintf(out, "%-10s %7s %7s %6s %6s %6s %8s %8s %9s\n", "edges", "system", "correct", "P", "R", "F1", "key R", "neutral", "relations")
	fmt.Fprintf(out, "%-10s %7d %7d %6.3f %6.3f %6.3f %8.3f %8d %9d\n", "for/against", sc.System, sc.Correct, p, r, corpus.F1(p, r),
		corpus.Ratio(sc.MatchedKey, sc.GoldKey), sc.Neutral, sc.Relations)
	return nil
}

// stanceAnswer is a report's actors and edges as the stance scorer reads them.
func stanceAnswer(rep *analyzer.Report) corpus.StanceAnswer {
	ans := corpus.StanceAnswer{Names: map[string][]string{}}
	for _, a := range rep.Actors {
		ns := []string{corpus.NormName(a.Name)}
		for _, al := range a.Aliases {
			ns = append(ns, corpus.NormName(al))
		}
		ans.Names[a.ID] = ns
	}
	for _, s := range rep.Stance {
		holder := ""
		if s.Holder != nil {
			holder = *s.Holder
		}
		ans.Edges = append(ans.Edges, corpus.StanceSystemEdge{Holder: holder, Target: s.Target, Label: s.Label})
	}
	for _, rel := range rep.Relations {
		ans.Relations = append(ans.Relations, corpus.StanceSystemEdge{Holder: rel.Holder, Target: rel.Target})
	}
	return ans
}

// listStanceErrors writes one article's right (OK), false (FALSE) and repeated (DUP)
// edges and its missed gold edges (MISS) to w, a line each.
func listStanceErrors(w io.Writer, d *doc.Doc, rep *analyzer.Report, ans corpus.StanceAnswer, g corpus.StanceArticle, verdicts []corpus.StanceVerdict, misses []corpus.StanceMiss, causes missCauses) {
	if w == io.Discard {
		return
	}
	display := map[string]string{}
	for _, a := range rep.Actors {
		display[a.ID] = a.Name
	}
	for _, v := range verdicts {
		s := ans.Edges[v.Edge]
		switch {
		case v.Gold >= 0:
			fmt.Fprintf(w, "OK\t%s\t%s -> %s\t%s\t%s\n", g.File, display[s.Holder], display[s.Target], s.Label, evidenceText(rep, rep.Stance[v.Edge]))
		case v.Gold == -1:
			fmt.Fprintf(w, "FALSE\t%s\t%s -> %s\t%s\t%s\n", g.File, display[s.Holder], display[s.Target], s.Label, evidenceText(rep, rep.Stance[v.Edge]))
		default:
			fmt.Fprintf(w, "DUP\t%s\t%s -> %s\t%s\n", g.File, display[s.Holder], display[s.Target], s.Label)
		}
	}
	for _, m := range misses {
		e := g.Edges[m.Gold]
		key := ""
		if e.Key {
			key = " (key)"
		}
		cause := missCause(d, ans, e, m)
		causes[cause]++
		fmt.Fprintf(w, "MISS\t%s\t%s -> %s\t%s%s\t%s\t%s\n", g.File, e.Holder, e.Target, e.Label, key, cause, e.Evidence)
	}
}

// evidenceText is an edge's evidence for the error list: its sentences, else its quotes.
func evidenceText(rep *analyzer.Report, s analyzer.ReportStance) string {
	if len(s.Sentences) > 0 {
		return strings.Join(s.Sentences, " | ")
	}
	var out []string
	for _, id := range s.Evidence {
		for _, q := range rep.Quotes {
			if q.ID == id {
				out = append(out, "“"+q.Text+"”")
			}
		}
	}
	if s.Predicate != nil {
		out = append(out, "["+s.Predicate.Lemma+"]")
	}
	return strings.Join(out, " | ")
}
