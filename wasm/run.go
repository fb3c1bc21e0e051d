//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"lede/analyzer"
)

// run analyses the text in the box. The busy state is painted first; the analysis then
// runs on its own goroutine, so the click handler returns at once.
func (a *app) run() {
	if a.busy {
		a.again = true
		return
	}
	text := a.text.Value()
	if strings.TrimSpace(text) == "" {
		a.rep = nil
		a.renderEmpty()
		a.showPrompt()
		a.text.Focus()
		return
	}
	refDate := a.date.Value()
	a.busy = true
	a.root.SetAttribute("data-state", "busy")
	a.root.SetAttribute("aria-busy", "true")
	a.goButton.SetTextContent("Analyzing…")
	a.goButton.SetAttribute("aria-disabled", "true")
	msg := "Analyzing " + sizeOf(len(text)) + "…"
	if len(text) > 1<<20 {
		msg += " A text this long takes a while; the page answers again when it is done."
	}
	a.status.SetTextContent(msg)
	a.hideError()
	go a.safely(func() {
		nextFrame()
		start := time.Now()
		rep, err := analyze(text, refDate)
		took := time.Since(start)
		if err != nil {
			a.busyDone()
			a.fail("lede could not analyze this text: "+firstLine(err.Error()), err.Error())
			a.status.SetTextContent("The analysis failed.")
			return
		}
		a.took = fmt.Sprintf("%s in %s", sizeOf(len(text)), duration(took))
		if refDate == "" && rep.RefDateSource == "dateline" {
			a.setDate(rep.RefDate, dateDateline)
		}
		drawStart := time.Now()
		a.show(rep, text)
		a.busyDone()
		a.status.SetTextContent(summary(rep) + " Analyzed " + a.took + ", drawn in " + duration(time.Since(drawStart)) + ".")
		if a.again {
			a.again = false
			a.run()
		}
	})
}

// analyze calls the analyzer and turns a panic into an error (the analyzer recovers its
// own, this is the last net).
func analyze(text, refDate string) (rep *analyzer.Report, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
		}
	}()
	return analyzer.Analyze(text, analyzer.Options{RefDate: refDate})
}

func (a *app) busyDone() {
	a.busy = false
	a.runs++
	a.root.SetAttribute("data-runs", strconv.Itoa(a.runs))
	a.root.SetAttribute("data-state", "done")
	a.root.RemoveAttribute("aria-busy")
	a.goButton.SetTextContent("Analyze")
	a.goButton.RemoveAttribute("aria-disabled")
}

// fail shows an error in the page; details (a stack, say) fold away.
func (a *app) fail(msg, details string) {
	a.root.SetAttribute("data-state", "error")
	var more any
	if details != "" && details != msg {
		more = h("details", "", h("summary", "", "Details for a bug report"), h("pre", "", details))
	}
	replace(a.errBox, h("strong", "", "Error. "), msg, more)
	a.errBox.RemoveAttribute("hidden")
}

func (a *app) hideError() {
	a.errBox.SetAttribute("hidden", "")
	clear(a.errBox)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func sizeOf(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 10<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return plural(n, "byte", "bytes")
}

func duration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "under 1 ms"
	case d < time.Second:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// summary is the one-line result read out by screen readers.
func summary(r *analyzer.Report) string {
	attributed := 0
	for _, q := range r.Quotes {
		if q.Speaker != nil || q.SpeakerText != "" {
			attributed++
		}
	}
	return fmt.Sprintf("%s, %s (%d attributed), %s on the timeline.",
		plural(len(r.Actors), "actor", "actors"), plural(len(r.Quotes), "quote", "quotes"), attributed,
		plural(len(r.Events), "date", "dates"))
}
