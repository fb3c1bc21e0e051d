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
	g := &parser{}
	// a paragraph at a time, because the sentence splitter may cut "Oct. | 23"; a huge
	// paragraph (a paste without blank lines) in chunks of whole sentences, so that the
	// pieces stay small
	for _, chunk := range chunks(d) {
		ps = appendPieces(d, chunk[0], chunk[1], ps[:0])
		g.ps = ps
		ms = g.scan(ms[:0])
		for _, m := range ms {
			if m.start >= m.end || m.end > len(ps) {
				continue
			}
			ctx.future = futureClause(ps, m.start, m.end)
			ctx.past = !ctx.future && pastClause(ps, m.start, m.end)
			r := resolve(m.s, &ctx)
			t := doc.Timex{
				Span: doc.Span{Start: ps[m.start].Start, End: ps[m.end-1].End},
				Type: m.s.typ, Value: r.value, Mod: m.s.mod, Quant: m.s.quant,
				Resolved: r.ok, Anchor: r.anchor, Gran: r.gran,
			}
			if m.s.kind == kLiteral {
				t.Value, t.Gran, t.Resolved = m.s.value, doc.GranUnknown, true
			}
			if !t.Span.Valid(len(d.Text)) {
				continue
			}
			d.Timexes = append(d.Timexes, t)
			if !r.ok && r.p.y == 0 && r.p.m > 0 && r.p.d > 0 && r.gran >= doc.GranDay && !(m.s.kind == kAnaphoric && m.s.n < 0) {
				ctx.focus, ctx.hasFocus = r.p, true // a day without its year still anchors "the next day"
			}
			if r.hasPoint && r.ok && !m.s.quarterFocus && !(m.s.kind == kAnaphoric && m.s.n < 0) && (t.Type == doc.TimexDate || t.Type == doc.TimexTime) && r.gran >= doc.GranYear {
				ctx.focus, ctx.hasFocus = r.p, true
				if r.gran == doc.GranQuarter && !r.p.half && m.s.kind == kAbs {
					ctx.quarter = r.p
				}
			}
		}
	}
	return nil
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

// futureClause says whether the words around pieces [start, end) (within the sentence,
// a few words each way) speak of the future: "will", "next", "is to", "as soon as".
func futureClause(ps []piece, start, end int) bool {
	for k := start - 1; k >= 0 && k >= start-8; k-- {
		if sentenceMark(ps[k].l) {
			break
		}
		if futureWord(ps, k) {
			return true
		}
	}
	for k := end; k < len(ps) && k < end+5; k++ {
		if sentenceMark(ps[k].l) {
			break
		}
		if futureWord(ps, k) {
			return true
		}
	}
	return false
}

// pastClause says whether a verb in the past tense stands near pieces [start, end).
func pastClause(ps []piece, start, end int) bool {
	for k := start - 1; k >= 0 && k >= start-8; k-- {
		if sentenceMark(ps[k].l) {
			break
		}
		if pastWord(ps[k]) {
			return true
		}
	}
	for k := end; k < len(ps) && k < end+6; k++ {
		if sentenceMark(ps[k].l) {
			break
		}
		if pastWord(ps[k]) {
			return true
		}
	}
	return false
}

// pastWord: an auxiliary or a common verb in the past tense, or a regular -ed form.
func pastWord(p piece) bool {
	switch p.l {
	case "was", "were", "had", "did", "said", "told", "began", "rose", "fell", "came", "went",
		"took", "made", "bought", "sold", "brought", "won", "lost", "left", "met", "saw", "ago",
		"gave", "got", "held", "led", "ran", "sent", "spoke", "wrote", "paid", "put", "set", "hit":
		return true
	case "expected", "scheduled", "planned", "proposed", "need", "red", "bed", "shed", "speed":
		return false
	}
	return len(p.l) > 4 && p.l[len(p.l)-2:] == "ed" && p.kind == doc.TokWord && !p.capitalised()
}

func sentenceMark(w string) bool { return w == "." || w == ";" || w == "?" || w == "!" }

// futureWord says whether piece k marks the future.
func futureWord(ps []piece, k int) bool {
	switch ps[k].l {
	case "will", "'ll", "shall", "wo", "won't", "next", "scheduled", "upcoming", "until", "plans", "planned":
		return true
	case "to":
		if k > 0 {
			switch ps[k-1].l {
			case "is", "are", "set", "due", "expected", "scheduled", "going":
				return true
			}
		}
	case "as":
		return k+2 < len(ps) && (ps[k+1].l == "soon" || ps[k+1].l == "early") && ps[k+2].l == "as"
	}
	return false
}
