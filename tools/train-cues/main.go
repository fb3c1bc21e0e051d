// Command train-cues rebuilds analyzer/quote/cuemodel.txt, the learned cue pass's
// logistic model, from PolNeAR train (never dev or test). Every clause whose verb the
// quote stage's rules leave alone is an example: positive when its candidate content
// covers at least half of a gold attribution that the rules missed and the gold cue
// overlaps the candidate's verb group (the scorer's own matching rule), negative
// otherwise. Training is deterministic: fixed order, one goroutine.
//
//	go run ./tools/train-cues -data ../shared/data          # write the model
//	go run ./tools/train-cues -data ../shared/data -cv 5    # only cross-validate
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/quote"
	textpkg "lede/analyzer/text"
	"lede/internal/corpus"
)

type example struct {
	article int
	feats   []int
	label   bool
	stem    string // the verb's stem (its "s=" feature)
	sourced bool   // the candidate has a source (the pass reports no other)
}

func main() {
	data := flag.String("data", "../shared/data", "the shared data folder")
	out := flag.String("out", "analyzer/quote/cuemodel.txt", "the model file")
	epochs := flag.Int("epochs", 15, "passes over the training set")
	l2 := flag.Float64("l2", 1e-5, "L2 penalty per example")
	rate := flag.Float64("rate", 0.1, "AdaGrad learning rate")
	minCount := flag.Int("min", 8, "keep features seen in at least this many examples (8 and -prune 0.1: the same -cv 5 F1 as 3 and 0.01, 0.733, at a third of the size)")
	prune := flag.Float64("prune", 0.1, "drop features whose weight is below this")
	threshold := flag.Float64("threshold", 0.35, "the probability above which the pass reports a candidate (0.35: the best content F1 of 0.3-0.8 in -cv 5 on train, 0.735)")
	fold := flag.Int("fold", -1, "with -folds: train without the articles whose index modulo -folds is this (for scoring the pass on them with lede eval quotes)")
	folds := flag.Int("folds", 5, "the number of folds -fold counts")
	minPos := flag.Int("minpos", 3, "a verb stem is a cue the pass may report when seen as one at least this many times in train")
	minRate := flag.Float64("minrate", 0.2, "... and in at least this share of its clauses")
	cv := flag.Int("cv", 0, "only report k-fold cross-validation (by article) on train, write nothing")
	diagPath := flag.String("diag", "", "write the rules' missed gold attributions and the candidates near them here")
	flag.Parse()
	if *diagPath != "" {
		fh, err := os.Create(*diagPath)
		if err != nil {
			log.Fatal(err)
		}
		defer fh.Close()
		diag = fh
	}
	log.SetFlags(0)

	exs, names, base, err := readExamples(filepath.Join(*data, "polnear", "train"), *minCount)
	if err != nil {
		log.Fatal(err)
	}
	pos := 0
	for _, e := range exs {
		if e.label {
			pos++
		}
	}
	log.Printf("%d candidates (%d positive), %d features; rules alone: %d matched of %d predicted, %d gold",
		len(exs), pos, len(names), base.match, base.pred, base.gold)
	if *cv > 1 {
		crossValidate(exs, len(names), *cv, *epochs, *l2, *rate, base, *minPos, *minRate)
		return
	}
	if *fold >= 0 {
		var kept []example
		for _, e := range exs {
			if e.article%*folds != *fold {
				kept = append(kept, e)
			}
		}
		exs = kept
	}
	w, b := train(exs, len(names), *epochs, *l2, *rate)
	if err := writeModel(*out, names, w, b, *prune, *threshold, cueStems(exs, *minPos, *minRate)); err != nil {
		log.Fatal(err)
	}
}

// baseline counts what the rules alone score: matched gold, predictions, gold.
type baseline struct{ match, pred, gold int }

// diag, when set (-diag FILE), receives one line per gold attribution the rules missed:
// whether a candidate's cue overlaps its cue, and whether that candidate's content
// matches.
var diag *os.File

