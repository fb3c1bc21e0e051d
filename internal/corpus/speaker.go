package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// The speaker rules of the quote scorer (QuoteScore): strict and lenient. A gold source is a phrase ("Apple chief
// Tim Cook", "Steven Theede, Yukos chief executive", "a spokesman for the campaign"); the
// speaker it names is its head word: the last word before the first comma, relative
// pronoun or preposition (or a dash, colon or opening parenthesis, which set off an
// apposition as a comma does). A predicted speaker is right only when its actor has a
// mention on that word, so "Apple" no longer passes for "Apple chief Tim Cook". Where
// the head word is lower case (a role noun, "the spokesman"; a pronoun, "she") the
// name is elsewhere or nowhere, and the lenient rule (any overlap with the source)
// decides.

// headStop reports whether a lower-case word ends the part of a source that holds its
// head word: a relative pronoun or a preposition (the analyzer's word classes).
func headStop(lower string) bool {
	return text.ClassOf(lower).Any(doc.ClassRelative | doc.ClassPreposition)
}

// titlesWithOf keep an "of" inside a title ("Secretary of State John Kerry", "Chief of
// Staff Denis McDonough"): there the name after it is the head.
var titlesWithOf = map[string]bool{
	"secretary": true, "director": true, "chief": true, "president": true, "minister": true,
	"chairman": true, "chairwoman": true, "governor": true, "mayor": true, "speaker": true,
	"leader": true, "head": true, "commissioner": true, "attorney": true, "member": true,
}

// nameSuffixes follow a surname without being the head ("Donald Trump Jr.").
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// headPronouns are capitalised pronouns that still call for the lenient rule.
var headPronouns = map[string]bool{"i": true, "we": true, "he": true, "she": true, "they": true, "you": true, "it": true}

// SourceHead returns the byte span of the head word of the source span src of text,
// and whether it is a name (capitalised, not a pronoun). ok is false when src has no word.
func SourceHead(text string, src doc.Span) (head doc.Span, name, ok bool) {
	i := src.Start
	for i < src.End {
		// one whitespace-separated word [ws, we)
		for i < src.End {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		ws := i
		for i < src.End {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += n
		}
		if ws == i {
			break
		}
		word := text[ws:i]
		if strings.HasPrefix(word, "(") || isDashWord(word) {
			break
		}
		core, cs := trimWord(word)
		if core == "" {
			continue
		}
		lower := strings.ToLower(core)
		if ok && headStop(lower) && !(lower == "of" && titlesWithOf[strings.ToLower(text[head.Start:head.End])]) {
			break
		}
		if !(ok && nameSuffixes[strings.TrimSuffix(lower, ".")]) {
			head, ok = doc.Span{Start: ws + cs, End: ws + cs + len(core)}, true
		}
		if last, _ := utf8.DecodeLastRuneInString(word); last == ',' || last == ';' || last == ':' {
			break
		}
	}
	if !ok {
		return doc.NoSpan, false, false
	}
	return head, headIsName(text, head, src), true
}

// headIsName: the head word is capitalised, not a pronoun, and not a common noun
// capitalised only because it opens the sentence ("Police said", "Demonstrators
// chanted"): a sentence-initial head that the article also writes in lower case is
// taken for a common noun.
func headIsName(text string, head, src doc.Span) bool {
	w := text[head.Start:head.End]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || headPronouns[strings.ToLower(w)] {
		return false
	}
	if strings.TrimSpace(text[src.Start:head.Start]) != "" || !opensSentence(text, src.Start) {
		return true
	}
	lower := strings.ToLower(w)
	if lower == w {
		return true
	}
	for i := 0; ; {
		j := strings.Index(text[i:], lower)
		if j < 0 {
			return true
		}
		a, b := i+j, i+j+len(lower)
		before, _ := utf8.DecodeLastRuneInString(text[:a])
		after, _ := utf8.DecodeRuneInString(text[b:])
		if (a == 0 || !unicode.IsLetter(before)) && (b == len(text) || !unicode.IsLetter(after)) {
			return false
		}
		i = b
	}
}

// opensSentence: only spaces, quotation marks and brackets stand between offset i and
// the start of the text, a paragraph break or a sentence's final punctuation.
func opensSentence(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’([", r):
			i -= n
		default:
			return false
		}
	}
	return true
}

func isDashWord(w string) bool {
	return w == "-" || w == "--" || w == "—" || w == "–"
}

// trimWord strips punctuation around a word and a possessive ending; cs is the offset of
// the core in w.
func trimWord(w string) (core string, cs int) {
	isEdge := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	start := len(w) - len(strings.TrimLeftFunc(w, isEdge))
	core = strings.TrimRightFunc(w[start:], isEdge)
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(core, s) && len(core) > len(s) {
			core = core[:len(core)-len(s)]
			break
		}
	}
	return core, start
}

// SpeakerRightLenient: the quote's speaker span, or a mention of its actor, overlaps the
// source.
func SpeakerRightLenient(d *doc.Doc, q doc.Quote, g Attribution) bool {
	if len(g.Source) == 0 {
		return q.SpeakerSpan == doc.NoSpan && q.Speaker < 0
	}
	if q.SpeakerSpan != doc.NoSpan && OverlapLen(q.SpeakerSpan, g.Source) > 0 {
		return true
	}
	if q.Speaker >= 0 && q.Speaker < len(d.Actors) {
		for _, mi := range d.Actors[q.Speaker].Mentions {
			if mi >= 0 && mi < len(d.Mentions) && OverlapLen(d.Mentions[mi].Span, g.Source) > 0 {
				return true
			}
		}
	}
	return false
}

// SpeakerRightStrict: the quote's actor is the actor of the source's head word; where
// that word is not a name, the lenient rule.
func SpeakerRightStrict(d *doc.Doc, q doc.Quote, g Attribution) bool {
	if len(g.Source) == 0 {
		return q.SpeakerSpan == doc.NoSpan && q.Speaker < 0
	}
	head, name, ok := SourceHead(d.Text, g.Source[0])
	if !ok || !name {
		return SpeakerRightLenient(d, q, g)
	}
	if q.Speaker < 0 || q.Speaker >= len(d.Actors) {
		return false
	}
	for _, mi := range d.Actors[q.Speaker].Mentions {
		if mi >= 0 && mi < len(d.Mentions) && OverlapLen(d.Mentions[mi].Span, []doc.Span{head}) > 0 {
			return true
		}
	}
	return false
}
