package timex

// prefixReading is what prefixMod has read of the words before an expression ("early",
// "the end of", "about", "more than"): the mod they give the expression, how many pieces
// they take, and whether a count must follow them ("about two weeks", not "about June").
type prefixReading struct {
	i       int    // the first piece
	mod     string // the TIMEX3 mod: START, END, MID, APPROX, MORE_THAN ...; "" for none
	n       int    // the pieces the words take
	numeric bool   // the words modify a count
}

// prefixMod maps words before an expression to its TIMEX3 mod; n is how many pieces
// (0 when the words at i are no modifier).
func (g *parser) prefixMod(i int) (mod string, n int, numeric bool) {
	r := prefixReading{i: i}
	if _, v := applyIn(g, prefixRules, &g.scratch.prefix, &r); v != accept {
		return "", 0, false
	}
	return r.mod, r.n, r.numeric
}

// prefixRules read the modifiers before an expression, in order. A rule that accepts sets
// the reading's mod and length; its match is only the modifier's words.
var prefixRules []rule[prefixReading]

func init() {
	prefixRules = []rule[prefixReading]{
		{"the-early-late", "The plant opened in [the early 1990s].", theEarlyLate},
		{"early-late", "The plant opened in [early 2020].", earlyLate},
		{"sometime", "The plant opens [sometime next year].", sometime},
		{"right-now", "The plant is open [right now].", rightNow},
		{"mid", "The plant opened in [mid-2020].", midPrefix},
		{"pre-post", "The plant opened in the [post-1945] years.", prePost},
		{"edge-of", "The plant opened at [the end of 2020].", edgeOf},
		{"approx-count", "The plant opened [about two weeks ago].", approxCount},
		{"more-less-than", "The plant opened [more than two weeks ago].", moreLessThan},
		{"at-least", "The plant stayed open for [at least two weeks].", atLeast},
		{"up-to", "The plant stays open for [up to two weeks].", upTo},
		{"no-more-than", "The plant stays open for [no more than two weeks].", noMoreThan},
	}
}

// the mods of the prefix words (package tables: a map literal in a rule would be built
// on every call)
var (
	edgeWords   = map[string]string{"early": "START", "late": "END"}
	prePostMods = map[string]string{"pre": "BEFORE", "post": "AFTER"}
	edgeOfMods  = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START",
		"turn": "START", "middle": "MID"}
	thanMods = map[string]string{"more": "MORE_THAN", "less": "LESS_THAN", "fewer": "LESS_THAN"}
)

// approxMods are the mods of words before a count ("about two weeks").
var approxMods = map[string]string{"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
	"roughly": "APPROX", "some": "APPROX", "almost": "LESS_THAN", "nearly": "LESS_THAN",
	"over": "MORE_THAN", "under": "LESS_THAN", "only": "", "just": ""}

// modified accepts the n pieces from r.i as mod.
func (r *prefixReading) modified(mod string, n int, numeric bool) (match, verdict) {
	r.mod, r.n, r.numeric = mod, n, numeric
	return match{start: r.i, end: r.i + n}, accept
}

// theEarlyLate: "the early 1990s", "the late 1980s", "the mid-1990s": the article and
// the modifier after it.
func theEarlyLate(g *parser, r *prefixReading, out *match) verdict {
	if g.w(r.i) != "the" || g.w(r.i+1) != "early" && g.w(r.i+1) != "late" && g.w(r.i+1) != "mid" {
		return pass
	}
	if mod, n, _ := g.prefixMod(r.i + 1); n > 0 {
		return out.set(r.modified(mod, n+1, false))
	}
	return pass
}

// earlyLate: "early 2020" is its start, "late-March" its end.
func earlyLate(g *parser, r *prefixReading, out *match) verdict {
	mod := edgeWords[g.w(r.i)]
	if mod == "" {
		return pass
	}
	return out.set(r.modified(mod, hyphened(g, r.i, 1), false))
}

// sometime: "sometime next year" is next year.
func sometime(g *parser, r *prefixReading, out *match) verdict {
	if g.w(r.i) != "sometime" {
		return pass
	}
	return out.set(r.modified("", 1, false))
}

// rightNow: "right now" is now ("right" before anything else is no modifier).
func rightNow(g *parser, r *prefixReading, out *match) verdict {
	if g.w(r.i) != "right" || g.w(r.i+1) != "now" {
		return pass
	}
	return out.set(r.modified("", 1, false))
}

// midPrefix: "mid 2020", "mid-2020" are its middle.
func midPrefix(g *parser, r *prefixReading, out *match) verdict {
	if g.w(r.i) != "mid" {
		return pass
	}
	return out.set(r.modified("MID", hyphened(g, r.i, 1), false))
}

// prePost: "pre-1990" is before it, "post-1945" after; only with the hyphen.
func prePost(g *parser, r *prefixReading, out *match) verdict {
	mod := prePostMods[g.w(r.i)]
	if mod == "" || g.w(r.i+1) != "-" {
		return pass
	}
	return out.set(r.modified(mod, 2, false))
}

// edgeOf: "the end of 2020", "the beginning of May", "the middle of the week", "turn of
// the century", with or without "the".
func edgeOf(g *parser, r *prefixReading, out *match) verdict {
	j := r.i
	if g.w(j) == "the" {
		j++
	}
	if g.w(j+1) != "of" {
		return pass
	}
	mod := edgeOfMods[g.w(j)]
	if mod == "" {
		return pass
	}
	return out.set(r.modified(mod, j+2-r.i, false))
}

// approxCount: "about two weeks", "nearly a year", "only three days": a count's
// approximation (approxMods).
func approxCount(g *parser, r *prefixReading, out *match) verdict {
	mod, ok := approxMods[g.w(r.i)]
	if !ok {
		return pass
	}
	return out.set(r.modified(mod, 1, true))
}

// moreLessThan: "more than two weeks", "less than a year", "fewer than ten days".
func moreLessThan(g *parser, r *prefixReading, out *match) verdict {
	mod := thanMods[g.w(r.i)]
	if mod == "" || g.w(r.i+1) != "than" {
		return pass
	}
	return out.set(r.modified(mod, 2, true))
}

// atLeast: "at least two weeks".
func atLeast(g *parser, r *prefixReading, out *match) verdict {
	if g.w(r.i) != "at" || g.w(r.i+1) != "least" {
		return pass
	}
	return out.set(r.modified("EQUAL_OR_MORE", 2, true))
}

// upTo: "up to two weeks".
func upTo(g *parser, r *prefixReading, out *match) verdict {
	if g.w(r.i) != "up" || g.w(r.i+1) != "to" {
		return pass
	}
	return out.set(r.modified("EQUAL_OR_LESS", 2, true))
}

// noMoreThan: "no more than two weeks".
func noMoreThan(g *parser, r *prefixReading, out *match) verdict {
	if g.w(r.i) != "no" || g.w(r.i+1) != "more" || g.w(r.i+2) != "than" {
		return pass
	}
	return out.set(r.modified("EQUAL_OR_LESS", 3, true))
}

// hyphened is n pieces, and one more when a hyphen follows them ("mid-", "early-").
func hyphened(g *parser, i, n int) int {
	if g.w(i+n) == "-" {
		return n + 1
	}
	return n
}
