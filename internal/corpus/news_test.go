package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestNewsTexts(t *testing.T) {
	data := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(data, "corpora", rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("reuters21578/b.sgm", "<BODY>Second &amp; last.\n Reuter</BODY>")
	write("reuters21578/a.sgm", "<TITLE>x</TITLE><BODY>Grain rose.</BODY><BODY>Oil \xff fell. Reuter</BODY>")
	write("bbc/tech/002.txt", "Phones sold.")
	write("bbc/business/001.txt", "Shares fell.")
	write("bbc/README.TXT", "not an article")
	var got []string
	if err := NewsTexts(data, func(s string) { got = append(got, s) }); err != nil {
		t.Fatal(err)
	}
	want := []string{"Grain rose.", "Oil   fell. ", "Second & last.\n ", "Shares fell.", "Phones sold."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	got = nil
	if err := NewsTexts(t.TempDir(), func(s string) { got = append(got, s) }); err != nil || got != nil {
		t.Errorf("no corpora: %q, %v", got, err)
	}
}
