package doc

// EntityType is the type of a named entity.
type EntityType uint8

const (
	EntNone EntityType = iota
	EntPerson
	EntOrg
	EntLoc
	EntMisc
)

func (t EntityType) String() string {
	return [...]string{"", "PERSON", "ORG", "LOC", "MISC"}[t]
}

// MentionKind says how a mention refers.
type MentionKind uint8

const (
	MentionName    MentionKind = iota // a proper name: "William Burns", "Burns", "CIA"
	MentionPronoun                    // he, she, his, they, it ...
	MentionNominal                    // a role noun phrase: "the spokesperson", "the agency"
)

func (k MentionKind) String() string {
	return [...]string{"name", "pronoun", "nominal"}[k]
}

// Gender is what is known of a person's grammatical gender, for pronoun links.
type Gender uint8

const (
	GenderUnknown Gender = iota
	GenderMale
	GenderFemale
	GenderNeuter // organisations, places, things: "it"
)

// Mention is one reference to an entity.
type Mention struct {
	Span
	Type     EntityType
	Kind     MentionKind
	Actor    int // index into Doc.Actors, -1 when unresolved
	Sentence int
}

// Actor is one referent: all mentions of one person, organisation or place.
type Actor struct {
	Name     string // the fullest name
	Type     EntityType
	Aliases  []string // other names it goes by, fullest first, without Name
	Roles    []string // titles and descriptions: "CIA Director", "a presidential adviser"
	Mentions []int    // indices into Doc.Mentions, in text order
	Gender   Gender
	Plural   bool // "they": organisations named as a group, anonymous "officials"
	// Anonymous marks an unnamed source ("a senior official"): Name is its description.
	Anonymous bool
	Salience  float64 // 0..1: how central the actor is to the article
	// Corrected says an editor's correction (package correct) renamed, retyped, merged
	// or split it.
	Corrected bool
}
