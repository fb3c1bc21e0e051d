// Command lede analyzes news articles: actors, quotes, timeline and stance.
//
//	lede analyze [--ref-date D] [--html] [--format json|md] [FILE...|-]
//	lede analyze --jsonl [FILE|-]
//	lede serve [--addr 127.0.0.1:8080]
//	lede eval ner|timex|quotes|sentiment|tone PATH...
//	lede eval stance GOLD.jsonl TEXTDIR
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

const usage = `lede - an article analyzer: actors, quotes, timeline and stance

usage:
  lede analyze [--ref-date YYYY-MM-DD] [--html] [--format json|md] [FILE...|-]
  lede analyze --jsonl [FILE|-]      one {"id","text"|"html","refDate","targets"} a line
  lede serve [--addr 127.0.0.1:8080] the page, with its assets embedded
  lede eval KIND PATH...             score on corpora, one figure each (kinds: %s)
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintf(stderr, usage, evalKinds())
		return 2
	}
	var err error
	switch args[0] {
	case "analyze":
		err = analyzeCmd(args[1:], stdin, stdout, stderr)
	case "serve":
		err = serveCmd(args[1:], stdout)
	case "eval":
		err = evalCmd(args[1:], stdout)
	case "help", "-h", "--help":
		fmt.Fprintf(stdout, usage, evalKinds())
		return 0
	default:
		err = usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	if err != nil {
		fmt.Fprintln(stderr, "lede:", err)
		if _, ok := err.(usageError); ok {
			fmt.Fprintf(stderr, usage, evalKinds())
			return 2
		}
		return 1
	}
	return 0
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// evaluators maps an eval kind to its scorer; each eval_*.go file registers one.
var evaluators = map[string]func(path string, out io.Writer) error{}

// evaluatorsN are scorers that take several paths ("eval stance GOLD.jsonl TEXTDIR").
var evaluatorsN = map[string]func(args []string, out io.Writer) error{}

func evalKinds() string {
	var k []string
	for name := range evaluators {
		k = append(k, name)
	}
	for name := range evaluatorsN {
		k = append(k, name)
	}
	sort.Strings(k)
	return strings.Join(k, ", ")
}

func evalCmd(args []string, out io.Writer) error {
	if len(args) > 0 {
		// a scorer of several paths together ("eval stance GOLD.jsonl TEXTDIR")
		if ev, ok := evaluatorsN[args[0]]; ok {
			return ev(args[1:], out)
		}
	}
	if len(args) < 2 {
		return usageError{"eval takes a kind and one or more paths"}
	}
	ev, ok := evaluators[args[0]]
	if !ok {
		return usageError{fmt.Sprintf("unknown eval kind %q", args[0])}
	}
	// several paths: one figure each, in order (make eval puts CoNLL dev and wikigold
	// dev side by side)
	for i, path := range args[1:] {
		if i > 0 {
			fmt.Fprintln(out)
		}
		if err := ev(path, out); err != nil {
			return err
		}
	}
	return nil
}
