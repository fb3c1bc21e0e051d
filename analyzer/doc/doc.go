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

// AddMention inserts m into d.Mentions keeping them sorted by Start (then End), shifts
// the mention indices held by actors, appends the new index to its actor's Mentions,
// and returns the new mention's index.
func (d *Doc) AddMention(m Mention) int {
	at := len(d.Mentions)
	for at > 0 && (d.Mentions[at-1].Start > m.Start || d.Mentions[at-1].Start == m.Start && d.Mentions[at-1].End > m.End) {
		at--
	}
	d.Mentions = append(d.Mentions, Mention{})
	copy(d.Mentions[at+1:], d.Mentions[at:])
	d.Mentions[at] = m
	for ai := range d.Actors {
		ms := d.Actors[ai].Mentions
		for k := range ms {
			if ms[k] >= at {
				ms[k]++
			}
		}
	}
	if m.Actor >= 0 && m.Actor < len(d.Actors) {
		a := &d.Actors[m.Actor]
		k := len(a.Mentions)
		for k > 0 && a.Mentions[k-1] > at {
			k--
		}
		a.Mentions = append(a.Mentions, 0)
		copy(a.Mentions[k+1:], a.Mentions[k:])
		a.Mentions[k] = at
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
