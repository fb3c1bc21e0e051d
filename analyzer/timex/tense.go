package timex

import (
	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// tenseBack and tenseAhead are how many pieces clauseTense reads before and after an
// expression (wider windows were tried on the TimeML corpus: they catch more verbs of
// other clauses than main verbs).
const tenseBack, tenseAhead = 8, 6

// clauseTense says whether the words around pieces [start, end) (within the sentence, a
// few words each way, not past a quotation mark) speak of the future ("will", "next",
// "is to", "as soon as") or of the past (a verb in the past tense). When both stand
// near, the nearer one wins ("said Monday that it intends to bid": the past), the
// future on a tie.
func clauseTense(ps []piece, start, end int) (future, past bool) {
	const far = 100
	fd, pd := far, far // distance in pieces to the nearest marker of each kind
	for k := start - 1; k >= 0 && k >= start-tenseBack; k-- {
		if sentenceEnd(ps, k) || ps[k].kind == doc.TokQuote {
			break // a quotation mark: the words beyond are another speaker's clause
		}
		if fd == far && futureWord(ps, k) {
			fd = start - k
		}
		if pd == far && pastVerb(ps, k) {
			pd = start - k
		}
	}
	fronted := opensSentence(ps, start)
	for k := end; k < len(ps) && k < end+tenseAhead; k++ {
		if sentenceEnd(ps, k) || ps[k].kind == doc.TokQuote || ps[k].l == "," && !fronted {
			// a comma after an expression inside a clause ends that clause ("talks
			// supposed to conclude by May, invited Sinn Fein"); after one that opens the
			// sentence the main clause follows it ("In January, the company hired")
			break
		}
		if fd == far && k < end+tenseAhead-1 && futureWord(ps, k) {
			fd = min(fd, k-end+1)
		}
		if pd == far && pastVerb(ps, k) {
			pd = min(pd, k-end+1)
		}
	}
	if fd == far && pd == far && fronted {
		// an expression that opens the sentence modifies its main clause, whose verb may
		// stand far on ("In January, a week after the anniversary, a bomb killed a guard")
		for k := end + tenseAhead; k < len(ps) && k < end+frontedReach; k++ {
			if sentenceEnd(ps, k) || ps[k].kind == doc.TokQuote {
				break
			}
			if futureWord(ps, k) {
				return true, false
			}
			if pastVerb(ps, k) {
				return false, true
			}
		}
	}
	if fd == far && pd == far {
		// no tense near: a modal "will" further back in the same clause still governs
		// ("Qantas will almost double its flights between Australia and India by
		// August"); a past verb that far back is as often another clause's (tried on
		// the TimeML corpus)
		for k := start - tenseBack - 1; k >= 0 && k >= start-modalReach; k-- {
			if sentenceEnd(ps, k) || ps[k].kind == doc.TokQuote || ps[k].l == "," || pastVerb(ps, k) {
				break
			}
			switch ps[k].l {
			case "will", "'ll", "shall":
				return true, false
			}
		}
	}
	return fd < far && fd <= pd, pd < fd
}

// frontedReach is how far on (in pieces) clauseTense looks for the main verb after an
// expression that opens its sentence.
const frontedReach = 30

// modalReach is how far back (in pieces) a "will" governs an expression with no tense
// nearer: one clause without a comma.
const modalReach = 16

// pastVerb says whether piece k is a verb in the past tense: a past form not used as an
// adjective ("the reduced dividend") nor as a participle after "be" ("will be paid",
// "is expected").
func pastVerb(ps []piece, k int) bool {
	if !pastWord(ps[k]) {
		return false
	}
	if k > 0 {
		// an adjective after a determiner or possessive, a participle after "be", an
		// infinitive after a modal
		switch prev := ps[k-1].l; prev {
		case "to", "still":
			return false
		default:
			if text.ClassOf(prev).Any(doc.ClassDeterminer | doc.ClassPossessive | doc.ClassModal | doc.ClassBe) {
				return false
			}
		}
	}
	if k+1 < len(ps) {
		switch ps[k+1].l {
		case "planning", "going", "expected", "scheduled", "set", "due", "supposed", "about", "to":
			return false // "were planning to", "was due to": a plan, looking ahead
		}
	}
	return true
}

// pastWord: an auxiliary or a common verb in the past tense, or a regular -ed form.
func pastWord(p piece) bool {
	switch p.l {
	case "was", "were", "had", "did", "said", "told", "began", "rose", "fell", "came", "went",
		"took", "made", "bought", "sold", "brought", "won", "lost", "left", "met", "saw", "ago",
		"gave", "got", "held", "led", "ran", "sent", "spoke", "wrote", "paid", "put", "set", "hit",
		"since": // "on patrol since March": not a verb, but a sure sign of the past
		return true
	case "expected", "scheduled", "planned", "proposed", "need", "red", "bed", "shed", "speed",
		"postponed", "delayed", "adjourned", "deferred", "rescheduled", "extended",
		"hundred", "sacred", "naked", "wicked", "beloved", "rugged", "embed", "kindred":
		return false
	}
	n := len(p.l)
	if n > 4 && p.l[n-3:] == "eed" {
		return p.l[n-4] == 'r' || p.l[n-4] == 't' // "agreed", "guaranteed"; not "succeed", "exceed"
	}
	return n > 4 && p.l[n-2:] == "ed" && p.kind == doc.TokWord && !p.capitalised()
}

// opensSentence says whether the expression at piece start opens its sentence, a
// preposition or two before it at most ("In January, ...", "Early on Friday, ...").
func opensSentence(ps []piece, start int) bool {
	k := start - 1
	for n := 0; n < 2 && k >= 0 && openers[ps[k].l]; n++ {
		k--
	}
	return k < 0 || sentenceEnd(ps, k) || ps[k].kind == doc.TokQuote
}

// openers are the words that may stand before a fronted time expression.
var openers = map[string]bool{"in": true, "on": true, "by": true, "since": true, "until": true, "early": true, "late": true, "and": true, "but": true, "then": true, "also": true}

// habitual says whether a frequency adverb stands before piece start in its clause, as
// far back as clauseTense reads ("is usually conducted in the fourth quarter"): the
// expression then names a recurring part of the calendar, not one of a known year.
func habitual(ps []piece, start int) bool {
	for k := start - 1; k >= 0 && k >= start-tenseBack; k-- {
		if sentenceEnd(ps, k) || ps[k].kind == doc.TokQuote {
			break
		}
		if habitualWords[ps[k].l] {
			return true
		}
	}
	return false
}

// presentBefore says whether "is" or "are" stands within three pieces before piece
// start, in the same clause ("the leaders are meeting Monday").
func presentBefore(ps []piece, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		switch ps[k].l {
		case "is", "are", "'re":
			return true
		case ",", ".", ";", "\"":
			return false
		}
	}
	return false
}

