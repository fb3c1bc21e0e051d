package timex

import (
	"lede/analyzer/text"
	"strconv"
	"strings"

	"lede/analyzer/doc"
)

// parser reads temporal expressions in the pieces of one sentence.
type parser struct {
	d       *doc.Doc // the document, for its language layer (parts of speech, phrases, clauses)
	ps      []piece
	scratch readings // the readings the rule tables work on (applyIn)
}

// readings holds one reading of each rule table's kind, for applyIn.
type readings struct {
	match   match // the match of the rule that decides (apply)
	prefix  prefixReading
	clock   clockReading
	year    yearReading
	holiday holidayReading
	set     setReading
	dur     durReading
	rel     relReading
	unit    unitReading
	ref     refReading
	quarter quarterReading
}

// w returns the lower-case piece i, or "" outside the sentence.
func (g *parser) w(i int) string {
	if i < 0 || i >= len(g.ps) {
		return ""
	}
	return g.ps[i].l
}

// adjacent says whether pieces i and i+1 are glued by a hyphen inside one token.
func (g *parser) hyphenAt(i int) bool {
	return i < len(g.ps) && g.ps[i].l == "-" && g.ps[i].inTok
}

// number reads a count: digits, number words ("twenty-five", "a", "a few", "several").
// vague is true for an unknown count. It returns the end piece.
func (g *parser) number(i int) (val, end int, vague, ok bool) {
	w := g.w(i)
	if i < len(g.ps) && g.ps[i].num >= 0 && g.ps[i].digit <= 4 {
		return g.ps[i].num, i + 1, false, true
	}
	if i < len(g.ps) && g.ps[i].kind == doc.TokNumber && strings.IndexByte(w, '.') > 0 {
		if f, err := strconv.ParseFloat(w, 64); err == nil && f < 1000 {
			return int(f), i + 1, true, true
		}
	}
	switch w {
	case "a", "an":
		switch g.w(i + 1) {
		case "few":
			return 0, i + 2, true, true
		case "couple":
			// TimeML reads "a couple of years" as two years
			if g.w(i+2) == "of" {
				return 2, i + 3, false, true
			}
			return 2, i + 2, false, true
		case "half":
			return 0, i + 1, false, false
		}
		return 1, i + 1, false, true
	case "several", "few", "many", "some", "numerous":
		return 0, i + 1, true, true
	case "couple":
		if g.w(i+1) == "of" {
			return 2, i + 2, false, true // "the next couple of years": two, as "a couple of"
		}
	}
	v, okc := cardinals[w]
	if !okc || w == "a" || w == "an" {
		return 0, 0, false, false
	}
	end = i + 1
	if v >= 20 && v < 100 {
		if g.w(end) == "-" && cardinals[g.w(end+1)] > 0 && cardinals[g.w(end+1)] < 10 {
			v += cardinals[g.w(end+1)]
			end += 2
		} else if c := cardinals[g.w(end)]; c > 0 && c < 10 && g.w(end) != "a" && g.w(end) != "an" {
			v += c
			end++
		}
	}
	if g.w(end) == "hundred" {
		v *= 100
		end++
	}
	if g.w(end) == "thousand" && v < 100 {
		v *= 1000 // "two thousand years"
		end++
	}
	return v, end, false, true
}

// year reads a written year: "1998", "'98" (and "98" after a month when two-digit).
func (g *parser) year(i int) (y, end int, ok bool) {
	if i >= len(g.ps) {
		return 0, 0, false
	}
	p := g.ps[i]
	if p.digit == 4 && p.num >= 1000 && p.num <= 2199 {
		return p.num, i + 1, true
	}
	if (p.l == "'" || p.l == "’") && i+1 < len(g.ps) && g.ps[i+1].digit == 2 && g.ps[i+1].Start == p.End {
		return twoDigitYear(g.ps[i+1].num), i + 2, true
	}
	if len(p.l) == 3 && p.l[0] == '\'' && allDigits(p.l[1:]) && !(i+1 < len(g.ps) && g.ps[i+1].capitalised()) && !(i > 0 && g.ps[i-1].kind == doc.TokQuote) {
		return twoDigitYear(atoi4(p.l[1:])), i + 1, true // "'98" as one token
	}
	return 0, 0, false
}

