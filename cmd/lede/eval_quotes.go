package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/internal/corpus"
)

// lede eval quotes DIR scores quote detection and attribution on PolNeAR-format folders:
// DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann (brat standoff, character
// offsets). One annotator file is used per article (the first in sorted order). Set
// LEDE_QUOTE_ERRORS=FILE to write there, one a line: direct-quote misses (MISS), false
// alarms (FALSE) and wrong speakers (SPEAKER), inferred speakers that are right
// (INFERRED), and for all attributions misses (IMISS, with the gold cue and the text
// around) and false alarms (IFALSE).
func init() { evaluators["quotes"] = evalQuotes }

// goldAttribution is one attribution relation: content, source and cue as byte spans.
type goldAttribution struct {
	content, source, cue []doc.Span
	direct               bool // the content holds a double quotation mark (or '' written for one)
}

func evalQuotes(dir string, out io.Writer) error {
	dates := polnearDates(dir)
	errOut, closeErrors, err := errorFile("LEDE_QUOTE_ERRORS")
	if err != nil {
		return err
	}
	defer closeErrors()
	var sc quoteScore
	n, err := forEachPolNeAR(dir, func(base, text string, gold []goldAttribution) error {
		d, err := analyzer.Build(text, analyzer.Options{RefDate: dates[base]})
		if err != nil {
			return fmt.Errorf("%s: %w", base, err)
		}
		sc.add(d, gold, base, errOut)
		return nil
	})
	if err != nil {
		return err
	}
	sc.print(out, n)
	return nil
}

// polnearDates reads publication dates from metadata.tsv next to (or above) dir.
func polnearDates(dir string) map[string]string {
	dates := map[string]string{}
	for _, p := range []string{filepath.Join(dir, "metadata.tsv"), filepath.Join(dir, "..", "metadata.tsv")} {
		raw, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		lines := strings.Split(string(raw), "\n")
		if len(lines) == 0 {
			continue
		}
		cols := strings.Split(lines[0], "\t")
		fi, di := -1, -1
		for i, c := range cols {
			switch c {
			case "filename":
				fi = i
			case "publication_date":
				di = i
			}
		}
		if fi < 0 || di < 0 {
			continue
		}
		for _, l := range lines[1:] {
			f := strings.Split(l, "\t")
			if len(f) > fi && len(f) > di && len(f[di]) == 10 {
				dates[f[fi]] = f[di]
			}
		}
		break
	}
	return dates
}

// readBrat reads the attribution relations of a brat .ann file; offsets are characters
// (code points) and come back as byte spans of text.
func readBrat(path, text string) ([]goldAttribution, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// code point offset -> byte offset
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	spans := map[string][]doc.Span{}
	var rels [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			sp := strings.SplitN(f[1], " ", 2)
			if len(sp) < 2 {
				continue
			}
			var list []doc.Span
			for _, part := range strings.Split(sp[1], ";") {
				ab := strings.Fields(part)
				if len(ab) != 2 {
					return nil, errors.New("bad span " + part)
				}
				a, err1 := strconv.Atoi(ab[0])
				b, err2 := strconv.Atoi(ab[1])
				if err1 != nil || err2 != nil || a < 0 || b < a || b >= len(byteAt) {
					return nil, errors.New("bad span " + part)
				}
				list = append(list, doc.Span{Start: byteAt[a], End: byteAt[b]})
			}
			spans[f[0]] = list
		case strings.HasPrefix(f[0], "E"):
			rels = append(rels, strings.Fields(f[1]))
		}
	}
	var out []goldAttribution
	for _, r := range rels {
		var g goldAttribution
		for _, kv := range r {
			k, v, ok := strings.Cut(kv, ":")
			if !ok {
				continue
			}
			switch k {
			case "Content":
				g.content = spans[v]
			case "Source":
				g.source = spans[v]
			case "Cue":
				g.cue = spans[v]
			}
		}
		if len(g.content) == 0 {
			continue
		}
		for _, s := range g.content {
			if c := text[s.Start:s.End]; strings.ContainsAny(c, "\"“”«»„") || strings.Contains(c, "''") {
				g.direct = true
			}
		}
		out = append(out, g)
	}
	return out, nil
}

func spansLen(ss []doc.Span) int {
	n := 0
	for _, s := range ss {
		n += s.Len()
	}
	return n
}

func overlapLen(a doc.Span, ss []doc.Span) int {
	n := 0
	for _, s := range ss {
		lo, hi := max(a.Start, s.Start), min(a.End, s.End)
		if hi > lo {
			n += hi - lo
		}
	}
	return n
}