// habitualWords are the adverbs of a habit.
// ("generally" is left out: "analysts generally expect the fourth quarter to be weak"
// hedges a claim about one quarter.)
var habitualWords = map[string]bool{"usually": true, "typically": true, "normally": true,
	"traditionally": true, "customarily": true}

// sentenceEnd says whether piece k ends a sentence: a mark, but not the dot of an
// abbreviation that a comma or a lower-case word follows ("Birmingham, Ala., killed").
func sentenceEnd(ps []piece, k int) bool {
	if !sentenceMark(ps[k].l) {
		return false
	}
	if ps[k].l == "." && k+1 < len(ps) {
		if n := ps[k+1]; n.l == "," || n.kind == doc.TokWord && !n.capitalised() {
			return false
		}
	}
	return true
}

func sentenceMark(w string) bool { return w == "." || w == ";" || w == "?" || w == "!" }

// futureWord says whether piece k marks the future.
func futureWord(ps []piece, k int) bool {
	switch ps[k].l {
	case "will", "'ll", "shall", "wo", "won't", "next", "upcoming", "payable":
		return true
	case "scheduled", "postponed", "delayed", "adjourned", "deferred", "rescheduled", "extended":
		// a past form that moves something to a later date ("postponed until Tuesday");
		// "until" alone says nothing of the tense ("until Thursday, they had not"); "had
		// been scheduled to expire at midnight Friday" looks back on a plan that is over
		return k == 0 || ps[k-1].l != "been"
	case "set", "slated", "due":
		// "the launch is set for 3 p.m.", "the vote is due Tuesday": a plan still ahead
		return k > 0 && (ps[k-1].l == "is" || ps[k-1].l == "are" || ps[k-1].l == "'s")
	case "to":
		if k > 0 {
			switch ps[k-1].l {
			case "is", "are", "set", "due", "expected", "scheduled", "going", "plan", "plans", "planned", "planning", "supposed", "expects", "expect", "intends", "aims", "hopes":
				// "had been due to expire" looks back on a plan that is over
				return k < 2 || ps[k-2].l != "been"
			}
		}
	case "as":
		return k+2 < len(ps) && (ps[k+1].l == "soon" || ps[k+1].l == "early") && ps[k+2].l == "as"
	}
	return false
}
