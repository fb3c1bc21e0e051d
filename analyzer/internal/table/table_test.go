package table

import (
	"fmt"
	"math/rand"
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
