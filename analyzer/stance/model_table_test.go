package stance

import (
	"fmt"
	"strings"
	"testing"
)

// TestPackedModelFind: the front-coded search finds every key of a model written for
// the test and no other, where keys are prefixes of one another, share more than the
// 255 bytes a shared count can say, hold bytes below and above '\n', and fall on block
// edges; absent keys sort before, between and after them.
func TestPackedModelFind(t *testing.T) {
	long := strings.Repeat("x", 300)
	var keys []string
	for _, k := range []string{"a", "ab", "abc", "abd", "b:", "b:\x00", "b:\x0b", "b:\xff", "c:é",
		long, long + "a", long + "ab", long + "b", long[:254] + "y", long[:255] + "y", long[:256] + "y"} {
		keys = append(keys, k)
	}
	for i := range 40 {
		keys = append(keys, fmt.Sprintf("g:w%02d next", i), fmt.Sprintf("g:w%02d", i))
	}
	var b strings.Builder
	b.WriteString("lede-stance v2 scale 10\n")
	for i, k := range keys {
		fmt.Fprintf(&b, "%s\t%d %d\n", k, i%50-25, -i)
	}
	tbl, err := PackModel(b.String())
	if err != nil {
		t.Fatal(err)
	}
	packed, err := OpenModel(string(tbl))
	if err != nil {
		t.Fatal(err)
	}
	parsed := ParseModel(b.String())
	if packed.Len() != len(keys) {
		t.Fatalf("packed %d keys, want %d", packed.Len(), len(keys))
	}
	probe := []string{"", "\x00", "a\x00", "aa", "abb", "abe", "b", "b:\x01", "zz", long[:299], long + "aa",
		long + "c", long[:255], long[:256] + "x", long[:256] + "z", "g:w05 nex", "g:w05 nexu", "g:w99"}
	for _, k := range append(probe, keys...) {
		pw, pok := packed.keyWeights(k)
		ww, wok := parsed.keyWeights(k)
		if pw != ww || pok != wok {
			t.Errorf("%.12q (%d bytes): packed %v %v, parsed %v %v", k, len(k), pw, pok, ww, wok)
		}
	}
}

// TestOpenModelDamaged: a cut or altered table is refused with an error, not a panic.
func TestOpenModelDamaged(t *testing.T) {
	tbl, err := PackModel("lede-stance v2 scale 10\nb:\t1 2\nc:x\t3 4\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "LSM2", string(tbl[:len(tbl)-1]), string(tbl) + "x", "LSM1" + string(tbl[4:])} {
		if _, err := OpenModel(bad); err == nil {
			t.Errorf("%q: opened", bad)
		}
	}
}
