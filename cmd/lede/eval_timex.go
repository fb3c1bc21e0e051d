package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/internal/corpus"
)

func init() { evaluators["timex"] = evalTimex }

var (
	verbose = os.Getenv("LEDE_EVAL_VERBOSE") != ""
	// verboseOK (LEDE_EVAL_VERBOSE=2) also prints the values found right
	verboseOK = os.Getenv("LEDE_EVAL_VERBOSE") == "2"
)

// evalTimex scores temporal expressions (corpus.TimexScore) on every .tml file under
// dir, per subfolder and in total. LEDE_EVAL_VERBOSE=1 lists the misses and errors on
// stderr.
func evalTimex(dir string, out io.Writer) error {
	files, err := corpus.TimeMLFiles(dir)
	if err != nil {
		return err
	}
	groups := map[string]*corpus.TimexScore{}
	total := &corpus.TimexScore{}
	for _, f := range files {
		tml, err := corpus.ReadTimeML(f)
		if err != nil {
			return err
		}
		d, err := analyzer.Build(tml.Text, analyzer.Options{RefDate: tml.DCT})
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		rel, _ := filepath.Rel(dir, filepath.Dir(f))
		if groups[rel] == nil {
			groups[rel] = &corpus.TimexScore{}
		}
		groups[rel].Add(tml.Timexes, d.Timexes)
		pairs, used := total.Add(tml.Timexes, d.Timexes)
		if verbose {
			listTimexErrors(d, tml, pairs, used, filepath.Base(f))
		}
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\tdocs\tgold\tsys\tstrict P\tstrict R\tstrict F1\trelaxed P\trelaxed R\trelaxed F1\ttype acc\ttype F1\tvalue F1\texact value F1\t")
	var names []string
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	row := func(name string, s *corpus.TimexScore) {
		sp, sr, sf := corpus.PRF(s.Strict, s.Sys, s.Gold)
		rp, rr, rf := corpus.PRF(s.Relaxed, s.Sys, s.Gold)
		_, _, tf := corpus.PRF(s.TypeOK, s.Sys, s.Gold)
		_, _, vf := corpus.PRF(s.ValueOK, s.Sys, s.Gold)
		_, _, xf := corpus.PRF(s.ValueExact, s.Sys, s.Gold)
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n",
			name, s.Docs, s.Gold, s.Sys, sp, sr, sf, rp, rr, rf, corpus.Ratio(s.TypeOK, s.Relaxed), tf, vf, xf)
	}
	for _, n := range names {
		row(n, groups[n])
	}
	row("all", total)
	return tw.Flush()
}

// listTimexErrors writes one document's misses (MISS), wrong spans (SPAN), types (TYPE)
// and values (VALUE), the values found right (OK, at LEDE_EVAL_VERBOSE=2) and the
// expressions no gold one pairs with (EXTRA) to stderr, a line each.
func listTimexErrors(d *doc.Doc, tml *corpus.TimeML, pairs []corpus.TimexPair, used []bool, file string) {
	text := tml.Text
	at := func(off int) string { return file + "@" + fmt.Sprint(off) }
	for gi, g := range tml.Timexes {
		p := pairs[gi]
		if p.Sys < 0 {
			fmt.Fprintf(os.Stderr, "MISS\t%s\t%s\t%s\t%s\t%s\n", at(g.Start), text[g.Start:g.End], g.Type, g.Value, around(text, g.Start, g.End))
			continue
		}
		t := d.Timexes[p.Sys]
		if !p.Strict {
			fmt.Fprintf(os.Stderr, "SPAN\t%s\t%s\t%s\n", at(g.Start), text[g.Start:g.End], d.Slice(t.Span))
		}
		if !p.Type {
			fmt.Fprintf(os.Stderr, "TYPE\t%s\t%s\t%s\t%s\n", at(g.Start), text[g.Start:g.End], g.Type, t.Type)
		}
		switch {
		case p.Value && verboseOK:
			fmt.Fprintf(os.Stderr, "OK\t%s\t%s\t%s\t%s\t%s\n", at(g.Start), text[g.Start:g.End], d.RefDate, g.Value, t.Value)
		case !p.Value:
			fmt.Fprintf(os.Stderr, "VALUE\t%s\t%s\t%s\t%s\t%s\t%s\n", at(g.Start), text[g.Start:g.End], d.RefDate, g.Value, t.Value, around(text, g.Start, g.End))
		}
	}
	for i, t := range d.Timexes {
		if !used[i] {
			fmt.Fprintf(os.Stderr, "EXTRA\t%s\t%s\t%s\t%s\t%s\n", at(t.Start), d.Slice(t.Span), t.Type, t.Value, around(text, t.Start, t.End))
		}
	}
}

// around returns the text near [start, end) on one line, the expression in brackets,
// for the verbose listing (LEDE_EVAL_VERBOSE): about 80 bytes each side.
func around(text string, start, end int) string {
	const side = 80
	a, b := max(0, start-side), min(len(text), end+side)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	s := text[a:start] + "[" + text[start:end] + "]" + text[end:b]
	return strings.Join(strings.Fields(s), " ")
}
