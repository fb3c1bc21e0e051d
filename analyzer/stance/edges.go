package stance

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// stanceThreshold: an aggregated polarity at least this far from 0 is "for" or
// "against"; closer, the pair is a relation with no side (tone uses it too).
const stanceThreshold = 0.25

// verbWeight is the polarity a side-taking predicate gives its edge ("X accused Y":
// -0.8): strong, but below a quote that is plainly hostile or warm.
const verbWeight = 0.8

// quoteConfidence is the share of probability the classifier must give one side for a
// quote to take that side on a party it evaluates (see confidentSide). Chosen on NewsMTSC
// dev_mt (not on the stance set): from 0.7 on, the side it gives is right 0.87 of the
// time (0.6-0.7: 0.62), so that a mixed or merely factual quote stays a relation.
const quoteConfidence = 0.7

// evidence is one observation of a holder's stance toward a target.
type evidence struct {
	holder, target int
	polarity       float64
	label          doc.StanceLabel // the side this observation takes; neutral: a relation
	quote          int             // quote index, or -1
	sentence       int             // sentence index of predicate evidence outside quotes, or -1
	at             int             // sentence index of the evidence, wherever it is
	predicate      doc.Span        // the words that take the side, or NoSpan
	lemma          string
	act            bool // read from the words (a predicate, a quote's predication), not the classifier's reading
	verb           bool // a side-taking predicate of predicates.txt ("accused"), the strongest reading
}

// builder gathers evidence over one Doc.
type builder struct {
	d      *doc.Doc
	preds  predicateIndex
	quotes *quoteIndex
	linked map[int]bool // mention indices that are a predicate's holder or target
	out    []evidence
}

// predicateEvidence reads every side-taking predicate (predicates.txt) with its
// subject and object: "Podolyak criticized Naryshkin", "the Ministry denied Prigozhin's
// claim", "Naryshkin was condemned by Podolyak", and inside a quote "I support Reed"
// (the speaker) or "Reed attacked me" (Reed against the speaker, the quote as evidence).
// A negated, hedged or denied predicate ("did not criticize", "denied criticizing")
// gives a relation, not a side.
func (b *builder) predicateEvidence() {
	d := b.d
	signers := letterSigners(d)
	for si, s := range d.Sentences {
		doc.Yield(si) // reading a predicate makes garbage (names lowered and split): let the collector at it
		v := sentenceView{d: d, toks: d.Tokens[s.FirstToken:s.EndToken], first: s.FirstToken, quoteOf: func(j int) int { return -1 }, signers: signers}
		v.quoteOf = func(j int) int { return b.quotes.at(v.toks[j].Start) }
		lastHolder := -1 // the subject of the sentence's last predicate, for "X praised Y but attacked Z"
		for k := range v.toks {
			if e, ok := b.prefixStance(v, k); ok {
				e.at = si
				if e.quote < 0 {
					e.sentence = si
				}
				b.out = append(b.out, e)
				continue
			}
			for _, p := range b.preds.of(v.toks[k].Lower).all() {
				ev := b.readPredicate(v, k, &p, &lastHolder)
				if len(ev) == 0 {
					continue
				}
				for _, e := range ev {
					e.at = si
					if e.quote < 0 {
						e.sentence = si
					}
					b.out = append(b.out, e)
				}
				break
			}
		}
	}
}

