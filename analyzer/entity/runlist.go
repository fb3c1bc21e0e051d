package entity

// famRunList adds, to each word of a capitalised run that an organisation name or a
// WordNet name covers exactly ("Lockheed Martin", not "Martin" of "Dean Martin"), the
// list, the name's kind and the word's place in the run: the lists' token marks say a
// word is in a listed phrase, not that the phrase is the whole name (issue 10).
const famRunList Families = 1 << 27

const fRunList byte = 210

// runListFeatures appends the famRunList features of capitalised token i.
func runListFeatures(infos []tokInfo, i int, add func(uint64)) {
	start, end := runSpan(infos, i)
	place := placeIn(i, start, end)
	for list, mark := range [2]func(*tokInfo) uint8{
		func(ti *tokInfo) uint8 { return ti.org },
		func(ti *tokInfo) uint8 { return ti.wn },
	} {
		if kind, ok := coversRun(infos, start, end, mark); ok {
			add(hashByte(hashByte(hashByte(hashByte(featureSeed, fRunList), byte(list)), kind), place))
		}
	}
}

// coversRun reports whether one listed phrase spans tokens [start, end] exactly, by the
// lists' marks (kind<<2 | 1 on a phrase's first word, 2 on its later ones), and its kind.
func coversRun(infos []tokInfo, start, end int, mark func(*tokInfo) uint8) (uint8, bool) {
	m := mark(&infos[start])
	if m&3 != 1 {
		return 0, false
	}
	for j := start + 1; j <= end; j++ {
		if mark(&infos[j])&3 != 2 {
			return 0, false
		}
	}
	if end+1 < len(infos) && mark(&infos[end+1])&3 == 2 {
		return 0, false
	}
	return m >> 2, true
}
