// Command bench-growth reads the output of BenchmarkHostile (`go test -bench`, from the
// files named or stdin) and flags each hostile shape that grows faster than linear at
// its largest doubling: CPU time t4/t2 or memory m4/m2 above -max (3: a linear stage
// shows about 2, a quadratic one 4). make bench runs it twice: after the hostile bench,
// to print one FLAG line a flagged shape beside the figures, and last with -exit, so
// that the whole bench ends in failure when any shape was flagged.
//
//	go run ./tools/bench-growth [-max 3] [-exit] [FILE...]
//
// No BenchmarkHostile result in the input is an error: a check that reads nothing
// cannot pass.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	limit := flag.Float64("max", 3, "the largest growth per doubling (t4/t2, m4/m2) that passes")
	exit := flag.Bool("exit", false, "print only a summary line, and exit 1 when any shape is flagged")
	flag.Parse()
	results, err := readInputs(flag.Args())
	if err == nil && len(results) == 0 {
		err = fmt.Errorf("no BenchmarkHostile results read")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-growth:", err)
		os.Exit(1)
	}
	flagged := 0
	for _, r := range results {
		for _, f := range r.flags(*limit) {
			flagged++
			if !*exit {
				fmt.Println(f)
			}
		}
	}
	switch {
	case flagged == 0:
		fmt.Printf("bench-growth: %d hostile shapes, none grows more than %g per doubling (t4/t2, m4/m2)\n", len(results), *limit)
	case *exit:
		fmt.Printf("bench-growth: %d FLAG lines for %d hostile shapes (printed after BenchmarkHostile): growth above %g per doubling\n", flagged, len(results), *limit)
		os.Exit(1)
	}
}

func readInputs(paths []string) ([]result, error) {
	if len(paths) == 0 {
		return readResults(os.Stdin)
	}
	var all []result
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		rs, err := readResults(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		all = append(all, rs...)
	}
	return all, nil
}

// result is one hostile shape's line of benchmark output: its metrics by unit
// ("t4/t2", "m4/m2", "cpu-ms@4x", "MB@4x").
type result struct {
	shape   string
	metrics map[string]float64
}

// growth names the ratios checked and what they measure.
var growth = []struct{ unit, what string }{{"t4/t2", "CPU time"}, {"m4/m2", "memory"}}

// flags are the FLAG lines of the ratios above limit.
func (r result) flags(limit float64) []string {
	var out []string
	for _, g := range growth {
		v, ok := r.metrics[g.unit]
		if !ok {
			out = append(out, fmt.Sprintf("FLAG hostile %s: no %s figure in the benchmark's output", r.shape, g.unit))
			continue
		}
		if v > limit {
			out = append(out, fmt.Sprintf("FLAG hostile %s: %s grows %.2fx from 2x to 4x of the input (%s %.2f > %g; linear is 2, quadratic 4; %.0f CPU ms, %.0f MB at 4x)",
				r.shape, g.what, v, g.unit, v, limit, r.metrics["cpu-ms@4x"], r.metrics["MB@4x"]))
		}
	}
	return out
}

// readResults reads the BenchmarkHostile/SHAPE-P lines of go test's output; a name
// printed alone (go test does so when the benchmark logs) takes the numbers of the next
// line that starts with one.
func readResults(r io.Reader) ([]result, error) {
	var out []result
	pending := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			continue
		}
		shape, ok := hostileShape(fs[0])
		switch {
		case ok && len(fs) == 1:
			pending = shape
		case ok:
			out = append(out, result{shape, metrics(fs[2:])})
			pending = ""
		case pending != "" && isNumber(fs[0]):
			out = append(out, result{pending, metrics(fs[1:])})
			pending = ""
		}
	}
	return out, sc.Err()
}

// hostileShape is the shape of a "BenchmarkHostile/SHAPE-P" name (P: GOMAXPROCS).
func hostileShape(name string) (string, bool) {
	shape, ok := strings.CutPrefix(name, "BenchmarkHostile/")
	if !ok || shape == "" {
		return "", false
	}
	if i := strings.LastIndexByte(shape, '-'); i > 0 && isNumber(shape[i+1:]) {
		shape = shape[:i]
	}
	return shape, true
}

// metrics reads "value unit" pairs.
func metrics(fs []string) map[string]float64 {
	m := map[string]float64{}
	for i := 0; i+1 < len(fs); i += 2 {
		if v, err := strconv.ParseFloat(fs[i], 64); err == nil {
			m[fs[i+1]] = v
		}
	}
	return m
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}
