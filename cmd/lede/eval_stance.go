package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"lede/analyzer"
	"lede/internal/corpus"
)

// lede eval stance GOLD.jsonl TEXTDIR scores holder -> target stance edges against
// edges read off the articles by an editor (../shared/data/stance/README.md): one
// {"file", "edges":[{"holder","holder_aliases","target","target_aliases","label","key"}]}
// a line, the texts in TEXTDIR/FILE, publication dates in TEXTDIR/../metadata.tsv (or
// TEXTDIR/../../metadata.tsv) as refDate.
//
// A system edge labelled for or against matches a gold edge when one of its holder
// actor's names (name or alias) equals one of the gold holder's names, likewise for the
// target, and the labels agree; case, a leading "the" and a trailing possessive are
// ignored. Matching is one to one (a gold edge is found once, however many system
// edges name it), so a split actor cannot count twice. Neutral edges are not scored;
// their number is reported. Set LEDE_STANCE_ERRORS=FILE to list there the right edges
// (OK), the false ones (FALSE), repeats of a found edge (DUP) and the missed ones (MISS, marked when the pair is
// among the relations, or when the holder or the target is no actor of the report).
func init() { evaluatorsN["stance"] = evalStance }

type goldStanceLine struct {
	File  string           `json:"file"`
	Edges []goldStanceEdge `json:"edges"`
}

type goldStanceEdge struct {
	Holder        string   `json:"holder"`
	HolderAliases []string `json:"holder_aliases"`
	Target        string   `json:"target"`
	TargetAliases []string `json:"target_aliases"`
	Label         string   `json:"label"`
	Key           bool     `json:"key"`
	Evidence      string   `json:"evidence"`
}

// stanceScore counts matched and unmatched edges over the articles.
type stanceScore struct {
	gold, goldKey, system, neutral int
	matched, matchedKey, correct   int
	relations                      int
}

func evalStance(args []string, out io.Writer) error {
	if len(args) != 2 {
		return usageError{"eval stance takes GOLD.jsonl and TEXTDIR"}
	}
	goldPath, dir := args[0], args[1]
	f, err := os.Open(goldPath)
	if err != nil {
		return err
	}
	defer f.Close()
	dates := corpus.PolNeARDates(filepath.Dir(dir))
	if len(dates) == 0 {
		dates = corpus.PolNeARDates(dir)
	}
	errOut, closeErrors, err := errorFile("LEDE_STANCE_ERRORS")
	if err != nil {
		return err
	}
	defer closeErrors()
	var sc stanceScore
	lines := bufio.NewScanner(f)
	lines.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for lines.Scan() {
		n++
		if strings.TrimSpace(lines.Text()) == "" {
			continue
		}
		var g goldStanceLine
		if err := json.Unmarshal(lines.Bytes(), &g); err != nil {
			return fmt.Errorf("%s:%d: %w", goldPath, n, err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, g.File))
		if err != nil {
			return err
		}
		text := analyzer.Sanitize(string(raw))
		d, err := analyzer.Build(text, analyzer.Options{RefDate: dates[strings.TrimSuffix(g.File, ".txt")]})
		if err != nil {
			return fmt.Errorf("%s: %w", g.File, err)
		}
		sc.add(analyzer.NewReport(d, text), g, errOut)
	}
	if err := lines.Err(); err != nil {
		return err
	}
	p := corpus.Ratio(sc.correct, sc.system)
	r := corpus.Ratio(sc.matched, sc.gold)
	fmt.Fprintf(out, "stance %s: %d articles, %d gold edges (%d key)\n", goldPath, n, sc.gold, sc.goldKey)
	fmt.Fprintf(out, "%-10s %7s %7s %6s %6s %6s %8s %8s %9s\n", "edges", "system", "correct", "P", "R", "F1", "key R", "neutral", "relations")
	fmt.Fprintf(out, "%-10s %7d %7d %6.3f %6.3f %6.3f %8.3f %8d %9d\n", "for/against", sc.system, sc.correct, p, r, corpus.F1(p, r),
		corpus.Ratio(sc.matchedKey, sc.goldKey), sc.neutral, sc.relations)
	return nil
}

