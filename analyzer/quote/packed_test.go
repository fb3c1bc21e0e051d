package quote

import (
	"os"
	"strconv"
	"testing"

	"lede/analyzer/internal/table"
)

func cuesTxt(tb testing.TB) string     { return readList(tb, "cues.txt") }
func cueModelTxt(tb testing.TB) string { return readList(tb, "cuemodel.txt") }
func readList(tb testing.TB, name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestPackedListsFresh: each embedded table is what tools/pack-lists makes of its list
// today, so a list changed without repacking (or a trainer run without it) fails here.
func TestPackedListsFresh(t *testing.T) {
	embedded := map[string]string{"cues.tbl": cuesTbl, "cuemodel.tbl": cueModelTbl}
	for _, l := range PackedLists {
		packed, err := l.Pack([]byte(readList(t, l.Text)))
		if err != nil {
			t.Fatal(err)
		}
		if string(packed) != embedded[l.Table] {
			t.Errorf("%s is not the table of %s: run `go run ./tools/pack-lists` (make model does)", l.Table, l.Text)
		}
	}
}

// TestCueTableAgrees: every form of cues.txt answers, read from the embedded table, as
// the list parsed into maps does, and words on no list answer as absent.
func TestCueTableAgrees(t *testing.T) {
	l := parseCues(cuesTxt(t))
	words := map[string]bool{"zebra": true, "": true, "+about": true, "the": true}
	for _, m := range []map[string]bool{keysOf(l.class), keysOf(l.flags), keysOf(l.nouns), keysOf(l.preps)} {
		for w := range m {
			words[w] = true
		}
	}
	if len(words) < 300 {
		t.Fatalf("only %d forms: the list did not parse", len(words))
	}
	for w := range words {
		fl := l.flags[w]
		got := [...]bool{isAimVerb(w), isRaisingVerb(w), isAddresseeVerb(w), isRefusalVerb(w), isActVerb(w), needsClause(w)}
		want := [...]bool{fl&flagAim != 0, fl&flagRaising != 0, fl&flagAddressee != 0, fl&flagRefusal != 0, fl&flagAct != 0, fl&flagFrame != 0}
		if cueOf(w) != l.class[w] || got != want || cuePreposition(w) != l.preps[w] {
			t.Errorf("%q: class %v flags %v prep %q; the list: %v %v %q", w, cueOf(w), got, cuePreposition(w), l.class[w], want, l.preps[w])
		}
		for _, next := range []string{"that", "of", "about", "on", "for", "to", "against", "", "zebra"} {
			want := false
			for _, p := range l.nouns[w] {
				want = want || p == next
			}
			if nounCue(w, next) != want {
				t.Errorf("nounCue(%q, %q) = %v, the list says %v", w, next, !want, want)
			}
		}
	}
}

// TestPackedCuesOnAShortList: classes, generated forms, prepositions and several noun
// openers, on a list written for the test.
func TestPackedCuesOnAShortList(t *testing.T) {
	tbl, err := PackCues("# a comment\nspeech mutter\nbelief reckon\naim urge +for\nframe hum\nnoun gripe +about\nnoun gripe +that\nnoun gripe\nact vow\nbad\n")
	if err != nil {
		t.Fatal(err)
	}
	cuesOnce.Do(openCues) // first, so that the embedded table is what is restored
	saved := cues
	defer func() { cues = saved }()
	if cues, err = openHash(tbl); err != nil {
		t.Fatal(err)
	}
	for w, c := range map[string]cueClass{"muttered": cueSpeech, "mutters": cueSpeech, "reckoning": cueBelief, "hum": cueSpeech, "urge": cueNone, "bad": cueNone} {
		if cueOf(w) != c {
			t.Errorf("cueOf(%q) = %v, want %v", w, cueOf(w), c)
		}
	}
	if !isAimVerb("urged") || cuePreposition("urges") != "for" || cuePreposition("muttered") != "" || !needsClause("hums") || !isActVerb("vowed") {
		t.Error("aim, preposition, frame or act forms wrong")
	}
	if !nounCue("gripe", "about") || !nounCue("gripe", "that") || !nounCue("gripe", "") || nounCue("gripe", "of") || nounCue("gripes", "that") {
		t.Error("noun openers wrong")
	}
	if _, err := PackCues("noun x +a\nnoun x +b\nnoun x +c\nnoun x +d\nnoun x +e\n"); err == nil {
		t.Error("a noun with five openers packed")
	}
}

// TestCueModelTableAgrees: every weight and stem of cuemodel.txt reads back from the
// embedded table exactly (float64 equality), with the bias and the threshold.
func TestCueModelTableAgrees(t *testing.T) {
	m := parseCueModel(cueModelTxt(t))
	cueModelOnce.Do(openCueModel)
	if len(m.weights) == 0 || cueModelEmpty {
		t.Fatalf("%d weights, table empty %v", len(m.weights), cueModelEmpty)
	}
	if cueModelBias != m.bias || cueModelThreshold != m.threshold {
		t.Errorf("bias %v threshold %v, the file %v %v", cueModelBias, cueModelThreshold, m.bias, m.threshold)
	}
	for k, w := range m.weights {
		if got, ok := cueModelAt(k); !ok || got != w {
			t.Fatalf("%s: %v %v, the file %v", k, got, ok, w)
		}
	}
	for s := range m.stems {
		if !cueModelStem(s) {
			t.Errorf("stem %s missing", s)
		}
	}
	for _, k := range []string{"w=zzzz", "", "@cue"} {
		if _, ok := cueModelAt(k); ok || cueModelStem(k) {
			t.Errorf("%q found", k)
		}
	}
	if _, err := PackCueModel("w=a\t1e3\n"); err == nil {
		t.Error("a weight in exponent form packed")
	}
}

// TestDecimalReadsBackExactly: the decimal record gives ParseFloat's float64.
func TestDecimalReadsBackExactly(t *testing.T) {
	for _, v := range []string{"-0.338", "0.350", "12.001", "-7", "0.000", "3.14159265", "-2147.483647"} {
		w, _ := strconvParse(v)
		mant, places, ok := decimal(v, w)
		if !ok || fromDecimal(mant, places) != w {
			t.Errorf("%s: %d %d %v", v, mant, places, ok)
		}
	}
	for _, v := range []string{"1e3", "99999999999", "0x10", "1.2.3"} {
		w, _ := strconvParse(v)
		if _, _, ok := decimal(v, w); ok {
			t.Errorf("%s read as a decimal", v)
		}
	}
}

func strconvParse(v string) (float64, error) { return strconv.ParseFloat(v, 64) }

func openHash(b []byte) (table.Hash, error) { return table.OpenHash(string(b)) }
