package main

import (
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/internal/corpus"
)

func init() { evaluators["timex"] = evalTimex }

// goldTimex is one TIMEX3 of a TimeML file, as a byte span of the stripped <TEXT>.
type goldTimex struct {
	start, end int
	typ, value string
}

// timexScore counts TempEval-3 style matches.
type timexScore struct {
	docs, gold, sys int
	strict, relaxed int // matched pairs
	typeOK, valueOK int // over relaxed matches
	valueExact      int // values equal as written, before normalising equivalent spellings
}

var (
	tmlDCT  = regexp.MustCompile(`(?s)<DCT>.*?value="([^"]*)"`)
	tmlAttr = regexp.MustCompile(`(\w+)="([^"]*)"`)
	tmlTag  = regexp.MustCompile(`<[^>]*>`)
	verbose = os.Getenv("LEDE_EVAL_VERBOSE") != ""
	// verboseOK (LEDE_EVAL_VERBOSE=2) also prints the values found right
	verboseOK = os.Getenv("LEDE_EVAL_VERBOSE") == "2"
)

// evalTimex scores temporal expressions on every .tml file under dir, per subfolder
// and in total.
func evalTimex(dir string, out io.Writer) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .tml files under %s", dir)
	}
	sort.Strings(files)
	groups := map[string]*timexScore{}
	total := &timexScore{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		text, gold, ref, err := parseTML(string(b))
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		d, err := analyzer.Build(text, analyzer.Options{RefDate: ref})
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		rel, _ := filepath.Rel(dir, filepath.Dir(f))
		g := groups[rel]
		if g == nil {
			g = &timexScore{}
			groups[rel] = g
		}
		for _, s := range []*timexScore{g, total} {
			s.add(d, gold, text, f, s == total)
		}
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\tdocs\tgold\tsys\tstrict P\tstrict R\tstrict F1\trelaxed P\trelaxed R\trelaxed F1\ttype acc\ttype F1\tvalue F1\texact value F1\t")
	var names []string
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	row := func(name string, s *timexScore) {
		sp, sr, sf := corpus.PRF(s.strict, s.sys, s.gold)
		rp, rr, rf := corpus.PRF(s.relaxed, s.sys, s.gold)
		_, _, tf := corpus.PRF(s.typeOK, s.sys, s.gold)
		_, _, vf := corpus.PRF(s.valueOK, s.sys, s.gold)
		_, _, xf := corpus.PRF(s.valueExact, s.sys, s.gold)
		acc := 0.0
		if s.relaxed > 0 {
			acc = float64(s.typeOK) / float64(s.relaxed)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n",
			name, s.docs, s.gold, s.sys, sp, sr, sf, rp, rr, rf, acc, tf, vf, xf)
	}
	for _, n := range names {
		row(n, groups[n])
	}
	row("all", total)
	return tw.Flush()
}

