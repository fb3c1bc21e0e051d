package present

import (
	"math"
	"sort"
)

// StanceOrder returns the order in which to list stance edges, given each edge's label
// ("for", "against", "neutral") and polarity (-1..1): the edges that take a side first,
// strongest first, then the neutral ones (a relation without a clear stance), strongest
// first; ties keep the report's order. The reader sees who is for or against whom before
// who merely spoke of whom.
func StanceOrder(labels []string, polarity []float64) []int {
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	sided := func(i int) bool { return labels[i] != "neutral" }
	sort.SliceStable(order, func(x, y int) bool {
		i, j := order[x], order[y]
		if sided(i) != sided(j) {
			return sided(i)
		}
		return math.Abs(polarity[i]) > math.Abs(polarity[j])
	})
	return order
}
