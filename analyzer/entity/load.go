package entity

import (
	"embed"
	"sync"
)

// The model and word lists are rebuilt by tools/train-ner (make model).
//
// model/*.bin: ner.bin, and phrases.bin (the phrase dictionary) when the model uses it;
// then the word lists.
//
// wordreps.txt, orgs.txt and wordnet.txt come from tools/derive-lists (npm packages, see
// the README).
//
//go:embed model/*.bin model/clusters.txt model/gazetteer.txt model/names.txt model/wordreps.txt model/orgs.txt model/wordnet.txt
var modelFS embed.FS

var (
	loadOnce  sync.Once
	theModel  *Tagger
	theLex    *Lexicon
	loadError error
)

// load parses the embedded model and lists once, on first use.
func load() (*Tagger, *Lexicon, error) {
	loadOnce.Do(func() {
		read := func(name string) []byte {
			b, err := modelFS.ReadFile("model/" + name)
			if err != nil && loadError == nil {
				loadError = err
			}
			return b
		}
		bin := read("ner.bin")
		theLex = ParseLexicon(read("clusters.txt"), read("gazetteer.txt"), read("names.txt"))
		theLex.SetWordReps(read("wordreps.txt"))
		theLex.SetOrgs(read("orgs.txt"))
		theLex.SetWordNet(read("wordnet.txt"))
		if loadError != nil {
			return
		}
		theModel, loadError = UnmarshalTagger(bin)
		if loadError == nil && (theModel.First.Fams|theModel.Second.famsOrZero())&FamDict != 0 {
			loadError = theLex.SetPhrases(read("phrases.bin"))
		}
	})
	return theModel, theLex, loadError
}

// DefaultLexicon returns the embedded word lists (nil if they failed to load).
func DefaultLexicon() *Lexicon {
	_, lx, _ := load()
	return lx
}
