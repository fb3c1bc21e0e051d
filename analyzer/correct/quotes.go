package correct

import (
	"fmt"
	"strings"

	"lede/analyzer/doc"
)

// speaker: op.Quote is said by the actor of op.Speaker, or by no one. It runs after
// the quote stage and before salience and stance, which count a speaker's quotes and
// read a speaker's stance from them.
//
// A speaker the entity stage missed (a name that is no mention) becomes a person of its
// own, with that name as its one mention: an editor who names the speaker is believed.
func (e *editor) speaker(op Op) string {
	d := e.d
	qs, why := e.locate(op.Quote, "a quote", func(s doc.Span) bool { return quoteAt(d, s) >= 0 })
	if why != "" {
		return why
	}
	qi := quoteAt(d, qs)
	q := &d.Quotes[qi]
	if op.Speaker == nil {
		if q.Speaker < 0 && q.SpeakerSpan == doc.NoSpan {
			return "nothing to change: the quote has no speaker already"
		}
		q.Speaker, q.SpeakerSpan, q.Inferred, q.Corrected = -1, doc.NoSpan, false, true
		return ""
	}
	mi, a, why := e.actorMention(*op.Speaker)
	if why != "" {
		if mi, a = newSpeaker(d, *op.Speaker); a < 0 {
			return "speaker: " + why
		}
		q = &d.Quotes[qi]
	}
	span := d.Mentions[mi].Span
	if q.Speaker == a && q.SpeakerSpan == span {
		return fmt.Sprintf("nothing to change: %q is the speaker already", d.Actors[a].Name)
	}
	q.Speaker, q.SpeakerSpan, q.Inferred, q.Corrected = a, span, false, true
	return ""
}

// maxSpeakerName bounds the words taken as a new speaker's name, in bytes: a name, not
// a paragraph.
const maxSpeakerName = 200

// newSpeaker makes the words of r, when they are in the text where r says and no
// mention overlaps them, a person's name mention: its index and the new actor, or -1.
func newSpeaker(d *doc.Doc, r Ref) (mi, actor int) {
	s := r.Span
	if s == doc.NoSpan || !d.SpanOK(s) || s.Len() == 0 || s.Len() > maxSpeakerName || d.Slice(s) != r.Text ||
		strings.ContainsAny(r.Text, "\n\r") || d.SentenceAt(s.Start) < 0 {
		return -1, -1
	}
	if i := firstEndingAfter(d, s.Start); i < len(d.Mentions) && d.Mentions[i].Start < s.End {
		return -1, -1 // overlapping a mention that belongs to no actor: not a new name
	}
	actor = d.AddActor(doc.Actor{Name: nameAsWritten(r.Text), Type: doc.EntPerson, Corrected: true})
	mi = d.AddMention(doc.Mention{Span: s, Type: doc.EntPerson, Kind: doc.MentionName, Actor: actor, Sentence: d.SentenceAt(s.Start)})
	return mi, actor
}
