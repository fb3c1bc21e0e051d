package timex

import "lede/analyzer/doc"

// refReading is the word where refExpr starts and, after "the", the one after it.
type refReading struct {
	i, j int    // the expression's first piece; the word read (after "the")
	the  bool   // "the" before
	w    string // the word at j
}

// refExpr reads PRESENT_REF, PAST_REF and FUTURE_REF words and phrases.
func (g *parser) refExpr(i int) (match, bool) {
	r := refReading{i: i, j: i, w: g.w(i)}
	if r.w == "the" {
		r.the, r.j = true, i+1
		r.w = g.w(r.j)
	}
	m, v := applyIn(g, refRules, &g.scratch.ref, &r)
	return m, v == accept
}

// refRules read the vague points of time, in order.
var refRules = []rule[refReading]{
	{"the-past", "Prices were lower in [the past].", thePast},
	{"the-future", "Prices will rise in [the future].", theFuture},
	{"the-near-future", "Prices will rise in [the near future].", theNearFuture},
	{"the-short-term", "Prices will rise in [the short term].", theShortTerm},
	{"the-present-day", "Prices are high in [the present day].", thePresentDay},
	{"the-other", "Prices rose in [the] end.", theOther},
	{"then-current", "He met the [then-current] chairman.", thenCurrent},
	{"a-later-date", "They will meet at [a later date].", aLaterDate},
	{"this-moment", "At [this crucial moment] we must act.", thisMoment},
	{"as-soon-as-possible", "They will meet [as soon as possible].", asSoonAsPossible},
	{"these-days", "Prices are high [these days].", theseDays},
	{"ref-word", "Prices are high [now].", refWord},
}

func refMatch(r *refReading, end int, v doc.TimexValue) (match, verdict) {
	return match{start: r.i, end: end, s: sem{kind: kLiteral, typ: doc.TimexDate, value: lit(v)}}, accept
}

// thePast: "the past"; not "the past three summers" (a count) nor "the past-due bills".
func thePast(g *parser, r *refReading, out *match) verdict {
	if !r.the || r.w != "past" {
		return pass
	}
	if g.w(r.j+1) == "-" {
		return out.set(match{}, reject)
	}
	if _, _, _, isCount := g.number(r.j + 1); isCount {
		return out.set(match{}, reject)
	}
	return out.set(refMatch(r, r.j+1, pastRef))
}

// theFuture: "the future".
func theFuture(g *parser, r *refReading, out *match) verdict {
	if !r.the || r.w != "future" {
		return pass
	}
	return out.set(refMatch(r, r.j+1, futureRef))
}

// theNearFuture: "the near future", "the distant future", "the near term".
func theNearFuture(g *parser, r *refReading, out *match) verdict {
	if !r.the || r.w != "near" && r.w != "distant" {
		return pass
	}
	if next := g.w(r.j + 1); next == "future" || r.w == "near" && next == "term" {
		return out.set(refMatch(r, r.j+2, futureRef))
	}
	return pass
}

// theShortTerm: "in the short term", "over the long term" are the time ahead, as "the
// near future".
func theShortTerm(g *parser, r *refReading, out *match) verdict {
	if !r.the || r.w != "short" && r.w != "long" || g.w(r.j+1) != "term" {
		return pass
	}
	return out.set(refMatch(r, r.j+2, futureRef))
}

// thePresentDay: "the present day", "the present time".
func thePresentDay(g *parser, r *refReading, out *match) verdict {
	if !r.the || r.w != "present" || g.w(r.j+1) != "day" && g.w(r.j+1) != "time" {
		return pass
	}
	return out.set(refMatch(r, r.j+2, presentRef))
}

// theOther: after "the", no other word is a vague point ("the now-closed plant").
func theOther(g *parser, r *refReading, out *match) verdict {
	if r.the {
		return out.set(match{}, reject)
	}
	return pass
}

// thenCurrent: "the then current market price", "the then-current chairman": the
// present of a past moment ("the" is read from the next word).
func thenCurrent(g *parser, r *refReading, out *match) verdict {
	if r.w != "then" {
		return pass
	}
	k := r.j + 1
	if g.w(k) == "-" {
		k++
	}
	if g.w(k) == "current" || g.w(k) == "present" {
		return out.set(refMatch(r, k+1, pastRef))
	}
	return out.set(match{}, reject)
}

// aLaterDate: "at a later date", "a future date": some time to come.
func aLaterDate(g *parser, r *refReading, out *match) verdict {
	if (r.w == "a" || r.w == "an") && (g.w(r.j+1) == "later" || g.w(r.j+1) == "future") && g.w(r.j+2) == "date" {
		return out.set(refMatch(r, r.j+3, futureRef))
	}
	return pass
}

// thisMoment: "at this moment", "at this crucial moment": now.
func thisMoment(g *parser, r *refReading, out *match) verdict {
	if r.w != "this" {
		return pass
	}
	k := r.j + 1
	if g.w(k) != "moment" && k < len(g.ps) && g.ps[k].kind == doc.TokWord && !g.ps[k].capitalised() {
		k++ // one adjective
	}
	if g.w(k) == "moment" {
		return out.set(refMatch(r, k+1, presentRef))
	}
	return pass
}

// asSoonAsPossible: some time to come.
func asSoonAsPossible(g *parser, r *refReading, out *match) verdict {
	if r.w == "as" && g.w(r.j+1) == "soon" && g.w(r.j+2) == "as" && g.w(r.j+3) == "possible" {
		return out.set(refMatch(r, r.j+4, futureRef))
	}
	return pass
}

// theseDays: now.
func theseDays(g *parser, r *refReading, out *match) verdict {
	if r.w == "these" && g.w(r.j+1) == "days" {
		return out.set(refMatch(r, r.j+2, presentRef))
	}
	return pass
}

// refWord: "now", "currently", "recently", "lately", "at present", "current" (not
// "current account"), "recent years" (the past; "recent weeks" a length), "future
// years", "the foreseeable future".
func refWord(g *parser, r *refReading, out *match) verdict {
	v, ok := refWords[r.w]
	if !ok {
		return pass
	}
	j := r.j
	switch r.w {
	case "present":
		if g.w(j-1) != "at" {
			return out.set(match{}, reject)
		}
	case "current":
		switch g.w(j + 1) {
		case "account", "accounts", "affairs", "events", "flow", "flows", "density", "liabilities", "assets", "-":
			return out.set(match{}, reject)
		}
	case "recent":
		if u := unitWords[g.w(j+1)]; u >= uDay && isPluralUnit(g.w(j+1)) {
			if u == uYear || u == uDecade {
				return out.set(refMatch(r, j+2, pastRef))
			}
			return out.set(match{start: r.i, end: j + 2, s: sem{kind: kLiteral, typ: doc.TimexDuration, value: lit(durValue(-1, u))}}, accept)
		}
		return out.set(match{}, reject)
	case "future":
		if u := unitWords[g.w(j+1)]; u >= uDay && isPluralUnit(g.w(j+1)) {
			return out.set(refMatch(r, j+2, futureRef))
		}
		if g.w(j-1) != "near" && g.w(j-1) != "distant" && g.w(j-1) != "foreseeable" && g.w(j-1) != "in" {
			return out.set(match{}, reject)
		}
	}
	return out.set(refMatch(r, j+1, doc.RefValue(v)))
}
