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

func buildClusters(sents [][]string, seed uint64) []clusterRow {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[strings.ToLower(w)]++
		}
	}
	type wc struct {
		w string
		c int
	}
	var all []wc
	for w, c := range counts {
		if c >= vocabMin && hasLetter(w) {
			all = append(all, wc{w, c})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].c != all[j].c {
			return all[i].c > all[j].c
		}
		return all[i].w < all[j].w
	})
	if len(all) > vocabMax {
		all = all[:vocabMax]
	}
	// contexts: the most frequent tokens of any kind (punctuation included)
	var ctxAll []wc
	for w, c := range counts {
		ctxAll = append(ctxAll, wc{w, c})
	}
	sort.Slice(ctxAll, func(i, j int) bool {
		if ctxAll[i].c != ctxAll[j].c {
			return ctxAll[i].c > ctxAll[j].c
		}
		return ctxAll[i].w < ctxAll[j].w
	})
	ctx := map[string]int32{"<S>": 0, "</S>": 1}
	for _, x := range ctxAll {
		if len(ctx) >= contextWords {
			break
		}
		if _, ok := ctx[x.w]; !ok {
			ctx[x.w] = int32(len(ctx))
		}
	}
	vocab := map[string]int{}
	stats := make([]wordStats, len(all))
	for i, x := range all {
		vocab[x.w] = i
		stats[i] = wordStats{count: x.c, left: map[int32]float32{}, righ: map[int32]float32{}}
	}
	lower := func(w string) string { return strings.ToLower(w) }
	for _, s := range sents {
		normal := ordinaryCase(s)
		for i, w := range s {
			vi, ok := vocab[lower(w)]
			if !ok {
				continue
			}
			st := &stats[vi]
			l, r := int32(0), int32(1)
			if i > 0 {
				if c, ok := ctx[lower(s[i-1])]; ok {
					l = c
				} else {
					l = -1
				}
			}
			if i+1 < len(s) {
				if c, ok := ctx[lower(s[i+1])]; ok {
					r = c
				} else {
					r = -1
				}
			}
			if l >= 0 {
				st.left[l]++
			}
			if r >= 0 {
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
	// PPMI: log(p(w,c) / (p(w) p(c))), with context marginals from the pair counts
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
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	// random projection: a fixed Gaussian matrix for left and for right contexts
	proj := make([]float32, 2*(contextWords+2)*projDim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, len(stats)*projDim)
	for i := range stats {
		st := &stats[i]
		var wl, wr float64
		for _, n := range st.left {
			wl += float64(n)
		}
		for _, n := range st.righ {
			wr += float64(n)
		}
		v := vecs[i*projDim : (i+1)*projDim]
		add := func(m map[int32]float32, tot *[contextWords + 2]float64, wtot float64, side int) {
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
		if wl > 0 {
			add(st.left, &ctxTotL, wl, 0)
		}
		if wr > 0 {
			add(st.righ, &ctxTotR, wr, 1)
		}
		kmeans.Normalise(v)
	}
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
