package main

import (
	"strings"
	"testing"
)

// a BenchmarkHostile output written for the test: one shape linear, one quadratic in
// time, one in memory, one whose numbers come on the next line
const sample = `goos: linux
BenchmarkHostile/dots-2         	       3	 123456 ns/op	         2.01 t2/t1	         2.05 t4/t2	         2.00 m2/m1	         2.00 m4/m2	        40.00 cpu-ms@4x	        12.00 MB@4x
BenchmarkHostile/brackets-2     	       3	 223456 ns/op	         3.90 t2/t1	         3.95 t4/t2	         2.00 m2/m1	         2.10 m4/m2	       900.00 cpu-ms@4x	        30.00 MB@4x
BenchmarkHostile/hyphen-chain-2
    hostile_test.go:170: a log line
       3	 323456 ns/op	         2.00 t2/t1	         2.00 t4/t2	         4.00 m2/m1	         4.10 m4/m2	        50.00 cpu-ms@4x	       800.00 MB@4x
PASS
`

func TestFlags(t *testing.T) {
	rs, err := readResults(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 || rs[2].shape != "hyphen-chain" || rs[2].metrics["m4/m2"] != 4.1 {
		t.Fatalf("read %+v", rs)
	}
	var got []string
	for _, r := range rs {
		got = append(got, r.flags(3)...)
	}
	if len(got) != 2 || !strings.Contains(got[0], "FLAG hostile brackets: CPU time grows 3.95x") || !strings.Contains(got[1], "FLAG hostile hyphen-chain: memory grows 4.10x") {
		t.Errorf("flags %q", got)
	}
	if f := rs[1].flags(4); len(f) != 0 {
		t.Errorf("at -max 4: %q", f)
	}
}

func TestMissingFigure(t *testing.T) {
	rs, _ := readResults(strings.NewReader("BenchmarkHostile/emoji-2 3 100 ns/op 2.0 t4/t2\n"))
	if f := rs[0].flags(3); len(f) != 1 || !strings.Contains(f[0], "no m4/m2 figure") {
		t.Errorf("flags %q", f)
	}
}
