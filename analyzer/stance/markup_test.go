package stance

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// parseMarkup builds a Doc by hand, standing in for the entity and quote stages, from a
// test text written as:
//
//	# actors: Maria Lopez; Daniel Reed; Harbor Court (ORG)
//	"⟦[He|1] lied to the city⟧0," [Lopez|0] said.
//
// An actor is a person unless its name ends with " (ORG)" or " (LOC)".
// [words|N] is a mention of actor N (a pronoun when the words are one); ⟦…⟧N is a quote
// whose content is between the brackets and whose speaker is actor N (⟦…⟧? when
// unattributed). The markers are removed from the text; the speaker span is the
// speaker's nearest mention outside the quote, in the same sentence, and the cue a verb
// of saying right after or before it ("Lopez told", "said Lopez").
func parseMarkup(src string) (*doc.Doc, error) {
	header, body, _ := strings.Cut(src, "\n")
	names, ok := strings.CutPrefix(header, "# actors:")
	if !ok {
		return nil, fmt.Errorf("first line must be # actors: A; B")
	}
	d := &doc.Doc{}
	for _, n := range strings.Split(names, ";") {
		// "Harbor Court (ORG)": an organisation; "(LOC)" a place; else a person
		n = strings.TrimSpace(n)
		typ := doc.EntPerson
		if name, ok := strings.CutSuffix(n, " (ORG)"); ok {
			n, typ = name, doc.EntOrg
		} else if name, ok := strings.CutSuffix(n, " (LOC)"); ok {
			n, typ = name, doc.EntLoc
		}
		d.Actors = append(d.Actors, doc.Actor{Name: n, Type: typ})
	}
	type pending struct {
		span  doc.Span
		actor int
	}
	var mentions []pending
	var quotes []doc.Quote
	var b strings.Builder
	body = strings.TrimRight(body, "\n")
	quoteStart := -1
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRuneInString(body[i:])
		switch r {
		case '[':
			end := strings.IndexByte(body[i:], ']')
			bar := strings.IndexByte(body[i:], '|')
			if end < 0 || bar < 0 || bar > end {
				return nil, fmt.Errorf("bad mention at %d", i)
			}
			actor, err := strconv.Atoi(body[i+bar+1 : i+end])
			if err != nil || actor < 0 || actor >= len(d.Actors) {
				return nil, fmt.Errorf("bad actor at %d", i)
			}
			start := b.Len()
			b.WriteString(body[i+1 : i+bar])
			mentions = append(mentions, pending{doc.Span{Start: start, End: b.Len()}, actor})
			i += end + 1
		case '⟦':
			quoteStart = b.Len()
			i += size
		case '⟧':
			if quoteStart < 0 {
				return nil, fmt.Errorf("⟧ without ⟦ at %d", i)
			}
			i += size
			speaker := -1
			if i < len(body) && body[i] == '?' {
				i++
			} else {
				j := i
				for j < len(body) && body[j] >= '0' && body[j] <= '9' {
					j++
				}
				n, err := strconv.Atoi(body[i:j])
				if err != nil || n >= len(d.Actors) {
					return nil, fmt.Errorf("bad speaker at %d", i)
				}
				speaker, i = n, j
			}
			quotes = append(quotes, doc.Quote{Kind: doc.QuoteIndirect, Span: doc.Span{Start: quoteStart, End: b.Len()},
				Speaker: speaker, SpeakerSpan: doc.NoSpan, Cue: doc.NoSpan, Outlet: doc.NoSpan})
			quoteStart = -1
		default:
			b.WriteString(body[i : i+size])
			i += size
		}
	}
	d.Text = b.String()
	text.Segment(d)
	for _, m := range mentions {
		kind := doc.MentionName
		if pronouns[strings.ToLower(d.Slice(m.span))] {
			kind = doc.MentionPronoun
		}
		d.AddMention(doc.Mention{Span: m.span, Type: d.Actors[m.actor].Type, Kind: kind, Actor: m.actor, Sentence: d.SentenceAt(m.span.Start)})
	}
	for qi := range quotes {
		q := &quotes[qi]
		if q.Start > 0 && strings.ContainsAny(d.Text[q.Start-1:q.Start], "\"“") {
			q.Kind = doc.QuoteDirect
			q.Quoted = []doc.Span{q.Span}
		}
		if q.Speaker < 0 {
			continue
		}
		si, best := d.SentenceAt(q.Start), -1
		for mi, m := range d.Mentions {
			if m.Actor != q.Speaker || q.Span.Contains(m.Span) || m.Sentence != si && d.SentenceAt(q.End-1) != m.Sentence {
				continue
			}
			if best < 0 || distance(m.Span, q.Span) < distance(d.Mentions[best].Span, q.Span) {
				best = mi
			}
		}
		if best >= 0 {
			q.SpeakerSpan = d.Mentions[best].Span
			q.Cue = cueBeside(d, q.SpeakerSpan)
		}
	}
	d.Quotes = quotes
	return d, nil
}

func distance(a, b doc.Span) int {
	if a.End <= b.Start {
		return b.Start - a.End
	}
	return a.Start - b.End
}

// cueBeside finds a verb of saying next to a speaker's span, or NoSpan.
func cueBeside(d *doc.Doc, sp doc.Span) doc.Span {
	k := d.TokenAt(sp.Start)
	for _, j := range []int{k + 1, k + 2, k - 1} {
		if j >= 0 && j < len(d.Tokens) && d.Tokens[j].Start >= sp.End || j == k-1 && j >= 0 {
			switch d.Tokens[j].Lower {
			case "said", "says", "told", "tells", "asked", "added", "reported", "wrote":
				return d.Tokens[j].Span
			}
		}
	}
	return doc.NoSpan
}
