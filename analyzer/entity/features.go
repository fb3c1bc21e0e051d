package entity

import (
	"strings"

	"lede/analyzer/doc"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/text"
)

// Families are the feature groups the tagger can use; a model records the set it was
// trained with so that tagging computes exactly the same features.
type Families uint32

const (
	FamClusters  Families = 1 << iota // word clusters learned from unlabeled news
	famGazetteer                      // countries, cities, regions, given names
	famDocCase                        // how the same word is cased elsewhere in the document
	famCasePrior                      // how often the word is capitalised in unlabeled news
	famAffixes                        // prefixes and suffixes
	famWide                           // words two to the left and right
	// FamClusters2 adds a second, independent word clustering (trainer flags
	// -clusterings 2 -families +clusters2). Measured on dev it did not help, so the
	// default model leaves it out.
	FamClusters2
	// famOrgHead marks the words of a capitalised run that ends in a word that ends
	// organisation names ("Kansai Electric Power Co", "Norwich City").
	famOrgHead

	// FamAll is the default model's set. FamDict, famGenre and famCoord (trainer flag
	// -families) were measured and left out: none earned its place on dev (see
	// tools/train-ner's doc comment).
	// FamClusters left it when WordNet's names and the phrase places came in (issue 10):
	// with them, the news clusters no longer earned their 39 KB (tools/train-ner's doc
	// comment has the ablation). famRunHead came in with issue 10's names' heads; its
	// neighbours famRunContext, famRunAppos and famRunFirst lost out of domain.
	FamAll = famGazetteer | famDocCase | famCasePrior | famAffixes | famWide | famOrgHead |
		famTopic | famAgg | famEmb | famRank | famOrgs | famWordNet | FamPhrase | famRunHead
)

// FamilyNames names each family for the trainer's -ablate flag and reports.
var FamilyNames = map[string]Families{
	"clusters": FamClusters, "gazetteer": famGazetteer, "doccase": famDocCase,
	"caseprior": famCasePrior, "affixes": famAffixes, "wide": famWide, "clusters2": FamClusters2,
	"orghead": famOrgHead, "emb": famEmb, "rank": famRank, "orgs": famOrgs, "embcase": famEmbCase, "dict": FamDict, "genre": famGenre, "topic": famTopic, "agg": famAgg, "coord": famCoord, "pos": FamPOS, "phrase": FamPhrase, "wordnet": famWordNet,
	"runhead": famRunHead, "runcontext": famRunContext, "runappos": famRunAppos, "runfirst": famRunFirst,
	"docrun": famDocRun, "runpos": famRunPos, "runlist": famRunList, "docrunhead": famDocRunHead,
}

// SentCase classifies a sentence by how much its capitals can be trusted.
type SentCase uint8

const (
	CaseNormal SentCase = iota // ordinary prose: a capital marks a name (or the first word)
	CaseUpper                  // ALL CAPS headline: capitals say nothing
	CaseTitle                  // Title Case headline: most words capitalised
)

// Sentence is the tagger's view of one sentence: its words (normalised forms) and case.
type Sentence struct {
	Words []string
	Case  SentCase
	// Headline is set by the caller for a document's title lines (doc.Sentence.Headline).
	Headline bool
	// Lowered says, in a truecased headline, why each word was lowered (Nil for other
	// sentences).
	Lowered []lowering
	// POS and Phrases are the language layer's tags of the words (SentenceSyntax; nil:
	// none, and FamPOS and FamPhrase add nothing).
	POS     []doc.POS
	Phrases []uint8
}

// lowering is why truecasing lowered a word.
type lowering uint8

const (
	keptCase    lowering = iota
	lowerInDoc           // the document writes it in lower case only
	lowerInNews          // news rarely capitalises it mid-sentence
)

