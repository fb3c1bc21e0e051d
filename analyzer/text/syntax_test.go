package text

import (
	"strings"
	"testing"

	"lede/analyzer/doc"
)

func TestWordClasses(t *testing.T) {
	cases := []struct {
		word string
		has  doc.WordClass
	}{
		{"her", doc.ClassPronoun | doc.ClassPossessive | doc.ClassFemale | doc.ClassThirdPerson},
		{"they", doc.ClassPronoun | doc.ClassPlural | doc.ClassThirdPerson},
		{"the", doc.ClassDeterminer},
		{"n't", doc.ClassNegation},
		{"sept.", doc.ClassMonth},
		{"thursday", doc.ClassWeekday},
		{"von", doc.ClassNameParticle},
		{"mrs.", doc.ClassTitle | doc.ClassFemale},
		{"plc", doc.ClassLegalSuffix},
		{"who", doc.ClassRelative | doc.ClassWh},
		{"would", doc.ClassAuxiliary | doc.ClassModal},
	}
	for _, c := range cases {
		if got := ClassOf(c.word); !got.Has(c.has) {
			t.Errorf("ClassOf(%q) = %b, want all of %b", c.word, got, c.has)
		}
	}
	if ClassOf("budget") != 0 || ClassOf("said") != 0 {
		t.Errorf("open-class words have no closed class")
	}
}

// expectTags checks the POS tags of a sentence written for the test, as word/TAG pairs.
func expectTags(t *testing.T, in, want string) {
	t.Helper()
	d := &doc.Doc{Text: in}
	Segment(d)
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, tok.Norm+"/"+tok.POS.String())
	}
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tags of %q\n got %s\nwant %s", in, g, want)
	}
}

func TestPOSByHand(t *testing.T) {
	expectTags(t, "The mayor said she would veto the plan.",
		"The/DT mayor/NN said/VBD she/PRP would/MD veto/VB the/DT plan/NN ./.")
	expectTags(t, "Shares of Acme rose 5 percent on Tuesday.",
		"Shares/NNS of/IN Acme/NNP rose/VBD 5/CD percent/NN on/IN Tuesday/NNP ./.")
}

func TestVerbGroups(t *testing.T) {
	cases := []struct {
		in            string
		negated, pass bool
		tense         doc.Tense
	}{
		{"The agency did not say why.", true, false, doc.TensePast},
		{"The plan was rejected.", false, true, doc.TensePast},
		{"The bill has been signed.", false, true, doc.TensePresent},
		{"She has signed the bill.", false, false, doc.TensePresent},
		{"He will never resign.", true, false, doc.TenseFuture},
	}
	for _, c := range cases {
		d := &doc.Doc{Text: c.in}
		Segment(d)
		if len(d.Clauses) == 0 {
			t.Errorf("%q: no clause", c.in)
			continue
		}
		v := d.Clauses[0].Verb
		if v.Negated != c.negated || v.Passive != c.pass || v.Tense != c.tense {
			t.Errorf("%q: negated %v passive %v tense %v, want %v %v %v", c.in, v.Negated, v.Passive, v.Tense, c.negated, c.pass, c.tense)
		}
	}
}

// TestClauseAt checks which clause a token is in: a coordinated clause shares the first
// one's subject, so the smaller span wins; an opening adverbial is in none.
func TestClauseAt(t *testing.T) {
	d := &doc.Doc{Text: "On Monday, Lee criticised the plan and praised the mayor."}
	Segment(d)
	tok := func(w string) int {
		for i, t := range d.Tokens {
			if t.Lower == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	verbOf := func(w string) string {
		c := d.ClauseAt(tok(w))
		if c < 0 {
			return ""
		}
		return d.Tokens[d.Clauses[c].Verb.Head].Lower
	}
	for w, want := range map[string]string{"plan": "criticised", "mayor": "praised", "praised": "praised", "monday": ""} {
		if got := verbOf(w); got != want {
			t.Errorf("%q is in the clause of %q, want %q", w, got, want)
		}
	}
	if d.ClauseAt(-1) != -1 || d.ClauseAt(len(d.Tokens)) != -1 {
		t.Error("a token index out of range is in a clause")
	}
}

func BenchmarkAnnotate(b *testing.B) {
	src := strings.Repeat("The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb until scientists determine whether mad cow disease can be transmitted to sheep. ", 200)
	d := &doc.Doc{Text: src}
	Segment(d)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Annotate(d)
	}
}

// TestBestChunkTagAllowed checks bestChunkTag's unfolded test against AllowedAfter: the
// best allowed tag after every previous tag, ties to the lower.
func TestBestChunkTagAllowed(t *testing.T) {
	scores := make([]int32, NumChunkTags)
	for trial := 0; trial < 2000; trial++ {
		for c := range scores {
			scores[c] = int32((trial*7 + c*c*13 + c*trial) % 5) // small: ties are common
		}
		for prev := ChunkTag(0); int(prev) < NumChunkTags; prev++ {
			want, wantScore := -1, int32(0)
			for c, s := range scores {
				if ChunkTag(c).AllowedAfter(prev) && (want < 0 || s > wantScore) {
					want, wantScore = c, s
				}
			}
			if got := bestChunkTag(scores, prev); int(got) != want {
				t.Fatalf("scores %v after %v: %v, want %v", scores, prev, got, ChunkTag(want))
			}
		}
	}
}
