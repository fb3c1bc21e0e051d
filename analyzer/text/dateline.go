package text

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"lede/analyzer/doc"
)

// A dateline opens a wire story: "WASHINGTON, July 12 (Reuters) -", "LONDON, Jan. 5,
// 2024 (AP) —", "Moscow, 12 July 2023 -". Only the first paragraphs are searched.
var datelineRe = regexp.MustCompile(`(?m)^[\p{Lu}][\p{L}.' -]{1,40},\s+(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<mon2>[A-Z][a-z]{2,8})\.?)(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]`)

var yearRe = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

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
	m := datelineRe.FindStringSubmatchIndex(head)
	if m == nil {
		return "", false
	}
	d.Dateline = doc.Span{Start: m[0], End: m[1]}
	group := func(name string) string {
		i := datelineRe.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return head[m[2*i]:m[2*i+1]]
	}
	mon, day := group("mon"), group("day")
	if mon == "" {
		mon, day = group("mon2"), group("day2")
	}
	month, ok := MonthNumber(mon)
	if !ok {
		return "", false
	}
	dd, _ := strconv.Atoi(day)
	year := group("year")
	if year == "" {
		count := map[string]int{}
		for _, y := range yearRe.FindAllString(d.Text, -1) {
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
