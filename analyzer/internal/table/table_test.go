package table

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"testing"
)

func TestTableFindsWhatWasAdded(t *testing.T) {
	b := NewBuilder(2)
	want := map[string]string{}
	r := rand.New(rand.NewSource(1))
	for i := range 5000 {
		k := strconv.Itoa(r.Intn(100000))
		if i%7 == 0 {
			k = "é" + k
		}
		rec := []byte{byte(i), byte(i >> 8)}
		b.Add(k, rec)
		want[k] = string(rec)
	}
	b.Add("", []byte{9, 9})
	want[""] = "\x09\x09"
	tb, err := Open(string(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if tb.Len() != len(want) {
		t.Fatalf("Len %d, want %d", tb.Len(), len(want))
	}
	for k, rec := range want {
		i := tb.Find(k)
		if i < 0 || tb.Key(i) != k || tb.Record(i) != rec {
			t.Fatalf("Find(%q) = %d", k, i)
		}
	}
	for _, k := range []string{"x", "123456789", "\x00", "\xff", "é"} {
		if _, ok := want[k]; !ok && tb.Find(k) >= 0 {
			t.Errorf("Find(%q) found a key never added", k)
		}
	}
	if _, err := Open(string(b.Bytes()[:40])); err == nil {
		t.Error("a truncated table opened")
	}
	empty, err := Open(string(NewBuilder(3).Bytes()))
	if err != nil || empty.Find("a") != -1 || empty.Find("") != -1 {
		t.Errorf("empty table: %v", err)
	}
}

// BenchmarkFind is a look-up in a table of 30,000 phrase-like keys, half of them absent.
func BenchmarkFind(b *testing.B) {
	bld := NewBuilder(2)
	var probes []string
	for i := range 30000 {
		k := fmt.Sprintf("w%d x%d", i*7919%30011, i%97)
		bld.Add(k, nil)
		probes = append(probes, k, k+"q")
	}
	tb, err := Open(string(bld.Bytes()))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkFinds(b, tb, probes)
}

// benchmarkFinds looks the probes up in turn, one a benchmark iteration.
func benchmarkFinds(b *testing.B, tb Table, probes []string) {
	i := 0
	for b.Loop() {
		tb.Find(probes[i%len(probes)])
		i++
	}
}

// TestSeekIsTheLowerBound: Seek gives the first key at least the one asked for, and the
// key after it, as a binary search of the sorted keys does.
func TestSeekIsTheLowerBound(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, n := range []int{0, 1, 15, 16, 17, 100, 1000} {
		b := NewBuilder(1)
		for range n {
			b.Add(strconv.Itoa(r.Intn(5000)), nil)
		}
		var keys []string
		tb, err := Open(string(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		for i := range tb.Len() {
			keys = append(keys, tb.Key(i))
		}
		for range 2000 {
			q := strconv.Itoa(r.Intn(5200))
			q = q[:1+r.Intn(len(q))]
			want := sort.SearchStrings(keys, q)
			row, at, next := tb.Seek(q)
			wantAt, wantNext := "", ""
			if want < len(keys) {
				wantAt = keys[want]
			}
			if want+1 < len(keys) {
				wantNext = keys[want+1]
			}
			if row != want || at != wantAt || next != wantNext {
				t.Fatalf("n=%d Seek(%q) = %d %q %q, want %d %q %q", n, q, row, at, next, want, wantAt, wantNext)
			}
		}
	}
}

// BenchmarkFindWords is a look-up in the entity stage's word table (clusters.tbl, 25,769
// English words), of its words and of as many absent ones, as a document's words are.
func BenchmarkFindWords(b *testing.B) {
	raw, err := os.ReadFile("../../entity/model/clusters.tbl")
	if err != nil {
		b.Skip(err)
	}
	tb, err := Open(string(raw))
	if err != nil {
		b.Fatal(err)
	}
	var probes []string
	for i := 0; i < tb.Len(); i += 7 {
		k := tb.Key(i)
		probes = append(probes, k, k[:len(k)-1]+"#")
	}
	benchmarkFinds(b, tb, probes)
}

// TestFindAnswersAsASortedList: keys of 1 to 30 bytes over a small alphabet (long shared
// prefixes, keys that are prefixes of others, lines longer and shorter than the eight
// bytes the scan reads at once), present and absent, against a sorted list.
func TestFindAnswersAsASortedList(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	word := func() string {
		b := make([]byte, 1+r.Intn(30))
		for i := range b {
			b[i] = "ab\x09\x0b\xff"[r.Intn(5)]
		}
		return string(b)
	}
	for _, n := range []int{1, 16, 17, 3000} {
		bld := NewBuilder(1)
		for range n {
			bld.Add(word(), nil)
		}
		tb, err := Open(string(bld.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for i := range tb.Len() {
			keys = append(keys, tb.Key(i))
		}
		probe := func(q string) {
			want := sort.SearchStrings(keys, q)
			if want == len(keys) || keys[want] != q {
				want = -1
			}
			if got := tb.Find(q); got != want {
				t.Fatalf("n=%d Find(%q) = %d, want %d", n, q, got, want)
			}
		}
		for _, k := range keys {
			probe(k)
			probe(k[:len(k)-1])
			probe(k + "a")
		}
		for range 3000 {
			probe(word())
		}
	}
}
