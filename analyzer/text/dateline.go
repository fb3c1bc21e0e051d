package text

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"lede/analyzer/doc"
)

// A dateline opens a wire story: "WASHINGTON, July 12 (Reuters) -", "LONDON, Jan. 5,
// 2024 (AP) —", "Moscow, 12 July 2023 -". Only the first paragraphs are searched
// (findDateline, in scan.go, has the pattern).

// MonthNumber returns the month for an English month name or abbreviation ("Jan", "sept").
func MonthNumber(name string) (time.Month, bool) {
	m := MonthOf(strings.ToLower(strings.TrimSuffix(name, ".")))
	return time.Month(m), m != 0
}

// Dateline finds a dateline near the top of the article, records its span in d.Dateline,
// and returns its date (YYYY-MM-DD). A dateline without a year takes the year written
// most often in the article, as wire stories name full dates elsewhere; with no year at
// all there is no date.
func Dateline(d *doc.Doc) (string, bool) {
	limit := len(d.Text)
	if len(d.Paragraphs) > 3 {
		limit = d.Paragraphs[3].Start
	}
	head := d.Text[:limit]
	m, ok := findDateline(head)
	if !ok {
		return "", false
	}
	d.Dateline = doc.Span{Start: m.start, End: m.end}
	month, ok := MonthNumber(m.month)
	if !ok {
		return "", false
	}
	dd, _ := strconv.Atoi(m.day)
	year := m.year
	if year == "" {
		count := map[string]int{}
		for _, y := range years(d.Text) {
			count[y]++
			if count[y] > count[year] || count[y] == count[year] && y > year {
				year = y
			}
		}
	}
	if year == "" {
		return "", false
	}
	yy, _ := strconv.Atoi(year)
	t := time.Date(yy, month, dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd {
		return "", false // "February 30"
	}
	return fmt.Sprintf("%04d-%02d-%02d", yy, int(month), dd), true
}