// wordYear reads a year in words: "nineteen ninety-six", "two thousand", "two thousand
// and one". A bare "two thousand" is a year only after "year" or at a clause end.
func (g *parser) wordYear(i int) (y, end int, ok bool) {
	w := g.w(i)
	if c := cardinals[w]; c >= 11 && c <= 20 && w != "dozen" {
		v, e, vague, ok := g.number(i + 1)
		if ok && !vague && v >= 10 && v < 100 && g.ps[i+1].num < 0 {
			return c*100 + v, e, true
		}
		return 0, 0, false
	}
	if w == "two" && g.w(i+1) == "thousand" {
		e := i + 2
		y = 2000
		k := e
		if g.w(k) == "and" {
			k++
		}
		if v, e2, vague, ok := g.number(k); ok && !vague && v > 0 && v < 100 && g.ps[k].num < 0 && g.w(k) != "a" && g.w(k) != "an" {
			y, e = 2000+v, e2
		}
		if g.w(i-1) == "year" || g.clauseEnd(e) {
			return y, e, true
		}
	}
	return 0, 0, false
}

func twoDigitYear(n int) int {
	if n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

// day reads a day of the month: "23", "23rd", "twenty-third".
func (g *parser) day(i int) (d, end int, ok bool) {
	if i >= len(g.ps) {
		return 0, 0, false
	}
	p := g.ps[i]
	if p.digit >= 1 && p.digit <= 2 && p.num >= 1 && p.num <= 31 {
		if g.w(i+1) == "." && g.ps[i+1].Start == p.End && i+2 < len(g.ps) && g.ps[i+2].num >= 0 && g.ps[i+2].Start == g.ps[i+1].End {
			return 0, 0, false
		}
		if g.w(i+1) == "th" || g.w(i+1) == "st" || g.w(i+1) == "nd" || g.w(i+1) == "rd" {
			return p.num, i + 2, true
		}
		return p.num, i + 1, true
	}
	if o := ordinals[p.l]; o > 0 && o <= 31 {
		return o, i + 1, true
	}
	if p.l == "twenty" || p.l == "thirty" {
		if g.w(i+1) == "-" {
			if o := ordinals[p.l+"-"+g.w(i+2)]; o > 0 {
				return o, i + 3, true
			}
		}
	}
	return 0, 0, false
}

// month reads a month name; "May" and "March" only where a month is meant.
func (g *parser) month(i int) (m int, ok bool) {
	w := g.w(i)
	m = text.MonthOf(w)
	if m == 0 {
		return 0, false
	}
	p := g.ps[i]
	if !p.capitalised() {
		return 0, false
	}
	if len(w) <= 4 && !strings.HasSuffix(w, ".") && w != "may" && w != "june" && w != "july" {
		// a bare abbreviation ("Jan", "Dec") only before a day or a year
		if _, _, ok := g.day(i + 1); !ok {
			if _, _, ok := g.year(i + 1); !ok {
				return 0, false
			}
		}
	}
	if w == "may" || w == "march" {
		if _, _, ok := g.day(i + 1); ok {
			return m, true
		}
		if _, _, ok := g.year(i + 1); ok {
			return m, true
		}
		switch g.w(i - 1) {
		case "in", "of", "since", "until", "till", "by", "early", "late", "last", "next",
			"this", "-", "mid", "through", "from", "to", "during", "before", "after", "and", "or", "between":
			if i > 0 && g.ps[i-1].l == "-" && w == "march" {
				return 0, false
			}
			return m, true
		case "the":
			// "the March accession", "the May figures": a month as a modifier; not "the
			// March on Washington", "the May Department Stores"
			if i+1 < len(g.ps) && g.ps[i+1].kind == doc.TokWord && !g.ps[i+1].capitalised() {
				switch g.w(i + 1) {
				case "of", "on", "to", "for", "in", "and", "be", "have", "not", "also", "still":
					return 0, false
				}
				return m, true
			}
		}
		return 0, false
	}
	return m, true
}

// pod reads a part of day after a day ("Friday morning", "yesterday afternoon").
func (g *parser) pod(i int) (part doc.PartOfDay, end int, ok bool) {
	c := partsOfDay[g.w(i)]
	if c == doc.PartNone || g.w(i) == "overnight" || g.w(i) == "noon" || g.w(i) == "midday" {
		return doc.PartNone, 0, false
	}
	if strings.HasSuffix(g.w(i), "s") {
		return doc.PartNone, 0, false
	}
	return c, i + 1, true
}

// ordinalQuarter reads "third" / "3rd" as a quarter or half number.
func ordinalQuarter(w string) int {
	o := ordinals[w]
	if o >= 1 && o <= 4 {
		return o
	}
	return 0
}
