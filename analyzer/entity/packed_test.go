package entity

import (
	"os"
	"testing"
)

// TestPackedListsFresh: each embedded table is what tools/pack-lists makes of its list
// today, so a list changed without repacking fails here rather than being ignored.
func TestPackedListsFresh(t *testing.T) {
	embedded := map[string]string{"clusters.tbl": clustersTbl, "names.tbl": namesTbl, "wordreps.tbl": wordrepsTbl,
		"gazetteer.tbl": gazetteerTbl, "orgs.tbl": orgsTbl, "wordnet.tbl": wordnetTbl}
	for _, l := range PackedLists {
		text, err := os.ReadFile("model/" + l.Text)
		if err != nil {
			t.Fatal(err)
		}
		if string(l.Pack(text)) != embedded[l.Table] {
			t.Errorf("model/%s is not the table of model/%s: run `go run ./tools/pack-lists` (make model does)", l.Table, l.Text)
		}
	}
}

// TestPackedListsLookUp: the tables answer as the lists read line by line do, on short
// lists written for the test (a word listed twice keeps its last line).
func TestPackedListsLookUp(t *testing.T) {
	clusters := "# comment\nthe\t1\t2\t0\t3\t4\nacme\t5\t6\t3\t7\t8\nthe\t9\t10\t1\t11\t12\n"
	lx := ParseLexicon([]byte(clusters), []byte("C\tfrance\n"), []byte("ann\tF\nbob\tM\nkim\tX\n"))
	if i := lx.wordIndex("the"); i < 0 {
		t.Fatal("the: no row")
	} else if c, f := lx.cluster(i); c != 9 || f != 10 || lx.capPrior(i) != 1 {
		t.Errorf("the: %d %d %d, want its last line 9 10 1", c, f, lx.capPrior(i))
	} else if c2, f2 := lx.cluster2(i); c2 != 11 || f2 != 12 {
		t.Errorf("the: second clustering %d %d", c2, f2)
	}
	if lx.wordIndex("zebra") != -1 || lx.capPrior(-1) != 9 || lx.rows() != 2 {
		t.Errorf("zebra %d, rows %d", lx.wordIndex("zebra"), lx.rows())
	}
	if lx.Gender("Ann") != 2 || lx.Gender("bob") != 1 || lx.Gender("kim") != 0 || lx.Place("France") != GazCountry {
		t.Errorf("names %d %d %d, place %c", lx.Gender("Ann"), lx.Gender("bob"), lx.Gender("kim"), lx.Place("France"))
	}
	one := ParseLexicon([]byte("the\t1\t2\t0\nacme\t5\t6\t3\t7\t8\n"), nil, nil)
	if one.hasClusters2() {
		t.Error("a list with a line of one clustering has two")
	}
	lx.SetWordReps([]byte("@\t0\t10\t20\n@\t1\t11\t21\n0\t3\tthe a\n1\t5\tacme the\n"))
	if i := lx.repRow("the"); i < 0 {
		t.Fatal("the: no word representation")
	} else if c, m, f := lx.repClusters(i); c != 21 || m != 11 || f != 1 || lx.repRank(i) != 5 {
		t.Errorf("the: %d %d %d rank %d, want 21 11 1 rank 5", c, m, f, lx.repRank(i))
	}
	if lx.repRow("zebra") != -1 {
		t.Error("zebra has a word representation")
	}
	lx.SetWordReps([]byte("@\t0\t10\t20\n3\t3\tthe\n"))
	if lx.repRow("the") != -1 {
		t.Error("a list naming a fine cluster it does not define was kept")
	}
}
