package quote

import (
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
)

// segment is one run of text between quotation marks.
type segment struct {
	// open and openEnd are the first and last tokens of the opening mark (two tokens for
	// a doubled apostrophe ''), close and closeEnd those of the closing mark; close is
	// -1 when the mark is missing.
	open, openEnd   int
	close, closeEnd int
	inner           doc.Span // the words inside the marks, trimmed of white space
	// stop is the token where the quoted words stop: the closing mark, or for an
	// unclosed segment the next opening mark or the paragraph's end.
	stop int
	para int
	// cont is true for a paragraph that opens with a mark while the previous paragraph's
	// quotation was left open: the same quotation running on (English multi-paragraph style).
	cont bool
	// runsOn is true when the quotation is left open at the paragraph's end and continues
	// in the next paragraph.
	runsOn bool
}

// mark is one double quotation mark: tokens [first, last].
type mark struct {
	first, last int
	role        doc.QuoteRole
	text        string // the mark as written, for „...“ pairs
}

// markAt reads a double quotation mark at toks[i]: a double mark (" “ ” „ « ») or two
// apostrophes written as one (” in some wire copy). ok is false for anything else.
func markAt(d *doc.Doc, toks []doc.Token, i int) (mark, bool) {
	t := toks[i]
	if t.Kind == doc.TokQuote && !t.Single {
		return mark{first: i, last: i, role: markFacing(toks, i), text: d.Text[t.Start:t.End]}, true
	}
	if isApostropheMark(d, t) && i+2 < len(toks) && isApostropheMark(d, toks[i+1]) && isApostropheMark(d, toks[i+2]) &&
		!toks[i+1].SpaceBefore && !toks[i+2].SpaceBefore && !t.SpaceBefore {
		// three apostrophes after a word close a nested single quotation, then the
		// double one: the pair is the last two
		return mark{}, false
	}
	if isApostropheMark(d, t) && i+1 < len(toks) && isApostropheMark(d, toks[i+1]) && !toks[i+1].SpaceBefore {
		m := mark{first: i, last: i + 1, role: doc.QuoteEither, text: "''"}
		spaceAfter := i+2 >= len(toks) || toks[i+2].SpaceBefore
		switch {
		case t.SpaceBefore && !spaceAfter:
			m.role = doc.QuoteOpen
		case !t.SpaceBefore && spaceAfter:
			m.role = doc.QuoteClose
		}
		return m, true
	}
	return mark{}, false
}

// straightMark reports whether a mark is typed straight (" or ”) rather than curly or
// angled: a quotation in one style may hold a quotation in the other.
func straightMark(text string) bool { return text == `"` || text == "''" || text == "＂" }

func isApostropheMark(d *doc.Doc, t doc.Token) bool {
	return t.End-t.Start == 1 && d.Text[t.Start] == '\''
}

// markFacing decides whether a double quotation mark opens or closes, from its shape and,
// for straight marks, from the white space around it.
func markFacing(toks []doc.Token, i int) doc.QuoteRole {
	t := toks[i]
	spaceAfter := i+1 >= len(toks) || toks[i+1].SpaceBefore
	if t.Quote != doc.QuoteEither {
		// a curly mark of the wrong shape ("...,“ said") faces as its spacing says
		if t.Quote == doc.QuoteOpen && !t.SpaceBefore && spaceAfter && i > 0 {
			return doc.QuoteClose
		}
		if t.Quote == doc.QuoteClose && t.SpaceBefore && !spaceAfter {
			return doc.QuoteOpen
		}
		return t.Quote
	}
	switch {
	case t.SpaceBefore && !spaceAfter:
		return doc.QuoteOpen
	case !t.SpaceBefore && spaceAfter:
		return doc.QuoteClose
	}
	if i > 0 && (toks[i-1].Norm == "(" || toks[i-1].Norm == "[" || toks[i-1].Kind == doc.TokDash) {
		return doc.QuoteOpen
	}
	return doc.QuoteEither
}

