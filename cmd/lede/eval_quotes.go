package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/internal/corpus"
)

// lede eval quotes DIR scores quote detection and attribution on PolNeAR-format folders
// (corpus.ForEachPolNeAR, corpus.QuoteScore). Set LEDE_QUOTE_ERRORS=FILE to write there,
// one a line: direct-quote misses (MISS), false alarms (FALSE) and wrong speakers
// (SPEAKER), inferred speakers that are right (INFERRED), and for all attributions
// misses (IMISS, with the gold cue and the text around) and false alarms (IFALSE).
func init() { evaluators["quotes"] = evalQuotes }

func evalQuotes(dir string, out io.Writer) error {
	dates := corpus.PolNeARDates(dir)
	errOut, closeErrors, err := errorFile("LEDE_QUOTE_ERRORS")
	if err != nil {
		return err
	}
	defer closeErrors()
	var sc corpus.QuoteScore
	n, err := corpus.ForEachPolNeAR(dir, func(base, text string, gold []corpus.Attribution) error {
		d, err := analyzer.Build(text, analyzer.Options{RefDate: dates[base]})
		if err != nil {
			return fmt.Errorf("%s: %w", base, err)
		}
		listQuoteErrors(errOut, d, gold, sc.Add(d, gold), base)
		return nil
	})
	if err != nil {
		return err
	}
	printQuoteScore(out, &sc, n)
	return nil
}

// listQuoteErrors writes one article's direct-quote misses, false alarms, wrong and
// inferred speakers, and the misses and false alarms of the other attributions, to w.
func listQuoteErrors(w io.Writer, d *doc.Doc, gold []corpus.Attribution, m corpus.QuoteMatches, name string) {
	if w == io.Discard {
		return
	}
	dp, dg := m.Direct, m.DirectGold
	matchedP := map[int]bool{}
	for gi, pi := range m.DirectPairs {
		matchedP[pi] = true
		right := corpus.SpeakerRightStrict(d, dp[pi], dg[gi])
		if dp[pi].Inferred && right {
			fmt.Fprintf(w, "%s\tINFERRED\tgot %q (right)\t%s\n", name, spText(d, dp[pi].SpeakerSpan), showAround(d, dp[pi].Span))
		}
		if !right {
			fmt.Fprintf(w, "%s\tSPEAKER\tgot %q%s want %q\t%s\n", name, spText(d, dp[pi].SpeakerSpan), map[bool]string{true: " (inferred)"}[dp[pi].Inferred], spansText(d, dg[gi].Source), showAround(d, dp[pi].Span))
		}
	}
	for gi, g := range dg {
		if _, ok := m.DirectPairs[gi]; !ok {
			fmt.Fprintf(w, "%s\tMISS\tsrc %q\t%s\tnear: %s\n", name, spansText(d, g.Source), showAround(d, g.Content[0]), nearest(d, dp, g))
		}
	}
	for pi, p := range dp {
		if !matchedP[pi] {
			fmt.Fprintf(w, "%s\tFALSE\t%s speaker %q\t%s\n", name, p.Kind, spText(d, p.SpeakerSpan), clip(d.Slice(p.Span)))
		}
	}
	matchedA := map[int]bool{}
	for _, pi := range m.AllPairs {
		matchedA[pi] = true
	}
	for gi, g := range gold {
		if _, ok := m.AllPairs[gi]; !ok && !g.Direct {
			fmt.Fprintf(w, "%s\tIMISS\tsrc %q cue %q\t%s\t%s\tnear: %s\n", name, spansText(d, g.Source), spansText(d, g.Cue), clip(spansText(d, g.Content)), showAround(d, g.Content[0]), nearest(d, d.Quotes, g))
		}
	}
	for pi, p := range d.Quotes {
		if !matchedA[pi] && len(p.Quoted) == 0 {
			fmt.Fprintf(w, "%s\tIFALSE\tspeaker %q cue %q\t%s\n", name, spText(d, p.SpeakerSpan), spText(d, p.Cue), clip(d.Slice(p.Span)))
		}
	}
}

// nearest describes the prediction that covers most of a missed gold content, to tell a
// near miss from none.
func nearest(d *doc.Doc, preds []doc.Quote, g corpus.Attribution) string {
	best, bestOv := -1, 0
	for pi, p := range preds {
		if ov := corpus.OverlapLen(p.Span, g.Content); ov > bestOv {
			best, bestOv = pi, ov
		}
	}
	if best < 0 {
		return "none"
	}
	return fmt.Sprintf("%.0f%% by %q", 100*float64(bestOv)/float64(corpus.SpansLen(g.Content)), clip(d.Slice(preds[best].Span)))
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

// printQuoteScore writes the figures of the quote scorer.
func printQuoteScore(out io.Writer, sc *corpus.QuoteScore, articles int) {
	row := func(label string, p, r float64) {
		fmt.Fprintf(out, "%-40s %9.3f %9.3f %9.3f\n", label, p, r, corpus.F1(p, r))
	}
	fmt.Fprintf(out, "PolNeAR quotes: %d articles, %d gold attributions (%d direct), %d predicted (%d with quoted words)\n",
		articles, sc.AGold, sc.DGold, sc.APred, sc.DPred)
	fmt.Fprintf(out, "speakers strict: the actor of the source's head word; lenient: any overlap with the source\n\n")
	fmt.Fprintf(out, "%-40s %9s %9s %9s\n", "", "precision", "recall", "F1")
	row("direct quotes (detection)", corpus.Ratio(sc.DMatch, sc.DPred), corpus.Ratio(sc.DMatch, sc.DGold))
	row("direct quotes (attributed, strict)", corpus.Ratio(sc.DSpeakerOK, sc.DPred), corpus.Ratio(sc.DSpeakerOK, sc.DGold))
	row("direct quotes (attributed, lenient)", corpus.Ratio(sc.DSpeakerLenient, sc.DPred), corpus.Ratio(sc.DSpeakerLenient, sc.DGold))
	row("all attributions (content)", corpus.Ratio(sc.AMatch, sc.APred), corpus.Ratio(sc.AMatch, sc.AGold))
	row("all attributions (attributed, strict)", corpus.Ratio(sc.ASpeakerOK, sc.APred), corpus.Ratio(sc.ASpeakerOK, sc.AGold))
	row("all attributions (attributed, lenient)", corpus.Ratio(sc.ASpeakerLenient, sc.APred), corpus.Ratio(sc.ASpeakerLenient, sc.AGold))
	fmt.Fprintf(out, "\nspeaker accuracy on matched direct quotes: strict %.3f (%d/%d), lenient %.3f (%d/%d)\n",
		corpus.Ratio(sc.DSpeakerOK, sc.DMatch), sc.DSpeakerOK, sc.DMatch, corpus.Ratio(sc.DSpeakerLenient, sc.DMatch), sc.DSpeakerLenient, sc.DMatch)
	fmt.Fprintf(out, "source accuracy on matched attributions:  strict %.3f (%d/%d), lenient %.3f (%d/%d)\n",
		corpus.Ratio(sc.ASpeakerOK, sc.AMatch), sc.ASpeakerOK, sc.AMatch, corpus.Ratio(sc.ASpeakerLenient, sc.AMatch), sc.ASpeakerLenient, sc.AMatch)
	fmt.Fprintf(out, "inferred speakers right (strict) on matched direct quotes: %d/%d\n", sc.InferredOK, sc.Inferred)
	fmt.Fprintf(out, "predicted quotes without a speaker: %d\n", sc.Unattributed)
}