// quoteScore accumulates the counts of every figure.
type quoteScore struct {
	// direct quotes: predictions with quoted words against gold contents with marks
	// (dSpeakerOK strict, dSpeakerLenient under the lenient rule; see eval_quotes_head.go)
	dPred, dGold, dMatch, dSpeakerOK, dSpeakerLenient int
	// all attributions
	aPred, aGold, aMatch, aSpeakerOK, aSpeakerLenient int
	unattributed                                      int
	inferred, inferredOK                              int // matched direct quotes whose speaker is inferred
}

// match pairs predictions with gold contents one to one, largest overlap first; a pair
// counts when the prediction covers at least half of the gold content.
func match(preds []doc.Quote, gold []goldAttribution) map[int]int {
	type pair struct{ p, g, ov int }
	var pairs []pair
	for gi, g := range gold {
		gl := spansLen(g.content)
		if gl == 0 {
			continue
		}
		for pi, p := range preds {
			ov := overlapLen(p.Span, g.content)
			if ov*2 >= gl {
				pairs = append(pairs, pair{pi, gi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	m := map[int]int{} // gold -> pred
	usedP := map[int]bool{}
	for _, pr := range pairs {
		if _, ok := m[pr.g]; ok || usedP[pr.p] {
			continue
		}
		m[pr.g] = pr.p
		usedP[pr.p] = true
	}
	return m
}

func (sc *quoteScore) add(d *doc.Doc, gold []goldAttribution, name string, errOut io.Writer) {
	var dp []doc.Quote
	var dg []goldAttribution
	for _, q := range d.Quotes {
		if len(q.Quoted) > 0 {
			dp = append(dp, q)
		}
		if q.Speaker < 0 && q.SpeakerSpan == doc.NoSpan {
			sc.unattributed++
		}
	}
	for _, g := range gold {
		if g.direct {
			dg = append(dg, g)
		}
	}
	sc.dPred += len(dp)
	sc.dGold += len(dg)
	dm := match(dp, dg)
	matchedP := map[int]bool{}
	for gi, pi := range dm {
		sc.dMatch++
		matchedP[pi] = true
		right := speakerRightStrict(d, dp[pi], dg[gi])
		if speakerRightLenient(d, dp[pi], dg[gi]) {
			sc.dSpeakerLenient++
		}
		if dp[pi].Inferred {
			sc.inferred++
			if right {
				sc.inferredOK++
				fmt.Fprintf(errOut, "%s\tINFERRED\tgot %q (right)\t%s\n", name, spText(d, dp[pi].SpeakerSpan), showAround(d, dp[pi].Span))
			}
		}
		if right {
			sc.dSpeakerOK++
		} else {
			fmt.Fprintf(errOut, "%s\tSPEAKER\tgot %q%s want %q\t%s\n", name, spText(d, dp[pi].SpeakerSpan), map[bool]string{true: " (inferred)"}[dp[pi].Inferred], spansText(d, dg[gi].source), showAround(d, dp[pi].Span))
		}
	}
	for gi, g := range dg {
		if _, ok := dm[gi]; !ok {
			fmt.Fprintf(errOut, "%s\tMISS\tsrc %q\t%s\tnear: %s\n", name, spansText(d, g.source), showAround(d, g.content[0]), nearest(d, dp, g))
		}
	}
	for pi, p := range dp {
		if !matchedP[pi] {
			fmt.Fprintf(errOut, "%s\tFALSE\t%s speaker %q\t%s\n", name, p.Kind, spText(d, p.SpeakerSpan), clip(d.Slice(p.Span)))
		}
	}
	sc.aPred += len(d.Quotes)
	sc.aGold += len(gold)
	am := match(d.Quotes, gold)
	for gi, pi := range am {
		sc.aMatch++
		if speakerRightStrict(d, d.Quotes[pi], gold[gi]) {
			sc.aSpeakerOK++
		}
		if speakerRightLenient(d, d.Quotes[pi], gold[gi]) {
			sc.aSpeakerLenient++
		}
	}
	matchedA := map[int]bool{}
	for _, pi := range am {
		matchedA[pi] = true
	}
	for gi, g := range gold {
		if _, ok := am[gi]; !ok && !g.direct {
			fmt.Fprintf(errOut, "%s\tIMISS\tsrc %q cue %q\t%s\t%s\tnear: %s\n", name, spansText(d, g.source), spansText(d, g.cue), clip(spansText(d, g.content)), showAround(d, g.content[0]), nearest(d, d.Quotes, g))
		}
	}
	for pi, p := range d.Quotes {
		if !matchedA[pi] && len(p.Quoted) == 0 {
			fmt.Fprintf(errOut, "%s\tIFALSE\tspeaker %q cue %q\t%s\n", name, spText(d, p.SpeakerSpan), spText(d, p.Cue), clip(d.Slice(p.Span)))
		}
	}
}

// nearest describes the prediction that covers most of a missed gold content, to tell a
// near miss from none.
func nearest(d *doc.Doc, preds []doc.Quote, g goldAttribution) string {
	best, bestOv := -1, 0
	for pi, p := range preds {
		if ov := overlapLen(p.Span, g.content); ov > bestOv {
			best, bestOv = pi, ov
		}
	}
	if best < 0 {
		return "none"
	}
	return fmt.Sprintf("%.0f%% by %q", 100*float64(bestOv)/float64(spansLen(g.content)), clip(d.Slice(preds[best].Span)))
}

func spText(d *doc.Doc, s doc.Span) string {
	if s == doc.NoSpan || !s.Valid(len(d.Text)) {
		return ""
	}
	return d.Slice(s)
}

func spansText(d *doc.Doc, ss []doc.Span) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, d.Slice(s))
	}
	return strings.Join(parts, " | ")
}

// showAround shows a span with some text around it, the span in [[ ]].
func showAround(d *doc.Doc, s doc.Span) string {
	a, b := s.Start, s.End
	for k := 0; k < 100 && a > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(d.Text[:a])
		a -= n
	}
	for k := 0; k < 100 && b < len(d.Text); k++ {
		_, n := utf8.DecodeRuneInString(d.Text[b:])
		b += n
	}
	mid := d.Slice(s)
	if utf8.RuneCountInString(mid) > 200 {
		r := []rune(mid)
		mid = string(r[:100]) + "…" + string(r[len(r)-100:])
	}
	return strings.ReplaceAll(d.Text[a:s.Start]+"[["+mid+"]]"+d.Text[s.End:b], "\n", "¶")
}

func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", "¶")
	if utf8.RuneCountInString(s) > 160 {
		r := []rune(s)
		return string(r[:160]) + "…"
	}
	return s
}