// prefixStance reads "pro-X" and "anti-X" before a name: "the pro-Clinton super PAC
// Priorities USA Action" is Priorities USA Action for Clinton. X must name an actor of
// the article, and the name the word describes must follow within a few words.
func (b *builder) prefixStance(v sentenceView, k int) (evidence, bool) {
	d := b.d
	w := v.toks[k].Lower
	side, rest := doc.StanceFor, ""
	switch {
	case strings.HasPrefix(w, "pro-"):
		rest = w[len("pro-"):]
	case strings.HasPrefix(w, "anti-"):
		side, rest = doc.StanceAgainst, w[len("anti-"):]
	default:
		return evidence{}, false
	}
	if r, _ := utf8.DecodeRuneInString(v.toks[k].Norm[len(w)-len(rest):]); !unicode.IsUpper(r) {
		return evidence{}, false // "pro-life", "anti-war": a cause, not a name
	}
	t := actorNamed(d, rest)
	if t < 0 {
		return evidence{}, false
	}
	for j := k + 1; j < len(v.toks) && j <= k+5; j++ {
		if m := v.mentionAt(j); m >= 0 {
			end := v.tokenAfter(d.Mentions[m].End)
			if head, ok := modifiesNext(v, end); ok {
				j = head - 1
				continue
			}
			h := b.actorOf(m, -1)
			if h < 0 || h == t || !eligible(&d.Actors[h]) || !eligible(&d.Actors[t]) {
				return evidence{}, false
			}
			b.linked[m] = true
			pol := verbWeight
			if side == doc.StanceAgainst {
				pol = -verbWeight
			}
			return evidence{holder: h, target: t, polarity: pol, label: side, quote: v.quoteOf(k), sentence: -1, act: true,
				predicate: v.toks[k].Span, lemma: w[:len(w)-len(rest)] + "_"}, true
		}
		// only the words of the same noun phrase: "pro-Clinton super PAC X"; not "anti-Trump
		// sentiment extends to Republicans"
		if tk := v.toks[j]; tk.Kind != doc.TokWord || !skippable(tk) && !isAcronym(tk.Norm) &&
			!(tk.Norm == tk.Lower && (tk.POS.IsNoun() || tk.POS.IsAdjective()) && !tk.POS.IsVerb()) || tk.POS == doc.NNS {
			return evidence{}, false
		}
	}
	return evidence{}, false
}

// actorNamed returns the actor whose name or an alias is name (any case), else the one
// person whose name ends with it ("Clinton": Hillary Clinton), or -1.
func actorNamed(d *doc.Doc, name string) int {
	last := -1
	for i := range d.Actors {
		a := &d.Actors[i]
		if strings.EqualFold(a.Name, name) {
			return i
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, name) {
				return i
			}
		}
		if f := strings.Fields(a.Name); a.Type == doc.EntPerson && len(f) > 1 && strings.EqualFold(f[len(f)-1], name) {
			if last >= 0 {
				last = -2 // two actors end with it: neither
			} else if last == -1 {
				last = i
			}
		}
	}
	return max(last, -1)
}

// opinionWindow is how many words after an opinion predicate's target may hold its
// opinion word: "called Reed [a dangerous liar]".
const opinionWindow = 4

// opinionAfter finds the opinion word within opinionWindow words from view index j, before
// any punctuation, and its side; -1 when none (or a negator comes first).
func opinionAfter(toks []doc.Token, j int) (int, doc.StanceLabel) {
	lex := DefaultLexicon()
	article := false // after "a", "the", any word of the description may come first
	for n := j; n < len(toks) && n < j+opinionWindow; n++ {
		w := toks[n].Lower
		if toks[n].Kind == doc.TokPunct || negators[w] {
			break
		}
		if s, event, ok := lex.Score(w); ok && !event && (s >= 0.3 || s <= -0.3) {
			if s > 0 {
				return n, doc.StanceFor
			}
			return n, doc.StanceAgainst
		}
		// only a description may come first ("called Reed a truly dangerous man",
		// "called Reed very dangerous"): "called Naryshkin to assure" is a phone call
		article = article || w == "a" || w == "an" || w == "the"
		if !article && toks[n].Kind != doc.TokQuote && !intensifiers[w] && !isAdverb(toks[n]) {
			break
		}
	}
	return -1, doc.StanceNeutral
}

// actorOf resolves a holder or target mention (or speakerRef) to an actor, or -1.
func (b *builder) actorOf(m, quote int) int {
	switch {
	case m == speakerRef:
		if quote >= 0 {
			return b.d.Quotes[quote].Speaker
		}
		return -1
	case m < 0:
		if a, ok := refActor(m); ok {
			return a
		}
		return -1
	}
	a := b.d.Mentions[m].Actor
	if a < 0 || a >= len(b.d.Actors) {
		return -1
	}
	return a
}

// startsPredicate reports a lower-case word at view index j that can begin a predicate:
// not a preposition, conjunction, particle or punctuation. A name before it is a subject.
func startsPredicate(toks []doc.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	t := toks[j]
	return t.Kind == doc.TokWord && t.Norm == t.Lower && !isObjectMarker(t.Lower) && !isCoordinator(t.Lower) &&
		!isTimeWord(t) && t.Lower != "as" && t.Lower != "who" && t.Lower != "which" && t.Lower != "that" && t.Lower != "'s"
}

