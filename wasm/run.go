//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall/js"
	"time"

	"lede/analyzer"
)

// run analyses the text in the box: in the background worker when there is one, so the
// page stays usable and the run can be cancelled or superseded by a newer one; on the
// page's own thread when no worker can run (the page says so).
func (a *app) run() {
	text := a.text.Value()
	if strings.TrimSpace(text) == "" {
		a.cancel("")
		a.rep = nil
		a.renderEmpty()
		a.showPrompt()
		if a.opts.layout == "" {
			a.text.Focus() // in a sidebar the text box is hidden: the host has the text
		}
		a.notifyIdle("empty")
		return
	}
	refDate := a.date.Value()
	a.useCorrectionsOf(text)
	if c := a.workerClient(); c.Truthy() {
		a.runInWorker(c, text, refDate)
		return
	}
	a.runHere(text, refDate)
}

// runInWorker sends the text to the worker. A newer run (or Cancel) bumps a.seq, and the
// older run's answer, if it still comes, is dropped: no stale result is ever drawn.
func (a *app) runInWorker(client js.Value, text, refDate string) {
	a.seq++
	seq := a.seq
	a.startBusy(len(text), true)
	promise := client.Call("run", text, map[string]any{"refDate": refDate, "corrections": a.correctionsOption()}, "wire")
	go a.tick(seq)
	go a.safely(func() {
		res, err := await(promise)
		if seq != a.seq {
			return // superseded or cancelled: a newer run or Cancel owns the page now
		}
		if err != nil {
			if err.has("unavailable") {
				a.idle() // the worker could not start: analyse here, with the notice shown
				a.runHere(text, refDate)
				return
			}
			a.failed(err.Error())
			return
		}
		took := time.Duration(res.Get("ms").Int()) * time.Millisecond
		// the worker is done: drawing is the page's own work, which Cancel cannot stop
		a.busyInWorker = false
		a.cancelButton.SetAttribute("hidden", "")
		if len(text) > 256<<10 {
			// drawing a long text's results takes the page a moment: say so first
			a.status.SetTextContent("Drawing the results of " + sizeOf(len(text)) + "…")
			nextFrame()
			if seq != a.seq {
				return
			}
		}
		if len(text) >= 64<<10 && took > 0 {
			a.rate = float64(len(text)) / took.Seconds() // for the next long run's estimate
		}
		pageStart := time.Now()
		rep, derr := decodeReport(res.Get("wire"))
		if derr != nil {
			a.failed("the report could not be read: " + derr.Error())
			return
		}
		if len(text) > 256<<10 {
			yieldTask()
		}
		a.finish(seq, rep, text, refDate, took, pageStart)
	})
}

// runHere analyses on the page's thread (no worker): the busy state is painted first,
// then the page waits until the analysis is done.
func (a *app) runHere(text, refDate string) {
	if a.busy {
		a.again = true
		return
	}
	a.seq++
	seq := a.seq
	a.startBusy(len(text), false)
	go a.safely(func() {
		nextFrame()
		start := time.Now()
		rep, err := analyze(text, refDate, a.corrections)
		if seq != a.seq {
			return
		}
		if err != nil {
			a.failed(err.Error())
			return
		}
		a.finish(seq, rep, text, refDate, time.Since(start), time.Now())
		if a.again {
			a.again = false
			a.run()
		}
	})
}

// startBusy shows that an analysis of n bytes runs; inWorker: it can be cancelled.
func (a *app) startBusy(n int, inWorker bool) {
	a.busy = true
	a.busyBytes = n
	a.busyInWorker = inWorker
	a.busySince = time.Now()
	a.root.SetAttribute("data-state", "busy")
	a.root.SetAttribute("aria-busy", "true")
	a.goButton.SetTextContent("Analyzing…")
	a.goButton.SetAttribute("aria-disabled", "true")
	msg := "Analyzing " + sizeOf(n) + "…"
	switch {
	case inWorker && n > 256<<10:
		msg += " The page stays usable meanwhile; Cancel stops it."
	case !inWorker && n > 1<<20:
		msg += " A text this long takes a while; the page answers again when it is done."
	}
	a.status.SetTextContent(msg)
	a.elapsed.SetTextContent("")
	if inWorker {
		a.cancelButton.RemoveAttribute("hidden")
		a.progress.RemoveAttribute("hidden")
	}
	a.hideError()
}

// tick shows how long run seq has been going, every second while it lasts (a separate
// line from the status, which screen readers announce).
func (a *app) tick(seq int) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for range t.C {
		if seq != a.seq || !a.busy {
			return
		}
		a.elapsed.SetTextContent(elapsedNote(time.Since(a.busySince), a.busyBytes, a.rate))
	}
}

