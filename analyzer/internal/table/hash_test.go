package table

import (
	"fmt"
	"math/rand"
	"strconv"
	"testing"
)

// TestHashFindsWhatWasAdded: every key added is found with its record, keys never added
// are not, rows list the keys sorted, and a damaged table does not open; in each of the
// layouts (u16 or u32 slots and offsets).
func TestHashFindsWhatWasAdded(t *testing.T) {
	for _, n := range []int{0, 1, 7, 5000, 70000} {
		b := NewBuilder(2)
		want := map[string]string{}
		r := rand.New(rand.NewSource(int64(n)))
		for i := range n {
			k := strconv.Itoa(r.Intn(10 * (n + 1)))
			if i%7 == 0 {
				k = "é" + k
			}
			if n == 5000 {
				k = "a long prefix, " + k // key bytes past 65535: u32 offsets beside u16 slots
			}
			rec := []byte{byte(i), byte(i >> 8)}
			b.Add(k, rec)
			want[k] = string(rec)
		}
		if n == 7 {
			b.Add("", []byte{9, 9})
			want[""] = "\x09\x09"
		}
		h, err := OpenHash(string(b.HashBytes()))
		if err != nil {
			t.Fatal(n, err)
		}
		if h.Len() != len(want) || h.Width() != 2 {
			t.Fatalf("%d: Len %d, want %d", n, h.Len(), len(want))
		}
		for k, rec := range want {
			i := h.Find(k)
			if i < 0 || h.Key(i) != k || h.Record(i) != rec {
				t.Fatalf("%d: Find(%q) = %d", n, k, i)
			}
		}
		for i := 1; i < h.Len(); i++ {
			if h.Key(i-1) >= h.Key(i) {
				t.Fatalf("%d: rows %d and %d are out of order", n, i-1, i)
			}
		}
		for _, k := range []string{"x", "123456789", "\x00", "\xff", "é", "-1"} {
			if _, ok := want[k]; !ok && h.Find(k) >= 0 {
				t.Errorf("%d: Find(%q) found a key never added", n, k)
			}
		}
	}
	good := NewBuilder(1)
	good.Add("a", []byte{1})
	good.Add("b", []byte{2})
	bs := good.HashBytes()
	if _, err := OpenHash(string(bs[:len(bs)-1])); err == nil {
		t.Error("a truncated table opened")
	}
	if _, err := Open(string(bs)); err == nil {
		t.Error("a hashed table opened as a sorted one")
	}
	if _, err := OpenHash(string(good.Bytes())); err == nil {
		t.Error("a sorted table opened as a hashed one")
	}
}

// TestHashFindAllocatesNothing: a look-up is free of garbage, found or not.
func TestHashFindAllocatesNothing(t *testing.T) {
	b := NewBuilder(1)
	for i := range 100 {
		b.Add(fmt.Sprint("w", i), nil)
	}
	h, err := OpenHash(string(b.HashBytes()))
	if err != nil {
		t.Fatal(err)
	}
	if a := testing.AllocsPerRun(100, func() { h.Find("w42"); h.Find("absent") }); a != 0 {
		t.Errorf("Find allocates %v times", a)
	}
}

// BenchmarkHashFind is BenchmarkFind's look-ups (30,000 phrase-like keys, half of the
// probes absent) in a hashed table.
func BenchmarkHashFind(b *testing.B) {
	bld := NewBuilder(2)
	var probes []string
	for i := range 30000 {
		k := fmt.Sprintf("w%d x%d", i*7919%30011, i%97)
		bld.Add(k, nil)
		probes = append(probes, k, k+"z")
	}
	h, err := OpenHash(string(bld.HashBytes()))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		if h.Find(probes[i%len(probes)]) >= 0 {
			n++
		}
	}
	_ = n
}

// TestHashLayouts: the slot and offset widths follow the row count and the key bytes.
func TestHashLayouts(t *testing.T) {
	for _, c := range []struct {
		n, keyLen      int
		wide, wideOffs bool
	}{{10, 3, false, false}, {5000, 20, false, true}, {70000, 6, true, true}} {
		b := NewBuilder(0)
		for i := range c.n {
			k := fmt.Sprintf("%0*d", c.keyLen, i)
			b.Add(k, nil)
		}
		h, err := OpenHash(string(b.HashBytes()))
		if err != nil || h.wide != c.wide || h.wideOffs != c.wideOffs {
			t.Errorf("%d keys of %d bytes: wide %v, wide offsets %v (%v)", c.n, c.keyLen, h.wide, h.wideOffs, err)
		}
	}
}