// add scores one document: each gold expression pairs with the system expression not
// yet paired that has the same span, else with the last one that overlaps it (kept as
// it was when the figures were taken; pairing with the first overlapping one
// gives the same figures on the TimeML corpus today).
func (s *timexScore) add(d *doc.Doc, gold []goldTimex, text, file string, log bool) {
	s.docs++
	s.gold += len(gold)
	s.sys += len(d.Timexes)
	used := make([]bool, len(d.Timexes))
	for _, g := range gold {
		found := -1
		for i, t := range d.Timexes {
			if !used[i] && t.Start < g.end && g.start < t.End {
				found = i
				if t.Start == g.start && t.End == g.end {
					break
				}
			}
		}
		if found < 0 {
			if log && verbose {
				fmt.Fprintf(os.Stderr, "MISS\t%s\t%s\t%s\t%s\t%s\n", filepath.Base(file)+"@"+fmt.Sprint(g.start), text[g.start:g.end], g.typ, g.value, around(text, g.start, g.end))
			}
			continue
		}
		used[found] = true
		t := d.Timexes[found]
		s.relaxed++
		if t.Start == g.start && t.End == g.end {
			s.strict++
		} else if log && verbose {
			fmt.Fprintf(os.Stderr, "SPAN\t%s\t%s\t%s\n", filepath.Base(file)+"@"+fmt.Sprint(g.start), text[g.start:g.end], d.Slice(t.Span))
		}
		if t.Type.String() == g.typ {
			s.typeOK++
		} else if log && verbose {
			fmt.Fprintf(os.Stderr, "TYPE\t%s\t%s\t%s\t%s\n", filepath.Base(file)+"@"+fmt.Sprint(g.start), text[g.start:g.end], g.typ, t.Type)
		}
		value := t.Value.String()
		if value == g.value {
			s.valueExact++
		}
		if normValue(value) == normValue(g.value) {
			s.valueOK++
			if log && verboseOK {
				fmt.Fprintf(os.Stderr, "OK\t%s\t%s\t%s\t%s\t%s\n", filepath.Base(file)+"@"+fmt.Sprint(g.start), text[g.start:g.end], d.RefDate, g.value, value)
			}
		} else if log && verbose {
			fmt.Fprintf(os.Stderr, "VALUE\t%s\t%s\t%s\t%s\t%s\t%s\n", filepath.Base(file)+"@"+fmt.Sprint(g.start), text[g.start:g.end], d.RefDate, g.value, value, around(text, g.start, g.end))
		}
	}
	if log && verbose {
		for i, t := range d.Timexes {
			if !used[i] {
				fmt.Fprintf(os.Stderr, "EXTRA\t%s\t%s\t%s\t%s\t%s\n", filepath.Base(file)+"@"+fmt.Sprint(t.Start), d.Slice(t.Span), t.Type, t.Value, around(text, t.Start, t.End))
			}
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

// parseTML returns the <TEXT> content without tags (entities decoded), its TIMEX3
// expressions as byte spans of that text, and the document date (YYYY-MM-DD).
func parseTML(src string) (text string, gold []goldTimex, ref string, err error) {
	if m := tmlDCT.FindStringSubmatch(src); m != nil && len(m[1]) >= 10 {
		ref = m[1][:10]
	}
	a := strings.Index(src, "<TEXT>")
	b := strings.Index(src, "</TEXT>")
	if a < 0 || b < a {
		return "", nil, "", fmt.Errorf("no <TEXT>")
	}
	body := src[a+len("<TEXT>") : b]
	var sb strings.Builder
	var open []goldTimex
	last := 0
	for _, loc := range tmlTag.FindAllStringIndex(body, -1) {
		sb.WriteString(html.UnescapeString(body[last:loc[0]]))
		last = loc[1]
		tag := body[loc[0]:loc[1]]
		switch {
		case strings.HasPrefix(tag, "<TIMEX3"):
			g := goldTimex{start: sb.Len()}
			for _, kv := range tmlAttr.FindAllStringSubmatch(tag, -1) {
				switch kv[1] {
				case "type":
					g.typ = kv[2]
				case "value":
					g.value = kv[2]
				}
			}
			open = append(open, g)
		case strings.HasPrefix(tag, "</TIMEX3"):
			if len(open) > 0 {
				g := open[len(open)-1]
				open = open[:len(open)-1]
				g.end = sb.Len()
				gold = append(gold, g)
			}
		}
	}
	sb.WriteString(html.UnescapeString(body[last:]))
	sort.Slice(gold, func(i, j int) bool { return gold[i].start < gold[j].start })
	return sb.String(), gold, ref, nil
}

// normValue rewrites a TIMEX3 value into one spelling of the same meaning, so that the
// scorer does not count spelling conventions as errors: ISO week numbers with or
// without the zero ("1998-W7" = "1998-W07"), decades and centuries written with X
// ("199X" = "199", "19XX" = "19"), trailing unknown fields that add nothing
// ("1968-XX" = "1968"), whole hours ("T17" = "T17:00") and the older duration units
// (decade E/DE, century C/CE, millennium L/ML, quarter Q as years and months: "P1E" =
// "P10Y", "P2Q" = "P6M"). It never makes a value less precise than its meaning.
func normValue(v string) string {
	if v == "" {
		return v
	}
	if v[0] == 'P' {
		return normDuration(v)
	}
	date, tm := v, ""
	if k := strings.IndexByte(v, 'T'); k >= 0 {
		date, tm = v[:k], v[k:]
	}
	if len(tm) == 3 && isDigits(tm[1:]) {
		tm += ":00" // T17 = T17:00
	}
	if len(date) == 4 && isDigits(date[:3]) && date[3] == 'X' {
		date = date[:3] // 199X: the decade
	} else if len(date) == 4 && isDigits(date[:2]) && date[2:] == "XX" {
		date = date[:2] // 19XX: the century
	}
	if k := strings.Index(date, "-W"); k == 4 && len(date) == 7 && isDigits(date[6:]) {
		date = date[:6] + "0" + date[6:] // 1998-W7
	}
	if tm == "" && len(date) > 4 && isDigits(date[:4]) {
		for strings.HasSuffix(date, "-XX") {
			date = date[:len(date)-3]
		}
	}
	return date + tm
}

// normDuration spells a one-unit duration with Y, M, W, D (and the time units) only.
func normDuration(v string) string {
	if len(v) < 3 || strings.HasPrefix(v, "PT") {
		return v
	}
	k := 1
	for k < len(v) && (v[k] >= '0' && v[k] <= '9' || v[k] == 'X') {
		k++
	}
	num, u := v[1:k], v[k:]
	if num == "" || strings.Contains(num[min(1, len(num)):], "X") {
		return v
	}
	times := func(f int) string {
		if num == "X" {
			return v
		}
		n := 0
		for i := 0; i < len(num); i++ {
			n = n*10 + int(num[i]-'0')
		}
		return "P" + fmt.Sprint(n*f)
	}
	switch u {
	case "E", "DE":
		if num == "X" {
			return "PXDE"
		}
		return times(10) + "Y"
	case "C", "CE":
		if num == "X" {
			return "PXCE"
		}
		return times(100) + "Y"
	case "L", "ML":
		if num == "X" {
			return "PXML"
		}
		return times(1000) + "Y"
	case "Q":
		if num == "X" {
			return v
		}
		return times(3) + "M"
	}
	return v
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