// classifyCase decides whether a sentence's capitals are informative.
func classifyCase(words []string) SentCase {
	n, upper, capital := 0, 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if text.IsAllCaps(w) && utf8.RuneCountInString(w) > 1 {
			upper++
		}
		if unicode.IsUpper(r) {
			capital++
		}
	}
	if n < 3 {
		return CaseNormal
	}
	if upper*10 >= n*7 {
		return CaseUpper
	}
	if capital*10 >= n*8 {
		return CaseTitle
	}
	return CaseNormal
}

// docVocab interns the lower-cased words of one document, so that each distinct word
// is looked up in the lexicon once per document rather than once per token and pass.
type docVocab struct {
	ids      [][]int32    // per sentence, per token: the word's id (lowers gives the words)
	words    []string     // id -> lower-cased word
	clus     []int32      // id -> lexicon row, -1 if unknown
	rep      []int32      // id -> word representation row, -1 if unknown
	orgWords []phraseWord // id -> the organisation list's kind and flags of the word
	wnWords  []phraseWord // id -> WordNet's kind and flags of the word
	gender   []uint8      // id -> given-name sex (1 male, 2 female)
	// dictFirst is, per id, the longest dictionary phrase starting with the word
	dictFirst []uint8
	gazWords  []phraseWord // id -> the gazetteer's kind and flags of the word
	// dc counts, per id, the word's occurrences where case is informative (not
	// sentence-initial, not in a headline): low 16 bits lower-case, high 16 capitalised.
	dc []uint32
	// genre is the document's table-line and topic summary (famGenre, famTopic), agg
	// its context aggregation (famAgg, famCoord): both built on first use
	genre *docGenre
	agg   *docAgg
	// runs is, by word id, where the document writes the word in capitalised runs
	// (famDocRun, runPlace bits), built on first use
	runs    []uint8
	longest []docRun // by word id: the longest capitalised run it is in (famDocRunHead)
	// rows is the taggers' word-weight cache, reused by each pass (weightRows)
	rows [][nRoles]cachedWeights
}

// lowers appends the lower-cased words of sentence si to buf: they are not kept per
// token (on a 2 MB article, 6 MB held through the entity stage), since each is its id's.
func (v *docVocab) lowers(si int, buf []string) []string {
	for _, id := range v.ids[si] {
		buf = append(buf, v.words[id])
	}
	return buf
}

// firstWord is the document's first word, lower-cased ("" for none).
func (v *docVocab) firstWord() string {
	if len(v.ids) == 0 || len(v.ids[0]) == 0 {
		return ""
	}
	return v.words[v.ids[0][0]]
}

func newDocVocab(lex *Lexicon, sents []Sentence) *docVocab {
	v := &docVocab{ids: make([][]int32, len(sents))}
	total := 0
	for _, s := range sents {
		total += len(s.Words)
	}
	// every sentence's ids in one array: one allocation, not one a sentence
	all := make([]int32, total)
	index := map[string]int32{}
	for si, s := range sents {
		ids := all[:len(s.Words):len(s.Words)]
		all = all[len(s.Words):]
		for i, w := range s.Words {
			l := lowerWord(w)
			id, ok := index[l]
			if !ok {
				id = int32(len(v.words))
				index[l] = id
				v.words = append(v.words, l)
			}
			ids[i] = id
		}
		v.ids[si] = ids
	}
	n := len(v.words)
	v.clus = make([]int32, n)
	v.gender = make([]uint8, n)
	v.gazWords = make([]phraseWord, n)
	v.dc = make([]uint32, n)
	v.dictFirst = make([]uint8, n)
	v.rep = make([]int32, n)
	v.orgWords = make([]phraseWord, n)
	v.wnWords = make([]phraseWord, n)
	for id, l := range v.words {
		v.clus[id] = -1
		v.rep[id] = -1
		if lex != nil {
			v.clus[id] = lex.wordIndex(l)
			v.rep[id] = lex.repRow(l)
			if lex.orgs != nil {
				v.orgWords[id] = lex.orgs.word(l)
			}
			if lex.wordnet != nil {
				v.wnWords[id] = lex.wordnet.word(l)
			}
			v.gender[id] = lex.givenName(l)
			v.gazWords[id] = lex.gaz.word(l)
			if lex.dict != nil {
				v.dictFirst[id] = lex.dict.firstLen(l)
			}
		}
	}
	v.countCase(sents)
	return v
}

