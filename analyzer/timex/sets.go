package timex

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// setExpr reads "daily", "every day", "each Thursday", "every three years", "per year":
// the quantifier and count (readSet), then setRules.
func (g *parser) setExpr(i int) (match, bool) {
	r := g.readSet(i)
	m, v := applyIn(g, setRules, &g.scratch.set, &r)
	return m, v == accept
}

// setReading is what setExpr has read: the word w at i; for a quantified set ("every
// three years") its quant, the count n and the word h at j that says what recurs.
type setReading struct {
	i, j       int
	w, h       string
	quantified bool   // w is "every", "each", "per", or "a"/"an" after an amount ("$5 a year")
	quant      string // EVERY, EACH, or "" for a rate
	n          int
}

// readSet reads the quantifier at i, "other" ("every other week") and a count.
func (g *parser) readSet(i int) setReading {
	r := setReading{i: i, w: g.w(i)}
	switch r.w {
	case "every":
		r.quant = "EVERY"
	case "each":
		r.quant = "EACH"
	case "a", "an":
		if !g.rateBefore(i) {
			return r // "$5 a year", "twice a week": only after an amount or "times"
		}
	case "per":
	default:
		return r
	}
	r.quantified, r.j = true, i+1
	if g.w(r.j) == "other" {
		r.j++
	}
	r.n = 1
	if n, e, vague, ok := g.number(r.j); ok && !vague {
		r.n, r.j = n, e
	}
	r.h = g.w(r.j)
	return r
}

// every is the set value v, from r.i to the word that recurs.
func (r *setReading) every(v doc.TimexValue) (match, verdict) {
	return match{start: r.i, end: r.j + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: lit(v), quant: r.quant}}, accept
}

// setRules read the sets, in order.
var setRules = []rule[setReading]{
	{"set-adverb", "Prices are set [daily].", setAdverb},
	{"per-measure", "The car went 60 miles [per hour].", perMeasure},
	{"every-unit", "Prices are set [every three years].", everyUnit},
	{"rate-not-unit", "He scores 20 goals [a season].", rateNotUnit},
	{"every-weekday", "Prices are set [every Thursday].", everyWeekdayRule},
	{"every-month", "Prices are set [every March].", everyMonth},
	{"every-season", "Prices are set [every summer].", everySeason},
	{"every-part-of-day", "Prices are set [every morning].", everyPartOfDay},
}

// setAdverb: "daily", "weekly", "annually" (setAdverbs).
func setAdverb(g *parser, r *setReading, out *match) verdict {
	v, ok := setAdverbs[r.w]
	if !ok {
		return pass
	}
	return out.set(match{start: r.i, end: r.i + 1, s: sem{kind: kLiteral, typ: doc.TimexSet, value: lit(everyUnits(v.N, v.Unit))}}, accept)
}

// setUnit is the unit the set's word names, none for a half or a season.
func (r *setReading) setUnit() (unit, bool) {
	u, ok := unitWords[r.h]
	return u, r.quantified && ok && u != uHalf && u != uSeason
}

// perMeasure: "miles per hour", "instructions per second": a unit of measure.
func perMeasure(g *parser, r *setReading, out *match) verdict {
	if u, ok := r.setUnit(); !ok || r.w != "per" || u >= uDay || r.j != r.i+1 {
		return pass
	}
	return out.set(match{start: r.i, end: r.j + 1}, reject)
}

// everyUnit: "every day", "every other week", "each three years", "$5 a year", "per
// month".
func everyUnit(g *parser, r *setReading, out *match) verdict {
	u, ok := r.setUnit()
	if !ok {
		return pass
	}
	return out.set(r.every(everyUnits(r.n, u)))
}

// rateNotUnit: after "a" and "per" only a unit recurs ("$5 a head" is no time).
func rateNotUnit(g *parser, r *setReading, out *match) verdict {
	if !r.quantified || r.quant != "" {
		return pass
	}
	return out.set(match{start: r.i, end: r.j + 1}, reject)
}

// everyWeekdayRule: "every Thursday", "each Monday".
func everyWeekdayRule(g *parser, r *setReading, out *match) verdict {
	wd := text.WeekdayOf(r.h)
	if !r.quantified || wd == 0 {
		return pass
	}
	return out.set(r.every(everyWeekday(max(wd, -wd), doc.PartNone)))
}

// everyMonth: "every March".
func everyMonth(g *parser, r *setReading, out *match) verdict {
	m := text.MonthOf(r.h)
	if !r.quantified || m <= 0 || !g.ps[r.j].capitalised() {
		return pass
	}
	return out.set(r.every(everyPoint(point{gran: doc.GranMonth, m: m})))
}

// everySeason: "every summer".
func everySeason(g *parser, r *setReading, out *match) verdict {
	c := seasons[r.h]
	if !r.quantified || c == doc.SeasonNone {
		return pass
	}
	return out.set(r.every(everyPoint(point{gran: doc.GranSeason, season: c})))
}

// everyPartOfDay: "every morning", "each night".
func everyPartOfDay(g *parser, r *setReading, out *match) verdict {
	c := partsOfDay[r.h]
	if !r.quantified || c == doc.PartNone {
		return pass
	}
	return out.set(r.every(everyPoint(point{gran: doc.GranPartOfDay, pod: c})))
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
