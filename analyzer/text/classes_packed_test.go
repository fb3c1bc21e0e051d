package text

import (
	"os"
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/analyzer/internal/table"
)

// TestPackedListsFresh: classes.tbl is what tools/pack-lists makes of classes.txt today,
// so a list edited without repacking fails here rather than being ignored.
func TestPackedListsFresh(t *testing.T) {
	embedded := map[string]string{"classes.tbl": classesTbl}
	for _, l := range PackedLists {
		text, err := os.ReadFile(l.Text)
		if err != nil {
			t.Fatal(err)
		}
		packed, err := l.Pack(text)
		if err != nil {
			t.Fatal(err)
		}
		if string(packed) != embedded[l.Table] {
			t.Errorf("%s is not the table of %s: run `go run ./tools/pack-lists` (make model does)", l.Table, l.Text)
		}
	}
}

// TestClassesOnAShortList: classes from several lines join, numbers are kept (the last
// given), unknown classes and bad numbers are errors, on a list written for the test.
func TestClassesOnAShortList(t *testing.T) {
	tbl, err := PackClasses("# comment\nfoo det\nfoo plural\njanvier month=1\nmardi weekday=2\nmardis weekday=-2 plural\nlonely\n")
	if err != nil {
		t.Fatal(err)
	}
	classesOnce.Do(openClasses) // first, so that the embedded table is what is restored
	saved := classes
	defer func() { classes = saved }()
	h, err := openHashForTest(tbl)
	if err != nil {
		t.Fatal(err)
	}
	classes = h
	if c := ClassOf("foo"); c != doc.ClassDeterminer|doc.ClassPlural {
		t.Errorf("foo: %v", c)
	}
	if MonthOf("janvier") != 1 || WeekdayOf("mardi") != 2 || WeekdayOf("mardis") != -2 || MonthOf("mardi") != 0 || ClassOf("lonely") != 0 {
		t.Error("calendar numbers or an empty line wrong")
	}
	if got := strings.Join(WordsOf(doc.ClassWeekday), " "); got != "mardi mardis" {
		t.Errorf("WordsOf(weekday) = %q", got)
	}
	for _, bad := range []string{"x nonsense\n", "x month=z\n", "x month=300\n"} {
		if _, err := PackClasses(bad); err == nil {
			t.Errorf("%q packed", bad)
		}
	}
}

func openHashForTest(b []byte) (table.Hash, error) { return table.OpenHash(string(b)) }
