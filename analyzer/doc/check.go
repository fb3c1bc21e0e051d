package doc

import (
	"fmt"
	"math"
)

// Check reports the first broken invariant of d, or nil. The invariants are those every
// stage may rely on and must keep:
//   - every span lies in the text, is not inverted, and starts and ends on a rune boundary
//     (an optional span may instead be NoSpan);
//   - paragraphs, sentences and tokens are in text order, do not overlap, and each lies in
//     its parent (a token in its sentence, a sentence in its paragraph), with the index
//     ranges between them agreeing;
//   - chunks and clauses are token ranges of one sentence, their heads and the chunk
//     indices they hold in range;
//   - mentions, quotes and timexes are sorted by Start (timexes do not overlap);
//   - the mention polarities, when set, are one per mention, each in -1..1;
//   - every index from one field into another is in range: a mention's actor, an actor's
//     mentions (ascending, each pointing back), a quote's speaker, an event's timex and
//     actors, the stance edges' and tones' actors, quotes and sentences.
//
// A stage's tests, and FuzzAnalyze, run it on what the stage leaves.
func Check(d *Doc) error {
	for _, check := range []func(*Doc) error{
		checkParagraphs, checkSentences, checkTokens, checkChunks, checkClauses,
		checkMentions, checkActors, checkQuotes, checkTimexes, checkEvents,
		checkStance, checkTone, checkTargets,
	} {
		if err := check(d); err != nil {
			return err
		}
	}
	return nil
}

// spanErr describes span s of the named annotation when it is not a valid span of d.
func (d *Doc) spanErr(what string, i int, s Span) error {
	if !d.SpanOK(s) {
		return fmt.Errorf("%s %d: span %v is out of the text (%d bytes) or off a rune boundary", what, i, s, len(d.Text))
	}
	return nil
}

// optSpanErr is spanErr for a span that may be NoSpan.
func (d *Doc) optSpanErr(what string, i int, s Span) error {
	if s == NoSpan {
		return nil
	}
	return d.spanErr(what, i, s)
}

// inRange reports whether i indexes a slice of n elements.
func inRange(i, n int) bool { return 0 <= i && i < n }

// ascendingIn reports whether xs is strictly ascending and every element indexes a slice
// of n elements.
func ascendingIn(xs []int, n int) bool {
	for k, x := range xs {
		if !inRange(x, n) || k > 0 && xs[k-1] >= x {
			return false
		}
	}
	return true
}

func checkParagraphs(d *Doc) error {
	for i, p := range d.Paragraphs {
		if err := d.spanErr("paragraph", i, p.Span); err != nil {
			return err
		}
		if i > 0 && d.Paragraphs[i-1].End > p.Start {
			return fmt.Errorf("paragraphs %d and %d overlap or are out of order", i-1, i)
		}
		if p.FirstSentence < 0 || p.FirstSentence > p.EndSentence || p.EndSentence > len(d.Sentences) {
			return fmt.Errorf("paragraph %d: sentences [%d, %d) out of range", i, p.FirstSentence, p.EndSentence)
		}
	}
	return nil
}

func checkSentences(d *Doc) error {
	for i, s := range d.Sentences {
		if err := d.spanErr("sentence", i, s.Span); err != nil {
			return err
		}
		if i > 0 && d.Sentences[i-1].End > s.Start {
			return fmt.Errorf("sentences %d and %d overlap or are out of order", i-1, i)
		}
		if !inRange(s.Paragraph, len(d.Paragraphs)) {
			return fmt.Errorf("sentence %d: paragraph %d out of range", i, s.Paragraph)
		}
		p := d.Paragraphs[s.Paragraph]
		if !p.Contains(s.Span) || i < p.FirstSentence || i >= p.EndSentence {
			return fmt.Errorf("sentence %d is outside its paragraph %d", i, s.Paragraph)
		}
		if s.FirstToken < 0 || s.FirstToken > s.EndToken || s.EndToken > len(d.Tokens) {
			return fmt.Errorf("sentence %d: tokens [%d, %d) out of range", i, s.FirstToken, s.EndToken)
		}
	}
	return nil
}