// add scores one article's report against its gold edges.
func (sc *stanceScore) add(rep *analyzer.Report, g goldStanceLine, errOut io.Writer) {
	names := map[string][]string{}
	display := map[string]string{}
	for _, a := range rep.Actors {
		ns := []string{normStanceName(a.Name)}
		for _, al := range a.Aliases {
			ns = append(ns, normStanceName(al))
		}
		names[a.ID] = ns
		display[a.ID] = a.Name
	}
	sc.gold += len(g.Edges)
	found := make([]bool, len(g.Edges))
	for _, e := range g.Edges {
		if e.Key {
			sc.goldKey++
		}
	}
	sc.relations += len(rep.Relations)
	for _, s := range rep.Stance {
		if s.Label != "for" && s.Label != "against" {
			sc.neutral++
			continue
		}
		sc.system++
		holder := ""
		if s.Holder != nil {
			holder = *s.Holder
		}
		hit := -1
		for i, e := range g.Edges {
			if e.Label == s.Label && anyNameIn(names[holder], e.Holder, e.HolderAliases) && anyNameIn(names[s.Target], e.Target, e.TargetAliases) {
				if !found[i] {
					hit = i
					break
				}
				if hit < 0 {
					hit = -2 // matches only edges already found: a duplicate, not counted
				}
			}
		}
		switch {
		case hit >= 0:
			found[hit] = true
			sc.correct++
			fmt.Fprintf(errOut, "OK\t%s\t%s -> %s\t%s\t%s\n", g.File, display[holder], display[s.Target], s.Label, evidenceText(rep, s))
		case hit == -1:
			fmt.Fprintf(errOut, "FALSE\t%s\t%s -> %s\t%s\t%s\n", g.File, display[holder], display[s.Target], s.Label, evidenceText(rep, s))
		default:
			fmt.Fprintf(errOut, "DUP\t%s\t%s -> %s\t%s\n", g.File, display[holder], display[s.Target], s.Label)
		}
	}
	for i, e := range g.Edges {
		if found[i] {
			sc.matched++
			if e.Key {
				sc.matchedKey++
			}
			continue
		}
		key := ""
		if e.Key {
			key = " (key)"
		}
		hasH, hasT := false, false
		for _, ns := range names {
			hasH = hasH || anyNameIn(ns, e.Holder, e.HolderAliases)
			hasT = hasT || anyNameIn(ns, e.Target, e.TargetAliases)
		}
		if !hasH {
			key += " (no holder actor)"
		}
		if !hasT {
			key += " (no target actor)"
		}
		for _, rel := range rep.Relations {
			if anyNameIn(names[rel.Holder], e.Holder, e.HolderAliases) && anyNameIn(names[rel.Target], e.Target, e.TargetAliases) {
				key += " (a relation)"
				break
			}
		}
		fmt.Fprintf(errOut, "MISS\t%s\t%s -> %s\t%s%s\t%s\n", g.File, e.Holder, e.Target, e.Label, key, e.Evidence)
	}
}

// anyNameIn reports whether one of the system names equals the gold name or an alias.
func anyNameIn(system []string, name string, aliases []string) bool {
	gold := append([]string{name}, aliases...)
	for _, s := range system {
		if s == "" {
			continue
		}
		for _, g := range gold {
			if s == normStanceName(g) {
				return true
			}
		}
	}
	return false
}

// normStanceName lowers a name and drops a leading "the" and a trailing possessive.
func normStanceName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	for _, p := range []string{"'s", "’s", "'", "’"} {
		s = strings.TrimSuffix(s, p)
	}
	return strings.TrimSpace(s)
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
