package timex

import "lede/analyzer/doc"

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
		if sentenceMark(ps[k].l) || ps[k].kind == doc.TokQuote {
			break // a quotation mark: the words beyond are another speaker's clause
		}
		if fd == far && futureWord(ps, k) {
			fd = start - k
		}
		if pd == far && pastVerb(ps, k) {
			pd = start - k
		}
	}
	for k := end; k < len(ps) && k < end+tenseAhead; k++ {
		if sentenceMark(ps[k].l) || ps[k].kind == doc.TokQuote {
			break
		}
		if fd == far && k < end+tenseAhead-1 && futureWord(ps, k) {
			fd = min(fd, k-end+1)
		}
		if pd == far && pastVerb(ps, k) {
			pd = min(pd, k-end+1)
		}
	}
	return fd < far && fd <= pd, pd < fd
}

// pastVerb says whether piece k is a verb in the past tense: a past form not used as an
// adjective ("the reduced dividend") nor as a participle after "be" ("will be paid",
// "is expected").
func pastVerb(ps []piece, k int) bool {
	if !pastWord(ps[k]) {
		return false
	}
	if k > 0 {
		switch ps[k-1].l {
		case "the", "a", "an", "its", "their", "his", "her", "our", "'s", "be", "is", "are", "am", "being", "to", "still",
			"will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll":
			return false // an adjective, a participle after "be", an infinitive after a modal
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

func sentenceMark(w string) bool { return w == "." || w == ";" || w == "?" || w == "!" }

// futureWord says whether piece k marks the future.
func futureWord(ps []piece, k int) bool {
	switch ps[k].l {
	case "will", "'ll", "shall", "wo", "won't", "next", "scheduled", "upcoming", "payable",
		"postponed", "delayed", "adjourned", "deferred", "rescheduled", "extended":
		// a past form that moves something to a later date ("postponed until Tuesday");
		// "until" alone says nothing of the tense ("until Thursday, they had not")
		return true
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