func (sc *quoteScore) print(out io.Writer, articles int) {
	row := func(label string, p, r float64) {
		fmt.Fprintf(out, "%-40s %9.3f %9.3f %9.3f\n", label, p, r, corpus.F1(p, r))
	}
	fmt.Fprintf(out, "PolNeAR quotes: %d articles, %d gold attributions (%d direct), %d predicted (%d with quoted words)\n",
		articles, sc.aGold, sc.dGold, sc.aPred, sc.dPred)
	fmt.Fprintf(out, "speakers strict: the actor of the source's head word; lenient: any overlap with the source\n\n")
	fmt.Fprintf(out, "%-40s %9s %9s %9s\n", "", "precision", "recall", "F1")
	row("direct quotes (detection)", corpus.Ratio(sc.dMatch, sc.dPred), corpus.Ratio(sc.dMatch, sc.dGold))
	row("direct quotes (attributed, strict)", corpus.Ratio(sc.dSpeakerOK, sc.dPred), corpus.Ratio(sc.dSpeakerOK, sc.dGold))
	row("direct quotes (attributed, lenient)", corpus.Ratio(sc.dSpeakerLenient, sc.dPred), corpus.Ratio(sc.dSpeakerLenient, sc.dGold))
	row("all attributions (content)", corpus.Ratio(sc.aMatch, sc.aPred), corpus.Ratio(sc.aMatch, sc.aGold))
	row("all attributions (attributed, strict)", corpus.Ratio(sc.aSpeakerOK, sc.aPred), corpus.Ratio(sc.aSpeakerOK, sc.aGold))
	row("all attributions (attributed, lenient)", corpus.Ratio(sc.aSpeakerLenient, sc.aPred), corpus.Ratio(sc.aSpeakerLenient, sc.aGold))
	fmt.Fprintf(out, "\nspeaker accuracy on matched direct quotes: strict %.3f (%d/%d), lenient %.3f (%d/%d)\n",
		corpus.Ratio(sc.dSpeakerOK, sc.dMatch), sc.dSpeakerOK, sc.dMatch, corpus.Ratio(sc.dSpeakerLenient, sc.dMatch), sc.dSpeakerLenient, sc.dMatch)
	fmt.Fprintf(out, "source accuracy on matched attributions:  strict %.3f (%d/%d), lenient %.3f (%d/%d)\n",
		corpus.Ratio(sc.aSpeakerOK, sc.aMatch), sc.aSpeakerOK, sc.aMatch, corpus.Ratio(sc.aSpeakerLenient, sc.aMatch), sc.aSpeakerLenient, sc.aMatch)
	fmt.Fprintf(out, "inferred speakers right (strict) on matched direct quotes: %d/%d\n", sc.inferredOK, sc.inferred)
	fmt.Fprintf(out, "predicted quotes without a speaker: %d\n", sc.unattributed)
}
