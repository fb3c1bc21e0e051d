package timex

import (
	"path/filepath"
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/internal/golden"
)

// allRuleDocs lists the rules of every table, in the order they are tried.
func allRuleDocs() []ruleDoc {
	var out []ruleDoc
	for _, rs := range [][]resolveRule{anaphoraRules, absoluteRules} {
		for _, r := range rs {
			out = append(out, ruleDoc{r.name, r.example})
		}
	}
	for _, t := range [][]ruleDoc{
		docs(countedUnitRules), docs(bareUnitRules), docs(durationShapes),
		docs(relativeRules), docs(unitRules), docs(unitShiftRules), docs(refRules), docs(quarterRules),
		docs(prefixRules), docs(clockRules), docs(clockDayRules), docs(yearRules), docs(holidayRules), docs(setRules),
	} {
		out = append(out, t...)
	}
	return out
}

// ruleCase is a rule's golden file: its example and what the stage makes of it.
type ruleCase struct {
	Example string `json:"example"`
	caseView
}

// TestRuleExamples runs every rule's example (against the reference date 2023-07-12,
// unless its first line says "ref: ..."):
// the rule must decide on it; when it accepts, each [bracketed] span is an expression
// the stage reports; when it only rejects, no expression starts where a bracketed span
// does (the words after it may be read from a later word). The result is the golden
// case testdata/rule-NAME.json.
func TestRuleExamples(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range allRuleDocs() {
		if seen[r.name] {
			t.Errorf("two rules are named %s", r.name)
		}
		seen[r.name] = true
		t.Run(r.name, func(t *testing.T) {
			text, spans := bracketed(r.example)
			if len(spans) == 0 {
				t.Fatalf("example %q marks no [span]", r.example)
			}
			verdicts := map[verdict]bool{}
			traceRule = func(name string, v verdict) {
				if name == r.name {
					verdicts[v] = true
				}
			}
			ref := "ref: 2023-07-12"
			if strings.HasPrefix(text, "ref: ") { // an example with its own reference date
				ref, text, _ = strings.Cut(text, "\n")
				for k := range spans {
					spans[k].Start -= len(ref) + 1
					spans[k].End -= len(ref) + 1
				}
			}
			d := runCase(t, ref+"\n"+text)
			traceRule = nil
			switch {
			case verdicts[accept]:
				for _, sp := range spans {
					if !hasTimex(d, sp) {
						t.Errorf("%q: no expression %q (found %s)", r.example, text[sp.Start:sp.End], found(d))
					}
				}
			case verdicts[reject]:
				for _, sp := range spans {
					for _, x := range d.Timexes {
						if x.Start == sp.Start {
							t.Errorf("%q: rejected %q, yet the stage reports %q", r.example, text[sp.Start:sp.End], d.Slice(x.Span))
						}
					}
				}
			default:
				t.Errorf("rule %s does not decide on its example %q", r.name, r.example)
			}
			golden.Expect(t, "testdata/rule-"+r.name+".json", ruleCase{Example: r.example, caseView: view(d)})
		})
	}
	files, _ := filepath.Glob("testdata/rule-*.json")
	for _, f := range files {
		if name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "rule-"), ".json"); !seen[name] {
			t.Errorf("%s belongs to no rule (renamed? remove it)", f)
		}
	}
}

// bracketed removes the [brackets] of an example and returns the spans they marked.
func bracketed(example string) (string, []doc.Span) {
	var b strings.Builder
	var spans []doc.Span
	open := -1
	for _, c := range example {
		switch c {
		case '[':
			open = b.Len()
		case ']':
			spans = append(spans, doc.Span{Start: open, End: b.Len()})
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), spans
}

func hasTimex(d *doc.Doc, sp doc.Span) bool {
	for _, x := range d.Timexes {
		if x.Span == sp {
			return true
		}
	}
	return false
}

func found(d *doc.Doc) string {
	var out []string
	for _, x := range d.Timexes {
		out = append(out, "["+d.Slice(x.Span)+"] "+x.Value.String())
	}
	return strings.Join(out, ", ")
}