// countCase fills v.dc from the sentences whose case is informative.
func (v *docVocab) countCase(sents []Sentence) {
	clear(v.dc)
	for si, s := range sents {
		// a truecased line counts only if it is the document's headline: Title Case
		// lines inside a text are mostly lists of names ("Guy Forget ( France )"),
		// whose truecased forms are no evidence for the rest of the document
		if s.Case != CaseNormal || s.Lowered != nil && !s.Headline {
			continue
		}
		for i := 1; i < len(s.Words); i++ {
			w := s.Words[i]
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) || isSentenceOpener(s.Words[i-1]) {
				continue
			}
			c := &v.dc[v.ids[si][i]]
			if unicode.IsUpper(r) {
				if *c>>16 < 0xffff {
					*c += 1 << 16
				}
			} else if *c&0xffff < 0xffff {
				*c++
			}
		}
	}
}

// isSentenceOpener reports whether a word after w starts a clause as if sentence-initial.
func isSentenceOpener(w string) bool {
	switch w {
	case `"`, "'", ":", "-", "(", "[", "--":
		return true
	}
	return false
}

// featureSeed starts every feature hash (FNV-1a 64 offset basis).
const featureSeed uint64 = 14695981039346656037

const fnvPrime uint64 = 1099511628211

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// feature ids: one byte per template, hashed before the value.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fShape
	fPrefix
	fSuffix
	fPrevLower
	fNextLower
	fPrev2Lower
	fNext2Lower
	fPrevShape
	fNextShape
	fShapeBigramL
	fShapeBigramR
	fPosition
	fSentCase
	fClusterC
	fClusterF
	fPrevClusterC
	fNextClusterC
	fPrevClusterF
	fNextClusterF
	fCasePrior
	fDocCase
	fGaz
	fGivenName
	fPrevLowerWord
	fWordNextLower
	fLength
	fCluster2C
	fCluster2F
	fOrgHead
	fDictTP // phrase dictionary: type, purity, position in the phrase
	fDictTC // type, count
	fDictTS // type, shape
)

// orgHeads are words that end organisation names: legal forms, team and party words.
var orgHeads = set("inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.",
	"plc", "llc", "ag", "sa", "nv", "gmbh", "group", "holdings", "bank", "fc", "united",
	"city", "rovers", "athletic", "wanderers", "club", "party", "association", "federation",
	"league", "union", "council", "committee", "ministry", "commission", "institute",
	"university", "airlines", "airways", "motors", "industries", "exchange", "agency", "fund",
	"trust", "board", "authority", "organisation", "organization", "company", "front",
	"congress", "assembly", "army", "police", "times", "post", "journal", "press")

// boundaryStart and boundaryEnd are the shapes of the positions outside a sentence.
var boundaryStart, boundaryEnd = shapeOf("<S>"), shapeOf("</S>")

// featurizer computes the hashed features of the tokens of a document.
type featurizer struct {
	lex   *Lexicon
	v     *docVocab
	fams  Families
	fp    *firstPass // the first pass's tags, for a second-pass model
	sents []Sentence // the document's sentences (for famAgg)
	// split leaves the word features out of sentenceFeatures (the tagger caches them)
	split bool
	// lowerBuf holds the current sentence's lower-cased words (docVocab.lowers)
	lowerBuf []string
}

// token-level facts computed once per token.
type tokInfo struct {
	lower  string
	shape  shape
	clus   int32 // index into the lexicon's word table, -1 if unknown
	gaz    uint8 // gazetteer tag: gazLoc*2 + inside flag etc. (0: none)
	gender uint8 // given name: 1 male, 2 female, 0 none
	org    uint8 // organisation list: kind<<2 | 1 first word, 2 later word (0: none)
	wn     uint8 // WordNet names: the same
	dict   uint8 // phrase dictionary value (dictValue) of the phrase covering the token
	dpos   byte  // the token's position in that phrase: B, I, L, U
}

