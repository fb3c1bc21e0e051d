package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/tools/internal/kmeans"
)

// Word clusters by distributional similarity, a cheaper stand-in for Brown clusters:
// each frequent word gets a vector of PPMI-weighted left and right neighbours, reduced
// by a seeded random projection; spherical k-means gives fine clusters, and k-means on
// the fine centroids gives coarse ones. The same pass counts how often each word is
// capitalised in the middle of ordinary sentences (the capitalisation prior).

const (
	vocabMin     = 4     // occurrences for a word to get a cluster
	vocabMax     = 40000 // at most this many words
	contextWords = 1000  // neighbours counted, the most frequent words
	projDim      = 96
)

// kmeansIter bounds the k-means iterations (flag -kmeans-iter); a run stops earlier
// when no assignment changes.
var kmeansIter = 12

// fineK and coarseK are the numbers of fine and coarse clusters (flags -fine, -coarse).
var fineK, coarseK = 400, 40

type wordStats struct {
	count      int
	capMid     int // capitalised, mid-sentence, in a sentence with ordinary case
	mid        int // all mid-sentence occurrences in such sentences
	left, righ map[int32]float32
}

type clusterRow struct {
	word           string
	coarse, fine   int
	capBucket      int
	coarse2, fine2 int // the second clustering, -1 if none
}

// buildClusters derives the cluster list's rows from the sentences: the vocabulary, each
// word's neighbour counts and capitalisation, PPMI vectors of the neighbours, and one or
// two clusterings of them; rows sorted by fine cluster, then word.
func buildClusters(sents [][]string, seed uint64) []clusterRow {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[strings.ToLower(w)]++
		}
	}
	all := vocabulary(counts)
	stats := neighbourStats(sents, all, contextIndex(counts))
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vecs := ppmiVectors(stats, rng)
	fine, coarse := clusterOnce(vecs, rng)
	var fine2, coarse2 []int
	if clusterings > 1 {
		// a second clustering from another start: the tagger sees both, which evens out
		// the luck of one k-means run
		fine2, coarse2 = clusterOnce(vecs, rng)
	}
	rows := make([]clusterRow, len(stats))
	for i, x := range all {
		rows[i] = clusterRow{word: x.w, fine: fine[i], coarse: coarse[fine[i]], capBucket: capBucket(stats[i].capMid, stats[i].mid), fine2: -1, coarse2: -1}
		if fine2 != nil {
			rows[i].fine2, rows[i].coarse2 = fine2[i], coarse2[fine2[i]]
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].fine != rows[j].fine {
			return rows[i].fine < rows[j].fine
		}
		return rows[i].word < rows[j].word
	})
	fmt.Printf("clusters: %d words, %d fine, %d coarse\n", len(rows), fineK, coarseK)
	return rows
}

// wordCount is a lower-cased word and how often it occurs.
type wordCount struct {
	w string
	c int
}

// byFrequency sorts words by count, most frequent first, then alphabetically.
func byFrequency(ws []wordCount) {
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].c != ws[j].c {
			return ws[i].c > ws[j].c
		}
		return ws[i].w < ws[j].w
	})
}

// vocabulary is the words that get a cluster: with a letter, seen vocabMin times, the
// vocabMax most frequent.
func vocabulary(counts map[string]int) []wordCount {
	var all []wordCount
	for w, c := range counts {
		if c >= vocabMin && hasLetter(w) {
			all = append(all, wordCount{w, c})
		}
	}
	byFrequency(all)
	if len(all) > vocabMax {
		all = all[:vocabMax]
	}
	return all
}

// contextIndex numbers the neighbours counted: the sentence start (0) and end (1), then
// the most frequent tokens of any kind (punctuation included), contextWords in all.
func contextIndex(counts map[string]int) map[string]int32 {
	var ctxAll []wordCount
	for w, c := range counts {
		ctxAll = append(ctxAll, wordCount{w, c})
	}
	byFrequency(ctxAll)
	ctx := map[string]int32{"<S>": 0, "</S>": 1}
	for _, x := range ctxAll {
		if len(ctx) >= contextWords {
			break
		}
		if _, ok := ctx[x.w]; !ok {
			ctx[x.w] = int32(len(ctx))
		}
	}
	return ctx
}

