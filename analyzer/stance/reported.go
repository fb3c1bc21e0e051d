package stance

import (
	"strings"

	"lede/analyzer/doc"
)

// Reported speech (an indirect quote, or the paraphrase around a partial one's quoted
// words) evaluates too: "Rubio said Obama failed to address the threat" is
// Rubio against Obama, as "Obama failed," Rubio said would be. But the words are the
// journalist's paraphrase, so less is read from them than from a quotation: only a
// verb of saying introduces them (not "according to", "believes", "found": a poll's
// finding or a belief is no act of the holder's), only the clause's own judgement of its
// subject counts (the language layer's clause, a finite statement now or before: not
// "Trump could crack the state", "Clinton should be ready"), never the classifier's
// reading alone, no adverb ("she clearly did"), no hedge ("perhaps better"), no
// statement that turns with "but", only a name (not a pronoun), and no place is judged.

// sayingCues introduce reported speech that is the speaker's own statement.
var sayingCues = setOf("said", "says", "say", "saying", "claimed", "claims", "claim",
	"argued", "argues", "argue", "charged", "charges", "insisted", "insists", "contended",
	"contends", "complained", "complains", "alleged", "alleges", "wrote", "writes", "added",
	"adds", "declared", "declares", "asserted", "asserts", "maintained", "maintains",
	"told", "tells", "stated", "states")

// reportedJudgement gives evidence e (the speaker of reported speech q and mention m,
// the subject of a clause in it, outside its quotation marks) the side the clause's words take, when they take one.
func (b *builder) reportedJudgement(e *evidence, q doc.Quote, m *doc.Mention) {
	d := b.d
	if q.Inferred || !q.Cue.Valid(len(d.Text)) || !sayingCues[strings.ToLower(d.Slice(q.Cue))] ||
		d.Actors[m.Actor].Type == doc.EntLoc || m.Kind != doc.MentionName {
		return // a pronoun's reading of someone else's words is one guess too many
	}
	for k := d.TokenAt(m.End); k < len(d.Tokens) && d.Tokens[k].Start < q.End; k++ {
		if contrasts[d.Tokens[k].Lower] {
			return // "Reed was a good mayor, but his second term was a disaster": mixed
		}
	}
	w, side, negated := b.clausePredication(q, m.Span)
	if w < 0 || negated || isAdverb(d.Tokens[w]) {
		return
	}
	for k := d.TokenAt(m.End); k < w; k++ {
		if hedges[d.Tokens[k].Lower] {
			return // "Trump is perhaps better positioned": an estimate, not a side
		}
	}
	e.label, e.predicate, e.lemma, e.act = side, d.Tokens[w].Span, d.Tokens[w].Lower, true
	if e.polarity = verbWeight; side == doc.StanceAgainst {
		e.polarity = -verbWeight
	}
}
