package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

var chunkTypes = [5]doc.EntityType{doc.EntNone, doc.EntPerson, doc.EntOrg, doc.EntLoc, doc.EntMisc}

// Recognize tags named mentions into d.Mentions (kind name, unresolved), sorted by Start.
func Recognize(d *doc.Doc) error {
	found := d.Mentions[:0]
	if len(d.Sentences) == 0 {
		d.SetMentions(found)
		return nil
	}
	m, lex, err := load()
	if err != nil {
		return err
	}
	sents := make([]Sentence, len(d.Sentences))
	words := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		words[i] = t.Norm
	}
	for i, s := range d.Sentences {
		w := words[s.FirstToken:s.EndToken]
		sents[i] = Sentence{Words: w, Case: classifyCase(w), Headline: s.Headline}
		if s.Headline && sents[i].Case == CaseNormal && len(w) >= 3 && mostlyCapitalised(w) {
			sents[i].Case = CaseTitle
		}
	}
	tags := m.TagDocument(lex, sents)
	for si, s := range d.Sentences {
		toks := d.Tokens[s.FirstToken:s.EndToken]
		markup := markupTokens(toks)
		for _, c := range Chunks(tags[si]) {
			for _, clean := range withoutMarkup(markup, c.Start, c.End) {
				for _, part := range splitChunk(toks, sents[si].Lowered, clean[0], clean[1]) {
					a, b := trimChunk(toks, part[0], part[1], c.Type)
					if a >= b {
						continue
					}
					found = append(found, doc.Mention{
						Span:     doc.Span{Start: toks[a].Start, End: toks[b-1].End},
						Type:     chunkTypes[c.Type],
						Kind:     doc.MentionName,
						Actor:    -1,
						Sentence: si,
					})
				}
			}
		}
	}
	d.SetMentions(found)
	splitHeadlineNames(d, sents)
	return nil
}

// mostlyCapitalised reports whether more than half the words with letters start with a
// capital: a Title Case headline whose short words stayed lower case.
func mostlyCapitalised(words []string) bool {
	n, c := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			c++
		}
	}
	return n > 0 && c*2 > n
}

// trimChunk keeps titles, honorifics, possessive endings and stray punctuation out of a
// name's tokens [a, b): "President Volodymyr Zelensky" -> "Volodymyr Zelensky".
func trimChunk(toks []doc.Token, a, b, typ int) (int, int) {
	for a < b && (toks[a].Kind == doc.TokPunct || toks[a].Kind == doc.TokQuote || toks[a].Kind == doc.TokDash) {
		a++
	}
	for b > a && (toks[b-1].Kind == doc.TokPunct && !closesBracket(toks, a, b-1) || toks[b-1].Kind == doc.TokQuote || toks[b-1].Kind == doc.TokDash || isPossessive(toks[b-1].Lower)) {
		b--
	}
	if b-a >= 2 && toks[a].Lower == "the" && typ != 3 {
		a++ // "The Ministry added": the article is not part of the name ("The Hague" is)
	}
	if typ == 1 { // PER: titles before the name
		for a+1 < b && IsTitle(toks[a].Lower) {
			a++
		}
	} else { // "US Ambassador": the role is not part of the country or organisation
		for b-1 > a && roleHeads[toks[b-1].Lower] && (typ != 2 || b < len(toks) && startsCapitalised(toks[b])) {
			b--
		}
	}
	return a, b
}

func isPossessive(l string) bool { return l == "'s" || l == "'" }

// closesBracket reports whether token i is a closing bracket opened inside [a, i):
// "Zeleznik ( B )" keeps its bracket.
func closesBracket(toks []doc.Token, a, i int) bool {
	if toks[i].Norm != ")" {
		return false
	}
	for k := a; k < i; k++ {
		if toks[k].Norm == "(" {
			return true
		}
	}
	return false
}

// innerNameWords are the function words an organisation's or a place's name may hold in
// lower case ("Bank of England", "Stratford-upon-Avon", "AT&T"); the particles of
// personal names ("van", "bin", "de") are the language layer's name particles.
var innerNameWords = set("of", "and", "the", "for", "on", "upon", "in", "at", "&", "'s", "st.")

// inNameWord: a lower-case word that may stand inside a name.
func inNameWord(t *doc.Token) bool {
	return innerNameWords[t.Lower] || text.Is(t.Lower, doc.ClassNameParticle)
}

// splitChunk splits a tagged chunk at lower-case words that cannot be inside a name,
// dropping those words: a verb the tagger swallowed, written in lower case or, in a
// Title Case headline, one the document itself writes in lower case ("Putin Says
// Wagner ..." with "says" in the text). News' general habits are not enough there:
// "Guy Forget", "Dionne Rose" are names made of common words.
func splitChunk(toks []doc.Token, lowered []lowering, a, b int) [][2]int {
	var out [][2]int
	start := a
	for i := a; i < b; i++ {
		t := toks[i]
		if listComma(toks, i, b) {
			// "RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group": a list, not a name
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Norm)
		if t.Kind == doc.TokWord && (unicode.IsLower(r) || lowered != nil && lowered[i] == lowerInDoc) && !inNameWord(&t) && !strings.ContainsAny(t.Norm, "-.") {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	if start < b {
		out = append(out, [2]int{start, b})
	}
	return out
}

// listComma reports whether token i (inside a chunk ending at b) is a comma between two
// names rather than inside one: it is, unless a legal form (the text layer's word class)
// or one of nameAfterComma follows it ("Ferris, Baker Watts, Inc."; "Washington,
// D.C."). Names with a comma inside are 14 of CoNLL-2003 train's 23,499.
func listComma(toks []doc.Token, i, b int) bool {
	if toks[i].Norm != "," || i+1 >= b {
		return false
	}
	next := toks[i+1]
	return !next.Class.Has(doc.ClassLegalSuffix) && !nameAfterComma[next.Lower]
}

// nameAfterComma are the words besides legal forms that a name may put after a comma.
var nameAfterComma = set("co", "d.c.", "jr", "jr.", "sr", "sr.")

func startsCapitalised(t doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Norm)
	return unicode.IsUpper(r)
}