// agentAt returns the view index of a passive's "by" at j or after a time adjunct ("on
// Monday by"), or -1.
func agentAt(toks []doc.Token, j int) int {
	for n := j; n < len(toks) && n < j+4; n++ {
		t := toks[n]
		switch {
		case t.Lower == "by":
			return n
		case t.Lower == "on" || t.Lower == "last" || t.Lower == "this" || isTimeWord(t):
		default:
			return -1
		}
	}
	return -1
}

// passiveBefore reports a form of "be" before the verb at k, across adverbs: "was
// sharply criticized", "has been fiercely opposed".
func passiveBefore(toks []doc.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if isBe(toks[j].Lower) {
			return true
		}
		if !isAdverb(toks[j]) {
			return false
		}
	}
	return false
}

// isBe: a form of "be" (the language layer's class) or a copula like it.
func isBe(w string) bool {
	switch w {
	case "remains", "remained", "seemed", "seems":
		return true
	}
	return text.Is(w, doc.ClassBe)
}

func isCoordinator(w string) bool { return w == "and" || w == "but" || w == "or" }

// quoteEvidence: in each attributed quote, an actor the speaker's own words evaluate —
// the subject of a clause in the quote ("Reed has failed this city", "I think NATO is
// obsolete") — takes the side that the words predicated of it say (an opinion word
// after it, or its clause's judgement), unless the classifier confidently gives it the
// other side (confidentSide); any other actor named in the quote is a relation of the
// speaker. The words inside
// quotation marks are read in full; a paraphrase (reported speech) is the journalist's
// wording and gives only what its clause plainly says (reported.go).
func (b *builder) quoteEvidence(sides []doc.StanceLabel) {
	d := b.d
	for qi, q := range d.Quotes {
		if q.Speaker < 0 || q.Speaker >= len(d.Actors) || !eligible(&d.Actors[q.Speaker]) || relays(d, q) {
			continue
		}
		// a cue that is itself a side-taking predicate ("dismissed NATO member Estonia as
		// ...") is read as one; its object is not the subject of the speaker's words
		cueTakesSide := q.Cue.Valid(len(d.Text)) && q.Cue.Len() > 0 && b.preds.of(strings.ToLower(d.Slice(q.Cue))).len() > 0
		for mi := firstMentionFrom(d, q.Start); mi < len(d.Mentions) && d.Mentions[mi].Start < q.End; mi++ {
			m := &d.Mentions[mi]
			if m.End > q.End || m.Actor < 0 || m.Actor >= len(d.Actors) || m.Actor == q.Speaker || b.linked[mi] {
				continue
			}
			if q.SpeakerSpan.Start >= 0 && m.Span.Overlaps(q.SpeakerSpan) || !eligible(&d.Actors[m.Actor]) || partOf(&d.Actors[q.Speaker], &d.Actors[m.Actor]) {
				continue
			}
			e := evidence{holder: q.Speaker, target: m.Actor, quote: qi, sentence: -1, at: m.Sentence, predicate: doc.NoSpan}
			// "it" in someone's words is mostly a situation or a thing, and an
			// organisation it is linked to is too often the wrong one to judge
			it := m.Kind != doc.MentionName && strings.EqualFold(d.Slice(m.Span), "it")
			// "Reed's critics are dishonest": the words judge the critics, not Reed
			it = it || b.possessesSideTakers(m.Span)
			byTokens := !it && b.evaluated(q, m.Span)
			byClause := !it && !byTokens && d.Actors[m.Actor].Type != doc.EntLoc && b.clauseSubjectIn(q, m.Span)
			if q.Kind != doc.QuoteDirect && !ownWords(q, m.Span) && !cueTakesSide && (byTokens || byClause) {
				b.reportedJudgement(&e, q, m)
			}
			if ownWords(q, m.Span) && !cueTakesSide && (byTokens || byClause) {
				if byTokens {
					// the classifier's confident side, which the words must not contradict;
					// a subject only the clause found ("I feel like he's got") has none
					e.label, e.polarity = sides[mi], d.MentionPolarity[mi]
				}
				w, side, negated := b.predication(q, m.Span)
				if w < 0 {
					// the few words after the name hold no judgement: the clause may ("Chen
					// doesn't show any integrity")
					if cw, cside, cneg := b.clausePredication(q, m.Span); cw >= 0 || cneg {
						w, side, negated = cw, cside, cneg
					}
				}
				if negated {
					e.label = doc.StanceNeutral // "Reed is not corrupt": no side
				} else if w >= 0 && (e.label == side || e.label == doc.StanceNeutral) {
					// what the words say the target is or does: "Voss is wrecking", "Reed lied"
					e.label, e.predicate, e.lemma = side, d.Tokens[w].Span, d.Tokens[w].Lower
					e.act = true // read from the words, like a predicate: it outweighs the classifier
					if e.polarity = verbWeight; side == doc.StanceAgainst {
						e.polarity = -verbWeight
					}
				}
				if !e.act {
					// the classifier's side alone, with no word that says what the target
					// is or does: on 150 PolNeAR train articles such edges were wrong 25
					// times in 29 ("his chances of winning are very slim" for Bloomberg)
					e.label, e.polarity = doc.StanceNeutral, 0
				}
			}
			b.out = append(b.out, e)
		}
		if to := b.addressee(q); to >= 0 && to != q.Speaker && !cueTakesSide {
			b.youEvidence(qi, q, to)
		}
		if !cueTakesSide {
			b.quotedPronounEvidence(qi, q)
		}
	}
}

