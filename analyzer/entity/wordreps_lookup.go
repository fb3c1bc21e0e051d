package entity

// WordClusters returns the coarse and mid GloVe clusters of a lower-cased word in the
// embedded word representations (wordreps.txt), for other stages' models (the stance
// stage's target sentiment); ok is false for a word outside the list.
func WordClusters(lower string) (coarse, mid uint16, ok bool) {
	lx := DefaultLexicon()
	i := lx.repRow(lower)
	if i < 0 {
		return 0, 0, false
	}
	c, m, _ := lx.repClusters(i)
	return c, m, true
}
