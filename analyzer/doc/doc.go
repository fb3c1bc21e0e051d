// Package doc holds the document every stage reads and writes: the input text and every
// annotation as half-open byte spans into it. It imports nothing of the project; every
// stage imports it.
package doc

import "sort"

// Span is a half-open byte range [Start, End) into Doc.Text, always on UTF-8 boundaries.
type Span struct {
	Start int
	End   int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Valid reports whether the span is a non-inverted range within a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// RefDateSource says where the reference date (the article's "now") came from.
type RefDateSource uint8

const (
	RefDateNone RefDateSource = iota
	RefDateInput
	RefDateMetadata
	RefDateDateline
)

func (s RefDateSource) String() string {
	switch s {
	case RefDateInput:
		return "input"
	case RefDateMetadata:
		return "metadata"
	case RefDateDateline:
		return "dateline"
	}
	return "none"
}

// Doc is the input text and all annotations. Stages append to their own fields and refer
// to other stages' facts by index (one source of truth per fact).
type Doc struct {
	// Text is the input exactly (after HTML extraction and the replacement of invalid
	// UTF-8 and NUL bytes by U+FFFD). Nothing rewrites it.
	Text string
	// Title is the HTML <title> or og:title, or "" for plain text.
	Title string
	// RefDate is the reference date as YYYY-MM-DD, "" when none is known.
	RefDate       string
	RefDateSource RefDateSource
	// Dateline is the wire dateline that opens the story ("BRENTON, March 3, 2025 -"),
	// an empty span when there is none: its date is when the story was filed, not an
	// event of the story.
	Dateline Span

	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	// Chunks are the base phrases of every sentence, in text order; Clauses the clauses
	// read from them (subject, verb group, object), in the order of their verbs.
	Chunks  []Chunk
	Clauses []Clause

	Mentions []Mention // sorted by Start
	Actors   []Actor
	Quotes   []Quote      // sorted by Start
	Timexes  []Timex      // sorted by Start
	Events   []Event      // chronological
	Stance   []StanceEdge // for and against edges only
	// MentionPolarity is the sentiment toward each mention in its sentence, -1..1,
	// indexed like Mentions: the stance stage's own record of the entity stage's
	// mentions (nil until stance has run; see PolarityOf).
	MentionPolarity []float64
	// Relations are holder -> target links with no side taken (neutral), kept out of
	// Stance: a quote that names the target, a negated or hedged stance verb.
	Relations []StanceEdge
	// Tone is the article's own voice (narration outside quotes) toward each actor,
	// kept apart from the holders' stances.
	Tone []Tone
	// Targets are caller-named spans with the sentiment expressed toward each.
	Targets []Target
}

// Slice returns the text of a span.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }

// PolarityOf returns the sentiment toward mention mi (MentionPolarity), 0 when stance
// has not scored it.
func (d *Doc) PolarityOf(mi int) float64 {
	if mi < 0 || mi >= len(d.MentionPolarity) {
		return 0
	}
	return d.MentionPolarity[mi]
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// MentionAt returns the index of a mention containing byte offset off, or -1. Mentions
// are sorted by Start and do not overlap, so the first ending after off is the one.
func (d *Doc) MentionAt(off int) int {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].End > off })
	if i < len(d.Mentions) && d.Mentions[i].Start <= off {
		return i
	}
	return -1
}

// TokenAt returns the index of the first token that ends after byte offset off
// (the token containing off, or the next one), or len(d.Tokens).
func (d *Doc) TokenAt(off int) int {
	// sort.Search's loop, written out: the stages call this for every mention and many
	// tokens, and the closure was not inlined (a call per step)
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if d.Tokens[h].End > off {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// SetMentions replaces d.Mentions with ms, sorted by Start, then End (stable), and
// rebuilds every actor's Mentions from the mentions' Actor fields: the recognizer and its
// refinements rewrite the name mentions through it.
func (d *Doc) SetMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		return ms[i].Start < ms[j].Start || ms[i].Start == ms[j].Start && ms[i].End < ms[j].End
	})
	d.Mentions = ms
	for ai := range d.Actors {
		d.Actors[ai].Mentions = d.Actors[ai].Mentions[:0]
	}
	for mi, m := range d.Mentions {
		if m.Actor >= 0 && m.Actor < len(d.Actors) {
			d.Actors[m.Actor].Mentions = append(d.Actors[m.Actor].Mentions, mi)
		}
	}
}