// Word roles for the features that depend only on a word (and the role it plays
// for the token being tagged): the tagger caches their summed weights per distinct word
// of a document instead of looking them up at every token.
const (
	roleSelf = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	nRoles
)

// boundaryWord stands for the position before the first and after the last token.
const boundaryWord int32 = -1

// wordFeatures appends the features word id contributes in role r (id may be
// boundaryWord for a neighbour outside the sentence).
func (f *featurizer) wordFeatures(id int32, r int, add func(uint64)) {
	lower, c, fi := "<S>", uint16(0xfffe), uint16(0xfffe)
	if r == roleNext || r == roleNext2 {
		lower = "</S>"
	}
	if id != boundaryWord {
		lower = f.v.words[id]
		c, fi = 0xffff, 0xffff
		if f.lex != nil {
			c, fi = f.lex.cluster(f.v.clus[id])
		}
	}
	clusters := f.fams&FamClusters != 0 && f.lex != nil
	if f.fams&famEmb != 0 && f.lex != nil {
		row := int32(-1)
		if id != boundaryWord {
			row = f.v.rep[id]
		}
		embFeatures(f.lex, row, id == boundaryWord, r, add)
	}
	if f.fams&famRank != 0 && f.lex != nil && r == roleSelf {
		add(hashByte(base(fRank), f.lex.repRank(f.v.rep[id])))
	}
	if f.fams&FamClusters2 != 0 && f.lex != nil && f.lex.hasClusters2() && r <= roleNext {
		c2, f2 := uint16(0xfffe), uint16(0xfffe)
		if id != boundaryWord {
			c2, f2 = f.lex.cluster2(f.v.clus[id])
		}
		add(hashByte(hashByte(hashByte(base(fCluster2C), byte(r)), byte(c2)), byte(c2>>8)))
		add(hashByte(hashByte(hashByte(base(fCluster2F), byte(r)), byte(f2)), byte(f2>>8)))
	}
	switch r {
	case roleSelf:
		add(base(fBias))
		add(hashString(base(fLower), lower))
		if f.fams&famAffixes != 0 {
			addAffixes(lower, add)
		}
		if clusters {
			add(hashByte(hashByte(base(fClusterC), byte(c)), byte(c>>8)))
			add(hashByte(hashByte(base(fClusterF), byte(fi)), byte(fi>>8)))
		}
	case rolePrev:
		add(hashString(base(fPrevLower), lower))
		if clusters {
			add(hashByte(hashByte(base(fPrevClusterC), byte(c)), byte(c>>8)))
			add(hashByte(hashByte(base(fPrevClusterF), byte(fi)), byte(fi>>8)))
		}
	case roleNext:
		add(hashString(base(fNextLower), lower))
		if clusters {
			add(hashByte(hashByte(base(fNextClusterC), byte(c)), byte(c>>8)))
			add(hashByte(hashByte(base(fNextClusterF), byte(fi)), byte(fi>>8)))
		}
	case rolePrev2:
		if f.fams&famWide != 0 {
			add(hashString(base(fPrev2Lower), lower))
		}
	case roleNext2:
		if f.fams&famWide != 0 {
			add(hashString(base(fNext2Lower), lower))
		}
	}
}

// neighbour returns the id of the word at offset k from token i, or boundaryWord.
func neighbour(ids []int32, i, k int) int32 {
	if j := i + k; j >= 0 && j < len(ids) {
		return ids[j]
	}
	return boundaryWord
}

