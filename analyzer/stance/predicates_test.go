package stance

import (
	"os"
	"testing"
)

// TestPackedPredicatesAgree: each form's patterns read in place from the packed table are
// the parse's, in file order (repeats kept), and a word that starts none finds none; on a
// short list written for the test and on predicates.txt.
func TestPackedPredicatesAgree(t *testing.T) {
	file, err := os.ReadFile("predicates.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range []string{
		"# a comment\nagainst criticize _\nfor call on _ to resign\nagainst deny _'s claim\n" +
			"opinion call _ ~\nfor critical of _\nagainst critic of _\nagainst take/took/taken aim at _\n",
		string(file),
	} {
		ps, err := parsePredicates(data)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]predicate{}
		for _, p := range ps {
			for _, f := range p.forms {
				want[f] = append(want[f], p.predicate)
			}
		}
		tbl, err := PackPredicates(data)
		if err != nil {
			t.Fatal(err)
		}
		x, err := openPredicates(string(tbl))
		if err != nil {
			t.Fatal(err)
		}
		if x.forms.Len() != len(want) || len(want) == 0 {
			t.Errorf("%d forms packed, %d parsed", x.forms.Len(), len(want))
		}
		for form, ws := range want {
			l := x.of(form)
			if l.len() != len(ws) {
				t.Errorf("%s: %d patterns packed, %d parsed", form, l.len(), len(ws))
				continue
			}
			for i, p := range l.all() {
				if p != ws[i] {
					t.Errorf("%s %d: packed %+v, parsed %+v", form, i, p, ws[i])
				}
			}
		}
		for _, w := range []string{"", "zzz", "criticizez", "_"} {
			if n := x.of(w).len(); n != 0 {
				t.Errorf("%q starts %d patterns", w, n)
			}
		}
	}
}

// TestPredicatesTableChecked: a table cut short or with a bad header is refused, not read
// out of range.
func TestPredicatesTableChecked(t *testing.T) {
	tbl, err := PackPredicates("for call on _ to resign\nagainst deny _'s claim\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []string{"", "LTP1", string(tbl[:len(tbl)-1]), "XTP1" + string(tbl[4:]), string(tbl[:20])} {
		if _, err := openPredicates(b); err == nil {
			t.Errorf("a bad table of %d bytes was opened", len(b))
		}
	}
	if _, err := openPredicates(string(tbl)); err != nil {
		t.Error(err)
	}
}

// TestPredicatesParseErrors: malformed lines are reported with their line number.
func TestPredicatesParseErrors(t *testing.T) {
	for _, data := range []string{"for criticize\n", "maybe criticize _\n", "for _ criticize\n", "opinion call _ a\n"} {
		if _, err := PackPredicates(data); err == nil {
			t.Errorf("%q: no error", data)
		}
	}
}
