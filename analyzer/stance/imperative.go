package stance

import (
	"strings"

	"lede/analyzer/doc"
)

// An imperative in a speaker's own words urges the side on the hearer and takes it: "Vote
// for Reed," Lopez said is Lopez for Reed; "Go support Reed", "Please back Reed", "Let's
// fight against Chen" too. A negated imperative ("Don't vote for Reed") is a relation:
// it urges no named side of its own. "Thank God" is an exclamation, not an imperative.

// imperativeLeads may come between the start of the speaker's clause and the bare verb.
var imperativeLeads = setOf("go", "please", "just", "now", "so", "hey", "come", "on", "let's", "lets", ",")

// imperativeAt reports whether predicate p at view index k is an imperative inside a
// quote's own words (inside the quotation marks): the verb in its bare form, first in its
// clause (after an opening quotation mark or a sentence's start, across imperativeLeads); negated when "don't", "do not"
// or "never" comes first.
func (v sentenceView) imperativeAt(k int, p *predicate) (ok, negated bool) {
	q := v.quoteOf(k)
	if p.noun || p.adj || p.lemma == "thank _" || q < 0 || !ownWords(v.d.Quotes[q], v.toks[k].Span) || v.toks[k].Lower != strings.Fields(p.lemma)[0] {
		return false, false // a paraphrase's bare verb is no one's imperative ("left with two options: vote for Reed or")
	}
	j := k - 1
	for ; j >= 0; j-- {
		w := v.toks[j].Lower
		switch {
		case w == "don't" || w == "dont" || w == "never" || w == "not" || w == "do" || w == "n't":
			negated = true
		case imperativeLeads[w]:
		case (w == "us" || w == "'s") && j > 0 && v.toks[j-1].Lower == "let":
			j--
		default:
			return v.toks[j].Kind == doc.TokQuote || w == ";" || w == "!" || w == ".", negated
		}
	}
	return true, negated
}
