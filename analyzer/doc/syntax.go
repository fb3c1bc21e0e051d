package doc

// The language layer: parts of speech, word classes, base phrases and clauses. The text
// stage computes them once (text.Segment); every later stage reads them instead of
// testing words itself.

// POS is a Penn Treebank part-of-speech tag, as CoNLL-2003's POS column uses them.
type POS uint8

// The tags, in a fixed order (the tagger model stores them by this number).
const (
	POSNone     POS = iota // not tagged (an empty sentence, a token the tagger never saw)
	CC                     // coordinating conjunction: and, but, or
	CD                     // cardinal number
	DT                     // determiner
	EX                     // existential there
	FW                     // foreign word
	IN                     // preposition or subordinating conjunction
	JJ                     // adjective
	JJR                    // adjective, comparative
	JJS                    // adjective, superlative
	LS                     // list item marker
	MD                     // modal
	NN                     // noun, singular or mass
	NNS                    // noun, plural
	NNP                    // proper noun, singular
	NNPS                   // proper noun, plural
	PDT                    // predeterminer
	POSS                   // possessive ending 's (PTB "POS")
	PRP                    // personal pronoun
	PRPS                   // possessive pronoun (PTB "PRP$")
	RB                     // adverb
	RBR                    // adverb, comparative
	RBS                    // adverb, superlative
	RP                     // particle
	SYM                    // symbol
	TO                     // to
	UH                     // interjection
	VB                     // verb, base form
	VBD                    // verb, past tense
	VBG                    // verb, gerund or present participle
	VBN                    // verb, past participle
	VBP                    // verb, non-3rd person singular present
	VBZ                    // verb, 3rd person singular present
	WDT                    // wh-determiner
	WP                     // wh-pronoun
	WPS                    // possessive wh-pronoun (PTB "WP$")
	WRB                    // wh-adverb
	PunctStop              // . ! ?
	PunctComma             // ,
	PunctColon             // : ; - ...
	PunctQuote             // " '' ``
	PunctOpen              // ( [ {
	PunctClose             // ) ] }
	PunctDollar            // $ (PTB "$")
	PunctHash              // # (PTB "#")
	NumPOS                 // the number of tags
)

var posNames = [NumPOS]string{"", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS",
	"MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
	"SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
	".", ",", ":", "\"", "(", ")", "$", "#"}

// String is the Penn Treebank name ("NNP", "PRP$", ".").
func (p POS) String() string {
	if p < NumPOS {
		return posNames[p]
	}
	return "?"
}

// ParsePOS maps a Penn Treebank name to its tag; CoNLL's variants (” “ -LRB- NN|SYM)
// fold into the nearest tag. Unknown names give POSNone.
func ParsePOS(name string) POS {
	switch name {
	case "''", "``":
		return PunctQuote
	case "-LRB-", "-LCB-", "-LSB-":
		return PunctOpen
	case "-RRB-", "-RCB-", "-RSB-":
		return PunctClose
	case "NN|SYM":
		return NN
	}
	for i, n := range posNames {
		if n == name && i > 0 {
			return POS(i)
		}
	}
	return POSNone
}

// IsNoun: NN, NNS, NNP, NNPS.
func (p POS) IsNoun() bool { return p >= NN && p <= NNPS }

// IsProperNoun: NNP, NNPS.
func (p POS) IsProperNoun() bool { return p == NNP || p == NNPS }

// IsVerb: every VB* tag (not MD).
func (p POS) IsVerb() bool { return p >= VB && p <= VBZ }

// IsAdjective: JJ, JJR, JJS.
func (p POS) IsAdjective() bool { return p >= JJ && p <= JJS }

// IsAdverb: RB, RBR, RBS.
func (p POS) IsAdverb() bool { return p >= RB && p <= RBS }

// IsPunct: any punctuation tag.
func (p POS) IsPunct() bool { return p >= PunctStop && p <= PunctHash }

// WordClass is a set of closed word classes a word belongs to ("her": pronoun, female,
// possessive). The classes come from one embedded list in the text stage.
type WordClass uint32

const (
	ClassDeterminer   WordClass = 1 << iota // the, a, this, every
	ClassPronoun                            // he, they, it, who-less personal pronouns
	ClassPossessive                         // his, her, its, their (also pronouns)
	ClassReflexive                          // himself, themselves
	ClassPreposition                        // in, on, at, of, with
	ClassConjunction                        // and, or, but, nor
	ClassSubordinator                       // because, although, if, while, that (complementiser)
	ClassRelative                           // who, whom, whose, which, that
	ClassAuxiliary                          // be, have, do and the modals in every form
	ClassModal                              // can, could, will, would, may, must, should
	ClassNegation                           // not, n't, never, no
	ClassWeekday                            // monday ... sunday, mon, tue.
	ClassMonth                              // january ... december, jan., sept.
	ClassTitle                              // mr, dr, president, gen.: stand before a name
	ClassNameParticle                       // de, van, von, bin, al: inside a name in lower case
	ClassMale                               // he, him, his, himself, mr
	ClassFemale                             // she, her, hers, herself, mrs
	ClassPlural                             // they, them, their, we
	ClassFirstPerson                        // i, me, we, us, my, our
	ClassSecondPerson                       // you, your
	ClassThirdPerson                        // he, she, it, they
	ClassWh                                 // who, what, when, where, why, how
	ClassQuantifier                         // all, some, many, several, each
	ClassLegalSuffix                        // inc, ltd, plc, corp, llc, gmbh, ag
	ClassTime                               // today, yesterday, week, month, year, morning
	ClassCourtesy                           // mr, mrs, ms, miss, dr, prof, sir, dame
	ClassRoyal                              // king, queen, prince, princess, lord, lady, madam
	ClassNominative                         // subject pronouns: i, you, he, she, it, we, they
	ClassAccusative                         // object pronouns: me, him, her, us, them
	ClassBe                                 // the forms of "be": is, was, been, 're, isn't
	ClassHave                               // the forms of "have": has, had, 've, 'd, hasn't
)

