package doc

// Paragraph is a block of text separated from the next by a blank line or, in text
// pasted with single line breaks, by a line break.
type Paragraph struct {
	Span
	FirstSentence, EndSentence int // sentences [FirstSentence, EndSentence)
}

// Sentence is one sentence; a headline or standfirst line without a full stop is its own.
type Sentence struct {
	Span
	Paragraph            int
	FirstToken, EndToken int  // tokens [FirstToken, EndToken)
	Headline             bool // a title line (first paragraph, no final punctuation)
}

// TokenKind classifies a token.
type TokenKind uint8

const (
	TokWord   TokenKind = iota // letters, possibly with inner apostrophes, hyphens, dots (U.S.)
	TokNumber                  // digits, possibly with , . : inside (1,000  3.5  15:00)
	TokPunct                   // any other single punctuation mark or symbol
	TokQuote                   // a quotation mark of any style: " “ ” „ « » ' ‘ ’ ‚ ‹ ›
	TokDash                    // - – — used as a dash (not inside a word)
)

func (k TokenKind) String() string {
	return [...]string{"word", "number", "punct", "quote", "dash"}[k]
}

// QuoteRole says whether a quotation mark can open, close, or both.
type QuoteRole uint8

const (
	QuoteNone QuoteRole = iota
	QuoteOpen
	QuoteClose
	QuoteEither // straight marks: position decides
)

// Token is one token with its normalised forms and its part of speech. The small fields
// come last, packed together: a document holds a Token per word, so padding costs memory
// (64 bytes; Sentence is an int32 so that POS and Class fit in them).
type Token struct {
	Span
	// Norm is the token with typographic variants folded: curly and angled double
	// quotes -> ", single quotes and apostrophes -> ', dashes -> "-", ellipsis -> "...".
	// Case is kept.
	Norm string
	// Lower is Norm in lower case.
	Lower    string
	Sentence int32
	// Class is the word's closed classes (determiner, pronoun, month ...), from one list.
	Class WordClass
	Kind  TokenKind
	Quote QuoteRole // for TokQuote: which way the mark can face
	// POS is the part of speech the tagger gave the token in its sentence.
	POS    POS
	Single bool // for TokQuote: a single mark (' ‘ ’ ‹ ›)
	// SpaceBefore is true when white space (or the start of the text) precedes the token.
	SpaceBefore bool
}
