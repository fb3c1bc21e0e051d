package quote

import (
	"lede/analyzer/doc"
)

// interview reads question-and-answer transcripts, one turn a paragraph: `Q: Will you
// run again?` / `A: I have not decided.` The answers are the words of the person
// interviewed, whom the text names before the first turn ("Mayor Ann Lee spoke to us
// ..."): the nearest person named there is taken as the speaker of every answer, marked
// as inferred. The questions are the outlet's and are not recorded. A text with answers
// but no person named before them keeps its answers unattributed.
func (f *finder) interview() {
	type turn struct{ colon, end int }
	var answers []turn
	questions, first := 0, -1
	for pi := range f.d.Paragraphs {
		lo, hi := f.paragraphBounds(pi)
		if hi-lo < 3 || f.toks[lo+1].Norm != ":" || f.used[lo] || f.used[lo+2] {
			continue
		}
		switch f.toks[lo].Norm {
		case "Q":
			questions++
		case "A":
			answers = append(answers, turn{lo + 1, hi})
		default:
			continue
		}
		if first < 0 {
			first = lo
		}
	}
	if questions == 0 || len(answers) == 0 {
		return
	}
	subject := f.personNamedBefore(f.toks[first].Start)
	for _, t := range answers {
		a, b := t.colon+1, t.end
		for b > a && isSentenceEnd(f.toks[b-1]) && f.toks[b-1].Norm != "?" && f.toks[b-1].Norm != "!" {
			b--
		}
		if a >= b {
			continue
		}
		f.drafts = append(f.drafts, draft{kind: doc.QuoteIndirect, span: doc.Span{Start: f.toks[a].Start, End: f.toks[b-1].End},
			speaker: subject, cue: tokRange{t.colon - 1, t.colon + 1}, outlet: noRange, inferred: subject.ok(), from: -1,
			para: f.d.Sentences[f.toks[a].Sentence].Paragraph, lastSeg: -1, frame: -1})
		f.markUsed(tokRange{t.colon - 1, b})
	}
}

// personNamedBefore returns the tokens of the last person's name mentioned before byte
// offset off, or noRange.
func (f *finder) personNamedBefore(off int) tokRange {
	for mi := len(f.d.Mentions) - 1; mi >= 0; mi-- {
		m := f.d.Mentions[mi]
		if m.Start >= off || m.Type != doc.EntPerson || m.Kind != doc.MentionName || !m.Valid(len(f.d.Text)) {
			continue
		}
		a, b := f.d.TokenAt(m.Start), f.d.TokenAt(m.End)
		if a < b && b <= len(f.toks) {
			return tokRange{a, b}
		}
	}
	return noRange
}
