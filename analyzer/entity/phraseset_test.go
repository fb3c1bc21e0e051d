package entity

import (
	"os"
	"strings"
	"testing"
)

// refPhrases is the phrase set as maps, the way the lists were read before they were
// packed: the table must answer every question as it does.
type refPhrases struct {
	kind   map[string]byte
	first  map[string]uint8
	prefix map[string]bool
}

func newRefPhrases(list []byte) *refPhrases {
	ps := &refPhrases{kind: map[string]byte{}, first: map[string]uint8{}, prefix: map[string]bool{}}
	eachLine(list, func(f []string) {
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return
		}
		phrase := f[1]
		if _, ok := ps.kind[phrase]; !ok {
			ps.kind[phrase] = f[0][0]
		}
		words := strings.Fields(phrase)
		if len(words) == 0 || len(words) > 8 {
			return
		}
		if n := uint8(len(words)); n > ps.first[words[0]] {
			ps.first[words[0]] = n
		}
		for n := 2; n < len(words); n++ {
			ps.prefix[strings.Join(words[:n], " ")] = true
		}
	})
	return ps
}

// mark is the map version of phraseSet.markInto.
func (ps *refPhrases) mark(lowers []string) []uint8 {
	out := make([]uint8, len(lowers))
	for i := 0; i < len(lowers); {
		maxN := min(int(ps.first[lowers[i]]), len(lowers)-i)
		matched, kind := 0, byte(0)
		for n := 1; n <= maxN; n++ {
			c := strings.Join(lowers[i:i+n], " ")
			if k, ok := ps.kind[c]; ok {
				matched, kind = n, k
			}
			if n > 1 && !ps.prefix[c] || n == 1 && maxN == 1 {
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		for k := i; k < i+matched; k++ {
			out[k] = kind<<2 | map[bool]byte{true: 1, false: 2}[k == i]
		}
		i += matched
	}
	return out
}

func markTable(ps *phraseSet, lowers []string) []uint8 {
	ids := make([]int32, len(lowers))
	words := make([]phraseWord, len(lowers))
	for i, w := range lowers {
		ids[i], words[i] = int32(i), ps.word(w)
	}
	infos := make([]tokInfo, len(lowers))
	ps.mark(lowers, ids, words, infos)
	out := make([]uint8, len(lowers))
	for i := range infos {
		out[i] = infos[i].org
	}
	return out
}

// TestPhraseTableAnswersAsMaps: on a short list written for the test and on the three
// embedded lists, the packed table gives the kinds, first-word lengths and marks the
// maps give, for every phrase, word and prefix of the list and for running text made
// of them.
func TestPhraseTableAnswersAsMaps(t *testing.T) {
	lists := map[string][]byte{"short": []byte("C\tacme\nA\tair new zealand\nO\tair new\nC\tair new\n" +
		"X\tone two three four five six seven eight nine\nbad\nC\t\nO\tthe bank of england\n")}
	for _, name := range []string{"gazetteer.txt", "orgs.txt", "wordnet.txt"} {
		b, err := os.ReadFile("model/" + name)
		if err != nil {
			t.Fatal(err)
		}
		lists[name] = b
	}
	for name, list := range lists {
		ref, ps := newRefPhrases(list), parsePhrases(list)
		var words []string
		check := func(key string) {
			if k, want := ps.kind(key), ref.kind[key]; k != want {
				t.Errorf("%s: kind(%q) = %q, want %q", name, key, k, want)
			}
			if f, want := ps.first(key), ref.first[key]; f != want {
				t.Errorf("%s: first(%q) = %d, want %d", name, key, f, want)
			}
		}
		for p := range ref.kind {
			check(p)
			check(p + " x")
			check(p[:len(p)-1])
			words = append(words, strings.Fields(p)...)
		}
		for p := range ref.prefix {
			check(p)
		}
		for w := range ref.first {
			check(w)
		}
		// running text: the list's words in list order, which holds its phrases, their
		// overlaps and prefixes that go nowhere
		marked := 0
		for start := 0; start < len(words); start += 500 {
			text := words[start:min(start+700, len(words))]
			got, want := markTable(ps, text), ref.mark(text)
			for i := range want {
				if want[i] != 0 {
					marked++
				}
				if got[i] != want[i] {
					t.Fatalf("%s: mark at %q (word %d) = %d, want %d", name, strings.Join(text[max(0, i-3):i+1], " "), start+i, got[i], want[i])
				}
			}
		}
		if marked == 0 {
			t.Errorf("%s: the running text marks nothing, so the test compares nothing", name)
		}
	}
}