// sentenceFeatures appends, for each token of sentence s, its feature hashes to out and
// returns out and the start offset of each token's features (len(words)+1 entries).
// With f.split, the word features (wordFeatures) are left out: the caller adds their
// cached weights. Each family of features is one method below; the order in which
// they are added does not matter (a token's score is their sum).
func (f *featurizer) sentenceFeatures(s Sentence, si int, out []uint32, offs []int32, infos []tokInfo) ([]uint32, []int32, []tokInfo) {
	n := len(s.Words)
	infos = f.tokenInfos(s, si, infos)
	ids := f.v.ids[si]
	offs = append(offs[:0], int32(len(out)))
	add := func(h uint64) { out = append(out, uint32(h^(h>>32))) }
	runEnd := -1                       // the last token of the current capitalised run (famOrgHead)
	run := nameRun{start: -1, end: -1} // the capitalised run of famRunHead, famRunContext
	for i := 0; i < n; i++ {
		ti := &infos[i]
		if !f.split {
			f.wordFeatures(ids[i], roleSelf, add)
			f.wordFeatures(neighbour(ids, i, -1), rolePrev, add)
			f.wordFeatures(neighbour(ids, i, 1), roleNext, add)
			f.wordFeatures(neighbour(ids, i, -2), rolePrev2, add)
			f.wordFeatures(neighbour(ids, i, 2), roleNext2, add)
		}
		pos := positionOf(s.Words, i)
		localFeatures(s, infos, i, pos, add)
		f.caseFeatures(s, ids[i], ti, pos, add)
		f.listFeatures(ti, add)
		f.wordRepFeatures(ids[i], ti, pos, add)
		f.documentFeatures(si, ids, infos, i, add)
		if f.fams&famOrgHead != 0 {
			runEnd = orgHeadFeatures(infos, i, runEnd, add)
		}
		if f.fams&(famRunHead|famRunContext|famRunAppos|famRunFirst) != 0 && s.Case != CaseUpper && capitalised(ti.shape) {
			if run.end < i {
				run = findRun(infos, i)
			}
			f.runFeatures(s, ids, infos, i, run, add)
		}
		if f.fams&(famDocRun|famRunPos|famDocRunHead) != 0 && s.Case != CaseUpper && capitalised(ti.shape) {
			f.runPlaceFeatures(infos, ids, i, pos, add)
		}
		if f.fams&famRunList != 0 && s.Case != CaseUpper && capitalised(ti.shape) {
			runListFeatures(infos, i, add)
		}
		if f.fams&(FamPOS|FamPhrase) != 0 {
			f.syntaxFeatures(s, i, ti.shape, pos, add)
		}
		if f.fp != nil {
			f.fp.features(si, i, ids, ti.shape, add)
		}
		offs = append(offs, int32(len(out)))
	}
	return out, offs, infos
}

// tokenInfos computes the facts the features of sentence si read per token: its lower
// case, shape and lexicon row, and what the word lists say of the phrases it is in.
func (f *featurizer) tokenInfos(s Sentence, si int, infos []tokInfo) []tokInfo {
	infos = infos[:0]
	ids := f.v.ids[si]
	f.lowerBuf = f.v.lowers(si, f.lowerBuf[:0])
	lowers := f.lowerBuf
	for i, w := range s.Words {
		id := ids[i]
		ti := tokInfo{lower: lowers[i], shape: wordShape(w), clus: f.v.clus[id]}
		if f.fams&famGazetteer != 0 {
			ti.gender = f.v.gender[id]
		}
		infos = append(infos, ti)
	}
	if f.lex == nil {
		return infos
	}
	if f.fams&famGazetteer != 0 {
		f.lex.markGazetteer(lowers, ids, f.v.gazWords, infos)
	}
	if f.fams&famOrgs != 0 && f.lex.orgs != nil {
		f.lex.orgs.mark(lowers, ids, f.v.orgWords, infos)
	}
	if f.fams&famWordNet != 0 && f.lex.wordnet != nil {
		f.lex.wordnet.markInto(lowers, ids, f.v.wnWords, infos, func(ti *tokInfo, v uint8) { ti.wn = v })
	}
	if f.fams&FamDict != 0 && f.lex.dict != nil {
		f.lex.dict.mark(lowers, ids, f.v.dictFirst, infos)
	}
	return infos
}