// ClearActors removes every actor and detaches every mention (Actor -1), so a stage can
// group the mentions afresh.
func (d *Doc) ClearActors() {
	d.Actors = d.Actors[:0]
	for mi := range d.Mentions {
		d.Mentions[mi].Actor = -1
	}
}

// Attach makes mention mi one of actor ai's, keeping the actor's Mentions in text order
// (a mention attached to another actor before leaves it).
func (d *Doc) Attach(mi, ai int) {
	if old := d.Mentions[mi].Actor; old >= 0 && old < len(d.Actors) && old != ai {
		ms := d.Actors[old].Mentions
		if k := sort.SearchInts(ms, mi); k < len(ms) && ms[k] == mi {
			d.Actors[old].Mentions = append(ms[:k], ms[k+1:]...)
		}
	}
	d.Mentions[mi].Actor = ai
	ms := d.Actors[ai].Mentions
	k := sort.SearchInts(ms, mi)
	if k < len(ms) && ms[k] == mi {
		return
	}
	ms = append(ms, 0)
	copy(ms[k+1:], ms[k:])
	ms[k] = mi
	d.Actors[ai].Mentions = ms
}

// AddActor appends a to d.Actors and returns its index. A mention joins it through
// AddMention(s), which keeps the mention's Actor and the actor's Mentions in step.
func (d *Doc) AddActor(a Actor) int {
	d.Actors = append(d.Actors, a)
	return len(d.Actors) - 1
}

// AddMention inserts m into d.Mentions as AddMentions does and returns its index.
func (d *Doc) AddMention(m Mention) int { return d.AddMentions([]Mention{m})[0] }

// AddMentions merges ms into d.Mentions keeping them sorted by Start, then End (a new
// mention goes after an existing one with the same span), renumbers the mention indices
// every actor holds, adds each new mention to its actor's Mentions in text order, and
// returns the new mentions' indices in the order of ms. One merge for many mentions: an
// insertion at a time would be quadratic on a long text.
func (d *Doc) AddMentions(ms []Mention) []int {
	at := make([]int, len(ms))
	if len(ms) == 0 {
		return at
	}
	order := make([]int, len(ms)) // ms's indices in the order they are merged
	for j := range order {
		order[j] = j
	}
	before := func(a, b Span) bool { return a.Start < b.Start || a.Start == b.Start && a.End < b.End }
	sort.SliceStable(order, func(x, y int) bool { return before(ms[order[x]].Span, ms[order[y]].Span) })
	old := d.Mentions
	merged := make([]Mention, 0, len(old)+len(ms))
	moved := make([]int, len(old)) // old mention index -> merged index
	i := 0
	for _, j := range order {
		for i < len(old) && !before(ms[j].Span, old[i].Span) {
			moved[i] = len(merged)
			merged = append(merged, old[i])
			i++
		}
		at[j] = len(merged)
		merged = append(merged, ms[j])
	}
	for ; i < len(old); i++ {
		moved[i] = len(merged)
		merged = append(merged, old[i])
	}
	d.Mentions = merged
	for ai := range d.Actors {
		for k, mi := range d.Actors[ai].Mentions {
			if mi >= 0 && mi < len(moved) {
				d.Actors[ai].Mentions[k] = moved[mi]
			}
		}
	}
	grown := map[int]bool{}
	for j, m := range ms {
		if m.Actor >= 0 && m.Actor < len(d.Actors) {
			d.Actors[m.Actor].Mentions = append(d.Actors[m.Actor].Mentions, at[j])
			grown[m.Actor] = true
		}
	}
	for a := range grown {
		sort.Ints(d.Actors[a].Mentions)
	}
	return at
}

// SpanOK reports whether s is a non-inverted span within the text whose ends fall on
// UTF-8 rune boundaries.
func (d *Doc) SpanOK(s Span) bool {
	n := len(d.Text)
	return s.Valid(n) && (s.Start == n || s.Start == 0 || d.Text[s.Start]&0xC0 != 0x80) &&
		(s.End == n || s.End == 0 || d.Text[s.End]&0xC0 != 0x80)
}