// addressee is the actor a quote is said to ("Warren told Stumpf", the cue's object), or
// -1.
func (b *builder) addressee(q doc.Quote) int {
	d := b.d
	if !q.Cue.Valid(len(d.Text)) || q.Cue.Len() == 0 {
		return -1
	}
	k := d.TokenAt(q.Cue.End)
	for k < len(d.Tokens) && d.Tokens[k].Start < q.Cue.End {
		k++
	}
	if k >= len(d.Tokens) || !addressCues[strings.ToLower(d.Slice(q.Cue))] {
		return -1
	}
	mi := mentionStartingAt(d, d.Tokens[k].Start)
	if mi < 0 || d.Mentions[mi].Actor < 0 || d.Mentions[mi].Actor >= len(d.Actors) || !eligible(&d.Actors[d.Mentions[mi].Actor]) {
		return -1
	}
	return d.Mentions[mi].Actor
}

// addressCues take the one spoken to as their object: "told Stumpf", "asked Reed".
var addressCues = setOf("told", "tells", "tell", "telling", "asked", "asks", "ask", "warned", "urged")

// youEvidence: "you" as a clause subject in the speaker's own words is the one spoken
// to; what the words predicate of "you" takes a side ("You are scapegoating the people
// at the bottom," Merkley told Stumpf). Only the predicate decides: the classifier was
// not trained on "you".
func (b *builder) youEvidence(qi int, q doc.Quote, to int) {
	d := b.d
	for k := d.TokenAt(q.Start); k < len(d.Tokens) && d.Tokens[k].Start < q.End; k++ {
		t := d.Tokens[k]
		if t.Lower != "you" || !ownWords(q, t.Span) || !b.evaluated(q, t.Span) {
			continue
		}
		w, side, negated := b.predication(q, t.Span)
		if w < 0 {
			if cw, cside, cneg := b.clausePredication(q, t.Span); cw >= 0 || cneg {
				w, side, negated = cw, cside, cneg
			}
		}
		e := evidence{holder: q.Speaker, target: to, quote: qi, sentence: -1, at: int(t.Sentence), predicate: doc.NoSpan}
		if w >= 0 && !negated {
			e.label, e.predicate, e.lemma, e.act = side, d.Tokens[w].Span, d.Tokens[w].Lower, true
			if e.polarity = verbWeight; side == doc.StanceAgainst {
				e.polarity = -verbWeight
			}
		}
		b.out = append(b.out, e)
	}
}

// opensQuoted reports whether token t is the quotation mark (of any shape) that opens
// one of the speaker's quoted parts of q: claimed “Trump exaggerates”. A mark inside
// the quoted words opens someone else's ('Kosovo is a special case').
func opensQuoted(q doc.Quote, t doc.Token) bool {
	if t.Kind != doc.TokQuote {
		return false
	}
	for _, w := range q.Quoted {
		if w.Start == t.End {
			return true
		}
	}
	return false
}