// base starts the hash of feature template id.
func base(id byte) uint64 { return hashByte(featureSeed, id) }

// positionOf says where token i stands: 'F' first, 'O' after an opener (a quote, a
// colon, a bracket: a clause starts as if sentence-initial), 'M' elsewhere.
func positionOf(words []string, i int) byte {
	switch {
	case i == 0:
		return 'F'
	case isSentenceOpener(words[i-1]):
		return 'O'
	}
	return 'M'
}

// localFeatures are the token's own word and shape, its position and the sentence's
// case, and its neighbours' shapes and words with its own.
func localFeatures(s Sentence, infos []tokInfo, i int, pos byte, add func(uint64)) {
	ti := &infos[i]
	add(hashString(base(fWord), s.Words[i]))
	add(hashShape(base(fShape), ti.shape))
	add(hashByte(hashShape(base(fPosition), ti.shape), pos))
	add(hashByte(hashShape(base(fSentCase), ti.shape), byte(s.Case)))
	prevL, nextL, prevS, nextS := "<S>", "</S>", boundaryStart, boundaryEnd
	if i > 0 {
		prevL, prevS = infos[i-1].lower, infos[i-1].shape
	}
	if i+1 < len(infos) {
		nextL, nextS = infos[i+1].lower, infos[i+1].shape
	}
	add(hashShape(base(fPrevShape), prevS))
	add(hashShape(base(fNextShape), nextS))
	add(hashShape(hashByte(hashShape(base(fShapeBigramL), prevS), 0), ti.shape))
	add(hashShape(hashByte(hashShape(base(fShapeBigramR), ti.shape), 0), nextS))
	add(hashString(hashByte(hashString(base(fPrevLowerWord), prevL), 0), ti.lower))
	add(hashString(hashByte(hashString(base(fWordNextLower), ti.lower), 0), nextL))
}

// caseFeatures say how far the token's capital can be trusted: how often news
// capitalises the word (famCasePrior) and how this document cases it elsewhere
// (famDocCase), with its shape, position and the sentence's case.
func (f *featurizer) caseFeatures(s Sentence, id int32, ti *tokInfo, pos byte, add func(uint64)) {
	if f.fams&famCasePrior != 0 && f.lex != nil {
		cp := f.lex.capPrior(ti.clus)
		add(hashByte(hashByte(hashByte(hashShape(base(fCasePrior), ti.shape), cp), pos), byte(s.Case)))
	}
	if f.fams&famDocCase != 0 {
		v := f.v.dc[id]
		lo, up := v&0xffff, v>>16
		var k byte
		switch {
		case lo == 0 && up == 0:
			k = 'n'
		case lo == 0:
			k = 'C'
		case up == 0:
			k = 'l'
		case up >= lo:
			k = 'M'
		default:
			k = 'm'
		}
		add(hashByte(hashByte(hashByte(hashShape(base(fDocCase), ti.shape), k), pos), byte(s.Case)))
	}
}

// listFeatures say what the word lists make of the phrase the token is in: the
// gazetteer and given names, the phrase dictionary, organisation names and WordNet's
// names, each alone and with the token's shape.
func (f *featurizer) listFeatures(ti *tokInfo, add func(uint64)) {
	if f.fams&famGazetteer != 0 {
		if ti.gaz != 0 {
			add(hashByte(base(fGaz), ti.gaz))
			add(hashShape(hashByte(base(fGaz), ti.gaz), ti.shape))
		}
		if ti.gender != 0 {
			add(hashShape(hashByte(base(fGivenName), ti.gender), ti.shape))
		}
	}
	if f.fams&FamDict != 0 {
		dictFeatures(ti, add)
	}
	if f.fams&famOrgs != 0 && ti.org != 0 {
		add(hashByte(base(fOrgList), ti.org))
		add(hashShape(hashByte(base(fOrgList), ti.org), ti.shape))
	}
	if f.fams&famWordNet != 0 && ti.wn != 0 {
		add(hashByte(base(fWordNet), ti.wn))
		add(hashShape(hashByte(base(fWordNet), ti.wn), ti.shape))
	}
}

