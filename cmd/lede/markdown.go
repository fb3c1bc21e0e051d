package main

import (
	"io"

	"lede/analyzer"
	"lede/export"
)

// writeMarkdown prints a report as a summary a person reads (the same text as the JS
// API's lede.export(report, "markdown")).
func writeMarkdown(w io.Writer, r *analyzer.Report) error { return export.Markdown(w, r) }