// neighbourStats counts, for each vocabulary word, its left and right neighbours among
// the contexts, and how often it is capitalised mid-sentence in sentences of ordinary
// case.
func neighbourStats(sents [][]string, all []wordCount, ctx map[string]int32) []wordStats {
	vocab := map[string]int{}
	stats := make([]wordStats, len(all))
	for i, x := range all {
		vocab[x.w] = i
		stats[i] = wordStats{count: x.c, left: map[int32]float32{}, righ: map[int32]float32{}}
	}
	// neighbour is the context number of s[i], the start or end marker outside the
	// sentence, -1 for a word no context counts
	neighbour := func(s []string, i int, outside int32) int32 {
		if i < 0 || i >= len(s) {
			return outside
		}
		if c, ok := ctx[strings.ToLower(s[i])]; ok {
			return c
		}
		return -1
	}
	for _, s := range sents {
		normal := ordinaryCase(s)
		for i, w := range s {
			vi, ok := vocab[strings.ToLower(w)]
			if !ok {
				continue
			}
			st := &stats[vi]
			if l := neighbour(s, i-1, 0); l >= 0 {
				st.left[l]++
			}
			if r := neighbour(s, i+1, 1); r >= 0 {
				st.righ[r]++
			}
			if normal && i > 0 && !opener(s[i-1]) {
				st.mid++
				if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
					st.capMid++
				}
			}
		}
	}
	return stats
}

// ppmiVectors gives each word a unit vector of projDim components: its left and right
// neighbours' positive PMI, log(p(w,c) / (p(w) p(c))) with context marginals from the
// pair counts, through a fixed Gaussian random projection drawn from rng (one matrix for
// left contexts, one for right).
func ppmiVectors(stats []wordStats, rng *rand.Rand) []float32 {
	var ctxTotL, ctxTotR [contextWords + 2]float64
	var total float64
	for i := range stats {
		for c, n := range stats[i].left {
			ctxTotL[c] += float64(n)
			total += float64(n)
		}
		for c, n := range stats[i].righ {
			ctxTotR[c] += float64(n)
		}
	}
	proj := make([]float32, 2*(contextWords+2)*projDim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, len(stats)*projDim)
	for i := range stats {
		st := &stats[i]
		v := vecs[i*projDim : (i+1)*projDim]
		addPPMI(v, st.left, &ctxTotL, total, proj, 0)
		addPPMI(v, st.righ, &ctxTotR, total, proj, 1)
		kmeans.Normalise(v)
	}
	return vecs
}

// addPPMI adds to v each context of one side (0 left, 1 right) whose PMI is positive,
// times its row of the projection, in context order.
func addPPMI(v []float32, m map[int32]float32, tot *[contextWords + 2]float64, total float64, proj []float32, side int) {
	var wtot float64
	for _, n := range m {
		wtot += float64(n)
	}
	if wtot == 0 {
		return
	}
	keys := make([]int32, 0, len(m))
	for c := range m {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	for _, c := range keys {
		pmi := math.Log(float64(m[c]) * total / (wtot * tot[c]))
		if pmi <= 0 {
			continue
		}
		row := proj[(side*(contextWords+2)+int(c))*projDim:]
		for d := 0; d < projDim; d++ {
			v[d] += float32(pmi) * row[d]
		}
	}
}

// clusterings is how many independent clusterings the list holds (flag -clusterings);
// the second one feeds FamClusters2, which did not earn its place on dev.
var clusterings = 1

// clusterOnce returns fine clusters of the word vectors (projDim components each) and
// coarse clusters of the fine centroids (weighted by member count).
func clusterOnce(vecs []float32, rng *rand.Rand) (fine, coarse []int) {
	words := kmeans.Vectors{Data: vecs, Dim: projDim}
	fine = kmeans.Cluster(words, fineK, kmeansIter, kmeansRestarts, rng)
	cent, members := kmeans.Centroids(words, fine, fineK)
	coarse = kmeans.Cluster(kmeans.Vectors{Data: cent, Dim: projDim, Weights: members}, coarseK, kmeansIter, kmeansRestarts, rng)
	return fine, coarse
}

// kmeansRestarts is how many k-means++ starts each clustering runs, keeping the one of
// the highest total similarity: a single random start made the tagger's dev F1 swing by
// a point.
const kmeansRestarts = 3

// capBucket grades how often a word is capitalised mid-sentence: 0 never .. 4 always,
// 5 when there is too little evidence.
func capBucket(capMid, mid int) int {
	if mid < 3 {
		return 5
	}
	r := float64(capMid) / float64(mid)
	switch {
	case r < 0.05:
		return 0
	case r < 0.3:
		return 1
	case r < 0.7:
		return 2
	case r < 0.95:
		return 3
	}
	return 4
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func opener(w string) bool {
	switch w {
	case `"`, "'", ":", "-", "(", "[", "--":
		return true
	}
	return false
}

// ordinaryCase reports whether a sentence is neither ALL CAPS nor Title Case.
func ordinaryCase(s []string) bool {
	n, up, capital := 0, 0, 0
	for _, w := range s {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if strings.ToUpper(w) == w && len(w) > 1 {
			up++
		}
		if unicode.IsUpper(r) {
			capital++
		}
	}
	return n >= 3 && up*10 < n*7 && capital*10 < n*8
}
