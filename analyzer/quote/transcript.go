package quote

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// transcript reads interview transcripts, one turn a paragraph: `TAPPER: Do you think
// ...?`, `JAKE TAPPER: ...`. The label in capitals is the speaker and the colon the cue;
// the rest of the paragraph is the turn, recorded as an indirect statement (its words
// are the speaker's own, but no quotation marks set them off). A label counts only when
// it names a person the text names elsewhere, or when it labels two turns or more, so
// that headings ("UPDATE:", "EXCLUSIVE:") are not taken for speakers.
func (f *finder) transcript() {
	type turn struct {
		label, colon, end int
		caps, title       bool // the label is in capitals; the paragraph is a title line
	}
	var turns []turn
	count := map[string]int{} // label text -> turns it labels
	for pi, p := range f.d.Paragraphs {
		lo, hi := f.paragraphBounds(pi)
		colon, caps := f.labelColon(lo, hi)
		if colon < 0 {
			continue
		}
		title := p.EndSentence-p.FirstSentence == 1 && (pi == 0 || f.d.Sentences[p.FirstSentence].Headline)
		turns = append(turns, turn{lo, colon, hi, caps, title})
		count[f.labelKey(lo, colon)]++
	}
	if len(turns) == 0 {
		return
	}
	names := f.personWords()
	for _, t := range turns {
		key := f.labelKey(t.label, t.colon)
		last := strings.ToLower(strings.Trim(f.toks[t.colon-1].Norm, "."))
		// a headline "Sanders: Brexit's message could draw Trump support" is a turn too
		if count[key] < 2 && names[last] == 0 && !(t.title && !t.caps) {
			continue
		}
		a, b := t.colon+1, t.end
		for b > a && isSentenceEnd(f.toks[b-1]) && f.toks[b-1].Norm != "?" && f.toks[b-1].Norm != "!" {
			b--
		}
		if !f.contentOK(a, b) || !t.title && titleCase(f.toks[a:b]) || f.onlyName(a, b) {
			continue // a heading: "HUFFPOLLSTER: A Seismic Shift Among Voters", "Profile: Ann Lee"
		}
		f.addIndirect(a, b, tokRange{t.colon, t.colon + 1}, tokRange{t.label, t.colon}, noRange)
	}
}

// labelColon returns the colon after a speaker label that opens tokens [lo, hi): one to
// four capitalised words ("TAPPER", "JAKE TAPPER", "SEN. TIM KAINE", "Matthews"), or -1;
// caps is true when the label is in capitals.
func (f *finder) labelColon(lo, hi int) (colon int, caps bool) {
	words := 0
	caps = true
	for i := lo; i < hi && i < lo+8; i++ {
		t := f.toks[i]
		switch {
		case t.Norm == ":":
			if words == 0 || i+2 >= hi || f.used[i+1] || f.inMarks[i+1] {
				return -1, false
			}
			return i, caps
		case t.Kind == doc.TokWord && text.IsCapitalised(t) && !f.used[i] && (len(t.Norm) >= 2 || i > lo):
			words++
			caps = caps && text.IsAllCaps(t.Norm) && len(t.Norm) >= 2
			if words > 4 {
				return -1, false
			}
		case t.Lower == "'s" && i > lo:
		case t.Norm == "." && i > lo && !t.SpaceBefore:
			// "SEN." inside a label
		default:
			return -1, false
		}
	}
	return -1, false
}

// labelKey is a label's words, for counting the turns each label opens.
func (f *finder) labelKey(a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		sb.WriteString(f.toks[i].Lower)
		sb.WriteByte(' ')
	}
	return sb.String()
}

// personWords maps the lower-case words of the people's names the entity stage found to
// how often they occur, so that a label in capitals can be checked against them.
func (f *finder) personWords() map[string]int {
	m := map[string]int{}
	for _, mn := range f.d.Mentions {
		if mn.Type != doc.EntPerson || mn.Kind != doc.MentionName || !mn.Valid(len(f.d.Text)) {
			continue
		}
		for _, w := range strings.Fields(f.d.Slice(mn.Span)) {
			m[strings.ToLower(strings.Trim(w, ".,"))]++
		}
	}
	return m
}

// onlyName reports whether tokens [a, b) are one name and nothing else: a heading
// that names its subject ("Profile: Ann Lee"), not a statement.
func (f *finder) onlyName(a, b int) bool {
	if mi := f.d.MentionAt(f.toks[a].Start); mi >= 0 && f.d.Mentions[mi].Kind == doc.MentionName && f.d.Mentions[mi].End >= f.toks[b-1].End {
		return true
	}
	if b-a > 4 {
		return false
	}
	for _, t := range f.toks[a:b] {
		if t.Kind != doc.TokWord || !text.IsCapitalised(t) {
			return false
		}
	}
	return true
}
