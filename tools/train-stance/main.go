// Command train-stance rebuilds the stance stage's data from the shared corpora:
// analyzer/stance/lexicon.txt (VADER + Hu & Liu, with news-specific fixes) and
// analyzer/stance/model.txt (a multinomial logistic regression on NewsMTSC train.jsonl).
// Training is deterministic: fixed seed, fixed order, one goroutine.
//
//	go run ./tools/train-stance -data ../shared/data
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/stance"
	"lede/analyzer/text"
	"lede/internal/corpus"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data folder")
	out := flag.String("out", "analyzer/stance", "where lexicon.txt and model.txt go")
	epochs := flag.Int("epochs", 20, "passes over the training set")
	l2 := flag.Float64("l2", 1e-4, "L2 penalty per example")
	rate := flag.Float64("rate", 0.01, "AdaGrad learning rate")
	minCount := flag.Int("min", 2, "keep features seen in at least this many targets")
	flag.IntVar(&minGram, "mingram", 2, "keep bigram features (g:) seen in at least this many targets")
	prune := flag.Float64("prune", 0.02, "drop features whose weights are all below this")
	flag.IntVar(&topFeatures, "top", 0, "keep at most this many features, those of the most weight mass (0: all; mean F1m in -cv 5 -seeds 4: 0.6744 with all, 0.6718 at 60000, 0.6674 at 35000)")
	drop := flag.String("drop", "", "feature kinds to leave out, comma-separated (for ablations)")
	flag.Float64Var(&classWeight[0], "wneg", 1, "loss weight of negative targets")
	flag.Float64Var(&classWeight[2], "wpos", 1, "loss weight of positive targets")
	flag.Float64Var(&classBias[0], "negbias", 0, "added to the negative class's bias logit")
	flag.Float64Var(&classBias[2], "posbias", 0.1, "added to the positive class's bias logit (0.1: best of 0, 0.05, 0.1, 0.15, 0.2 with -negbias -0.1, 0, 0.1 in 5-fold cross-validation on train, mean F1m 0.6744 against 0.6720 at 0)")
	flag.BoolVar(&sweep, "sweep", false, "with -cv: also report mean F1m over a grid of -posbias/-negbias")
	flag.BoolVar(&useFurther, "further", true, "train on further_mentions too")
	clusters := flag.Bool("clusters", false, "add the GloVe cluster features (analyzer/entity wordreps.txt; stance/clusters.go): mean F1m 0.6734 in -cv 5 -seeds 4, against 0.6742 without")
	cv := flag.Int("cv", 0, "only report k-fold cross-validation on train (k > 1), write nothing")
	flag.Uint64Var(&shuffleSeed, "seed", 1, "seed of the example order (the first, with -seeds)")
	seeds := flag.Int("seeds", 12, "train this many models on different example orders and average them")
	flag.Parse()
	for _, k := range strings.Split(*drop, ",") {
		if k != "" {
			dropKinds[k] = true
		}
	}
	log.SetFlags(0)

	lexText, err := buildLexicon(*data)
	if err != nil {
		log.Fatal(err)
	}
	lex := &stance.Resources{Lexicon: stance.ParseLexicon(lexText)}
	if *clusters {
		lex.Clusters = entity.WordClusters
	}
	log.Printf("lexicon: %d words", lex.Lexicon.Len())

	train, err := load(filepath.Join(*data, "newsmtsc", "train.jsonl"), lex, useFurther)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("train: %d targets", len(train))
	if *cv > 1 {
		crossValidate(train, lex, *cv, *seeds, *minCount, *epochs, *l2, *rate, *prune)
		return
	}
	vocab := buildVocab(train, *minCount)
	log.Printf("features: %d kept (seen in >= %d targets)", len(vocab.keys), *minCount)
	m := trainEnsemble(train, vocab, *seeds, *epochs, *l2, *rate)
	model := m.write(vocab, *prune)

	for _, dev := range []string{"dev_rw.jsonl", "dev_mt.jsonl"} {
		ex, err := load(filepath.Join(*data, "newsmtsc", dev), lex, false)
		if err != nil {
			log.Printf("%s: %v", dev, err)
			continue
		}
		sc := stance.NewScorerWith(lex, stance.ParseModel(model))
		log.Printf("%s: %s", dev, score(sc, ex))
		stance.FactualViolenceNeutral = false
		log.Printf("%s without the violence fix: %s", dev, score(sc, ex))
		stance.FactualViolenceNeutral = true
	}
	if err := os.WriteFile(filepath.Join(*out, "lexicon.txt"), []byte(lexText), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "model.txt"), []byte(model), 0o644); err != nil {
		log.Fatal(err)
	}

	log.Printf("wrote %s/lexicon.txt (%d bytes), model.txt (%d bytes)", *out, len(lexText), len(model))
}

// minGram is the least count of a bigram feature (flag -mingram): bigrams are half the
// features, and those seen once cost more model size than they earn.
var minGram int

