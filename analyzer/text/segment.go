package text

import (
	"runtime"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
)

// Segment fills d.Paragraphs, d.Sentences and d.Tokens from d.Text.
func Segment(d *doc.Doc) {
	// about one token per 5.5 bytes of English news: sized once to avoid regrowth
	d.Paragraphs, d.Sentences, d.Tokens = nil, nil, make([]doc.Token, 0, len(d.Text)/5+16)
	for _, p := range splitParagraphs(d.Text) {
		pi := len(d.Paragraphs)
		first := len(d.Tokens)
		d.Tokens = Tokenize(d.Text, p.Start, p.End, d.Tokens)
		para := doc.Paragraph{Span: p, FirstSentence: len(d.Sentences)}
		toks := d.Tokens[first:]
		for _, sb := range splitSentences(toks) {
			s := doc.Sentence{
				Span:       doc.Span{Start: toks[sb[0]].Start, End: toks[sb[1]-1].End},
				Paragraph:  pi,
				FirstToken: first + sb[0],
				EndToken:   first + sb[1],
			}
			for k := s.FirstToken; k < s.EndToken; k++ {
				d.Tokens[k].Sentence = int32(len(d.Sentences))
			}
			d.Sentences = append(d.Sentences, s)
		}
		para.EndSentence = len(d.Sentences)
		d.Paragraphs = append(d.Paragraphs, para)
	}
	markHeadlines(d)
	runtime.Gosched() // let the collector mark (one thread in wasm: see analyzer.yieldToCollector)
	Annotate(d)
}

// splitParagraphs returns the non-blank paragraphs, trimmed of white space. Blank lines
// always separate paragraphs; single line breaks do too, unless the text is hard-wrapped
// (most lines of similar width, ending mid-sentence), as old wire copy and e-mail are.
func splitParagraphs(s string) []doc.Span {
	wrapped := isHardWrapped(s)
	var out []doc.Span
	start := 0
	add := func(a, b int) {
		for a < b {
			r, size := utf8.DecodeRuneInString(s[a:])
			if !unicode.IsSpace(r) {
				break
			}
			a += size
		}
		for b > a {
			r, size := utf8.DecodeLastRuneInString(s[:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= size
		}
		if b > a {
			out = append(out, doc.Span{Start: a, End: b})
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		if wrapped && !blankLineFollows(s, i+1) {
			continue
		}
		add(start, i)
		start = i + 1
	}
	add(start, len(s))
	return out
}

// blankLineFollows reports whether the line starting at i is blank.
func blankLineFollows(s string, i int) bool {
	for ; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

func isHardWrapped(s string) bool {
	lines := strings.Split(s, "\n")
	if len(lines) < 6 {
		return false
	}
	var n, mid, open int
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		n++
		w := utf8.RuneCountInString(l)
		if w >= 40 && w <= 100 {
			mid++
		}
		last, _ := utf8.DecodeLastRuneInString(l)
		if !strings.ContainsRune(`.!?"”:'’)`, last) {
			open++
		}
	}
	return n >= 5 && mid*10 >= n*7 && open*2 >= n
}

// sentenceStarters are words that, capitalised after an abbreviation ("in the U.S. The
// talks"), begin a new sentence.
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an he she it they we i you his her its their our this that these those there
		but and or so yet if when while after before as in on at for by to from with however meanwhile still also then
		some many most no not one two mr mrs ms dr`) {
		sentenceStarters[w] = true
	}
}

// splitSentences returns [first, end) token ranges of the sentences in toks.
func splitSentences(toks []doc.Token) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(toks); i++ {
		end := sentenceEndAt(toks, i)
		if end > 0 {
			out = append(out, [2]int{start, end})
			start = end
			i = end - 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// sentenceEndAt returns the end (exclusive token index) of a sentence whose final mark
// is toks[i], or 0 when toks[i] does not end a sentence.
func sentenceEndAt(toks []doc.Token, i int) int {
	t := toks[i]
	abbrev := false
	switch {
	case t.Norm == "." || t.Norm == "!" || t.Norm == "?" || t.Norm == "...":
	case t.Kind == doc.TokWord && strings.HasSuffix(t.Norm, ".") && len(t.Norm) > 1:
		if IsTitleAbbreviation(t.Norm) {
			return 0
		}
		abbrev = true
	default:
		return 0
	}
	// closing quotes and brackets after the mark belong to this sentence
	j := i + 1
	for j < len(toks) && (closesAfterMark(toks[j]) || toks[j].Norm == "!" || toks[j].Norm == "?" || toks[j].Norm == ".") && !toks[j].SpaceBefore {
		j++
	}
	if j >= len(toks) {
		return 0 // the paragraph's end closes it anyway
	}
	next := toks[j]
	if !next.SpaceBefore {
		return 0 // "3.5", "Yahoo!Inc"
	}
	if !startsSentence(toks, j) && (abbrev || !strayTail(toks[j:])) {
		return 0
	}
	if abbrev {
		w := next.Lower
		if next.Kind == doc.TokQuote && j+1 < len(toks) {
			w = toks[j+1].Lower
		}
		if !sentenceStarters[w] {
			return 0
		}
	}
	if t.Norm == "..." && !startsSentence(toks, j) {
		return 0
	}
	return j
}

// strayTail reports whether the tokens after a full stop, up to the paragraph's end, are
// a stray fragment rather than more of the sentence: at most 3 tokens with no sentence
// mark of their own ("He agreed. #", "He agreed. é"). Left in the sentence, they would
// make its final stop an inner one. A quotation mark there stays: it may close a quote.
func strayTail(toks []doc.Token) bool {
	if len(toks) > 3 || toks[0].Kind == doc.TokQuote {
		return false
	}
	for _, t := range toks {
		if t.Norm == "." || t.Norm == "!" || t.Norm == "?" || t.Norm == "..." || strings.HasSuffix(t.Norm, ".") {
			return false
		}
	}
	return true
}

func closesAfterMark(t doc.Token) bool {
	if t.Kind == doc.TokQuote {
		return t.Quote == doc.QuoteClose || t.Quote == doc.QuoteEither
	}
	return t.Norm == ")" || t.Norm == "]"
}

// startsSentence reports whether toks[j] can open a sentence: a capital letter, a digit,
// or an opening quote or bracket before one.
func startsSentence(toks []doc.Token, j int) bool {
	t := toks[j]
	if t.Kind == doc.TokQuote || t.Norm == "(" || t.Norm == "[" {
		if j+1 >= len(toks) {
			return false
		}
		t = toks[j+1]
	}
	r, _ := utf8.DecodeRuneInString(t.Norm)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.Is(unicode.Lo, r)
}

// markHeadlines flags title lines: sentences alone in their paragraph that end without
// sentence punctuation and are short (at most 20 tokens), such as a headline or subhead.
func markHeadlines(d *doc.Doc) {
	for _, p := range d.Paragraphs {
		if p.EndSentence-p.FirstSentence != 1 {
			continue
		}
		s := &d.Sentences[p.FirstSentence]
		n := s.EndToken - s.FirstToken
		last := d.Tokens[s.EndToken-1].Norm
		if n <= 20 && !strings.ContainsAny(last, `.!?:;,"'`) {
			s.Headline = true
		}
	}
}
