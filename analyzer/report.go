package analyzer

import (
	"strconv"
	"strings"
	"unicode"

	"lede/analyzer/doc"
)

// Schema is the report format's name; fields may be added, never renamed.
const Schema = "lede/1"

// Report is the public result of an analysis (schema lede/1). Offsets are UTF-16 code
// units into the analysed text, so a page can do text.slice(start, end).
type Report struct {
	Schema        string `json:"schema"`
	ID            string `json:"id,omitempty"`
	Text          string `json:"text,omitempty"`
	Title         string `json:"title,omitempty"`
	RefDate       string `json:"refDate"`
	RefDateSource string `json:"refDateSource"`
	// RefDateDisplay is the reference date for a reader ("Wed 12 July 2023"), "" when none.
	RefDateDisplay string          `json:"refDateDisplay,omitempty"`
	Stats          Stats           `json:"stats"`
	Mentions       []ReportMention `json:"mentions"`
	Actors         []ReportActor   `json:"actors"`
	Quotes         []ReportQuote   `json:"quotes"`
	Timexes        []ReportTimex   `json:"timexes"`
	Events         []ReportEvent   `json:"events"`
	// TimeSpan is the stretch of time the dated expressions cover; absent when none has
	// a known year.
	TimeSpan *ReportTimeSpan `json:"timeSpan,omitempty"`
	Stance   []ReportStance  `json:"stance"`
	Tone     []ReportTone    `json:"tone"`
	// Relations are holder -> target pairs linked in the text (a quote naming the
	// target, a verb between them) with no side taken: kept out of Stance.
	Relations []ReportRelation `json:"relations"`
	Targets   []ReportTarget   `json:"targets,omitempty"`
	// Language says whether the text reads as English (language.go); when it does not,
	// it carries a notice and the lists are empty.
	Language ReportLanguage `json:"language"`
	// Corrections says what became of the caller's corrections (corrections.go); absent
	// when none were given.
	Corrections *ReportCorrections `json:"corrections,omitempty"`
}

// Stats counts the text.
type Stats struct {
	Chars      int `json:"chars"` // UTF-16 code units, as the page counts
	Words      int `json:"words"`
	Sentences  int `json:"sentences"`
	Paragraphs int `json:"paragraphs"`
}

// NewReport builds the report from a finished Doc. input is the caller's original text:
// the report carries the analysed text only when it differs (HTML input, replaced bytes).
func NewReport(d *doc.Doc, input string) *Report {
	conv := newOffsetConverter(d.Text)
	u := conv.toUTF16
	r := &Report{
		Schema:        Schema,
		Title:         d.Title,
		RefDate:       d.RefDate,
		RefDateSource: d.RefDateSource.String(),
		Stats: Stats{
			Chars:      u(len(d.Text)),
			Words:      countWords(d),
			Sentences:  len(d.Sentences),
			Paragraphs: len(d.Paragraphs),
		},
		Mentions:  []ReportMention{},
		Actors:    []ReportActor{},
		Quotes:    []ReportQuote{},
		Timexes:   []ReportTimex{},
		Events:    []ReportEvent{},
		Stance:    []ReportStance{},
		Relations: []ReportRelation{},
	}
	if d.Text != input {
		r.Text = d.Text
	}
	if v, ok := doc.ParseDay(d.RefDate); ok {
		r.RefDateDisplay = v.Display()
	}
	r.Language = checkEnglish(d)
	r.addActors(d, u)
	r.addQuotes(d, u)
	r.addTimeline(d, u)
	r.addStance(d, u)
	return r
}

func id(prefix string, i int) string { return prefix + strconv.Itoa(i+1) }

func optID(prefix string, i int) *string {
	if i < 0 {
		return nil
	}
	s := id(prefix, i)
	return &s
}

func intPtr(i int) *int { return &i }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// round2 keeps two decimals: the report is for reading, not for arithmetic.
func round2(f float64) float64 {
	if f < 0 {
		return -float64(int(-f*100+0.5)) / 100
	}
	return float64(int(f*100+0.5)) / 100
}

func countWords(d *doc.Doc) int {
	n := 0
	for _, t := range d.Tokens {
		if t.Kind == doc.TokWord || t.Kind == doc.TokNumber {
			n++
		}
	}
	if n == 0 && len(d.Tokens) == 0 {
		n = len(strings.FieldsFunc(d.Text, unicode.IsSpace))
	}
	return n
}