// ownWords reports whether span sp is inside the quotation marks of quote q: the
// speaker's own words, not the journalist's paraphrase of them.
func ownWords(q doc.Quote, sp doc.Span) bool {
	for _, w := range q.Quoted {
		if w.Contains(sp) {
			return true
		}
	}
	return false
}

// clauseOpeners come before a clause's subject: "I think NATO is obsolete", "because
// Trump lies".
// Not "if", "when", "unless": a conditional's subject is not evaluated ("if he is asked
// questions he is unable to answer").
var clauseOpeners = setOf("that", "because", "and", "but", "so", "think", "believe", "know",
	"guess", "said", "says", "feel", "why", "how", "although", "though", ",", ";", ":", "-",
	"\"", "(")

// subjectFollowers may not come right after a clause's subject: a name followed by them
// is a complement or a modifier ("the money of Reed", "Reed and", "Reed supporters").
var subjectFollowers = setOf("of", "and", "or", "in", "for", "to", "with", "on", "at", "from",
	"by", "about", "than", "as", ",", ".", ";", ":", "\"", ")", "?", "!", "-")

// evaluated reports whether span m (a mention) is the subject of a clause inside quote q: it
// opens the quote or follows a clause opener (across a determiner or title), and a word
// that can start a predicate follows it (or its "'s": "Trump's speech is full of hate").
func (b *builder) evaluated(q doc.Quote, m doc.Span) bool {
	d := b.d
	k := d.TokenAt(m.Start)
	for k > 0 && d.Tokens[k-1].Start >= q.Start && skippable(d.Tokens[k-1]) {
		k--
	}
	if k > 0 && d.Tokens[k-1].Start >= q.Start && !clauseOpeners[d.Tokens[k-1].Lower] && !opensQuoted(q, d.Tokens[k-1]) {
		return false
	}
	after := d.TokenAt(m.End)
	for after < len(d.Tokens) && d.Tokens[after].Start < m.End {
		after++
	}
	possessive := after < len(d.Tokens) && d.Tokens[after].Lower == "'s"
	// a plural or a name in -s takes a bare apostrophe: "Ouellet Jones' plan is"
	possessive = possessive || after+1 < len(d.Tokens) && d.Tokens[after].Lower == "'" && authoredThings[d.Tokens[after+1].Lower]
	if first := d.TokenAt(m.Start); first < len(d.Tokens) && d.Tokens[first].End >= m.End && d.Tokens[first].Class.Has(doc.ClassPossessive) {
		possessive = true // "her campaign started": the possessed noun follows
	} else if possessive {
		after++
		if after < len(d.Tokens) && d.Tokens[after].Kind == doc.TokWord {
			after++ // the possessed noun: "Trump's speech is"
		}
	}
	if possessive && after > 0 && authoredThings[d.Tokens[after-1].Lower] {
		after = pastAppositive(d, after, q.End) // "Reed's column, “A Fair Deal,” is"
	}
	if after >= len(d.Tokens) || d.Tokens[after].Start >= q.End {
		return false
	}
	t := d.Tokens[after]
	// a noun after the name makes the name its modifier: "The Iowa caucuses are"; a charge
	// verb the tagger took for a plural noun is still the name's predicate ("Trump
	// exaggerates")
	return t.Kind == doc.TokWord && !subjectFollowers[t.Lower] && t.Norm == t.Lower && (!(t.POS.IsNoun() && !possessive) || chargeVerbs[t.Lower])
}

// possessesSideTakers reports whether mention span m is the possessor of a noun naming
// people by their side ("Reed's critics", "her allies"; sideTakers): what follows judges
// them, not the possessor.
func (b *builder) possessesSideTakers(m doc.Span) bool {
	d := b.d
	k := d.TokenAt(m.End)
	for k < len(d.Tokens) && d.Tokens[k].Start < m.End {
		k++
	}
	first := d.TokenAt(m.Start)
	pronoun := first < len(d.Tokens) && d.Tokens[first].End >= m.End && d.Tokens[first].Class.Has(doc.ClassPossessive)
	if !pronoun {
		if k >= len(d.Tokens) || d.Tokens[k].Lower != "'s" && d.Tokens[k].Lower != "'" {
			return false
		}
		k++
	}
	// across a modifier or two: "Reed's harshest critics", "her longtime allies"
	for n := 0; k < len(d.Tokens) && n < 3; k, n = k+1, n+1 {
		t := d.Tokens[k]
		if t.Kind != doc.TokWord {
			return false
		}
		if sideTakers[t.Lower] {
			return true
		}
	}
	return false
}

