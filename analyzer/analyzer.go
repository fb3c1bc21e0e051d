// Package analyzer reads a news article and reports its actors, quotes, timeline and
// stance. It is the only place where language is understood; the CLI, the page and the
// worker are adapters around Analyze.
package analyzer

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"lede/analyzer/correct"
	"lede/analyzer/doc"
	"lede/analyzer/entity"
	"lede/analyzer/quote"
	"lede/analyzer/stance"
	"lede/analyzer/text"
	"lede/analyzer/timex"
)

// Options are the caller's choices for one analysis.
type Options struct {
	// RefDate is the article's publication date, YYYY-MM-DD. When empty, the date is
	// taken from the HTML metadata or the dateline; the analyzer never reads the clock.
	RefDate string
	// HTML says the input is HTML: its body text is extracted and analysed.
	HTML bool
	// Targets are spans (UTF-16 code units, as JavaScript counts) whose sentiment the
	// caller wants; the report answers in Report.Targets, in the same order.
	Targets []Offsets
	// MaxBytes is the largest input accepted, in bytes: the adapter's limit (limits.go);
	// 0 means MaxInputBytes.
	MaxBytes int
	// Corrections are an editor's fixes (corrections.go), each applied after the stage
	// it corrects; Report.Corrections says what became of them.
	Corrections []Correction
}

// Offsets is a half-open range of UTF-16 code units.
type Offsets struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Analyze runs every stage in order and returns the report. A panic in a stage (a bug)
// comes back as an error, so that no input can take down a batch, a worker or a page.
func Analyze(input string, opts Options) (rep *Report, err error) {
	defer func() {
		if r := recover(); r != nil {
			rep, err = nil, fmt.Errorf("internal error (please report it): %v\n%s", r, debug.Stack())
		}
	}()
	d, run, err := build(input, opts, true)
	if err != nil {
		return nil, err
	}
	// the report reads no phrase or clause: their memory (12 MB of 2 MiB of news, about
	// the report's own size) is freed for it, which in wasm is the analysis' peak
	d.Chunks, d.Clauses = nil, nil
	yieldToCollector(len(d.Text))
	stageBegins("report")
	rep = NewReport(d, input)
	rep.Corrections = run.report()
	stageEnds("report")
	return rep, nil
}

// Build runs every stage and returns the annotated Doc (for evaluation and tests), on
// any text: unlike Analyze it does not stop at a text that does not read as English.
func Build(input string, opts Options) (*doc.Doc, error) {
	d, _, err := build(input, opts, false)
	return d, err
}

// build runs the stages, each correction after the stage it corrects; englishOnly stops
// after segmentation when the text does not read as English (language.go), so that the
// report says so instead of listing junk.
func build(input string, opts Options, englishOnly bool) (*doc.Doc, *correctionRun, error) {
	if err := checkSize(len(input), opts.MaxBytes); err != nil {
		return nil, nil, err
	}
	if opts.RefDate != "" {
		if err := checkRefDate(opts.RefDate); err != nil {
			return nil, nil, err
		}
	}
	if err := CheckCorrections(opts.Corrections); err != nil {
		return nil, nil, err
	}
	d := &doc.Doc{}
	if opts.HTML {
		ex := text.ExtractHTML(input)
		if strings.TrimSpace(ex.Text) == "" {
			// an empty report would read as if the markup itself were the text
			return nil, nil, inputErrorf("the HTML holds no readable text (nothing outside scripts, styles and page chrome)")
		}
		d.Text, d.Title = Sanitize(ex.Text), ex.Title
		d.RefDate, d.RefDateSource = ex.Published, doc.RefDateMetadata
		if ex.Published == "" {
			d.RefDateSource = doc.RefDateNone
		}
	} else {
		d.Text = Sanitize(input)
	}
	if opts.RefDate != "" {
		d.RefDate, d.RefDateSource = opts.RefDate, doc.RefDateInput
	}
	// the last analysis' Doc and report may still be uncollected: segmenting a long
	// text on top of them would grow the heap by both (a batch's second long line)
	yieldToCollector(len(d.Text))
	stageBegins("segment")
	text.Segment(d)
	stageEnds("segment")
	if runtime.GOOS == "js" && len(d.Text) >= collectBetweenStages {
		// the memos (about 9 MiB) would be held through the entity stage's peak, on
		// a text that has repaid them alone; the next document fills new ones
		text.ForgetTaggerMemos()
	}
	if date, ok := text.Dateline(d); ok && d.RefDate == "" {
		d.RefDate, d.RefDateSource = date, doc.RefDateDateline
	}
	targets, err := byteTargets(d.Text, opts.Targets)
	if err != nil {
		return nil, nil, err
	}
	run := newCorrectionRun(d, opts.Corrections)
	if englishOnly && !checkEnglish(d).English {
		return d, run, nil
	}
	stages := []struct {
		name string
		run  func(*doc.Doc) error
	}{
		{"entity", entity.Recognize},
		{"actors", entity.Resolve},
		{"actor corrections", func(d *doc.Doc) error { return run.apply(d, correct.AfterActors) }},
		{"quote", quote.Find},
		{"speaker corrections", func(d *doc.Doc) error { return run.apply(d, correct.AfterQuotes) }},
		{"salience", entity.Salience},
		{"timex", timex.Find},
		{"events", timex.Order},
		{"stance", func(d *doc.Doc) error { return stance.Analyze(d, targets) }},
		{"stance corrections", func(d *doc.Doc) error { return run.apply(d, correct.AfterStance) }},
	}
	doc.CollectWhenGrown(len(d.Text) >= collectBetweenStages)
	defer doc.CollectWhenGrown(false)
	for _, s := range stages {
		yieldToCollector(len(d.Text))
		stageBegins(s.name)
		if err := s.run(d); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", s.name, err)
		}
		stageEnds(s.name)
	}
	return d, run, nil
}