func diagnose(w *os.File, d *doc.Doc, gold []corpus.Attribution, matched map[int]bool, cands []quote.Candidate) {
	for gi, g := range gold {
		if matched[gi] {
			continue
		}
		state, got := "nocue", ""
		for _, c := range cands {
			if corpus.OverlapLen(c.Cue, g.Cue) == 0 {
				continue
			}
			state, got = "content", d.Text[c.Content.Start:c.Content.End]
			if corpus.OverlapLen(c.Content, g.Content)*2 >= corpus.SpansLen(g.Content) {
				state = "ok"
			}
			break
		}
		var cue, content []string
		for _, s := range g.Cue {
			cue = append(cue, d.Text[s.Start:s.End])
		}
		for _, s := range g.Content {
			content = append(content, d.Text[s.Start:s.End])
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", state, strings.Join(cue, "|"), flat(strings.Join(content, "|")), flat(got))
	}
}

func flat(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}

// cueStems are the verb stems the pass may report: seen as an attribution's cue at least
// minPos times among the examples, in at least minRate of their clauses.
func cueStems(exs []example, minPos int, minRate float64) map[string]bool {
	pos, all := map[string]int{}, map[string]int{}
	for _, e := range exs {
		all[e.stem]++
		if e.label {
			pos[e.stem]++
		}
	}
	out := map[string]bool{}
	for st, n := range pos {
		if n >= minPos && float64(n) >= minRate*float64(all[st]) {
			out[st] = true
		}
	}
	return out
}

func readExamples(dir string, minCount int) ([]example, []string, baseline, error) {
	var raw []struct {
		article int
		feats   []string
		label   bool
		sourced bool
	}
	var base baseline
	article := 0
	_, err := corpus.ForEachPolNeAR(dir, func(name, text string, gold []corpus.Attribution) error {
		// the stages before the quote stage, so that the examples are what the pass sees,
		// whatever model the quote stage now embeds
		d := &doc.Doc{Text: text}
		textpkg.Segment(d)
		if err := entity.Recognize(d); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := entity.Resolve(d); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		rules, cands := quote.Candidates(d)
		matched := matchGold(rules, gold)
		base.match += len(matched)
		base.pred += len(rules)
		base.gold += len(gold)
		if diag != nil {
			diagnose(diag, d, gold, matched, cands)
		}
		for _, c := range cands {
			label := false
			for gi, g := range gold {
				if matched[gi] || corpus.OverlapLen(c.Content, g.Content)*2 < corpus.SpansLen(g.Content) || corpus.OverlapLen(c.Cue, g.Cue) == 0 {
					continue
				}
				label = true
				break
			}
			raw = append(raw, struct {
				article int
				feats   []string
				label   bool
				sourced bool
			}{article, c.Features, label, c.Source != doc.NoSpan})
		}
		article++
		return nil
	})
	if err != nil {
		return nil, nil, base, err
	}
	count := map[string]int{}
	for _, r := range raw {
		for _, f := range r.feats {
			count[f]++
		}
	}
	var names []string
	for f, n := range count {
		if n >= minCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	exs := make([]example, len(raw))
	for i, r := range raw {
		e := example{article: r.article, label: r.label, sourced: r.sourced}
		for _, f := range r.feats {
			if strings.HasPrefix(f, "s=") {
				e.stem = f[2:]
			}
			if k, ok := index[f]; ok {
				e.feats = append(e.feats, k)
			}
		}
		exs[i] = e
	}
	return exs, names, base, nil
}

// matchGold pairs predictions with gold contents as lede eval quotes does (largest
// overlap first, one to one, a pair when the prediction covers half the gold content)
// and returns the matched gold.
func matchGold(preds []doc.Span, gold []corpus.Attribution) map[int]bool {
	type pair struct{ p, g, ov int }
	var pairs []pair
	for gi, g := range gold {
		gl := corpus.SpansLen(g.Content)
		for pi, p := range preds {
			if ov := corpus.OverlapLen(p, g.Content); gl > 0 && ov*2 >= gl {
				pairs = append(pairs, pair{pi, gi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	m := map[int]bool{}
	usedP := map[int]bool{}
	for _, pr := range pairs {
		if m[pr.g] || usedP[pr.p] {
			continue
		}
		m[pr.g], usedP[pr.p] = true, true
	}
	return m
}

// train fits a logistic regression with AdaGrad and an L2 penalty; it returns the
// weights and the bias.
func train(exs []example, nfeat, epochs int, l2, rate float64) ([]float64, float64) {
	w := make([]float64, nfeat)
	g2 := make([]float64, nfeat)
	var b, gb float64
	for ep := 0; ep < epochs; ep++ {
		for i := range exs {
			// a fixed scramble of the order, the same every run
			e := exs[(i*7919)%len(exs)]
			z := b
			for _, k := range e.feats {
				z += w[k]
			}
			y := 0.0
			if e.label {
				y = 1
			}
			g := sigmoid(z) - y
			gb += g * g
			b -= rate * g / math.Sqrt(gb+1e-8)
			for _, k := range e.feats {
				gk := g + l2*w[k]
				g2[k] += gk * gk
				w[k] -= rate * gk / math.Sqrt(g2[k]+1e-8)
			}
		}
	}
	return w, b
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func score(e example, w []float64, b float64) float64 {
	z := b
	for _, k := range e.feats {
		z += w[k]
	}
	return sigmoid(z)
}

// crossValidate trains on k-1 folds of articles and scores the held-out one; it prints,
// for a range of thresholds, the candidates taken, how many are right, and the content
// precision, recall and F1 the rules plus the pass would give (counting each taken
// positive as one more match, which ignores that one taken candidate can hide another).
func crossValidate(exs []example, nfeat, k, epochs int, l2, rate float64, base baseline, minPos int, minRate float64) {
	probs := make([]float64, len(exs))
	for fold := 0; fold < k; fold++ {
		var tr []example
		for _, e := range exs {
			if e.article%k != fold {
				tr = append(tr, e)
			}
		}
		w, b := train(tr, nfeat, epochs, l2, rate)
		stems := cueStems(tr, minPos, minRate)
		for i, e := range exs {
			if e.article%k == fold && e.sourced && (minPos == 0 || stems[e.stem]) {
				probs[i] = score(e, w, b)
			}
		}
	}
	fmt.Printf("rules alone: content P %.3f R %.3f\n", float64(base.match)/float64(base.pred), float64(base.match)/float64(base.gold))
	fmt.Printf("%9s %8s %8s %8s %8s %8s %8s\n", "threshold", "taken", "right", "prec", "P", "R", "F1")
	for _, t := range []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8} {
		taken, right := 0, 0
		for i, e := range exs {
			if probs[i] >= t {
				taken++
				if e.label {
					right++
				}
			}
		}
		p := float64(base.match+right) / float64(base.pred+taken)
		r := float64(base.match+right) / float64(base.gold)
		fmt.Printf("%9.2f %8d %8d %8.3f %8.3f %8.3f %8.3f\n", t, taken, right, float64(right)/math.Max(1, float64(taken)), p, r, 2*p*r/(p+r))
	}
}

func writeModel(path string, names []string, w []float64, b, prune, threshold float64, stems map[string]bool) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(fh)
	fmt.Fprintln(bw, "# The quote stage's learned cue model (analyzer/quote/learned.go): a logistic")
	fmt.Fprintln(bw, "# regression over clause features, trained on PolNeAR train by tools/train-cues")
	fmt.Fprintln(bw, "# (make model). \"@cue STEM\": a verb stem the pass may report (seen as a cue often")
	fmt.Fprintln(bw, "# enough in train); then one feature a line: name, tab, weight.")
	fmt.Fprintf(bw, "@bias\t%s\n@threshold\t%s\n", strconv.FormatFloat(b, 'f', 3, 64), strconv.FormatFloat(threshold, 'f', 3, 64))
	var cues []string
	for st := range stems {
		cues = append(cues, st)
	}
	sort.Strings(cues)
	for _, st := range cues {
		fmt.Fprintf(bw, "@cue\t%s\n", st)
	}
	kept := 0
	for i, n := range names {
		if math.Abs(w[i]) < prune {
			continue
		}
		fmt.Fprintf(bw, "%s\t%s\n", n, strconv.FormatFloat(w[i], 'f', 3, 64))
		kept++
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	log.Printf("wrote %s: %d features", path, kept)
	return fh.Close()
}
