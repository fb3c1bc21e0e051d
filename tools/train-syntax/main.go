// Command train-syntax trains the language layer's part-of-speech tagger and chunker on
// the POS and chunk columns of CoNLL-2003 train and writes analyzer/text/model/:
//
//	go run ./tools/train-syntax -data ../shared/data
//
// Both are greedy averaged perceptrons (analyzer/text/tagger) over the features in
// analyzer/text/pos.go and chunk.go. CoNLL's POS and chunk columns were themselves
// assigned by a tagger, so the dev figures are agreement with that tagger, not accuracy
// against hand annotation. The chunker trains on POS tags predicted by jackknifing
// (-folds taggers, each tagging the part it did not see), so it learns from the tagger's
// errors. Deterministic: fixed shuffling seed, sorted output.
//
// Pruning (-pos-min, -chunk-min) trades size for agreement; from one training
// (-sweep 2,3,4,6,8 -folds 3), dev POS agreement / chunk F1 and bytes:
//
//	level   POS                 chunks
//	2       0.9490  496 KB      0.9110  297 KB
//	3       0.9465  265 KB      0.9039  151 KB   <- the default: half the bytes
//	4       0.9407  132 KB      0.8971   64 KB
//	6       0.9223   44 KB      0.6691   18 KB
//
// The page's size budget is shared by every model, so the default is 3 for both.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"lede/analyzer/doc"
	"lede/analyzer/text"
	"lede/analyzer/text/tagger"
	"lede/internal/corpus"
	"lede/tools/internal/postrain"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	out := flag.String("out", "analyzer/text/model", "where to write pos.bin and chunk.bin (\"\" to write nothing)")
	posEpochs := flag.Int("pos-epochs", 8, "POS training epochs")
	chunkEpochs := flag.Int("chunk-epochs", 8, "chunker training epochs")
	folds := flag.Int("folds", 5, "jackknife folds for the chunker's training POS tags (1: gold tags)")
	posMin := flag.Float64("pos-min", 3.0, "drop POS weights whose |average| is below this (perceptron updates)")
	chunkMin := flag.Float64("chunk-min", 3.0, "drop chunk weights whose |average| is below this")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	sweepFlag := flag.String("sweep", "", "comma-separated pruning levels to report (dev figure and size), e.g. 2,3,4")
	dictMin := flag.Int("dict-min", 20, "tag dictionary: words seen at least this often")
	dictShare := flag.Float64("dict-share", 0.97, "tag dictionary: ... with one tag at least this share of the time")
	flag.Parse()

	train, err := corpus.ReadSyntaxFile(filepath.Join(*data, "conll2003", "train.txt"))
	check(err)
	dev, err := corpus.ReadSyntaxFile(filepath.Join(*data, "conll2003", "dev.txt"))
	check(err)
	fmt.Printf("train %d sentences, dev %d\n", len(train), len(dev))

	start := time.Now()
	dictBytes, dictWords := tagDictionary(train, *dictMin, *dictShare)
	dict, err := tagger.Load(dictBytes)
	check(err)
	for _, f := range strings.Split(*sweepFlag, ",") {
		if v, err := strconv.ParseFloat(f, 64); err == nil {
			sweep = append(sweep, v)
		}
	}
	if len(sweep) > 0 {
		sweepPOS, sweepDict = dev, dict
	}
	posBytes, st := trainPOS(train, *posEpochs, *posMin, *seed)
	sweepPOS = nil // the jackknife's taggers are not swept
	posModel, err := tagger.Load(posBytes)
	check(err)
	fmt.Printf("POS: %d features, %d weights, %d bytes (%.1fs); dictionary %d words, %d bytes; dev agreement %.4f (without the dictionary %.4f)\n",
		st.Features, st.Weights, st.Bytes, time.Since(start).Seconds(), dictWords, len(dictBytes), posAgreement(posModel, dict, dev), posAgreement(posModel, nil, dev))
	posAgreement(posModel, dict, dev) // leave dev tagged as the runtime tags it

	tagChunkerInput(train, dict, *folds, *posEpochs, *posMin, *seed)
	debugDev = dev
	start = time.Now()
	chunkBytes, cst := trainChunks(train, *chunkEpochs, *chunkMin, *seed)
	chunkModel, err := tagger.Load(chunkBytes)
	check(err)
	p, r, f := chunkF1(chunkModel, dev)
	fmt.Printf("chunks: %d features, %d weights, %d bytes (%.1fs); dev (predicted POS) P %.4f R %.4f F1 %.4f\n",
		cst.Features, cst.Weights, cst.Bytes, time.Since(start).Seconds(), p, r, f)

	if *out != "" {
		check(os.WriteFile(filepath.Join(*out, "pos.bin"), posBytes, 0o644))
		check(os.WriteFile(filepath.Join(*out, "chunk.bin"), chunkBytes, 0o644))
		check(os.WriteFile(filepath.Join(*out, "posdict.bin"), dictBytes, 0o644))
		fmt.Println("wrote", filepath.Join(*out, "pos.bin"), filepath.Join(*out, "chunk.bin"))
	}
}