// wordRepFeatures join the word's GloVe representation to its shape: its frequency
// rank (famRank) and its mid cluster with its capital and position (famEmbCase).
func (f *featurizer) wordRepFeatures(id int32, ti *tokInfo, pos byte, add func(uint64)) {
	if f.lex == nil {
		return
	}
	if f.fams&famRank != 0 {
		add(hashShape(hashByte(base(fRankShape), f.lex.repRank(f.v.rep[id])), ti.shape))
	}
	if f.fams&famEmbCase != 0 {
		_, mid, _ := f.lex.repClusters(f.v.rep[id])
		cp := byte(0)
		if capitalised(ti.shape) {
			cp = 1
		}
		add(hashByte(hashByte(hashByte(hashByte(base(fEmbCase), byte(mid)), byte(mid>>8)), cp), pos))
	}
}

// documentFeatures read the rest of the document: its genre and topic (famGenre,
// famTopic), the contexts of the same capitalised word elsewhere (famAgg) and the
// names coordinated with it (famCoord).
func (f *featurizer) documentFeatures(si int, ids []int32, infos []tokInfo, i int, add func(uint64)) {
	ti := &infos[i]
	if f.fams&(famGenre|famTopic) != 0 {
		if f.v.genre == nil {
			f.v.genre = newDocGenre(f.sents, f.v.firstWord())
		}
		f.v.genre.features(f.fams, si, ti, add)
	}
	if f.fams&famAgg != 0 && capitalised(ti.shape) {
		if f.v.agg == nil {
			f.v.agg = newDocAgg(f.v, f.sents)
		}
		f.v.agg.features(f.v, ids, i, add)
	}
	if f.fams&famCoord != 0 && isCoordinator(ti.lower) {
		if f.v.agg == nil {
			f.v.agg = newDocAgg(f.v, f.sents)
		}
		f.v.agg.coordFeatures(ids, infos, i, add)
	}
}

// orgHeadFeatures mark the words of a capitalised run of two or more that ends in an
// organisation's head word (orgHeads: "Kansai Electric Power Co", "Norwich City").
// runEnd is the end of the run found for an earlier token (-1: none); it returns the
// run's end, so that a run is scanned once, not once a token.
func orgHeadFeatures(infos []tokInfo, i, runEnd int, add func(uint64)) int {
	n := len(infos)
	if !capitalised(infos[i].shape) || !(i > 0 && capitalised(infos[i-1].shape) || i+1 < n && capitalised(infos[i+1].shape)) {
		return runEnd
	}
	if runEnd < i {
		for runEnd = i; runEnd+1 < n && capitalised(infos[runEnd+1].shape); runEnd++ {
		}
	}
	if orgHeads[infos[runEnd].lower] {
		rel := byte('I')
		if runEnd == i {
			rel = 'L'
		}
		add(hashByte(hashByte(base(fOrgHead), rel), byte(min(runEnd-i, 3))))
	}
	return runEnd
}

func addAffixes(l string, add func(uint64)) {
	// byte-wise affixes up to 4 runes; only for words longer than the affix
	n := utf8.RuneCountInString(l)
	if n < 3 {
		return
	}
	h := hashByte(featureSeed, fPrefix)
	k := 0
	for i, r := range l {
		if k >= 4 || k >= n-1 {
			break
		}
		_ = i
		var buf [4]byte
		m := utf8.EncodeRune(buf[:], r)
		for j := 0; j < m; j++ {
			h = hashByte(h, buf[j])
		}
		k++
		add(h)
	}
	// suffixes: walk back rune by rune
	h = hashByte(featureSeed, fSuffix)
	end := len(l)
	for k = 1; k <= 4 && k < n; k++ {
		_, size := utf8.DecodeLastRuneInString(l[:end])
		end -= size
		add(hashString(hashByte(h, byte(k)), l[end:]))
	}
}

