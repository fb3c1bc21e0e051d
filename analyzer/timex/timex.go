// Package timex finds temporal expressions, normalises them to TIMEX3 values and orders
// the events they anchor.
//
// Recognition is a token grammar over a paragraph's pieces (tokens, with hyphenated
// ones split): cores read one kind of expression each (dates, quarters, durations, ...),
// the longest wins, modifiers ("late", "about", "the end of") wrap them. Normalisation
// anchors deictic expressions to the reference date (Doc.RefDate) and anaphoric ones
// ("the next day", "a year earlier") to the narrative's focus, the last date mentioned.
// Without a reference date, unknown parts stay X and the value is marked unresolved.
package timex

import (
	"lede/analyzer/doc"
)

// Find fills d.Timexes.
func Find(d *doc.Doc) error {
	d.Timexes = d.Timexes[:0]
	if n := len(d.Sentences); cap(d.Timexes) < n/4 {
		d.Timexes = make([]doc.Timex, 0, n/4) // about one expression every four sentences in news
	}
	ctx := anchorCtx{}
	if ref, ok := parseRef(d.RefDate); ok {
		ctx.ref, ctx.hasRef = ref, true
	}
	var ps []piece
	var ms []match
	g := &parser{d: d}
	// a paragraph at a time, because the sentence splitter may cut "Oct. | 23"; a huge
	// paragraph (a paste without blank lines) in chunks of whole sentences, so that the
	// pieces stay small
	for _, chunk := range chunks(d) {
		ps = appendPieces(d, chunk[0], chunk[1], ps[:0])
		g.ps = ps
		ms = g.scan(ms[:0])
		skipFocusAt := -1 // the day that ends a period just read ("the quarter ended Sept. 30")
		for _, m := range ms {
			if m.start >= m.end || m.end > len(ps) {
				continue
			}
			ctx.future, ctx.past = clauseTense(ps, m.start, m.end)
			ctx.habit = habitual(ps, m.start)
			ctx.present = presentBefore(ps, m.start)
			r := resolve(m.s, &ctx)
			t := doc.Timex{
				Span: doc.Span{Start: ps[m.start].Start, End: ps[m.end-1].End},
				Type: m.s.typ, Value: r.value, Mod: m.s.mod, Quant: m.s.quant,
				Resolved: r.ok, Anchor: r.anchor,
			}
			if m.s.kind == kLiteral {
				t.Value, t.Resolved = m.s.literal(), true
			}
			if r.lengthOnly && m.end-2 >= m.start {
				// "just over an hour later": the duration, "later" left out of the span; it
				// anchors nothing
				t.Type, t.Span.End = doc.TimexDuration, ps[m.end-2].End
				if t.Span.Valid(len(d.Text)) {
					d.Timexes = append(d.Timexes, t)
				}
				continue
			}
			if !t.Span.Valid(len(d.Text)) {
				continue
			}
			d.Timexes = append(d.Timexes, t)
			if m.start == skipFocusAt {
				continue // the period it ends stays the focus
			}
			if m.s.endsOn != nil || (m.s.kind == kLiteral || r.gran == doc.GranQuarter) && endsAt(ps, m.end) {
				skipFocusAt = m.end + 1
			}
			ctx.moveFocus(m, r, t, endsAt(ps, m.end))
		}
	}
	return nil
}

// moveFocus makes the expression just read the narrative's focus, when it names a
// calendar point one can count from, and notes the quarter a financial text reports on.
// endsOn: a period's end day follows the expression ("the fourth quarter ended Sept. 30").
func (ctx *anchorCtx) moveFocus(m match, r resolved, t doc.Timex, endsOn bool) {
	if m.s.periodFocus && (ctx.hasFocus && ctx.focus.known() || ctx.hasRef) {
		// "for the nine months": the year is now in focus
		y := ctx.ref.y // a report's year to date
		if !ctx.hasRef {
			y = ctx.focus.y
		}
		ctx.focus, ctx.hasFocus, ctx.ytd = point{gran: doc.GranYear, y: y}, true, true
	}
	backwards := m.s.kind == kAnaphoric && m.s.n < 0 // "a year earlier" looks back from the focus: it stays
	if !r.ok && r.p.y == 0 && r.p.m > 0 && r.p.d > 0 && r.gran >= doc.GranDay && !backwards {
		ctx.focus, ctx.hasFocus, ctx.ytd = r.p, true, false // a day without its year still anchors "the next day"
	}
	if !r.hasPoint || !r.ok || m.s.quarterFocus || backwards || t.Type != doc.TimexDate && t.Type != doc.TimexTime || r.gran < doc.GranYear {
		return
	}
	ctx.focus, ctx.hasFocus, ctx.ytd = r.p, true, false
	// a quarter reported on (a verb in the past tense) that is not over yet by the
	// calendar must be a fiscal one ("reported a decline in fourth-quarter earnings" on
	// Nov. 2)
	over := !ctx.hasRef || r.p.before(ctx.ref.at(doc.GranQuarter))
	if fiscal := m.s.fiscal || m.s.endsOn != nil || endsOn || ctx.past && !over; r.gran == doc.GranQuarter && !r.p.half && (m.s.kind == kAbs || m.s.endsOn != nil) && ctx.reportable(r.p, fiscal) {
		ctx.quarter, ctx.quarterFiscal = r.p, fiscal
	}
}

// endsAt says whether a period's end day follows piece k ("the fourth quarter ended
// Sept. 30"): a fiscal period, named by the company's own count.
func endsAt(ps []piece, k int) bool {
	return k < len(ps) && (ps[k].l == "ended" || ps[k].l == "ending")
}

// maxChunkTokens bounds the tokens read at once (pieces are ~90 bytes each).
const maxChunkTokens = 4096

// chunks returns token ranges [first, end) to read: paragraphs, cut between sentences
// when longer than maxChunkTokens.
func chunks(d *doc.Doc) [][2]int {
	var out [][2]int
	for _, p := range d.Paragraphs {
		for s := p.FirstSentence; s < p.EndSentence; {
			first := d.Sentences[s].FirstToken
			e := s + 1
			for e < p.EndSentence && d.Sentences[e].EndToken-first <= maxChunkTokens {
				e++
			}
			out = append(out, [2]int{first, d.Sentences[e-1].EndToken})
			s = e
		}
	}
	return out
}