// Has reports whether c includes every class in o.
func (c WordClass) Has(o WordClass) bool { return c&o == o && o != 0 }

// Any reports whether c includes at least one class in o.
func (c WordClass) Any(o WordClass) bool { return c&o != 0 }

// ChunkKind is the kind of a base phrase (CoNLL-2000 chunk types).
type ChunkKind uint8

const (
	ChunkNone  ChunkKind = iota
	ChunkNP              // noun phrase: "the European Commission"
	ChunkVP              // verb group: "has not said"
	ChunkPP              // preposition: "on", "because of"
	ChunkADJP            // adjective phrase: "very large"
	ChunkADVP            // adverb phrase: "later"
	ChunkSBAR            // subordinator: "that", "because"
	ChunkPRT             // particle: "up" in "set up"
	ChunkCONJP           // conjunction phrase: "as well as"
	ChunkINTJ            // interjection
	ChunkLST             // list marker
	NumChunkKinds
)

var chunkNames = [NumChunkKinds]string{"", "NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST"}

func (k ChunkKind) String() string {
	if k < NumChunkKinds {
		return chunkNames[k]
	}
	return "?"
}

// ParseChunkKind maps "NP", "VP", ... to the kind; ChunkNone when unknown.
func ParseChunkKind(name string) ChunkKind {
	for i, n := range chunkNames {
		if n == name && i > 0 {
			return ChunkKind(i)
		}
	}
	return ChunkNone
}

// Chunk is a base phrase: tokens [FirstToken, EndToken) of one sentence. Head is the
// token that names it: an NP's last noun (its last word when none), a VP's main verb.
type Chunk struct {
	FirstToken, EndToken int
	Head                 int
	Kind                 ChunkKind
}

// Tense of a verb group, from its first verb.
type Tense uint8

const (
	TenseNone      Tense = iota
	TensePresent         // says, is saying, has said (present perfect is present here)
	TensePast            // said, was saying, had said
	TenseFuture          // will say, is going to say
	TenseModal           // could say, may say
	TenseNonFinite       // to say, saying (no finite verb)
)

func (t Tense) String() string {
	return [...]string{"", "present", "past", "future", "modal", "nonfinite"}[t]
}

// VerbGroup is a clause's verbs: auxiliaries, negation and the main verb.
type VerbGroup struct {
	FirstToken, EndToken int
	Head                 int // the main verb (the last verb of the group); -1 when none
	Negated              bool
	Passive              bool // a form of "be" (or "get") followed by a past participle
	Perfect              bool // has/had + past participle
	Tense                Tense
}

// Clause is a subject, a verb group and what follows it, read from the chunks. Subject
// and Object are indices into Doc.Chunks (the phrase's head chunk), -1 when absent.
type Clause struct {
	Sentence             int
	FirstToken, EndToken int
	Subject              int
	Verb                 VerbGroup
	Object               int
	// Agent is the "by" phrase of a passive clause ("was criticised by the mayor"), -1
	// when none.
	Agent int
	// Relative: the clause is introduced by who/which/that ("the man who said"); its
	// Subject is then the phrase the relative pronoun stands for.
	Relative bool
	// Complement: the clause is the content of the previous clause's verb ("he said (that)
	// prices would rise": the second clause), Parent its index.
	Complement bool
	Parent     int
}

// ChunkAt returns the index of the chunk containing token tok, or -1.
func (d *Doc) ChunkAt(tok int) int {
	lo, hi := 0, len(d.Chunks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Chunks[m].EndToken <= tok {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Chunks) && d.Chunks[lo].FirstToken <= tok {
		return lo
	}
	return -1
}

// ClauseOf returns the index of the clause whose verb group contains token tok, or -1.
func (d *Doc) ClauseOf(tok int) int {
	lo, hi := 0, len(d.Clauses)
	for lo < hi { // clauses are in the order of their verbs
		m := (lo + hi) / 2
		if d.Clauses[m].Verb.EndToken <= tok {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Clauses) && d.Clauses[lo].Verb.FirstToken <= tok {
		return lo
	}
	return -1
}

// ClauseAt returns the clause whose span [FirstToken, EndToken) holds token tok, the
// smallest when clauses overlap (a coordinated clause shares its subject with the first:
// "Lee criticised the plan and praised the mayor"), or -1 when the token is in none
// (a sentence's opening adverbial, a fragment without a verb).
func (d *Doc) ClauseAt(tok int) int {
	if tok < 0 || tok >= len(d.Tokens) {
		return -1
	}
	si := int(d.Tokens[tok].Sentence)
	lo, hi := 0, len(d.Clauses)
	for lo < hi { // clauses are in sentence order
		m := (lo + hi) / 2
		if d.Clauses[m].Sentence < si {
			lo = m + 1
		} else {
			hi = m
		}
	}
	best, bestLen := -1, 0
	for c := lo; c < len(d.Clauses) && d.Clauses[c].Sentence == si; c++ {
		cl := &d.Clauses[c]
		if cl.FirstToken <= tok && tok < cl.EndToken && (best < 0 || cl.EndToken-cl.FirstToken < bestLen) {
			best, bestLen = c, cl.EndToken-cl.FirstToken
		}
	}
	return best
}