func checkTokens(d *Doc) error {
	for i, t := range d.Tokens {
		if err := d.spanErr("token", i, t.Span); err != nil {
			return err
		}
		if t.Start == t.End {
			return fmt.Errorf("token %d is empty at %d", i, t.Start)
		}
		if i > 0 && d.Tokens[i-1].End > t.Start {
			return fmt.Errorf("tokens %d and %d overlap or are out of order", i-1, i)
		}
		if !inRange(int(t.Sentence), len(d.Sentences)) {
			return fmt.Errorf("token %d: sentence %d out of range", i, t.Sentence)
		}
		s := d.Sentences[t.Sentence]
		if !s.Contains(t.Span) || i < s.FirstToken || i >= s.EndToken {
			return fmt.Errorf("token %d is outside its sentence %d", i, t.Sentence)
		}
	}
	return nil
}

// tokensOK reports whether tokens [first, end) are a non-empty range of one sentence.
func (d *Doc) tokensOK(first, end int) bool {
	return 0 <= first && first < end && end <= len(d.Tokens) && d.Tokens[first].Sentence == d.Tokens[end-1].Sentence
}

func checkChunks(d *Doc) error {
	for i, c := range d.Chunks {
		if !d.tokensOK(c.FirstToken, c.EndToken) {
			return fmt.Errorf("chunk %d: tokens [%d, %d) are not a range of one sentence", i, c.FirstToken, c.EndToken)
		}
		if c.Head < c.FirstToken || c.Head >= c.EndToken {
			return fmt.Errorf("chunk %d: head %d outside [%d, %d)", i, c.Head, c.FirstToken, c.EndToken)
		}
		if i > 0 && d.Chunks[i-1].EndToken > c.FirstToken {
			return fmt.Errorf("chunks %d and %d overlap or are out of order", i-1, i)
		}
	}
	return nil
}

func checkClauses(d *Doc) error {
	chunk := func(c int) bool { return c == -1 || inRange(c, len(d.Chunks)) }
	for i, c := range d.Clauses {
		v := c.Verb
		if !inRange(c.Sentence, len(d.Sentences)) || !d.tokensOK(c.FirstToken, c.EndToken) || !d.tokensOK(v.FirstToken, v.EndToken) {
			return fmt.Errorf("clause %d: sentence %d, tokens [%d, %d) or verb [%d, %d) out of range", i, c.Sentence, c.FirstToken, c.EndToken, v.FirstToken, v.EndToken)
		}
		if v.Head != -1 && (v.Head < v.FirstToken || v.Head >= v.EndToken) {
			return fmt.Errorf("clause %d: verb head %d outside [%d, %d)", i, v.Head, v.FirstToken, v.EndToken)
		}
		if !chunk(c.Subject) || !chunk(c.Object) || !chunk(c.Agent) {
			return fmt.Errorf("clause %d: subject %d, object %d or agent %d is no chunk", i, c.Subject, c.Object, c.Agent)
		}
		if c.Complement && !inRange(c.Parent, len(d.Clauses)) {
			return fmt.Errorf("clause %d: parent %d out of range", i, c.Parent)
		}
		if i > 0 && d.Clauses[i-1].Verb.FirstToken > v.FirstToken {
			return fmt.Errorf("clauses %d and %d are not in the order of their verbs", i-1, i)
		}
	}
	return nil
}

func checkMentions(d *Doc) error {
	for i, m := range d.Mentions {
		if err := d.spanErr("mention", i, m.Span); err != nil {
			return err
		}
		if i > 0 && d.Mentions[i-1].Start > m.Start {
			return fmt.Errorf("mentions %d and %d are not sorted by Start", i-1, i)
		}
		if m.Actor < -1 || m.Actor >= len(d.Actors) {
			return fmt.Errorf("mention %d: actor %d out of range", i, m.Actor)
		}
	}
	if n := len(d.MentionPolarity); n != 0 && n != len(d.Mentions) {
		return fmt.Errorf("mention polarities: %d for %d mentions", n, len(d.Mentions))
	}
	for i, p := range d.MentionPolarity {
		if math.IsNaN(p) || p < -1 || p > 1 {
			return fmt.Errorf("mention %d: polarity %v outside -1..1", i, p)
		}
	}
	return nil
}

