package stance

import (
	"encoding/binary"
	"fmt"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/internal/table"
	"lede/analyzer/text"
)

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

// parsedPredicate is one line of predicates.txt as parsed, for the packer and the tests:
// the pattern and the inflected forms of its first word that start it (a form may repeat,
// as the parse of old listed it under each).
type parsedPredicate struct {
	predicate
	forms []string
}

// parsePredicates reads predicates.txt (format in its header), in file order.
func parsePredicates(data string) ([]parsedPredicate, error) {
	var out []parsedPredicate
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("predicates.txt:%d: want SIDE PATTERN", n+1)
		}
		p := predicate{}
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
		ws := f[1:]
		slot := -1
		for i, w := range ws {
			if w == "_" || w == "_'s" {
				slot = i
				p.possessive = w == "_'s"
			}
		}
		if slot < 1 {
			return nil, fmt.Errorf("predicates.txt:%d: no _ after the verb", n+1)
		}
		forms := text.VerbForms(ws[0])
		base := forms[0]
		before, after := ws[1:slot], ws[slot+1:]
		if n := len(after); n > 0 && after[n-1] == "~" {
			after = after[:n-1]
		} else if p.opinion {
			return nil, fmt.Errorf("predicates.txt:%d: an opinion predicate ends with ~", n+1)
		}
		p.before, p.after = words(strings.Join(before, " ")), words(strings.Join(after, " "))
		p.adj = adjectiveFirsts[base]
		// a noun takes its target through a preposition: "ally of _", "attack on _"; "ally
		// with _" is a verb
		p.noun = nounFirsts[base] && len(before) == 1 && nounPrepositions[before[0]]
		p.lemma = strings.Join(append([]string{base}, ws[1:]...), " ")
		switch {
		case p.adj:
			forms = []string{base}
		case p.noun:
			forms = []string{base, base + "s"}
		}
		out = append(out, parsedPredicate{p, forms})
	}
	return out, nil
}

// PackPredicates lays predicates.txt out as predicates.tbl (predicateIndex's layout).
func PackPredicates(data string) ([]byte, error) {
	ps, err := parsePredicates(data)
	if err != nil {
		return nil, err
	}
	if len(ps) > 0xffff {
		return nil, fmt.Errorf("predicates.txt: %d patterns, at most 65535", len(ps))
	}
	var pats, lemmas []byte
	ids := map[string][]uint16{} // form -> its patterns, in file order
	var order []string           // the forms in the order first seen
	for i, p := range ps {
		// before and after are runs of the lemma: "base BEFORE _ AFTER" ("_'s", a final "~")
		bAt := 0 // none: an empty run
		if p.before != "" {
			bAt = strings.IndexByte(p.lemma, ' ') + 1
		}
		aAt := 0
		if p.after != "" {
			_, rest, _ := strings.Cut(p.lemma, " _ ")
			if rest == "" {
				_, rest, _ = strings.Cut(p.lemma, " _'s ")
			}
			aAt = len(p.lemma) - len(rest)
		}
		if len(p.lemma) > 0xff || len(lemmas)+len(p.lemma) > 0xffff ||
			p.lemma[bAt:bAt+len(p.before)] != string(p.before) || p.lemma[aAt:aAt+len(p.after)] != string(p.after) {
			return nil, fmt.Errorf("predicates.txt: pattern %q does not fit the table", p.lemma)
		}
		var f uint8
		for _, b := range []struct {
			on   bool
			flag uint8
		}{{p.adj, predAdj}, {p.possessive, predPossessive}, {p.opinion, predOpinion}, {p.noun, predNoun}} {
			if b.on {
				f |= b.flag
			}
		}
		pats = append(pats, byte(p.side), f)
		pats = binary.LittleEndian.AppendUint16(pats, uint16(len(lemmas)))
		pats = append(pats, byte(len(p.lemma)), byte(bAt), byte(len(p.before)), byte(aAt), byte(len(p.after)))
		lemmas = append(lemmas, p.lemma...)
		for _, form := range p.forms {
			if _, ok := ids[form]; !ok {
				order = append(order, form)
			}
			ids[form] = append(ids[form], uint16(i))
		}
	}
	var lists []byte
	start := map[string]int{} // a list's bytes -> its start, in pattern numbers: forms share lists
	b := table.NewBuilder(predFormRecord)
	for _, form := range order {
		var l []byte
		for _, id := range ids[form] {
			l = binary.LittleEndian.AppendUint16(l, id)
		}
		at, ok := start[string(l)]
		if !ok {
			at = len(lists) / 2
			start[string(l)] = at
			lists = append(lists, l...)
		}
		if at > 0xffff || len(ids[form]) > 0xffff {
			return nil, fmt.Errorf("predicates.txt: too many patterns a form")
		}
		var rec []byte
		rec = binary.LittleEndian.AppendUint16(rec, uint16(at))
		rec = binary.LittleEndian.AppendUint16(rec, uint16(len(ids[form])))
		b.Add(form, rec)
	}
	out := []byte(predMagic)
	for _, v := range []int{len(ps), len(lists), len(lemmas)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	out = append(out, pats...)
	out = append(out, lists...)
	out = append(out, lemmas...)
	return append(out, b.HashBytes()...), nil
}
