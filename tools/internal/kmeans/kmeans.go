// Package kmeans clusters unit vectors by cosine similarity (spherical k-means from a
// k-means++ start), for the word clusters of tools/derive-lists (GloVe vectors) and
// tools/train-ner (news contexts). Deterministic for a given rng: single-threaded, every
// loop in index order.
package kmeans

import (
	"math"
	"math/rand/v2"
)

// Vectors are n unit vectors of Dim components each, laid end to end in Data, with an
// optional weight each (nil: all 1).
type Vectors struct {
	Data    []float32
	Dim     int
	Weights []float32
}

// Len is the number of vectors.
func (v Vectors) Len() int { return len(v.Data) / v.Dim }

func (v Vectors) row(i int) []float32 { return v.Data[i*v.Dim : (i+1)*v.Dim] }

func (v Vectors) weight(i int) float32 {
	if v.Weights == nil {
		return 1
	}
	return v.Weights[i]
}

// Cluster assigns each vector one of k clusters (k is cut to the number of vectors):
// restarts runs of at most iterations rounds each, from k-means++ seeds drawn with rng
// one run after another, keeping the first run of the highest total weighted similarity
// to its centroids.
func Cluster(v Vectors, k, iterations, restarts int, rng *rand.Rand) []int {
	k = min(k, v.Len())
	var best []int
	bestScore := math.Inf(-1)
	for r := 0; r < restarts; r++ {
		assign, score := clusterOnce(v, k, iterations, rng)
		if best == nil || score > bestScore {
			best, bestScore = assign, score
		}
	}
	return best
}

// clusterOnce runs spherical k-means from a k-means++ start and returns the assignment
// and its total weighted similarity to the centroids.
func clusterOnce(v Vectors, k, iterations int, rng *rand.Rand) ([]int, float64) {
	cent := seeds(v, k, rng)
	n := v.Len()
	assign := make([]int, n)
	var score float64
	for it := 0; it < iterations; it++ {
		changed := 0
		score = 0
		for i := 0; i < n; i++ {
			best, arg := nearestCentroid(v.row(i), cent, v.Dim)
			if assign[i] != arg || it == 0 {
				changed++
			}
			assign[i] = arg
			score += float64(best * v.weight(i))
		}
		cent, _ = Centroids(v, assign, k)
		if changed == 0 {
			break
		}
	}
	return assign, score
}

// seeds draws k starting centroids (k-means++): the first a random vector, each next one
// in proportion to its weighted distance (1 - cosine) to the nearest seed so far.
func seeds(v Vectors, k int, rng *rand.Rand) []float32 {
	n, dim := v.Len(), v.Dim
	cent := make([]float32, k*dim)
	nearest := make([]float32, n)
	for i := range nearest {
		nearest[i] = 2
	}
	copy(cent[:dim], v.row(rng.IntN(n)))
	for c := 1; c < k; c++ {
		prev := cent[(c-1)*dim : c*dim]
		var total float64
		for i := 0; i < n; i++ {
			if d := 1 - Dot(v.row(i), prev); d < nearest[i] {
				nearest[i] = max(d, 0)
			}
			total += float64(nearest[i] * v.weight(i))
		}
		x := rng.Float64() * total
		pick := n - 1
		for i := 0; i < n; i++ {
			x -= float64(nearest[i] * v.weight(i))
			if x <= 0 {
				pick = i
				break
			}
		}
		copy(cent[c*dim:(c+1)*dim], v.row(pick))
	}
	return cent
}

// nearestCentroid is the highest cosine of x with one of the centroids, and its index.
func nearestCentroid(x, cent []float32, dim int) (float32, int) {
	best, arg := float32(-2), 0
	for c := 0; c < len(cent)/dim; c++ {
		if d := Dot(x, cent[c*dim:(c+1)*dim]); d > best {
			best, arg = d, c
		}
	}
	return best, arg
}

// Centroids returns the normalised centroid of each of k clusters and its weight (the
// sum of its members' weights).
func Centroids(v Vectors, assign []int, k int) (cent, weights []float32) {
	dim := v.Dim
	cent = make([]float32, k*dim)
	weights = make([]float32, k)
	for i, c := range assign {
		w := v.weight(i)
		weights[c] += w
		for d := 0; d < dim; d++ {
			cent[c*dim+d] += w * v.Data[i*dim+d]
		}
	}
	for c := 0; c < k; c++ {
		Normalise(cent[c*dim : (c+1)*dim])
	}
	return cent, weights
}

// Normalise scales v to unit length (a zero vector stays zero).
func Normalise(v []float32) {
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

// Dot is the dot product of two vectors of the same length (their cosine, for unit ones).
func Dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