// collectBetweenStages is the text size (bytes) from which the js/wasm build collects
// between stages: well below the Worker's 2 MiB cap, well above a long article.
const collectBetweenStages = 256 << 10

// yieldToCollector lets the garbage collector's marking run between stages. On one
// thread with no preemption (js/wasm: the page and the Worker) it runs only when the
// analysis yields; without this, one collection cycle spans the whole analysis and the
// heap grows unchecked (a 2 MB article: 270 MiB of wasm memory). There it collects
// outright, so that each stage starts from the live heap, not from the last stage's
// floating garbage (the Worker after 2 MiB of news, when this was built: 104-110 MiB of
// wasm memory with a yield, 103 with a collection; a collection of the ~60 MiB live is a
// small part of a stage). The same collection starts the analysis of a long text (the
// last one's Doc and report may still be uncollected) and ends a batch's long line. Natively, where the collector runs beside the analysis, it only yields. A full
// collection costs about as much as the whole live heap, so it is kept for texts of at
// least collectBetweenStages bytes: on a 1,000-word article eleven of them took longer
// than the analysis (the page: 176 ms a steady article with them).
func yieldToCollector(textBytes int) {
	if runtime.GOOS == "js" && textBytes >= collectBetweenStages {
		doc.Collect()
		return
	}
	runtime.Gosched()
}

// Sanitize replaces invalid UTF-8 and NUL bytes by U+FFFD, so that every later offset is
// on a rune boundary and no NUL reaches a C string or the page (text.Sanitize).
func Sanitize(s string) string { return text.Sanitize(s) }

// byteTargets converts caller targets from UTF-16 offsets to byte spans of text.
func byteTargets(s string, ts []Offsets) ([]doc.Span, error) {
	if len(ts) == 0 {
		return nil, nil
	}
	conv := newOffsetConverter(s)
	out := make([]doc.Span, len(ts))
	for i, t := range ts {
		start, ok1 := conv.toByte(t.Start)
		end, ok2 := conv.toByte(t.End)
		if !ok1 || !ok2 || start > end {
			return nil, inputErrorf("target %d is out of the text's range", i)
		}
		out[i] = doc.Span{Start: start, End: end}
	}
	return out, nil
}

// Extracted is the text and metadata of an HTML document.
type Extracted = text.Extracted

// ExtractHTML returns the readable text, title and publication date of an HTML document
// or fragment (for a page that turns pasted rich text into plain text before analysis).
func ExtractHTML(src string) Extracted { return text.ExtractHTML(src) }

// DisplayDate renders a reference date for a reader: "2023-06-24" is "Sat 24 June 2023"
// (the report's refDateDisplay); anything that is not a calendar day comes back as it is.
func DisplayDate(value string) string {
	if v, ok := doc.ParseDay(value); ok {
		return v.Display()
	}
	return value
}
