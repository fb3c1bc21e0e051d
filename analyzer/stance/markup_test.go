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
	d, err := markupActors(header)
	if err != nil {
		return nil, err
	}
	r := markupReader{d: d, body: strings.TrimRight(body, "\n"), quoteStart: -1}
	if err := r.read(); err != nil {
		return nil, err
	}
	d.Text = r.b.String()
	text.Segment(d)
	r.addMentions()
	for qi := range r.quotes {
		attributeMarkupQuote(d, &r.quotes[qi])
	}
	d.Quotes = r.quotes
	return d, nil
}

// markupActors reads "# actors: Maria Lopez; Harbor Court (ORG)" into a Doc's actors.
func markupActors(header string) (*doc.Doc, error) {
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
	return d, nil
}

type markupMention struct {
	span  doc.Span
	actor int
}

// markupReader strips the markers from the body, keeping the mentions and quotes they
// mark as spans of the text written so far (b).
type markupReader struct {
	d          *doc.Doc
	body       string
	b          strings.Builder
	mentions   []markupMention
	quotes     []doc.Quote
	quoteStart int // byte offset in b of the open ⟦, -1 when none is open
}

func (r *markupReader) read() error {
	for i := 0; i < len(r.body); {
		c, size := utf8.DecodeRuneInString(r.body[i:])
		var err error
		switch c {
		case '[':
			i, err = r.mention(i)
		case '⟦':
			r.quoteStart = r.b.Len()
			i += size
		case '⟧':
			i, err = r.quoteEnd(i, size)
		default:
			r.b.WriteString(r.body[i : i+size])
			i += size
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// mention reads "[words|N]" at i and returns the offset after it.
func (r *markupReader) mention(i int) (int, error) {
	end := strings.IndexByte(r.body[i:], ']')
	bar := strings.IndexByte(r.body[i:], '|')
	if end < 0 || bar < 0 || bar > end {
		return 0, fmt.Errorf("bad mention at %d", i)
	}
	actor, err := strconv.Atoi(r.body[i+bar+1 : i+end])
	if err != nil || actor < 0 || actor >= len(r.d.Actors) {
		return 0, fmt.Errorf("bad actor at %d", i)
	}
	start := r.b.Len()
	r.b.WriteString(r.body[i+1 : i+bar])
	r.mentions = append(r.mentions, markupMention{doc.Span{Start: start, End: r.b.Len()}, actor})
	return i + end + 1, nil
}

// quoteEnd reads "⟧N" or "⟧?" at i (the bracket size bytes long) and closes the quote.
func (r *markupReader) quoteEnd(i, size int) (int, error) {
	if r.quoteStart < 0 {
		return 0, fmt.Errorf("⟧ without ⟦ at %d", i)
	}
	i += size
	speaker := -1
	if i < len(r.body) && r.body[i] == '?' {
		i++
	} else {
		j := i
		for j < len(r.body) && r.body[j] >= '0' && r.body[j] <= '9' {
			j++
		}
		n, err := strconv.Atoi(r.body[i:j])
		if err != nil || n >= len(r.d.Actors) {
			return 0, fmt.Errorf("bad speaker at %d", i)
		}
		speaker, i = n, j
	}
	r.quotes = append(r.quotes, doc.Quote{Kind: doc.QuoteIndirect, Span: doc.Span{Start: r.quoteStart, End: r.b.Len()},
		Speaker: speaker, SpeakerSpan: doc.NoSpan, Cue: doc.NoSpan, Outlet: doc.NoSpan})
	r.quoteStart = -1
	return i, nil
}

// addMentions adds the marked mentions once the text is segmented (a mention needs its sentence).
func (r *markupReader) addMentions() {
	d := r.d
	for _, m := range r.mentions {
		kind := doc.MentionName
		if pronouns[strings.ToLower(d.Slice(m.span))] {
			kind = doc.MentionPronoun
		}
		d.AddMention(doc.Mention{Span: m.span, Type: d.Actors[m.actor].Type, Kind: kind, Actor: m.actor, Sentence: d.SentenceAt(m.span.Start)})
	}
}

// attributeMarkupQuote makes a quote opened by a quotation mark direct, and gives an
// attributed one its speaker's nearest mention outside it in its sentences and the cue beside it.
func attributeMarkupQuote(d *doc.Doc, q *doc.Quote) {
	if q.Start > 0 && strings.ContainsAny(d.Text[q.Start-1:q.Start], "\"“") {
		q.Kind = doc.QuoteDirect
		q.Quoted = []doc.Span{q.Span}
	}
	if q.Speaker < 0 {
		return
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
