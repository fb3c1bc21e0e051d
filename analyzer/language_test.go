package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/language holds one paragraph of news written for the test in each of seven
// languages; only en.txt is English.
func TestEnglishCheck(t *testing.T) {
	files, _ := filepath.Glob("testdata/language/*.txt")
	if len(files) < 7 {
		t.Fatalf("want 7 testdata/language files, found %d", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Analyze(string(b), Options{RefDate: "2023-07-12"})
		if err != nil {
			t.Fatal(err)
		}
		english := strings.HasSuffix(f, "/en.txt")
		l := rep.Language
		if l.English != english || l.Words < englishMinWords {
			t.Errorf("%s: %+v, want english=%v", f, l, english)
			continue
		}
		if english {
			if l.Notice != "" || len(rep.Actors) == 0 || len(rep.Events) == 0 {
				t.Errorf("%s: English, yet notice %q, %d actors, %d events", f, l.Notice, len(rep.Actors), len(rep.Events))
			}
			continue
		}
		if !strings.Contains(l.Notice, "does not read as English") || len(rep.Actors)+len(rep.Mentions)+len(rep.Quotes)+len(rep.Events)+len(rep.Stance) != 0 {
			t.Errorf("%s: notice %q with %d actors, %d quotes, %d events: want the notice and nothing found", f, l.Notice, len(rep.Actors), len(rep.Quotes), len(rep.Events))
		}
		if rep.Stats.Words == 0 {
			t.Errorf("%s: the stats are still counted", f)
		}
	}
}

func TestEnglishCheckEdges(t *testing.T) {
	for _, c := range []struct {
		name, text string
		english    bool
	}{
		// a headline is too short to judge
		{"short", "Bürgermeisterin eröffnet Brücke über Fluss", true},
		// an English story that quotes a sentence of German stays English
		{"quotes German", `Mayor Anna Weber opened the bridge on Monday. "Die Brücke ist endlich fertig," she told the crowd in German, and then she said that the city had waited for it for ten years. The council had voted for the plan in 2013, but the work was stopped twice by floods.`, true},
		{"German", "Die Bürgermeisterin Anna Weber hat am Montag die neue Brücke eröffnet. Nach zehn Jahren Planung sei das Projekt endlich fertig, sagte sie vor Hunderten Zuschauern, und der Stadtrat kritisierte die Kosten.", false},
	} {
		rep, err := Analyze(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Language.English != c.english {
			t.Errorf("%s: %+v, want english=%v", c.name, rep.Language, c.english)
		}
	}
	// Build, for the scorers, analyses any text
	d, err := Build("Die Bürgermeisterin Anna Weber hat am Montag die neue Brücke eröffnet. Nach zehn Jahren Planung sei das Projekt endlich fertig, sagte sie vor Hunderten Zuschauern, und der Stadtrat kritisierte die Kosten.", Options{})
	if err != nil || len(d.Mentions) == 0 {
		t.Errorf("Build stopped on a German text: %v, %d mentions", err, len(d.Mentions))
	}
}