// predicationWindow is how many tokens after a clause subject its predicate's opinion
// word may come: "Reed [has repeatedly] lied", "Voss is [a] disgrace".
const predicationWindow = 4

// predication reads what the quote predicates of its clause subject m: the first
// opinion word (|score| >= 0.3 in the lexicon, not an event word) right after it, across
// auxiliaries, modals, adverbs, determiners and intensifiers ("Voss is wrecking", "Trump
// is a disgusting fraud", "Reed lied", "NATO may be obsolete": a speaker's hedged
// judgement is still the speaker's). It returns the word's token, its side, and whether a
// negator came first ("Reed is not corrupt"); -1 when the predicate holds no such word.
func (b *builder) predication(q doc.Quote, m doc.Span) (tok int, side doc.StanceLabel, negated bool) {
	d := b.d
	lex := DefaultLexicon()
	k := d.TokenAt(m.End)
	for k < len(d.Tokens) && d.Tokens[k].Start < m.End {
		k++
	}
	if k+1 < len(d.Tokens) && (d.Tokens[k].Lower == "'s" || d.Tokens[k].Lower == "'") && authoredThings[d.Tokens[k+1].Lower] {
		k = pastAppositive(d, k+2, q.End) // "Reed's plan is a disgrace": what the author made is judged with the author
	}
	negated = false
	for n := 0; k < len(d.Tokens) && d.Tokens[k].Start < q.End && n < predicationWindow; k, n = k+1, n+1 {
		t := d.Tokens[k]
		w := t.Lower
		switch {
		case negators[w] || w == "zero" || w == "lacks" || w == "lacked":
			negated = true
			continue
		case t.Kind != doc.TokWord:
			return -1, doc.StanceNeutral, negated
		case evidentials[w]:
			continue // "Trump has clearly demonstrated": how sure, not how good
		case b.judgesNothing(k):
			return -1, doc.StanceNeutral, negated // "Fox News is disappointed", "he was criticized"
		}
		if t.POS.IsVerb() && !auxiliaries[w] && !isCopula(w) && !accusingVerb(lex, w) {
			return -1, doc.StanceNeutral, negated // a verb of doing reports an act: "He leads in the polls"
		}
		if s, event, ok := judgementScore(lex, w); ok && !event && (s >= 0.3 || s <= -0.3) && t.Norm == t.Lower {
			switch {
			case negated && s > 0:
				// a denied virtue is a criticism: "Reed is not fit", "has zero skills"
				return k, doc.StanceAgainst, false
			case negated:
				return -1, doc.StanceNeutral, true // a denied vice is no praise: "Reed is not corrupt"
			case s > 0:
				return k, doc.StanceFor, false
			}
			return k, doc.StanceAgainst, false
		}
		if !auxiliaries[w] && !hedgingModals[w] && !isAdverb(t) && !intensifiers[w] && w != "a" && w != "an" && w != "the" && w != "being" && w != "so" && w != "such" {
			return -1, doc.StanceNeutral, negated // the predicate's head says no side: "Reed won"
		}
	}
	return -1, doc.StanceNeutral, negated
}

// appositiveWindow bounds an appositive between commas after a subject (in tokens):
// "Reed's column, “A Fair Deal,” is thoughtful".
const appositiveWindow = 15

// pastAppositive returns the token after an appositive that opens with a comma at token
// k and closes with a comma before a copula or an auxiliary ("Reed's plan, announced on
// Monday, is"), within appositiveWindow tokens and before byte end; else k.
func pastAppositive(d *doc.Doc, k, end int) int {
	if k >= len(d.Tokens) || d.Tokens[k].Lower != "," {
		return k
	}
	for j := k + 1; j+1 < len(d.Tokens) && j < k+appositiveWindow && d.Tokens[j+1].Start < end; j++ {
		if d.Tokens[j].Lower != "," && d.Tokens[j].Lower != "”" && d.Tokens[j].Lower != "\"" {
			continue
		}
		n := j + 1
		for n < len(d.Tokens) && n < j+3 && d.Tokens[n].Kind != doc.TokWord {
			n++ // the closing comma and quotation mark: ",”" or "”,"
		}
		if n < len(d.Tokens) && d.Tokens[n].Start < end && d.Tokens[j].Lower == "," && (isCopula(d.Tokens[n].Lower) || auxiliaries[d.Tokens[n].Lower]) {
			return n
		}
	}
	return k
}

