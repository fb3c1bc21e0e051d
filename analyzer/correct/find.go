package correct

import (
	"fmt"
	"sort"
	"strings"

	"lede/analyzer/doc"
)

// fitCost is what one test of a found place costs, in bytes of searchLeft.
const fitCost = 64

// maxOccurrences bounds the places a moved text is looked for: a word that occurs more
// often than this is ambiguous anyway.
const maxOccurrences = 1000

// locate returns where r is now: its own span when the text there is still r.Text;
// else, when the article has changed, the one occurrence of r.Text for which fits holds
// (two or more are ambiguous, and a correction is not applied on a guess: the nearest
// "he" to where one was, after a paragraph was added above it, is another "he"). what
// names the place in the reason given when it is not found.
func (e *editor) locate(r Ref, what string, fits func(doc.Span) bool) (doc.Span, string) {
	d := e.d
	if r.Span != doc.NoSpan && d.SpanOK(r.Span) && d.Slice(r.Span) == r.Text {
		if fits(r.Span) {
			return r.Span, ""
		}
		return doc.NoSpan, fmt.Sprintf("%s is not %s", quoteText(r.Text), what)
	}
	if e.searchLeft <= 0 {
		return doc.NoSpan, fmt.Sprintf("the text has changed, and too many corrections had to be found again in it: %s was not looked for", quoteText(r.Text))
	}
	found, n := doc.NoSpan, 0
	for from, k := 0, 0; k < maxOccurrences; k++ {
		i := strings.Index(d.Text[from:], r.Text)
		if i < 0 {
			e.searchLeft -= len(d.Text) - from
			break
		}
		e.searchLeft -= i + len(r.Text) + fitCost
		s := doc.Span{Start: from + i, End: from + i + len(r.Text)}
		if d.SpanOK(s) && fits(s) {
			found, n = s, n+1
		}
		from = s.Start + 1
		for from < len(d.Text) && d.Text[from]&0xC0 == 0x80 {
			from++ // the next rune, not the next byte
		}
	}
	switch {
	case n == 1:
		return found, ""
	case n > 1:
		return doc.NoSpan, fmt.Sprintf("the text has changed, and %s is %s in %d places: which one is meant is unclear", quoteText(r.Text), what, n)
	case strings.Contains(d.Text, r.Text):
		return doc.NoSpan, fmt.Sprintf("the text has changed, and %s is no longer %s", quoteText(r.Text), what)
	}
	return doc.NoSpan, fmt.Sprintf("%s is no longer in the text", quoteText(r.Text))
}

// quoteText is a text for a reason, shortened.
func quoteText(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// mentionAt returns the mention the span s names: the one with that span, else the only
// mention that contains s or lies inside it (a new model may draw "Apple" as "Apple
// Inc."; a part of a word overlapping a name names nothing), else -1.
func mentionAt(d *doc.Doc, s doc.Span) int {
	found, n := -1, 0
	for i := firstEndingAfter(d, s.Start); i < len(d.Mentions) && d.Mentions[i].Start < s.End; i++ {
		m := d.Mentions[i]
		if m.Span == s {
			return i
		}
		if m.Contains(s) || s.Contains(m.Span) {
			found, n = i, n+1
		}
	}
	if n == 1 {
		return found
	}
	return -1
}

// firstEndingAfter is the index of the first mention that ends after byte off.
func firstEndingAfter(d *doc.Doc, off int) int {
	lo, hi := 0, len(d.Mentions)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if d.Mentions[h].End > off {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// actorMention finds r as a mention that belongs to an actor: the mention's index and
// its actor, or a reason.
func (e *editor) actorMention(r Ref) (mi, actor int, reason string) {
	d := e.d
	s, reason := e.locate(r, "a mention of an actor", func(s doc.Span) bool {
		m := mentionAt(d, s)
		return m >= 0 && d.Mentions[m].Actor >= 0
	})
	if reason != "" {
		return -1, -1, reason
	}
	mi = mentionAt(d, s)
	return mi, d.Mentions[mi].Actor, ""
}

// quoteAt returns the quote the span s names: the one with that span, else the quote
// that shares the most of it with s, else -1. Quotes are sorted by Start; those that
// can overlap s start before its end, and only the last maxQuotesBack of them are
// looked at (quotes do not nest that deep).
func quoteAt(d *doc.Doc, s doc.Span) int {
	qs := d.Quotes
	end := sort.Search(len(qs), func(i int) bool { return qs[i].Start >= s.End })
	best, most := -1, 0
	for i := end - 1; i >= 0 && i >= end-maxQuotesBack; i-- {
		q := qs[i]
		if q.Span == s {
			return i
		}
		if shared := min(q.End, s.End) - max(q.Start, s.Start); shared > most || shared == most && shared > 0 && i < best {
			best, most = i, shared
		}
	}
	return best
}

// maxQuotesBack bounds the quotes that start before a span and are looked at for it.
const maxQuotesBack = 32
