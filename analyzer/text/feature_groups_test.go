package text

import (
	"slices"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/text/tagger"
)

// The taggers score their features in groups, some memoised; the groups must be exactly
// the features the trainer saw (POSFeatures, ChunkFeatures), position by position.

var groupTestText = "Sen. Maria Lopez said on Friday the 1996 budget was “dead”. It rained.\n\n" +
	"The U.S.-led talks, which began in Geneva at 9.30, ended. Why? No one knows"

func TestPOSFeatureGroups(t *testing.T) {
	d := &doc.Doc{Text: groupTestText}
	Segment(d)
	for _, s := range d.Sentences {
		toks := d.Tokens[s.FirstToken:s.EndToken]
		for i := range toks {
			p1, p2 := doc.NN, doc.DT
			want := POSFeatures(toks, i, p1, p2, nil)
			got := posHistoryFeatures(p1, p2, nil)
			got = posWordFeatures(toks, i, got)
			if i > 0 {
				got = posLeftFeatures(toks, i, got)
			}
			if i+1 < len(toks) {
				got = posRightFeatures(toks, i, got)
			}
			got = posOtherFeatures(toks, i, p1, got)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%q at %d: groups give %d features, POSFeatures %d", toks[i].Norm, i, len(got), len(want))
			}
		}
	}
}

func TestChunkFeatureGroups(t *testing.T) {
	d := &doc.Doc{Text: groupTestText}
	Segment(d)
	for _, s := range d.Sentences {
		toks := d.Tokens[s.FirstToken:s.EndToken]
		for i := range toks {
			c1, c2 := MakeChunkTag(doc.ChunkNP, false), MakeChunkTag(doc.ChunkVP, true)
			want := ChunkFeatures(toks, i, c1, c2, nil)
			got := chunkWindowFeatures(posAt(toks, i-1), posAt(toks, i), posAt(toks, i+1), nil)
			got = chunkHistoryFeatures(c1, c2, posAt(toks, i), posAt(toks, i+1), got)
			got = chunkOtherFeatures(toks, i, c1, got)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%q at %d: groups give %d features, ChunkFeatures %d", toks[i].Norm, i, len(got), len(want))
			}
		}
	}
}

// tokenKey must tell apart what the word features read: case, kind, sentence start, role.
func TestTokenKey(t *testing.T) {
	d := &doc.Doc{Text: "Apple apple APPLE. Apple 1996 1997 apple"}
	Segment(d)
	toks := d.Tokens
	seen := map[uint64]string{}
	for i := range toks {
		for _, role := range []byte{roleSelf, roleLeft, roleRight} {
			k := tokenKey(toks, i, role)
			what := toks[i].Norm + string(rune('0'+role))
			if i == 0 {
				what += "^"
			}
			if prev, ok := seen[k]; ok && prev != what {
				t.Errorf("%q and %q share a key", prev, what)
			}
			seen[k] = what
		}
	}
}

// Tagging with warm memos (a second pass over the same text, and a different text in
// between) gives the tags of a fresh start.
func TestMemoisedTagsMatchFresh(t *testing.T) {
	tagsOf := func(text string) []doc.POS {
		d := &doc.Doc{Text: text}
		Segment(d)
		var out []doc.POS
		for _, tk := range d.Tokens {
			out = append(out, tk.POS)
		}
		return out
	}
	first := tagsOf(groupTestText)
	tagsOf("Completely different words: zebras graze near Nairobi, officials said.")
	if again := tagsOf(groupTestText); !slices.Equal(first, again) {
		t.Errorf("tags changed with warm memos:\n%v\n%v", first, again)
	}
}

// bestTag and bestChunkTag are tagger.Best with the taggers' constraints, ties included.
func TestBestTagsMatchBest(t *testing.T) {
	rng := uint32(7)
	next := func() int32 { rng = rng*1664525 + 1013904223; return int32(rng>>28) - 8 } // few values: many ties
	for round := 0; round < 2000; round++ {
		scores := make([]int32, int(doc.NumPOS))
		for c := range scores {
			scores[c] = next()
		}
		if got, want := bestTag(scores), tagger.Best(scores, func(c int) bool { return c > 0 }); got != want {
			t.Fatalf("bestTag(%v) = %d, tagger.Best %d", scores, got, want)
		}
		chunks := scores[:NumChunkTags]
		prev := ChunkTag(round % NumChunkTags)
		want := ChunkTag(tagger.Best(chunks, func(c int) bool { return ChunkTag(c).AllowedAfter(prev) }))
		if got := bestChunkTag(chunks, prev); got != want {
			t.Fatalf("bestChunkTag(%v, %v) = %v, tagger.Best %v", chunks, prev, got, want)
		}
	}
}
