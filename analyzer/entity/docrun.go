package entity

// Where a name's word stands in its capitalised run, here and elsewhere in the
// document (issue 10). A capitalised word alone that the document also writes as the
// last word of a longer run is mostly a surname or a short form ("Smith" after "John
// Smith", "Fargo" after "Wells Fargo"); one the document only writes alone is more often
// a place or a team. These families read the document itself, not the training text's
// vocabulary, so they carry over to text the tagger has never seen.

// famDocRun adds, to a capitalised word, the places the document gives the same word
// in capitalised runs elsewhere (alone, first of a longer run, later in one), with its
// own place.
const famDocRun Families = 1 << 25

// famRunPos adds, to a capitalised word, its place in its capitalised run and the run's
// length (up to four).
const famRunPos Families = 1 << 26

// famDocRunHead adds, to a capitalised word that the document also writes inside a
// longer capitalised run, the GloVe mid cluster of that run's last word ("Hoyt" after
// "James W. Hoyt" gets the cluster of the surname; "Fargo" after "Wells Fargo Bank" the
// cluster of "bank").
const famDocRunHead Families = 1 << 28

const (
	fDocRun byte = 200 + iota
	fRunPos
	fDocRunHead
)

// runPlace bits: where a word stands in a capitalised run.
const (
	placeAlone uint8 = 1 << iota // a run of one word
	placeFirst                   // the first word of a longer run
	placeLater                   // a later word of a longer run
)

// runSpan returns the capitalised run around token i: [start, end] inclusive.
func runSpan(infos []tokInfo, i int) (start, end int) {
	start, end = i, i
	for start > 0 && capitalised(infos[start-1].shape) {
		start--
	}
	for end+1 < len(infos) && capitalised(infos[end+1].shape) {
		end++
	}
	return start, end
}

// placeIn is the place of token i in the run [start, end].
func placeIn(i, start, end int) uint8 {
	switch {
	case start == end:
		return placeAlone
	case i == start:
		return placeFirst
	}
	return placeLater
}

// docRunPlaces returns, by word id, the places the document's prose gives each
// capitalised word (a sentence's first word and a word after an opener are left out:
// their capital says nothing), and the longest run each is in: its length and the id of
// its last word.
func docRunPlaces(v *docVocab, sents []Sentence) ([]uint8, []docRun) {
	places := make([]uint8, len(v.words))
	longest := make([]docRun, len(v.words))
	for si, s := range sents {
		if s.Case != CaseNormal {
			continue
		}
		ids := v.ids[si]
		for i := 0; i < len(s.Words); {
			if !capitalised(wordShape(s.Words[i])) {
				i++
				continue
			}
			end := i
			for end+1 < len(s.Words) && capitalised(wordShape(s.Words[end+1])) {
				end++
			}
			for j := i; j <= end; j++ {
				if j == 0 || isSentenceOpener(s.Words[j-1]) {
					continue
				}
				places[ids[j]] |= placeIn(j, i, end)
				if l := &longest[ids[j]]; end-i+1 > int(l.n) {
					*l = docRun{n: uint8(min(end-i+1, 255)), last: ids[end]}
				}
			}
			i = end + 1
		}
	}
	return places, longest
}

// docRun is the longest capitalised run a word is in: its length and last word.
type docRun struct {
	n    uint8
	last int32
}

// runPlaceFeatures appends the famDocRun and famRunPos features of capitalised token i.
func (f *featurizer) runPlaceFeatures(infos []tokInfo, ids []int32, i int, pos byte, add func(uint64)) {
	start, end := runSpan(infos, i)
	own := placeIn(i, start, end)
	if f.fams&(famDocRun|famDocRunHead) != 0 && f.v.runs == nil {
		f.v.runs, f.v.longest = docRunPlaces(f.v, f.sents)
	}
	if f.fams&famDocRunHead != 0 && f.lex != nil {
		if l := f.v.longest[ids[i]]; int(l.n) > end-start+1 {
			_, mid, _ := f.lex.repClusters(f.v.rep[l.last])
			add(hashByte(hashByte(hashByte(hashByte(featureSeed, fDocRunHead), own), byte(mid)), byte(mid>>8)))
		}
	}
	if f.fams&famDocRun != 0 {
		// the other places: this token's own place is in the bits too, unless it is
		// sentence-initial
		add(hashByte(hashByte(hashByte(hashByte(featureSeed, fDocRun), own), f.v.runs[ids[i]]), pos))
	}
	if f.fams&famRunPos != 0 {
		add(hashByte(hashByte(hashByte(featureSeed, fRunPos), byte(min(end-start+1, 4))), byte(min(i-start, 3))))
	}
}