// shape is a word's short shape, up to 8 bytes packed little-endian (first byte
// lowest) with its length: no string, no allocation, no interning map per token.
type shape struct {
	b uint64
	n uint8
}

// hashShape hashes a shape's bytes in order, exactly as hashString hashes the same
// bytes as a string.
func hashShape(h uint64, s shape) uint64 {
	b := s.b
	for i := uint8(0); i < s.n; i++ {
		h = (h ^ (b & 0xff)) * fnvPrime
		b >>= 8
	}
	return h
}

// capitalised reports whether a shape starts with a capital.
func capitalised(s shape) bool { return s.n > 0 && byte(s.b) == 'X' }

// shapeOf packs the bytes of a shape spelled as a string (at most 8 bytes): the
// sentence-boundary markers and tests.
func shapeOf(str string) shape {
	var s shape
	for i := 0; i < len(str) && i < 8; i++ {
		s.b |= uint64(str[i]) << (8 * i)
		s.n++
	}
	return s
}

// String spells the shape out.
func (s shape) String() string {
	var buf [8]byte
	for i := uint8(0); i < s.n; i++ {
		buf[i] = byte(s.b >> (8 * i))
	}
	return string(buf[:s.n])
}

// wordShape maps a word to its short shape: runs of upper, lower, digits collapsed
// ("Zelensky" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d"), at most 8 bytes.
func wordShape(w string) shape {
	var s shape
	var last byte
	for i := 0; i < len(w); {
		var c byte
		if b := w[i]; b < utf8.RuneSelf {
			// ASCII: the same classes as the unicode tests below give for these bytes
			switch {
			case 'A' <= b && b <= 'Z':
				c = 'X'
			case 'a' <= b && b <= 'z':
				c = 'x'
			case '0' <= b && b <= '9':
				c = 'd'
			default:
				c = b
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			i += size
			switch {
			case unicode.IsUpper(r):
				c = 'X'
			case unicode.IsLower(r):
				c = 'x'
			case unicode.IsDigit(r):
				c = 'd'
			default:
				c = '~'
			}
		}
		if c == last {
			continue
		}
		last = c
		if s.n < 8 {
			s.b |= uint64(c) << (8 * s.n)
			s.n++
		}
	}
	return s
}

// lowerWord lowers a word, without allocating when it is already lower case ASCII.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// truecaseTitles rewrites, in place, the words of Title Case sentences (headlines) as
// they would be cased in a sentence: a word keeps its capital if the document
// capitalises it elsewhere, or, when the document does not use it, if news usually
// capitalises it; otherwise it is lowered. The sentence is then tagged as ordinary
// prose, and the caller sees the words the tagger saw.
func truecaseTitles(lex *Lexicon, sents []Sentence, v *docVocab) {
	changed := false
	for si, s := range sents {
		if s.Case != CaseTitle {
			continue
		}
		words := make([]string, len(s.Words))
		lowered := make([]lowering, len(s.Words))
		for i, w := range s.Words {
			words[i] = w
			r, _ := utf8.DecodeRuneInString(w)
			if i == 0 || !unicode.IsUpper(r) || text.IsAllCaps(w) && utf8.RuneCountInString(w) > 1 {
				continue
			}
			id := v.ids[si][i]
			c := v.dc[id]
			lo, up := c&0xffff, c>>16
			switch {
			case up > 0 && up >= lo:
			case lo > 0:
				words[i] = v.words[id]
				if up == 0 {
					lowered[i] = lowerInDoc
				}
			default:
				if cp := lex.capPrior(v.clus[id]); cp <= 1 {
					words[i] = v.words[id]
					lowered[i] = lowerInNews
				}
			}
		}
		sents[si] = Sentence{Words: words, Case: CaseNormal, Headline: s.Headline, Lowered: lowered, POS: s.POS, Phrases: s.Phrases}
		changed = changed || s.Headline
	}
	if changed {
		// the truecased headline now reads as prose: its words count like any other
		v.countCase(sents)
	}
}
