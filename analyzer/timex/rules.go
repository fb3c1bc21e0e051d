package timex

// Rules: each construction the grammar knows is a small named rule with its example,
// tried in order with the others of its table (as goldmark's block parsers or chrono's
// patterns are). The first rule that decides ends the reading: it accepts the words as
// an expression (its match stands) or rejects them (an age, a fraction, a title). Each
// example is a golden case named after its rule (testdata/rule-NAME.json, rules_test.go).

// verdict is what a rule makes of the words it looks at.
type verdict uint8

const (
	pass   verdict = iota // not this rule's construction: the next rule looks
	accept                // the rule read an expression: its match stands
	reject                // the words are no expression of time
)

// rule is one construction of a reader: its name, an example ([brackets] mark the
// expression as the report gives it, or the words a rejecting rule refuses) and how it
// reads, given what the reader has read so far (R). A rule that decides writes its match
// to out (out.set); one that passes writes nothing, so that trying a rule costs no copy
// of a match (568 bytes).
type rule[R any] struct {
	name    string
	example string
	read    func(g *parser, r *R, out *match) verdict
}

// set writes a rule's match to o and returns its verdict: "return out.set(m, accept)".
// Not inlined: one copy of the 568 bytes in the binary, not one at each of the rules'
// 250 returns (inlined, the page's wasm was 22 KB larger).
//
//go:noinline
func (o *match) set(m match, v verdict) verdict {
	*o = m
	return v
}

// apply tries the rules in order; the first that decides ends the reading (pass when none
// does).
func apply[R any](g *parser, rules []rule[R], r *R) (match, verdict) {
	out := &g.scratch.match // (a local would escape to the heap)
	for k := range rules {
		if v := rules[k].read(g, r, out); v != pass {
			if traceRule != nil {
				traceRule(rules[k].name, v)
			}
			return *out, v
		}
	}
	return match{}, pass
}

// applyIn is apply on reading r, kept meanwhile in slot, a field of the parser
// (parser.scratch): the rules get the reading through a pointer, and a local whose
// address reaches a function value escapes to the heap (one allocation for every piece
// a reader is tried on); one kept in the parser does not. What the slot held is put
// back, so a reader that runs inside another of its kind (prefixMod within prefixMod)
// is safe; r gets what the rules wrote.
func applyIn[R any](g *parser, rules []rule[R], slot *R, r *R) (match, verdict) {
	saved := *slot
	*slot = *r
	m, v := apply(g, rules, slot)
	*r, *slot = *slot, saved
	return m, v
}

// traceRule, when set (by the tests), hears every rule that decides.
var traceRule func(name string, v verdict)

// ruleDoc is a rule's name and example, for the tests that run every example.
type ruleDoc struct{ name, example string }

// docs lists the names and examples of a table.
func docs[R any](rules []rule[R]) []ruleDoc {
	out := make([]ruleDoc, len(rules))
	for k, r := range rules {
		out[k] = ruleDoc{r.name, r.example}
	}
	return out
}