// tagChunkerInput gives the chunker's training sentences POS tags from taggers that did
// not see them (folds of them, each trained as the shipped one), so that it learns from
// the tagger's errors; with folds 1, the gold tags.
func tagChunkerInput(train []corpus.SyntaxSentence, dict *tagger.Model, folds, epochs int, minWeight float64, seed uint64) {
	if folds <= 1 {
		for _, s := range train {
			for i := range s.Tokens {
				s.Tokens[i].POS = s.POS[i]
			}
		}
		return
	}
	models, err := postrain.Jackknife(train, folds, epochs, minWeight, seed)
	check(err)
	var sc corpus.SyntaxScore
	for i, s := range train {
		tagWith(models[i%folds], dict, s.Tokens)
		sc.AddTags(s.Tokens, s.POS)
	}
	fmt.Printf("jackknifed train POS agreement %.4f\n", sc.Agreement())
}

// sweep, when set, prints the dev figure and size of each model at these pruning levels
// (from the same training), to choose -pos-min and -chunk-min.
var sweep []float64

// trainPOS trains the POS tagger (postrain.Train) and prunes it at minWeight, reporting
// the sweep's levels on sweepPOS when set.
func trainPOS(train []corpus.SyntaxSentence, epochs int, minWeight float64, seed uint64) ([]byte, tagger.Stats) {
	tr := postrain.Train(train, epochs, seed)
	if sweepPOS != nil {
		for _, m := range sweep {
			b, st := tr.Model(m)
			model, err := tagger.Load(b)
			check(err)
			fmt.Printf("  POS at -pos-min %.1f: %d features, %d bytes, dev agreement %.4f\n", m, st.Features, st.Bytes, posAgreement(model, sweepDict, sweepPOS))
		}
	}
	return tr.Model(minWeight)
}

var sweepPOS []corpus.SyntaxSentence
var sweepDict *tagger.Model