// elapsedNote is the time a run of n bytes has taken so far, and roughly how long it
// will take in all when an earlier long run measured the speed (bytes per second).
func elapsedNote(d time.Duration, n int, rate float64) string {
	s := seconds(d)
	if rate <= 0 {
		return s
	}
	total := time.Duration(float64(n) / rate * float64(time.Second))
	if total <= d {
		return s + " (almost done)"
	}
	return s + " of about " + seconds(total)
}

// seconds writes a duration in whole seconds, or minutes and seconds.
func seconds(d time.Duration) string {
	n := int(d.Round(time.Second) / time.Second)
	if n < 60 {
		return strconv.Itoa(n) + " s"
	}
	return fmt.Sprintf("%d min %02d s", n/60, n%60)
}

// finish draws the report of run seq; took is the analysis time, drawStart when the page
// began its own part (reading the worker's report, drawing). A long text's results are
// drawn in steps with the browser's events handled between them; one drawing at a time,
// and a run superseded meanwhile still draws whole (the newer one draws over it), but
// leaves the busy state to the newer run.
func (a *app) finish(seq int, rep *analyzer.Report, text, refDate string, took time.Duration, drawStart time.Time) {
	a.drawing.Lock()
	defer a.drawing.Unlock()
	var between func()
	if len(text) > 256<<10 {
		between = yieldTask
	}
	a.took = fmt.Sprintf("%s in %s", sizeOf(len(text)), duration(took))
	if refDate == "" && rep.RefDateSource == "dateline" && seq == a.seq {
		a.setDate(rep.RefDate, dateDateline)
	}
	a.show(rep, text, between)
	if seq != a.seq {
		return
	}
	a.busyDone()
	a.status.SetTextContent(summary(rep) + " Analyzed " + a.took + ", drawn in " + duration(time.Since(drawStart)) + ".")
	if !rep.Language.English && rep.Language.Notice != "" {
		a.status.SetTextContent("This text does not read as English; lede reads English only. " + a.status.TextContent())
	}
	if a.text.Value() != text {
		a.root.SetAttribute("data-stale", "true")
		a.status.SetTextContent(a.status.TextContent() + " The text has changed since: press Analyze to update the results.")
	}
	a.notifyAnalyzed(rep)
}

// yieldTask lets the browser run its pending tasks (input, paint) and returns; it must
// run on a goroutine of its own, not in an event handler.
func yieldTask() {
	done := make(chan struct{})
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		close(done)
		return nil
	})
	js.Global().Call("setTimeout", f, 0)
	<-done
}

// failed ends a run with an error message.
func (a *app) failed(msg string) {
	a.busyDone()
	a.fail("lede could not analyze this text: "+firstLine(msg), msg)
	a.status.SetTextContent("The analysis failed.")
	a.notifyFailed(firstLine(msg))
}

// cancel stops the running analysis (the worker is ended and a fresh one started) and
// says why; why "" cancels silently.
func (a *app) cancel(why string) {
	if !a.busy || !a.busyInWorker {
		return // an analysis on the page's thread cannot be stopped
	}
	a.seq++
	a.client.Call("cancel")
	a.idle()
	if a.rep != nil {
		a.root.SetAttribute("data-state", "done")
		a.root.SetAttribute("data-stale", "true")
	} else {
		a.root.SetAttribute("data-state", "empty")
	}
	if why != "" {
		a.status.SetTextContent(why)
	}
	a.notifyIdle("cancelled")
}

// analyze calls the analyzer and turns a panic into an error (the analyzer recovers its
// own, this is the last net).
func analyze(text, refDate string, cs []analyzer.Correction) (rep *analyzer.Report, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
		}
	}()
	return analyzer.Analyze(text, analyzer.Options{RefDate: refDate, MaxBytes: analyzer.MaxPageBytes, Corrections: cs})
}

// busyDone ends a run that gave a result or an error.
func (a *app) busyDone() {
	a.idle()
	a.runs++
	a.root.SetAttribute("data-runs", strconv.Itoa(a.runs))
	a.root.SetAttribute("data-state", "done")
}

// idle takes the busy state away.
func (a *app) idle() {
	a.busy = false
	a.root.RemoveAttribute("aria-busy")
	a.goButton.SetTextContent("Analyze")
	a.goButton.RemoveAttribute("aria-disabled")
	a.cancelButton.SetAttribute("hidden", "")
	a.progress.SetAttribute("hidden", "")
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
		if q.Speaker != nil { // a speaker phrase linked to no actor does not attribute the quote
			attributed++
		}
	}
	return fmt.Sprintf("%s, %s (%d attributed), %s on the timeline.",
		plural(len(r.Actors), "actor", "actors"), plural(len(r.Quotes), "quote", "quotes"), attributed,
		plural(len(r.Events), "date", "dates"))
}
