package entity

import (
	"math/rand/v2"
	"testing"
)

// decodeReference is Viterbi written plainly over the predecessor lists: Decode's
// specialised loops must give the same tags.
func decodeReference(emit []float32, n int, tr *Transitions, out []uint8) {
	const neg = float32(-1e30)
	score, back := make([]float32, n*NTags), make([]uint8, n*NTags)
	for t := 0; t < NTags; t++ {
		score[t] = neg
		if allowed(NTags, t) {
			score[t] = emit[t] + tr[NTags][t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < NTags; t++ {
			best, arg := neg, 0
			for _, p := range predecessors[t] {
				if p == NTags {
					continue
				}
				if s := score[(i-1)*NTags+p] + tr[p][t]; s > best {
					best, arg = s, p
				}
			}
			score[i*NTags+t] = best + emit[i*NTags+t]
			back[i*NTags+t] = uint8(arg)
		}
	}
	best, arg := neg, 0
	for t := 0; t < NTags; t++ {
		if s := score[(n-1)*NTags+t]; s > best {
			best, arg = s, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(arg)
		arg = int(back[i*NTags+arg])
	}
}

func TestDecodeMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		var tr Transitions
		for p := range tr {
			for c := range tr[p] {
				// small integers make ties common, so tie-breaking is tested too
				tr[p][c] = float32(rng.IntN(5) - 2)
			}
		}
		n := 1 + rng.IntN(90) // both the stack (<= 64) and heap paths
		emit := make([]float32, n*NTags)
		for i := range emit {
			emit[i] = float32(rng.IntN(7) - 3)
		}
		got, want := make([]uint8, n), make([]uint8, n)
		Decode(emit, n, &tr, got)
		decodeReference(emit, n, &tr, want)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("trial %d: token %d: tag %d, reference %d", trial, i, got[i], want[i])
			}
		}
	}
}

// TestShapeHash checks that a packed shape hashes as its spelling does (the model's
// feature hashes were computed from shape strings) and spells the expected shapes.
func TestShapeHash(t *testing.T) {
	for w, want := range map[string]string{
		"Zelensky": "Xx", "U.S.": "X.X.", "1996-08-22": "d-d-d", "Rostov-on-Don": "Xx-x-Xx",
		"McDonald's": "XxXx'x", "Ünal": "Xx", "straße": "x", "€5": "~d", "a-b-c-d-e-f": "x-x-x-x-",
		"": "", "\xff": "~",
	} {
		s := wordShape(w)
		if s.String() != want {
			t.Errorf("wordShape(%q) = %q, want %q", w, s.String(), want)
		}
		if hashShape(featureSeed, s) != hashString(featureSeed, want) {
			t.Errorf("hashShape(%q) differs from hashString", want)
		}
	}
}

// TestReusedFeatures checks that the second pass gets the same tags whether it
// recomputes the first pass's features or reuses them.
func TestReusedFeatures(t *testing.T) {
	tg, lex, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if tg.Second == nil {
		t.Skip("no second pass")
	}
	words := [][]string{
		{"Leeds", "beat", "Chelsea", "2-1", "at", "Elland", "Road", "on", "Saturday", "."},
		{"Leeds", "United", "manager", "Howard", "Wilkinson", "said", "Chelsea", "played", "well", "."},
		{"LEEDS", "2", "Chelsea", "1"},
	}
	mk := func() []Sentence {
		var out []Sentence
		for _, w := range words {
			out = append(out, NewSentence(w))
		}
		return out
	}
	got := tg.TagDocument(lex, mk())
	sents := mk()
	v := newDocVocab(lex, sents)
	truecaseTitles(lex, sents, v)
	want := tg.Second.tagWith(lex, sents, v, tg.First.tagWith(lex, sents, v, nil, nil), nil)
	for si := range got {
		for i := range got[si] {
			if got[si][i] != want[si][i] {
				t.Fatalf("sentence %d token %d: %s with reuse, %s without", si, i, TagNames[got[si][i]], TagNames[want[si][i]])
			}
		}
	}
}

// BenchmarkDecode decodes sentences of 20 tokens (ns per sentence).
func BenchmarkDecode(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	var tr Transitions
	for p := range tr {
		for c := range tr[p] {
			tr[p][c] = rng.Float32()*4 - 2
		}
	}
	const n = 20
	emit := make([]float32, 64*n*NTags)
	for i := range emit {
		emit[i] = rng.Float32()*8 - 4
	}
	out := make([]uint8, n)
	k := 0
	for b.Loop() {
		Decode(emit[k*n*NTags:], n, &tr, out)
		k = (k + 1) % 64
	}
}