func trainChunks(train []corpus.SyntaxSentence, epochs int, minWeight float64, seed uint64) ([]byte, tagger.Stats) {
	tr := tagger.NewTrainer(text.NumChunkTags)
	scores := make([]float32, text.NumChunkTags)
	var feats []uint32
	postrain.ShuffledEpochs(len(train), epochs, rand.New(rand.NewPCG(seed, 0xc4c4)), func(si int) {
		s := train[si]
		var c1, c2 text.ChunkTag
		for i := range s.Tokens {
			feats = text.ChunkFeatures(s.Tokens, i, c1, c2, feats[:0])
			tr.Scores(feats, scores)
			guess := 0
			for c := range scores {
				if text.ChunkTag(c).AllowedAfter(c1) && (!text.ChunkTag(guess).AllowedAfter(c1) || scores[c] > scores[guess]) {
					guess = c
				}
			}
			// after a wrong previous guess, a gold I-k may be impossible: B-k is then
			// the right answer given the history (updating toward an impossible tag
			// pushes the shared weights the wrong way and training diverges)
			truth := s.Chunks[i]
			if !truth.AllowedAfter(c1) {
				truth = text.MakeChunkTag(truth.Kind(), true)
			}
			tr.Update(feats, int(truth), guess)
			tr.Tick()
			c1, c2 = text.ChunkTag(guess), c1
		}
	})
	if debugDev != nil {
		var right, all int
		for _, s := range debugDev {
			var c1 text.ChunkTag
			for i := range s.Tokens {
				feats = text.ChunkFeatures(s.Tokens, i, c1, 0, feats[:0])
				tr.AveragedScores(feats, scores)
				guess := 0
				for c := range scores {
					if text.ChunkTag(c).AllowedAfter(c1) && scores[c] > scores[guess] {
						guess = c
					}
				}
				if guess == int(s.Chunks[i]) {
					right++
				}
				all++
				c1 = text.ChunkTag(guess)
			}
		}
		fmt.Printf("chunk tag accuracy on dev before quantisation %.4f\n", float64(right)/float64(all))
		for _, m := range sweep {
			b, st := tr.Model(m)
			model, err := tagger.Load(b)
			check(err)
			_, _, f := chunkF1(model, debugDev)
			fmt.Printf("  chunks at -chunk-min %.1f: %d features, %d bytes, dev F1 %.4f\n", m, st.Features, st.Bytes, f)
		}
	}
	return tr.Model(minWeight)
}

// debugDev, when set, is scored with the unquantised weights after training (what
// quantisation costs is the difference from the final figure).
var debugDev []corpus.SyntaxSentence

// tagDictionary keeps the words (case kept, digits folded) seen at least min times with
// one tag at least share of the time.
func tagDictionary(train []corpus.SyntaxSentence, min int, share float64) ([]byte, int) {
	counts := map[uint32]*[doc.NumPOS]int{}
	for _, s := range train {
		for i := range s.Tokens {
			k := text.DictKey(&s.Tokens[i])
			c := counts[k]
			if c == nil {
				c = new([doc.NumPOS]int)
				counts[k] = c
			}
			c[s.POS[i]]++
		}
	}
	entries := map[uint32]uint8{}
	for k, c := range counts {
		total, best := 0, 0
		for t, n := range c {
			total += n
			if n > c[best] {
				best = t
			}
		}
		if total >= min && float64(c[best]) >= share*float64(total) && best != int(doc.POSNone) {
			entries[k] = uint8(best)
		}
	}
	return tagger.Dict(int(doc.NumPOS), entries), len(entries)
}

func tagWith(m, dict *tagger.Model, toks []doc.Token) {
	text.TagPOS(m, dict, toks, text.NewPOSScratch(m))
}

func posAgreement(m, dict *tagger.Model, sents []corpus.SyntaxSentence) float64 {
	var sc corpus.SyntaxScore
	for _, s := range sents {
		tagWith(m, dict, s.Tokens)
		sc.AddTags(s.Tokens, s.POS)
	}
	return sc.Agreement()
}

// chunkF1 scores whole phrases (same kind, same span) against the gold chunk column.
func chunkF1(m *tagger.Model, sents []corpus.SyntaxSentence) (p, r, f float64) {
	var sc corpus.SyntaxScore
	cs := text.NewChunkScratch(m)
	for _, s := range sents {
		tags := text.TagChunks(m, s.Tokens, cs, nil)
		sc.AddChunks(text.AppendChunks(s.Tokens, 0, tags, nil), s.GoldChunks(0))
	}
	return sc.ChunkPRF()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-syntax:", err)
		os.Exit(1)
	}
}
