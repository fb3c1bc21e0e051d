package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// linker links a speaker's span to an actor: the actor of a mention that overlaps it
// (names before nominals before pronouns), or, for an unnamed source, an anonymous actor
// of its own.
type linker struct {
	d    *doc.Doc
	anon map[string]int // lower-case description -> anonymous actor index
	// caps maps the lower-case words of people's names to their actor (-1 when two
	// actors share the word), built on first use, for speakers written in capitals
	// ("TAPPER:")
	caps map[string]int
	// pending are the mentions of speakers found here (anonymous sources, names in
	// capitals), added to the Doc at once by flush
	pending []doc.Mention
}

func newLinker(d *doc.Doc) *linker { return &linker{d: d, anon: map[string]int{}} }

// link returns the actor index for a speaker span, or -1.
func (l *linker) link(sp doc.Span) int {
	if l.modifiedGroup(sp) {
		return l.anonymousActor(sp)
	}
	if a, ok := l.headActor(sp); ok {
		return a
	}
	if l.roleHeaded(sp) {
		// "His aides", "a Reyes campaign spokesman": someone unnamed, not the owner
		return l.anonymousActor(sp)
	}
	if a := l.mentionActor(sp); a >= 0 {
		return a
	}
	if a := l.capitalsActor(sp); a >= 0 {
		l.pending = append(l.pending, doc.Mention{Span: sp, Type: doc.EntPerson, Kind: doc.MentionName, Actor: a, Sentence: l.d.SentenceAt(sp.Start)})
		return a
	}
	if _, ok := l.anonymous(sp); ok {
		return l.anonymousActor(sp)
	}
	return -1
}

// anonymousActor returns the anonymous actor the description sp names ("a senior
// official", "Ukrainian officials"), made on first use, and records sp as its mention.
func (l *linker) anonymousActor(sp doc.Span) int {
	desc := l.d.Slice(sp)
	key := strings.ToLower(desc)
	if a, seen := l.anon[key]; seen {
		l.pending = append(l.pending, doc.Mention{Span: sp, Type: doc.EntPerson, Kind: doc.MentionNominal, Actor: a, Sentence: l.d.SentenceAt(sp.Start)})
		return a
	}
	a := l.d.AddAnonymousSource(desc)
	l.anon[key] = a
	l.pending = append(l.pending, doc.Mention{Span: sp, Type: doc.EntPerson, Kind: doc.MentionNominal, Actor: a, Sentence: l.d.SentenceAt(sp.Start)})
	return a
}

// modifiedGroup reports whether a speaker is unnamed people qualified by a place or
// nationality ("Ukrainian officials", "a US diplomat", "Kremlin sources"): the head
// is a source noun and every name in the phrase is a place or other name that modifies
// it. The speakers are those people, not the country.
func (l *linker) modifiedGroup(sp doc.Span) bool {
	d := l.d
	first, last := d.TokenAt(sp.Start), d.TokenAt(sp.End-1)
	if sp.Len() == 0 || last >= len(d.Tokens) || first > last {
		return false
	}
	head := d.Tokens[last]
	if !anonymousHeads[head.Lower] && !peoplePlural(head) || !text.IsLowerWord(head) {
		return false
	}
	named := false
	from := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].End > sp.Start })
	for mi := from; mi < len(d.Mentions) && d.Mentions[mi].Start < sp.End; mi++ {
		m := d.Mentions[mi]
		if !m.Overlaps(sp) || m.Kind != doc.MentionName {
			continue
		}
		if m.Type != doc.EntLoc && m.Type != doc.EntMisc || m.End > head.Start {
			return false
		}
		named = true
	}
	return named
}

// headActor returns the actor of the mention that holds the head word of sp (see
// headOf): "Cook" in "Apple chief Tim Cook", never "Apple". ok is false when no
// mention with an actor holds the head.
func (l *linker) headActor(sp doc.Span) (int, bool) {
	d := l.d
	first, last := d.TokenAt(sp.Start), d.TokenAt(sp.End-1)
	if sp.Len() == 0 || last >= len(d.Tokens) || first > last {
		return -1, false
	}
	h := headOf(d, tokRange{first, last + 1})
	if h < 0 {
		return -1, false
	}
	ht := d.Tokens[h]
	if mi := d.MentionAt(ht.Start); mi >= 0 && d.Mentions[mi].Actor >= 0 && d.Mentions[mi].Actor < len(d.Actors) {
		return d.Mentions[mi].Actor, true
	}
	return -1, false
}

// roleHeaded reports whether the head of sp is a lower-case noun for a person ("aides",
// "spokesman") with a name or a possessive before it ("His aides", "Trump's lawyer", "a
// Reyes campaign spokesman"): the speaker is that unnamed person.
func (l *linker) roleHeaded(sp doc.Span) bool {
	d := l.d
	first, last := d.TokenAt(sp.Start), d.TokenAt(sp.End-1)
	if sp.Len() == 0 || last >= len(d.Tokens) || first >= last {
		return false
	}
	h := headOf(d, tokRange{first, last + 1})
	if h <= first {
		return false
	}
	hw := d.Tokens[h].Lower
	if !text.IsLowerWord(d.Tokens[h]) || !(roleNoun(hw) || peoplePlural(d.Tokens[h])) || strings.HasSuffix(hw, "ment") || strings.HasSuffix(hw, "ments") {
		// ("her statement" is a thing: personNoun's "-ent" ending catches it)
		return false
	}
	for i := first; i < h; i++ {
		if t := d.Tokens[i]; text.IsCapitalised(t) && !(i == first && isDeterminerTok(t)) || isPossessiveDeterminerTok(t) || t.Lower == "'s" {
			return true
		}
	}
	return false
}

