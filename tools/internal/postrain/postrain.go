// Package postrain trains the language layer's part-of-speech tagger (a greedy averaged
// perceptron over text.POSFeatures), for tools/train-syntax, which ships it, and for
// tools/train-ner, which jackknifes it to give its training text the tags the runtime
// would give text it never saw. One trainer, so that the two cannot drift apart.
package postrain

import (
	"math/rand/v2"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/analyzer/text/tagger"
	"lede/internal/corpus"
)

// Train runs epochs passes over the sentences, in a fresh order each pass drawn from
// seed, and returns the trainer: its Model(minWeight) is the tagger pruned at minWeight
// (in perceptron updates), and one training serves every pruning level.
func Train(sents []corpus.SyntaxSentence, epochs int, seed uint64) *tagger.Trainer {
	tr := tagger.NewTrainer(int(doc.NumPOS))
	scores := make([]float32, doc.NumPOS)
	var feats []uint32
	ShuffledEpochs(len(sents), epochs, rand.New(rand.NewPCG(seed, 0x5eed)), func(si int) {
		s := sents[si]
		var p1, p2 doc.POS
		for i := range s.Tokens {
			feats = text.POSFeatures(s.Tokens, i, p1, p2, feats[:0])
			tr.Scores(feats, scores)
			guess := argmax(scores, 1) // (class 0 is POSNone, never an answer)
			tr.Update(feats, int(s.POS[i]), guess)
			tr.Tick()
			p1, p2 = doc.POS(guess), p1
		}
	})
	return tr
}

// Jackknife trains folds taggers, the k-th on the sentences i with i%folds != k, each as
// Train trains and pruned at minWeight: sentence i is then tagged by models[i%folds],
// which never saw it.
func Jackknife(sents []corpus.SyntaxSentence, folds, epochs int, minWeight float64, seed uint64) ([]*tagger.Model, error) {
	models := make([]*tagger.Model, folds)
	for k := range models {
		var rest []corpus.SyntaxSentence
		for i, s := range sents {
			if i%folds != k {
				rest = append(rest, s)
			}
		}
		b, _ := Train(rest, epochs, seed).Model(minWeight)
		m, err := tagger.Load(b)
		if err != nil {
			return nil, err
		}
		models[k] = m
	}
	return models, nil
}

// ShuffledEpochs calls fn with the index of every one of n training sentences, epochs
// times, in a fresh order drawn from rng each time.
func ShuffledEpochs(n, epochs int, rng *rand.Rand, fn func(si int)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			fn(si)
		}
	}
}

// argmax is the index of the highest score from index from on.
func argmax(scores []float32, from int) int {
	best := from
	for c := from; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}
