package doc

import "strings"

// QuoteKind says how a statement is reported.
type QuoteKind uint8

const (
	QuoteDirect   QuoteKind = iota // the content is wholly inside quotation marks
	QuotePartial                   // reported speech that contains quoted words
	QuoteIndirect                  // reported speech without quotation marks
)

func (k QuoteKind) String() string {
	return [...]string{"direct", "partial", "indirect"}[k]
}

// NoSpan marks an absent optional span (no speaker found, no cue).
var NoSpan = Span{-1, -1}

// Quote is one attributed (or unattributed) statement.
type Quote struct {
	Kind QuoteKind
	// Span is the whole content, as PARC/PolNeAR draw it: for a direct quote the words
	// inside the marks (a quotation split by its frame, `"A," she said, "B."`, or running
	// over several paragraphs spans from its first quoted word to its last; Quoted lists
	// the parts); for partial and indirect quotes the reported statement.
	Span
	Quoted []Span // the words inside quotation marks (without the marks)
	// Speaker is the actor index, -1 when the quote is unattributed.
	Speaker     int
	SpeakerSpan Span // the source as written ("he", "Hugh Hill", "a senior official"), or NoSpan
	Cue         Span // the cue ("said", "according to", "told Reuters"), or NoSpan
	// Outlet is the medium named in the cue ("Reuters" in "told Reuters"), or NoSpan.
	Outlet Span
	// Inferred is true when the speaker comes from context, not from this sentence
	// (a paragraph that only continues the previous speaker's quote).
	Inferred bool
	// Corrected says an editor's correction (package correct) gave it its speaker (or
	// took it away).
	Corrected bool
}

// AddAnonymousSource adds an unnamed source who speaks in the text ("a senior
// official", "Ukrainian officials") as a person actor of its own, named by its
// description, and returns its index: the quote stage finds these speakers, which the
// entity stage (names only) never sees. Its mentions join it through AddMentions. The
// quote stage only ever adds actors and mentions this way, never changes one.
func (d *Doc) AddAnonymousSource(desc string) int {
	return d.AddActor(Actor{Name: desc, Type: EntPerson, Anonymous: true, Plural: strings.HasSuffix(strings.ToLower(desc), "s")})
}