// isPossessiveDeterminer: his, her, its, their, our, my, your (the language layer's).
func isPossessiveDeterminer(lower string) bool { return possessiveOfClass(text.ClassOf(lower)) }

func isPossessiveDeterminerTok(t doc.Token) bool { return possessiveOfClass(t.Class) }

// possessiveOfClass is isPossessiveDeterminer of a word whose classes are c.
func possessiveOfClass(c doc.WordClass) bool {
	return c.Has(doc.ClassPossessive) && !c.Any(doc.ClassRelative|doc.ClassAuxiliary)
}

// mentionActor returns the actor of the best mention overlapping sp, or -1.
func (l *linker) mentionActor(sp doc.Span) int {
	ms := l.d.Mentions
	// mentions are sorted by Start: find the first that could overlap
	lo, hi := 0, len(ms)
	for lo < hi {
		mid := (lo + hi) / 2
		if ms[mid].End <= sp.Start-200 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	best, bestRank := -1, 99
	for i := lo; i < len(ms) && ms[i].Start < sp.End; i++ {
		m := ms[i]
		if !m.Overlaps(sp) || m.Actor < 0 || m.Actor >= len(l.d.Actors) {
			continue
		}
		rank := int(m.Kind) // name 0, pronoun 1, nominal 2
		if m.Kind == doc.MentionNominal {
			rank = 1
		} else if m.Kind == doc.MentionPronoun {
			rank = 2
		}
		if m.Type == doc.EntPerson || m.Type == doc.EntOrg {
			rank -= 0
		} else {
			rank += 3
		}
		if rank < bestRank {
			best, bestRank = m.Actor, rank
		}
	}
	return best
}

// capitalsActor links a speaker written in capitals ("TAPPER", "JAKE TAPPER"), or a
// capitalised name the entity stage missed ("said Yelling", a surname that is also a
// word), to the one person or organisation whose name has its last word, or returns -1.
func (l *linker) capitalsActor(sp doc.Span) int {
	words := l.d.Slice(sp)
	if !text.IsAllCaps(words) && !titleWords(words) {
		return -1
	}
	if l.caps == nil {
		l.caps = map[string]int{}
		for _, m := range l.d.Mentions {
			if m.Type != doc.EntPerson && m.Type != doc.EntOrg || m.Kind != doc.MentionName || m.Actor < 0 || !m.Valid(len(l.d.Text)) {
				continue
			}
			for _, w := range strings.Fields(l.d.Slice(m.Span)) {
				w = strings.ToLower(strings.Trim(w, ".,"))
				if a, seen := l.caps[w]; seen && a != m.Actor {
					l.caps[w] = -1
				} else {
					l.caps[w] = m.Actor
				}
			}
		}
	}
	f := strings.Fields(words)
	if a, ok := l.caps[strings.ToLower(f[len(f)-1])]; ok {
		return a
	}
	return -1
}

// anonymous reports whether a speaker span is an unnamed source: an indefinite phrase or a
// bare plural without a capitalised name ("a senior official", "sources", "two aides").
// It returns the description.
func (l *linker) anonymous(sp doc.Span) (string, bool) {
	d := l.d
	first, last := d.TokenAt(sp.Start), d.TokenAt(sp.End-1)
	if sp.Len() == 0 || last >= len(d.Tokens) || first > last {
		return "", false
	}
	for i := first; i <= last; i++ {
		t := d.Tokens[i]
		// a capital that only opens the sentence is no name: "Demonstrators said"
		opening := i == first && d.Sentences[t.Sentence].FirstToken == i && (anonymousHeads[t.Lower] || strings.HasSuffix(t.Lower, "s") && personNoun(t.Lower))
		if text.IsCapitalised(t) && !(i == first && isDeterminerTok(t)) && !opening {
			return "", false // a name: the entity stage's business
		}
	}
	lead := d.Tokens[first].Lower
	if isSubjectPronoun(lead) || isObjectPronoun(lead) {
		return "", false
	}
	head := d.Tokens[last]
	plural := strings.HasSuffix(head.Lower, "s") && personNoun(head.Lower) // "demonstrators"
	if indefinites[lead] && (first == last || l.namesPeople(first, last)) || !isDeterminer(lead) && (anonymousHeads[head.Lower] || plural) {
		return d.Slice(sp), true
	}
	return "", false
}

// namesPeople reports whether tokens [first, last] hold a noun for people ("a senior
// official", "two analysts", "a person familiar with ...", "most of them"), so that "a brief glance"
// or "a new report" is not taken for an unnamed source.
func (l *linker) namesPeople(first, last int) bool {
	for i := first; i <= last; i++ {
		t := l.d.Tokens[i]
		if anonymousHeads[t.Lower] || peoplePlural(t) || personNoun(t.Lower) || isObjectPronounTok(t) && t.Lower != "it" {
			return true
		}
	}
	return false
}

// personNoun reports whether a lower-case noun names a person by what they do, from
// its ending ("teacher", "spokesman", "economist", "resident", "survivor").
func personNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 5 || stopWords[w] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "man", "woman", "person", "ent", "ant", "ee"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// flush adds the pending mentions to the Doc in one merge (see doc.AddMentions).
func (l *linker) flush() {
	l.d.AddMentions(l.pending)
	l.pending = nil
}

// titleWords reports whether every word of s starts with a capital ("Yelling", "Liz
// Yelling").
func titleWords(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