// authoredThings are what a person makes, says or leads, judged with their author
// after a possessive ("Reed's plan is a disgrace", "Lopez's commentary is thoughtful");
// not people ("Reed's critics", "Reed's wife" are judged themselves). Written for lede
// from English usage.
var authoredThings = setOf("plan", "plans", "policy", "policies", "proposal", "proposals",
	"speech", "speeches", "remarks", "comments", "commentary", "column", "article", "book",
	"statement", "statements", "words", "claim", "claims", "argument", "arguments", "idea",
	"ideas", "agenda", "record", "tenure", "leadership", "performance", "decision",
	"decisions", "ruling", "answer", "answers", "response", "campaign", "budget", "bill",
	"tweet", "tweets", "rhetoric", "behavior", "behaviour", "conduct")

// clauseEnders open another clause: its opinion words are not about the target
// (conjunctions, subordinators and relatives of the language layer).
var clauseEnders = text.WordSet(doc.ClassConjunction | doc.ClassSubordinator | doc.ClassRelative)

// partOf reports whether the holder is an organisation of the target place, named
// after it ("US State Department" and the United States, alias "US"): an institution
// speaking of its own country takes no side on it.
func partOf(holder, target *doc.Actor) bool {
	if holder.Type != doc.EntOrg || target.Type != doc.EntLoc {
		return false
	}
	words := " " + strings.ToLower(holder.Name) + " "
	for _, a := range holder.Aliases {
		words += strings.ToLower(a) + " "
	}
	names := append([]string{target.Name}, target.Aliases...)
	for _, n := range names {
		if n != "" && strings.Contains(words, " "+strings.ToLower(n)+" ") {
			return true
		}
	}
	return false
}

// relays reports whether a statement is relayed news ("the Times reported that ..."):
// the one who reports it takes no side on the people in it.
func relays(d *doc.Doc, q doc.Quote) bool {
	if q.Kind == doc.QuoteDirect || !q.Cue.Valid(len(d.Text)) || q.Cue.Len() == 0 {
		return false
	}
	return reportageCues[strings.ToLower(d.Slice(q.Cue))]
}

// reportageCues relay what happened or what others said.
var reportageCues = map[string]bool{"reported": true, "reports": true, "report": true, "reporting": true}

// isObjectMarker is a preposition (the word classes): a name after it is a complement,
// not a subject ("the leader of X").
func isObjectMarker(w string) bool { return text.ClassOf(w).Has(doc.ClassPreposition) }

// firstMentionFrom returns the index of the first mention starting at or after off.
func firstMentionFrom(d *doc.Doc, off int) int {
	return sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= off })
}

func mentionStartingAt(d *doc.Doc, off int) int {
	i := firstMentionFrom(d, off)
	if i < len(d.Mentions) && d.Mentions[i].Start == off {
		return i
	}
	return -1
}

// mentionEndingAt returns a mention ending at byte off (the longest when several), or -1.
func mentionEndingAt(d *doc.Doc, off int) int {
	// mentions are sorted by Start; one ending at off starts at or before it, and
	// mentions are short, so look back from the first starting at off.
	i := firstMentionFrom(d, off)
	best := -1
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if d.Mentions[j].End == off && (best < 0 || d.Mentions[j].Start < d.Mentions[best].Start) {
			best = j
		}
	}
	return best
}

func stanceLabel(p float64) doc.StanceLabel {
	switch {
	case p >= stanceThreshold:
		return doc.StanceFor
	case p <= -stanceThreshold:
		return doc.StanceAgainst
	}
	return doc.StanceNeutral
}

// sortedUnique sorts s and drops repeats, in place.
func sortedUnique(s []int) []int {
	sort.Ints(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendUnique appends v unless it is the last element: callers append in
// non-decreasing order (sentences are visited in text order), so a repeat is always
// adjacent, and a long article costs no quadratic scan.
func appendUnique(s []int, v int) []int {
	if len(s) > 0 && s[len(s)-1] == v {
		return s
	}
	return append(s, v)
}
