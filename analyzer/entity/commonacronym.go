package entity

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// commonNounAcronyms drops the one-word organisation and other-name mentions of an
// acronym the story itself uses as a common noun: with "a" or "an" before it as the
// head of its phrase ("bought a PC last year", "on a DVD."), or in the plural ("PCs",
// "DVDs"). A name has no plural and takes no indefinite article; "PC", "DVD", "SMS" are
// things, not actors. "an IRA bomb" and "a BBC reporter" premodify a noun and say
// nothing.
func commonNounAcronyms(d *doc.Doc) {
	common := map[string]bool{}
	for i, t := range d.Tokens {
		if t.Kind != doc.TokWord {
			continue
		}
		if stem, ok := strings.CutSuffix(t.Norm, "s"); ok && acronymWord(stem) {
			common[stem] = true
			continue
		}
		if acronymWord(t.Norm) && i > 0 && (d.Tokens[i-1].Lower == "a" || d.Tokens[i-1].Lower == "an") && d.Tokens[i-1].Sentence == t.Sentence && !beforeNoun(d, i) {
			common[t.Norm] = true
		}
	}
	if len(common) == 0 {
		return
	}
	out := d.Mentions[:0:0]
	for _, m := range d.Mentions {
		w := d.Slice(m.Span)
		plural := strings.HasSuffix(w, "s") && common[strings.TrimSuffix(w, "s")]
		if m.Kind == doc.MentionName && (plural || common[w] && (m.Type == doc.EntOrg || m.Type == doc.EntMisc)) {
			continue
		}
		out = append(out, m)
	}
	if len(out) != len(d.Mentions) {
		d.SetMentions(out)
	}
}

// acronymWord reports whether w is 2 to 5 capital letters ("PC", "DVD", "SUV").
func acronymWord(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && text.IsAllCaps(w) && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// beforeNoun reports whether token i premodifies a noun or a name right after it in its
// sentence ("an IRA bomb", "a BBC reporter"), or a relative clause follows it.
func beforeNoun(d *doc.Doc, i int) bool {
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Sentence != d.Tokens[i].Sentence {
		return false
	}
	n := d.Tokens[i+1]
	// "a UKIP whose leadership": a relative clause makes the name a kind of it
	return n.Kind == doc.TokWord && (n.POS.IsNoun() || n.POS == doc.JJ || text.IsCapitalised(n) || n.Class.Has(doc.ClassRelative))
}
