package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// articles returns a 1,000- and a 10,000-word text: BBC articles from data (one after
// the other, whole, until the count is reached) when they are there, else generated news.
func articles(data string) (short, long, source string) {
	files, _ := filepath.Glob(filepath.Join(data, "corpora", "bbc", "*", "*.txt"))
	sort.Strings(files)
	var texts []string
	for i, f := range files {
		if i%7 != 0 { // spread over the five sections
			continue
		}
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, strings.TrimSpace(string(b)))
		}
	}
	if len(texts) > 0 {
		return join(texts, 1000), join(texts, 10000), "BBC news from " + data
	}
	var gen []string
	for i := 0; i < 400; i++ {
		gen = append(gen, generated(i))
	}
	return join(gen, 1000), join(gen, 10000), "generated news (no BBC corpus in " + data + ")"
}

// join takes texts in order until there are n words, then cuts the last one at a
// sentence end near n.
func join(texts []string, n int) string {
	var out []string
	count := 0
	for _, t := range texts {
		out = append(out, t)
		count += words(t)
		if count >= n {
			break
		}
	}
	s := strings.Join(out, "\n\n")
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	// the byte offset of word n, then the next full stop
	at := 0
	for k := 0; k < n; k++ {
		i := strings.Index(s[at:], f[k])
		at += i + len(f[k])
	}
	if j := strings.Index(s[at:], ". "); j >= 0 {
		at += j + 1
	}
	return s[:at]
}

func words(s string) int { return len(strings.Fields(s)) }

// generated is a paragraph of invented news, different for each i.
func generated(i int) string {
	names := []string{"Maria Lopez", "John Carter", "Aiko Tanaka", "Peter Novak", "Grace Obi"}
	orgs := []string{"the Harbour Board", "Acme Corp", "the city council", "the United Nations", "Northwind Bank"}
	places := []string{"Geneva", "Lagos", "Osaka", "Denver", "Lyon"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	n, o, p, d := names[i%5], orgs[(i/5)%5], places[(i/25)%5], days[(i/3)%5]
	return fmt.Sprintf("%s of %s said on %s that the plan for %s would cost $%d million. "+
		"\"We will not accept it,\" %s told reporters, adding that talks would resume on %d March %d. "+
		"Critics in %s said the decision was rushed, while %s defended the timetable.",
		n, o, d, p, 10+i%90, strings.Fields(n)[1], 1+i%28, 2000+i%25, p, o)
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func printTable(cols []column) {
	ms := func(v float64) string {
		if v < 10 {
			return fmt.Sprintf("%.2f", v)
		}
		return fmt.Sprintf("%.0f", v)
	}
	rows := []struct {
		label string
		value func(c column) float64
		show  func(v float64) string
	}{
		{"bytes on the wire (brotli)", func(c column) float64 { return float64(c.wire) }, func(v float64) string {
			if v >= 1<<20 {
				return fmt.Sprintf("%.2f MiB", v/(1<<20))
			}
			return fmt.Sprintf("%.0f KB", v/1000)
		}},
		{"load -> ready (ms)", func(c column) float64 { return c.ready }, ms},
		{"first 1k-word call after ready (ms)", func(c column) float64 { return c.first }, ms},
		{"navigation -> first result (ms)", func(c column) float64 { return c.ready + c.first }, ms},
		{"1k-word article, steady (ms)", func(c column) float64 { return c.steady1k }, ms},
		{"10k words, steady (ms)", func(c column) float64 { return c.steady10k }, ms},
		{"growth 10k/1k", func(c column) float64 { return c.steady10k / c.steady1k }, func(v float64) string { return fmt.Sprintf("%.1f", v) }},
		{"renderer RssAnon (MB)", func(c column) float64 { return float64(c.rssAnon) / 1e6 }, func(v float64) string { return fmt.Sprintf("%.0f", v) }},
	}
	head := "| | " + cols[0].name + " |"
	sep := "|---|---|"
	for _, c := range cols[1:] {
		head += " " + c.name + " | lede/" + strings.Fields(c.name)[0] + " |"
		sep += "---|---|"
	}
	fmt.Println()
	fmt.Println(head)
	fmt.Println(sep)
	for _, r := range rows {
		lede := r.value(cols[0])
		line := "| " + r.label + " | " + r.show(lede) + " |"
		for _, c := range cols[1:] {
			v := r.value(c)
			ratio := "-"
			if v > 0 {
				ratio = fmt.Sprintf("%.2f", lede/v)
			}
			line += " " + r.show(v) + " | " + ratio + " |"
		}
		fmt.Println(line)
	}
}

// printBudgets checks issue 14's budgets (cols[0] is lede, cols[1] compromise) and prints
// each with its figure; none is asserted.
func printBudgets(cols []column, wasmBrotli int) {
	l, cp := cols[0], cols[1]
	budgets := []struct {
		what      string
		got, want float64
		unit      string
	}{
		{"first call <= 5x a steady one", l.first / l.steady1k, 5, "x"},
		{"navigation to first result <= 0.75x compromise's", (l.ready + l.first) / (cp.ready + cp.first), 0.75, "x"},
		{"1k-word article <= 0.07x compromise's time", l.steady1k / cp.steady1k, 0.07, "x"},
		{"renderer RssAnon <= 80 MB", float64(l.rssAnon) / 1e6, 80, " MB"},
		{"lede.wasm <= 2.3 MiB brotli", float64(wasmBrotli) / (1 << 20), 2.3, " MiB"},
	}
	fmt.Println()
	fmt.Println("budgets (issue 14; printed, not asserted):")
	for _, b := range budgets {
		mark := "ok  "
		if b.got > b.want {
			mark = "OVER"
		}
		fmt.Printf("  %s %-52s %.2f%s (budget %.2f%s)\n", mark, b.what, b.got, b.unit, b.want, b.unit)
	}
}
