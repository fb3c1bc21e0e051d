package stance

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// predicates.txt lists the predicates that take a side (format in its header).
//
//go:embed predicates.txt
var predicateData string

// predicate is one side-taking pattern: "call on _ to resign".
type predicate struct {
	side   doc.StanceLabel
	lemma  string   // the pattern as written, inflection marks removed: "call on _ to resign"
	before []string // words from the verb's second word up to the target: ["on"]
	after  []string // words that must follow the target: ["to", "resign"]
	adj    bool     // a stance adjective ("critical of _"): the holder is the subject of "be"
	// possessive: the target is the possessor of the object ("denied _'s claim"), which
	// must be there: "denied Novak" alone is not a stance.
	possessive bool
	// opinion: the side is the sign of an opinion word among the few after the target
	// (`~`): "called Reed a liar".
	opinion bool
	// noun: a noun predicate ("critic of _", "support for _"); its holder is its
	// possessor, a copula's subject or the name an appositive describes.
	noun bool
}

// plainVerb reports whether the predicate is a verb alone ("condemn"), with no words
// around its target and neither adjective nor noun: only such a verb reads as a passive.
func (p *predicate) plainVerb() bool {
	return len(p.before) == 0 && len(p.after) == 0 && !p.adj && !p.noun
}

// predicateIndex maps each inflected first word to the patterns it starts.
type predicateIndex map[string][]*predicate

var (
	predicatesOnce sync.Once
	predicates     predicateIndex
)

// defaultPredicates returns the embedded predicates, parsed on first use.
func defaultPredicates() predicateIndex {
	predicatesOnce.Do(func() {
		var err error
		if predicates, err = parsePredicates(predicateData); err != nil {
			panic(err) // the embedded file is checked by the tests
		}
	})
	return predicates
}

// adjectiveFirsts are the stance adjectives' first words; their patterns are not verbs.
var adjectiveFirsts = setOf("critical", "dismissive", "contemptuous", "scornful", "furious",
	"angry", "supportive", "grateful", "loyal", "proud",
	// feelings about someone ("excited about Reed", "fed up with Reed")
	"excited", "enthusiastic", "impressed", "pleased", "happy", "satisfied", "thrilled",
	"delighted", "enamored", "disappointed", "disgusted", "frustrated", "fed", "upset",
	"unhappy", "dissatisfied", "displeased", "outraged", "appalled", "troubled",
	"suspicious", "skeptical", "sceptical", "wary", "disillusioned")

// linkingVerbs stand before a stance adjective as "be" does: "got excited about Reed",
// "grew frustrated with Reed".
var linkingVerbs = setOf("get", "gets", "got", "gotten", "getting", "become", "becomes",
	"became", "becoming", "feel", "feels", "felt", "feeling", "grow", "grows", "grew",
	"grown", "growing", "remain", "remains", "remained", "seem", "seems", "seemed")

// linksAdjective reports whether w joins a subject to a stance adjective.
func linksAdjective(w string) bool { return isBe(w) || linkingVerbs[w] }

// nounPrepositions introduce a noun predicate's target.
var nounPrepositions = setOf("of", "to", "for", "on", "against")

// nounFirsts are the noun predicates' first words.
var nounFirsts = setOf("critic", "opponent", "foe", "enemy", "supporter", "backer", "ally",
	"admirer", "fan", "defender", "champion", "criticism", "opposition", "endorsement",
	"attack", "assault", "invasion", "annexation", "war", "lawsuit", "suit", "sanction",
	"crusade", "support", "praise", "accusation", "allegation", "complaint", "condemnation",
	"denunciation", "rebuke", "dressing-down", "critique", "defense", "defence")

func parsePredicates(data string) (predicateIndex, error) {
	idx := predicateIndex{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("predicates.txt:%d: want SIDE PATTERN", n+1)
		}
		p := &predicate{}
		switch f[0] {
		case "for":
			p.side = doc.StanceFor
		case "against":
			p.side = doc.StanceAgainst
		case "opinion":
			p.opinion = true
		default:
			return nil, fmt.Errorf("predicates.txt:%d: side %q", n+1, f[0])
		}
		words := f[1:]
		slot := -1
		for i, w := range words {
			if w == "_" || w == "_'s" {
				slot = i
				p.possessive = w == "_'s"
			}
		}
		if slot < 1 {
			return nil, fmt.Errorf("predicates.txt:%d: no _ after the verb", n+1)
		}
		forms := text.VerbForms(words[0])
		base := forms[0]
		p.before = words[1:slot]
		p.after = words[slot+1:]
		if n := len(p.after); n > 0 && p.after[n-1] == "~" {
			p.after = p.after[:n-1]
		} else if p.opinion {
			return nil, fmt.Errorf("predicates.txt:%d: an opinion predicate ends with ~", n+1)
		}
		p.adj = adjectiveFirsts[base]
		// a noun takes its target through a preposition: "ally of _", "attack on _"; "ally
		// with _" is a verb
		p.noun = nounFirsts[base] && len(p.before) == 1 && nounPrepositions[p.before[0]]
		p.lemma = strings.Join(append([]string{base}, words[1:]...), " ")
		switch {
		case p.adj:
			forms = []string{base}
		case p.noun:
			forms = []string{base, base + "s"}
		}
		for _, form := range forms {
			idx[form] = append(idx[form], p)
		}
	}
	return idx, nil
}