// pairMarks finds the quoted segments of every paragraph. Marks pair within a paragraph;
// a quotation left open at a paragraph's end runs on only when the next paragraph opens
// with a mark; otherwise it ends with its paragraph, so that one stray mark never
// swallows the rest of the article.
func pairMarks(d *doc.Doc) []segment {
	var segs []segment
	prevRunsOn := false
	for pi, p := range d.Paragraphs {
		if p.FirstSentence >= p.EndSentence {
			prevRunsOn = false
			continue
		}
		lo, hi := d.Sentences[p.FirstSentence].FirstToken, d.Sentences[p.EndSentence-1].EndToken
		toks := d.Tokens[lo:hi]
		var open mark
		isOpen, cont := false, false
		nested := 0 // curly quotations nested inside a straight one
		for i := 0; i < len(toks); i++ {
			m, ok := markAt(d, toks, i)
			if !ok {
				continue
			}
			i = m.last
			if isOpen && straightMark(open.text) != straightMark(m.text) {
				// "... the question: “Do you ...?” ...": marks of another style inside a
				// quotation are a quotation within it
				if m.role == doc.QuoteOpen {
					nested++
					continue
				}
				if m.role == doc.QuoteClose && nested > 0 {
					nested--
					continue
				}
			}
			if !isOpen {
				if m.role == doc.QuoteClose {
					continue // a stray closing mark
				}
				open, isOpen, cont = m, true, m.first == 0 && prevRunsOn
				continue
			}
			role := m.role
			if open.text == "„" && m.text == "“" {
				role = doc.QuoteClose // German „...“: the high mark closes
			}
			if role == doc.QuoteOpen && toks[m.first].Quote == doc.QuoteOpen && toks[open.first].Quote == doc.QuoteOpen {
				// two curly openers in a row: the first was never closed; end it here
				segs = append(segs, newSegment(d, lo, open, mark{first: -1}, m.first, pi, cont))
				open, cont = m, false
				continue
			}
			segs = append(segs, newSegment(d, lo, open, m, m.first, pi, cont))
			isOpen, nested = false, 0
		}
		prevRunsOn = false
		if isOpen {
			s := newSegment(d, lo, open, mark{first: -1}, len(toks), pi, cont)
			// the quotation runs on when the next paragraph opens with a mark
			if pi+1 < len(d.Paragraphs) && paragraphOpensWithMark(d, pi+1) && open.last < len(toks)-1 {
				s.runsOn = true
				prevRunsOn = true
			}
			segs = append(segs, s)
		}
	}
	return segs
}

func paragraphOpensWithMark(d *doc.Doc, pi int) bool {
	p := d.Paragraphs[pi]
	if p.FirstSentence >= p.EndSentence {
		return false
	}
	lo, hi := d.Sentences[p.FirstSentence].FirstToken, d.Sentences[p.EndSentence-1].EndToken
	toks := d.Tokens[lo:hi]
	m, ok := markAt(d, toks, 0)
	return ok && len(toks) > m.last+1 && m.role != doc.QuoteClose
}

// newSegment builds a segment from paragraph-relative marks (close.first < 0 when the
// closing mark is missing); end is the index where the quoted words stop.
func newSegment(d *doc.Doc, lo int, open, close mark, end, para int, cont bool) segment {
	s := segment{open: lo + open.first, openEnd: lo + open.last, close: -1, closeEnd: -1, stop: lo + end, para: para, cont: cont}
	if close.first >= 0 {
		s.close, s.closeEnd = lo+close.first, lo+close.last
	}
	start := d.Tokens[s.openEnd].End
	stop := start
	if lo+end-1 > s.openEnd {
		stop = d.Tokens[lo+end-1].End
	}
	s.inner = trimSpan(d.Text, doc.Span{Start: start, End: stop})
	return s
}

// trimSpan removes white space at both ends of a span.
func trimSpan(text string, s doc.Span) doc.Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}

// paragraphEndToken returns the end token (exclusive) of paragraph pi.
func paragraphEndToken(d *doc.Doc, pi int) int {
	p := d.Paragraphs[pi]
	return d.Sentences[p.EndSentence-1].EndToken
}
