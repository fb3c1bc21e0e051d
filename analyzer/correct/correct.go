// Package correct applies an editor's corrections to a Doc: rename an actor, change its
// type, merge two actors, split a mention off its actor, give a quote another speaker
// (or none), dismiss a stance edge.
//
// An operation names what it changes by a span of the text and the words it covers,
// never by an actor or quote index: a new model renumbers those, the words stay. Each
// operation runs right after the stage whose result it corrects (Kind.After), so the
// later stages read the corrected Doc: a quote whose speaker phrase names an actor merged
// away is the merged actor's, a stance is held by the speaker an editor named.
//
// An operation that cannot be applied (its words are no longer where it says, nothing
// there to change, or the change is already so) is not dropped: its Outcome says why.
package correct

import "lede/analyzer/doc"

// Kind is an operation.
type Kind uint8

const (
	Rename  Kind = iota + 1 // the actor of Mention is called Name
	Retype                  // the actor of Mention is of Type
	Merge                   // the actor of Mention is the actor of Into
	Split                   // Mention is not of its actor: a name becomes an actor of its own, a pronoun refers to no one
	Speaker                 // Quote is said by the actor of Speaker, or by no one when Speaker is nil
	Dismiss                 // the actor of Holder takes no side toward the actor of Target
)

// kindNames are the operations' names in JSON, in Kind order.
var kindNames = [...]string{"", "rename", "retype", "merge", "split", "speaker", "dismiss"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Names lists the operations' names, for messages.
func Names() []string { return kindNames[1:] }

// KindOf returns the operation named name ("merge"), or false.
func KindOf(name string) (Kind, bool) {
	for k, n := range kindNames {
		if k > 0 && n == name {
			return Kind(k), true
		}
	}
	return 0, false
}

// Stage is the point in the analysis where an operation runs: after the stage it
// corrects.
type Stage uint8

const (
	AfterActors Stage = iota // entity.Resolve: who the actors are
	AfterQuotes              // quote.Find: who said what
	AfterStance              // stance.Analyze: who is for or against whom
)

// After is the stage an operation of kind k corrects.
func (k Kind) After() Stage {
	switch k {
	case Speaker:
		return AfterQuotes
	case Dismiss:
		return AfterStance
	}
	return AfterActors
}

// Ref names a place by its byte span and the text it covers. Span is doc.NoSpan when
// the caller's offsets fall outside the text (the article has changed): the text alone
// then finds it.
type Ref struct {
	Span doc.Span
	Text string
}

// Op is one operation; which fields it uses depends on Kind (see the constants).
type Op struct {
	Kind    Kind
	Mention Ref            // Rename, Retype, Merge (the actor merged away), Split
	Into    Ref            // Merge: a mention of the actor that stays
	Name    string         // Rename
	Type    doc.EntityType // Retype
	Quote   Ref            // Speaker
	Speaker *Ref           // Speaker: a mention of the new speaker; nil for none
	Holder  Ref            // Dismiss
	Target  Ref            // Dismiss
}

// Outcome is what became of one operation.
type Outcome struct {
	Applied bool
	Reason  string // why it was not applied
}

// editor applies the operations of one stage to d.
type editor struct {
	d *doc.Doc
	// searchLeft is the work left for finding places again in an edited text, in bytes
	// read: a thousand corrections of a long text must not read it a thousand times over
	searchLeft int
}

// searchBudget is the work allowed for finding places again in a text of n bytes: the
// text read 16 times over, and a megabyte more for short texts.
func searchBudget(n int) int { return 16*n + 1<<20 }

// Apply runs, in order, the operations of ops that correct stage, and records what became
// of each in out (out[i] is ops[i]'s). The Doc stays valid (doc.Check) whatever the ops.
func Apply(d *doc.Doc, stage Stage, ops []Op, out []Outcome) {
	e := &editor{d: d, searchLeft: searchBudget(len(d.Text))}
	for i, op := range ops {
		if op.Kind.After() != stage {
			continue
		}
		var reason string
		switch op.Kind {
		case Rename:
			reason = e.rename(op)
		case Retype:
			reason = e.retype(op)
		case Merge:
			reason = e.merge(op)
		case Split:
			reason = e.split(op)
		case Speaker:
			reason = e.speaker(op)
		case Dismiss:
			reason = e.dismiss(op)
		default:
			reason = "unknown operation"
		}
		out[i] = Outcome{Applied: reason == "", Reason: reason}
	}
}
