//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"
	"syscall/js"

	"lede/analyzer"
	"lede/export"
)

// jsAnalyze is lede._analyze(text, {refDate, html, targets, corrections}): {json: "<report>"} or
// {error: "..."}. Any panic here (a throwing getter on options, a bug) becomes an error.
func jsAnalyze(_ js.Value, args []js.Value) (result any) {
	defer recoverAsError(&result)
	rep, err := analyzeArgs(args)
	if err != nil {
		return errorResult(err)
	}
	// the report's own writer: json.Marshal's bytes without its reflection, whose encoders
	// for the report's types were built during the first call (9% of it)
	b, err := rep.AppendJSON(nil, true)
	if err != nil {
		return errorResult(err)
	}
	return map[string]any{"json": string(b)}
}

// analyzeArgs analyses lede.analyze's arguments: the text, then the optional options.
func analyzeArgs(args []js.Value) (*analyzer.Report, error) {
	if len(args) == 0 || args[0].Type() != js.TypeString {
		return nil, fmt.Errorf("lede.analyze: the first argument must be the article text (a string)")
	}
	opts, err := readOptions(args[1:])
	if err != nil {
		return nil, err
	}
	opts.MaxBytes = analyzer.MaxPageBytes
	return analyzer.Analyze(args[0].String(), opts)
}

// recoverAsError turns a panic in a function called from JavaScript into its error
// result, so that nothing panics across the bridge. Use: defer recoverAsError(&result).
func recoverAsError(result *any) {
	if r := recover(); r != nil {
		*result = errorResult(fmt.Errorf("internal error (please report it): %v\n%s", r, debug.Stack()))
	}
}

func errorResult(err error) map[string]any { return map[string]any{"error": err.Error()} }

// readOptions reads the optional second argument of lede.analyze.
func readOptions(args []js.Value) (analyzer.Options, error) {
	var o analyzer.Options
	if len(args) == 0 || args[0].IsUndefined() || args[0].IsNull() {
		return o, nil
	}
	v := args[0]
	if v.Type() != js.TypeObject {
		return o, fmt.Errorf("lede.analyze: options must be an object like {refDate: \"2023-07-12\", html: false}")
	}
	keys := js.Global().Get("Object").Call("keys", v)
	names := make([]string, keys.Length())
	for i := range names {
		names[i] = keys.Index(i).String()
	}
	if err := analyzer.CheckNames("lede.analyze", names, analyzer.OptionNames); err != nil {
		return o, err
	}
	if d := v.Get("refDate"); d.Type() == js.TypeString {
		o.RefDate = d.String()
	} else if !d.IsUndefined() && !d.IsNull() {
		return o, fmt.Errorf("lede.analyze: refDate must be a string YYYY-MM-DD")
	}
	o.HTML = v.Get("html").Truthy()
	if t := v.Get("targets"); !t.IsUndefined() && !t.IsNull() {
		if !js.Global().Get("Array").Call("isArray", t).Bool() {
			return o, fmt.Errorf("lede.analyze: targets must be an array of {start, end}")
		}
		for i := 0; i < t.Length(); i++ {
			s, e := t.Index(i).Get("start"), t.Index(i).Get("end")
			if s.Type() != js.TypeNumber || e.Type() != js.TypeNumber {
				return o, fmt.Errorf("lede.analyze: target %d needs numeric start and end", i)
			}
			o.Targets = append(o.Targets, analyzer.Offsets{Start: s.Int(), End: e.Int()})
		}
	}
	if c := v.Get("corrections"); !c.IsUndefined() && !c.IsNull() {
		cs, err := readCorrections("lede.analyze", c)
		if err != nil {
			return o, err
		}
		o.Corrections = cs
	}
	return o, nil
}

// readCorrections reads a JS array of corrections (as JSON, so that a misspelled field
// is an error); where names the function for the message.
func readCorrections(where string, c js.Value) ([]analyzer.Correction, error) {
	if !js.Global().Get("Array").Call("isArray", c).Bool() {
		return nil, fmt.Errorf("%s: corrections must be an array like [{op: \"retype\", mention: {start, end, text}, type: \"ORG\"}]", where)
	}
	cs, err := analyzer.ParseCorrections([]byte(js.Global().Get("JSON").Call("stringify", c).String()))
	if err == nil {
		err = analyzer.CheckCorrections(cs)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", where, err)
	}
	return cs, nil
}

// jsCorrections is a list of corrections as a plain JS array.
func jsCorrections(cs []analyzer.Correction) js.Value {
	if cs == nil {
		cs = []analyzer.Correction{}
	}
	b, err := json.Marshal(cs)
	if err != nil {
		return js.Global().Get("Array").New()
	}
	return js.Global().Get("JSON").Call("parse", string(b))
}

// jsExtractHTML is lede.extractHTML(html): {text, title, published}.
func jsExtractHTML(_ js.Value, args []js.Value) (result any) {
	defer recoverAsError(&result)
	if len(args) == 0 || args[0].Type() != js.TypeString {
		return errorResult(fmt.Errorf("lede.extractHTML: the argument must be an HTML string"))
	}
	ex := analyzer.ExtractHTML(args[0].String())
	return map[string]any{"text": ex.Text, "title": ex.Title, "published": ex.Published}
}

// jsAnalyzeResult is a report as a plain JS object.
func jsAnalyzeResult(rep *analyzer.Report) js.Value {
	b, err := rep.AppendJSON(nil, true)
	if err != nil {
		return js.Null()
	}
	return js.Global().Get("JSON").Call("parse", string(b))
}

// jsExport is lede._export(reportJSON, format, table): {text} or {error}. lede.js's
// lede.export hands it a report (as JSON) for the formats written in Go (markdown, csv);
// JSON itself it writes alone.
func jsExport(_ js.Value, args []js.Value) (result any) {
	defer recoverAsError(&result)
	if len(args) < 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
		return errorResult(fmt.Errorf("lede.export: give a report and a format (\"markdown\", \"json\" or \"csv\")"))
	}
	table := ""
	if len(args) > 2 && args[2].Type() == js.TypeString {
		table = args[2].String()
	} else if len(args) > 2 && !args[2].IsUndefined() && !args[2].IsNull() {
		return errorResult(fmt.Errorf("lede.export: the table must be a string: %s", strings.Join(export.Tables, ", ")))
	}
	var rep analyzer.Report
	if err := json.Unmarshal([]byte(args[0].String()), &rep); err != nil || rep.Schema == "" {
		return errorResult(fmt.Errorf("lede.export: the first argument must be a lede/1 report, as lede.analyze gives it"))
	}
	var b strings.Builder
	if err := export.Write(&b, &rep, args[1].String(), table); err != nil {
		return errorResult(fmt.Errorf("lede.export: %v", err))
	}
	return map[string]any{"text": b.String()}
}
