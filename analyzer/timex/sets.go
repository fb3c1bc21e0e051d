package timex

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// setExpr reads "daily", "every day", "each Thursday", "every three years", "per year".
func (g *parser) setExpr(i int) (match, bool) {
	w := g.w(i)
	if v, ok := setAdverbs[w]; ok {
		return match{start: i, end: i + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: everyUnits(v.N, v.Unit)}}, true
	}
	quant := ""
	switch w {
	case "every", "each":
		quant = "EVERY"
		if w == "each" {
			quant = "EACH"
		}
	case "per", "a", "an":
		// "$5 a year", "twice a week": only after an amount or "times"
		if w != "per" {
			if !g.rateBefore(i) {
				return match{}, false
			}
		}
	default:
		return match{}, false
	}
	j := i + 1
	if g.w(j) == "other" {
		j++
	}
	n, e, vague, okn := g.number(j)
	if okn && !vague {
		j = e
	} else {
		n = 1
	}
	h := g.w(j)
	if u, ok := unitWords[h]; ok && u != uHalf && u != uSeason {
		if w == "per" && u < uDay && j == i+1 {
			return match{}, false // "instructions per second", "miles per hour": a unit of measure
		}
		return match{start: i, end: j + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: everyUnits(n, u), quant: quant}}, true
	}
	if w == "a" || w == "an" || w == "per" {
		return match{}, false
	}
	if wd := text.WeekdayOf(h); wd != 0 {
		if wd < 0 {
			wd = -wd
		}
		return match{start: i, end: j + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: everyWeekday(wd, doc.PartNone), quant: quant}}, true
	}
	if m := text.MonthOf(h); m > 0 && g.ps[j].capitalised() {
		return match{start: i, end: j + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: everyPoint(point{gran: doc.GranMonth, m: m}), quant: quant}}, true
	}
	if c := seasons[h]; c != doc.SeasonNone {
		return match{start: i, end: j + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: everyPoint(point{gran: doc.GranSeason, season: c}), quant: quant}}, true
	}
	if c := partsOfDay[h]; c != doc.PartNone {
		return match{start: i, end: j + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: everyPoint(point{gran: doc.GranPartOfDay, pod: c}), quant: quant}}, true
	}
	return match{}, false
}

// rateBefore says whether piece i ("a" in "$33 million a year", "four flights a week",
// "twice a day") follows an amount or a counted noun, so that "a" + unit is a rate.
func (g *parser) rateBefore(i int) bool {
	if i == 0 {
		return false
	}
	p := g.ps[i-1]
	if p.kind == doc.TokNumber {
		return true
	}
	switch p.l {
	case "times", "twice", "once", "thrice", "million", "billion", "thousand", "trillion", "hundred", "percent", "%", "cents", "dollars", "dlrs":
		return true
	}
	n := len(p.l)
	return n >= 3 && p.l[n-1] == 's' && p.l[n-2] != 's' && p.l[n-2] != 'u' && p.l[n-2] != 'i' && !notPlural[p.l] && unitWords[p.l] == uNone
}

// notPlural are words in -s that are not plural nouns (a rate never follows them).
var notPlural = map[string]bool{
	"was": true, "has": true, "does": true, "this": true, "its": true, "thus": true, "as": true,
	"plus": true, "always": true, "perhaps": true, "yes": true, "whereas": true, "towards": true,
	"afterwards": true, "upwards": true, "news": true, "lies": true, "goes": true, "takes": true,
	"makes": true, "gives": true, "gets": true, "says": true, "seems": true, "becomes": true,
	"remains": true, "means": true, "needs": true, "wants": true, "plans": true, "expects": true,
	"hopes": true, "sees": true, "spends": true, "lasts": true, "runs": true, "costs": false,
}