// sweep: report cross-validation over a grid of class biases (flag -sweep).
var sweep bool

// dropKinds are feature kinds left out (flag -drop).
var dropKinds = map[string]bool{}

// example is one target: its features (key -> value) and gold class.
type example struct {
	keys  []string
	vals  []float32
	class int
	d     *doc.Doc
	span  doc.Span
	group int // the line (sentence) it comes from: cross-validation folds keep it whole
}

// useFurther adds each target's coreferent mentions (NewsMTSC's automatic
// further_mentions) as extra training targets with the same label (flag -further).
var useFurther bool

// load reads a NewsMTSC file and extracts each target's features through the same
// path the analyzer uses (text.Segment, then stance.Features).
func load(path string, lex *stance.Resources, further bool) ([]example, error) {
	sentences, err := corpus.ReadNewsMTSC(path)
	if err != nil {
		return nil, err
	}
	var out []example
	for n, s := range sentences {
		d := &doc.Doc{Text: s.Text}
		text.Segment(d)
		for _, t := range s.Targets {
			spans := []doc.Span{t.Span}
			if further {
				spans = append(spans, t.Further...)
			}
			for _, sp := range spans {
				ex := example{class: t.Class, d: d, span: sp, group: n}
				seen := map[string]int{}
				ok := stance.Features(lex, d, sp, func(kind, a, b string, v float32) {
					if dropKinds[kind] {
						return
					}
					k := stance.FeatureKey(kind, a, b)
					if i, dup := seen[k]; dup {
						ex.vals[i] += v
						return
					}
					seen[k] = len(ex.keys)
					ex.keys = append(ex.keys, k)
					ex.vals = append(ex.vals, v)
				})
				if ok {
					out = append(out, ex)
				}
			}
		}
	}
	return out, nil
}

type vocabulary struct {
	index map[string]int
	keys  []string
}

func buildVocab(ex []example, minCount int) *vocabulary {
	count := map[string]int{}
	for _, e := range ex {
		for _, k := range e.keys {
			count[k]++
		}
	}
	v := &vocabulary{index: map[string]int{}}
	for k, c := range count {
		if c >= minCount && (!strings.HasPrefix(k, "g:") || c >= minGram) {
			v.keys = append(v.keys, k)
		}
	}
	sort.Strings(v.keys)
	for i, k := range v.keys {
		v.index[k] = i
	}
	return v
}

// score returns accuracy and macro F1 of a model on examples, as the analyzer would
// label them.
func score(sc *stance.Scorer, ex []example) string {
	var conf corpus.Confusion
	for _, e := range ex {
		p := [...]int{1, 0, 2}[sc.Score(e.d, e.span).Label] // neutral, against, for -> class
		conf[e.class][p]++
	}
	f := conf.F1()
	return fmt.Sprintf("acc %.3f F1 neg/neu/pos %.3f/%.3f/%.3f F1m %.3f", conf.Accuracy(), f[0], f[1], f[2], conf.MacroF1())
}

// crossValidate trains on k-1 folds of train and scores the held-out fold, k times,
// and logs the mean macro F1: a steadier yardstick for choices than the small dev sets.
func crossValidate(ex []example, res *stance.Resources, k, seeds, minCount, epochs int, l2, rate, prune float64) {
	var sum float64
	negGrid, posGrid := []float64{-0.1, 0, 0.1}, []float64{0, 0.05, 0.1, 0.15, 0.2}
	sweepSum := map[[2]float64]float64{}
	for f := 0; f < k; f++ {
		var tr, te []example
		for _, e := range ex {
			if e.group%k == f {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		v := buildVocab(tr, minCount)
		m := trainEnsemble(tr, v, seeds, epochs, l2, rate)
		sc := stance.NewScorerWith(res, stance.ParseModel(m.write(v, prune)))
		r := score(sc, te)
		log.Printf("fold %d: %s", f+1, r)
		var f1m float64
		fmt.Sscanf(r[strings.LastIndex(r, "F1m ")+4:], "%g", &f1m)
		sum += f1m
		if sweep {
			saved := classBias
			for _, nb := range negGrid {
				for _, pb := range posGrid {
					classBias[0], classBias[2] = saved[0]+nb, saved[2]+pb
					sc := stance.NewScorerWith(res, stance.ParseModel(m.write(v, prune)))
					r := score(sc, te)
					fmt.Sscanf(r[strings.LastIndex(r, "F1m ")+4:], "%g", &f1m)
					sweepSum[[2]float64{nb, pb}] += f1m / float64(k)
				}
			}
			classBias = saved
		}
	}
	log.Printf("cross-validation: mean F1m %.4f", sum/float64(k))
	if sweep {
		for _, nb := range negGrid {
			var row []string
			for _, pb := range posGrid {
				row = append(row, fmt.Sprintf("%.4f", sweepSum[[2]float64{nb, pb}]))
			}
			log.Printf("sweep negbias %+.1f, posbias %v: %s", nb, posGrid, strings.Join(row, " "))
		}
	}
}
