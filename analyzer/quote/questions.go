package quote

import "lede/analyzer/doc"

// askedQuestions reads a question reported after "asked" that no frame before it took:
// "Asked whether he would run again, the mayor smiled", "when asked what the plan
// would cost", "Lee was asked by the host why he left". ("Asked about the strike" names a topic,
// not a question: no statement.) The question (from the
// question word to a comma or the sentence's end) is the statement; its source is the
// asker after "by" when there is one, else none in the sentence. Between "asked" and
// the question word only a short object may stand ("asked Clinton if", "asked him
// whether"), never a verb or punctuation.
func (f *finder) askedQuestions(lo, end int) {
	for i := lo; i+2 < end; i++ {
		if f.used[i] || f.inMarks[i] || !askForms[f.toks[i].Lower] {
			continue
		}
		k, sp := f.questionStart(i+1, end)
		if k < 0 {
			continue
		}
		stop := k + 1
		// the question runs through quoted words in it ("whether Clinton “lied”")
		for stop < end && !f.used[stop] && (f.inMarks[stop] || f.toks[stop].Norm != "," && f.toks[stop].Norm != ";") {
			stop++
		}
		if stop-k < 3 || !f.contentOK(k, stop) {
			continue
		}
		f.addStatement(k, stop, tokRange{i, i + 1}, sp, noRange, false)
		i = stop
	}
}

// questionStart finds the question word that opens the question after "asked", within
// a short object or "by" and the asker, from k; it returns its index (-1 for none) and
// the asker after "by".
func (f *finder) questionStart(k, end int) (int, tokRange) {
	sp := noRange
	for j := k; j < end && j < k+7; j++ {
		t := f.toks[j]
		if f.used[j] || f.inMarks[j] || t.Kind != doc.TokWord {
			return -1, noRange
		}
		if questionWords[t.Lower] {
			if j+1 < end && f.toks[j+1].Kind == doc.TokWord {
				return j, sp
			}
			return -1, noRange
		}
		if t.Lower == "by" && sp == noRange {
			if r, ok := f.phraseStartingAt(j+1, end, false); ok {
				sp = r
				j = r.b - 1
				continue
			}
			return -1, noRange
		}
		if t.POS.IsVerb() || t.Lower == "that" || t.Lower == "to" {
			return -1, noRange
		}
	}
	return -1, noRange
}

// askForms are the forms of "ask" that report a question.
var askForms = words(`asked asking`)

// questionWords open a reported question.
var questionWords = words(`whether if what why how who which`)