func checkActors(d *Doc) error {
	for ai, a := range d.Actors {
		if !ascendingIn(a.Mentions, len(d.Mentions)) {
			return fmt.Errorf("actor %d (%s): mentions %v not ascending indices of mentions", ai, a.Name, a.Mentions)
		}
		for _, mi := range a.Mentions {
			if d.Mentions[mi].Actor != ai {
				return fmt.Errorf("actor %d (%s) lists mention %d, whose actor is %d", ai, a.Name, mi, d.Mentions[mi].Actor)
			}
		}
		if math.IsNaN(a.Salience) || a.Salience < 0 || a.Salience > 1 {
			return fmt.Errorf("actor %d (%s): salience %v outside 0..1", ai, a.Name, a.Salience)
		}
	}
	return nil
}

func checkQuotes(d *Doc) error {
	for i, q := range d.Quotes {
		for _, err := range []error{d.spanErr("quote", i, q.Span), d.optSpanErr("quote speaker", i, q.SpeakerSpan),
			d.optSpanErr("quote cue", i, q.Cue), d.optSpanErr("quote outlet", i, q.Outlet)} {
			if err != nil {
				return err
			}
		}
		for _, s := range q.Quoted {
			if err := d.spanErr("quote's quoted part", i, s); err != nil {
				return err
			}
		}
		if i > 0 && d.Quotes[i-1].Start > q.Start {
			return fmt.Errorf("quotes %d and %d are not sorted by Start", i-1, i)
		}
		if q.Speaker < -1 || q.Speaker >= len(d.Actors) {
			return fmt.Errorf("quote %d: speaker %d out of range", i, q.Speaker)
		}
	}
	return nil
}

func checkTimexes(d *Doc) error {
	for i, x := range d.Timexes {
		if err := d.spanErr("timex", i, x.Span); err != nil {
			return err
		}
		if x.Start == x.End {
			return fmt.Errorf("timex %d is empty at %d", i, x.Start)
		}
		if i > 0 && d.Timexes[i-1].End > x.Start {
			return fmt.Errorf("timexes %d and %d overlap or are out of order", i-1, i)
		}
	}
	return nil
}

func checkEvents(d *Doc) error {
	for i, e := range d.Events {
		if err := d.spanErr("event", i, e.Span); err != nil {
			return err
		}
		if !inRange(e.Timex, len(d.Timexes)) || !e.Span.Contains(d.Timexes[e.Timex].Span) {
			return fmt.Errorf("event %d: timex %d out of range or outside the event", i, e.Timex)
		}
		for _, a := range e.Actors {
			if !inRange(a, len(d.Actors)) {
				return fmt.Errorf("event %d: actor %d out of range", i, a)
			}
		}
	}
	return nil
}

func checkStance(d *Doc) error {
	for i, e := range d.Stance {
		if !inRange(e.Holder, len(d.Actors)) || !inRange(e.Target, len(d.Actors)) || e.Holder == e.Target {
			return fmt.Errorf("stance edge %d: holder %d and target %d are not two actors", i, e.Holder, e.Target)
		}
		if !ascendingIn(e.Evidence, len(d.Quotes)) || !ascendingIn(e.Sentences, len(d.Sentences)) {
			return fmt.Errorf("stance edge %d: evidence %v or sentences %v not ascending indices", i, e.Evidence, e.Sentences)
		}
	}
	return nil
}

func checkTone(d *Doc) error {
	for i, t := range d.Tone {
		if !inRange(t.Actor, len(d.Actors)) {
			return fmt.Errorf("tone %d: actor %d out of range", i, t.Actor)
		}
		for _, s := range t.Sentences {
			if !inRange(s, len(d.Sentences)) {
				return fmt.Errorf("tone %d: sentence %d out of range", i, s)
			}
		}
	}
	return nil
}

func checkTargets(d *Doc) error {
	for i, t := range d.Targets {
		if err := d.spanErr("target", i, t.Span); err != nil {
			return err
		}
	}
	return nil
}
