package main

import (
	"fmt"
	"os"

	"lede/analyzer/entity"
	"lede/analyzer/entity/ner"
)

// crossValidate scores feature choices without the dev split: k times, a first-pass
// perceptron (one, not the ensemble: the comparison between settings is what counts)
// is trained on the training documents outside fold k (document i is in fold i%k) and
// tags the documents inside it; the pooled score of the k folds is printed, with the
// out-of-domain score (wikigold) of each fold's model pooled the same way.
func crossValidate(lex *entity.Lexicon, fams entity.Families, train, wiki []ner.CoNLLDoc, epochs int, prune float64, seed uint64) error {
	docs := augment(train, seed, titleAugment)
	var cv, ood ner.Score
	for k := 0; k < cvFolds; k++ {
		var in []trainDoc
		var out []ner.CoNLLDoc
		for i, d := range docs {
			if i%cvFolds == k {
				out = append(out, train[i])
			} else {
				in = append(in, d)
			}
		}
		m := quantised(trainPerceptron(lex, fams, in, epochs, prune, seed+uint64(k), nil))
		s := evaluateModel(m, lex, out, nil)
		addScore(&cv, s)
		line := fmt.Sprintf("fold %d: %s", k+1, s.Summary())
		if wiki != nil {
			w := evaluateModel(m, lex, wiki, nil)
			addScore(&ood, w)
			line += "  wikigold " + w.Summary()
		}
		fmt.Println(line)
	}
	fmt.Printf("cv %d folds, families %b: %s\n", cvFolds, fams, cv.Summary())
	cv.Table(os.Stdout)
	if wiki != nil {
		fmt.Printf("wikigold, pooled over the %d fold models: %s\n", cvFolds, ood.Summary())
		ood.Table(os.Stdout)
	}
	return nil
}

func addScore(into, s *ner.Score) {
	for t := range s.TP {
		into.TP[t] += s.TP[t]
		into.Pred[t] += s.Pred[t]
		into.Gold[t] += s.Gold[t]
	}
}
