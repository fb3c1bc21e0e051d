package text

import (
	"strings"
	"testing"
)

func TestReadJSONLD(t *testing.T) {
	for _, c := range []struct{ src, date, headline string }{
		{`{"@type":"NewsArticle","headline":"Port  tolls","datePublished":"2023-07-12T10:30:00Z"}`, "2023-07-12", "Port tolls"},
		{`[{"@type":"WebPage"},{"headline":"B","datePublished":"2021-01-02"}]`, "2021-01-02", "B"},
		// an object's own field beats its @graph members'; an earlier member a later one
		{`{"@graph":[{"headline":"first"},{"headline":"second","datePublished":"2020-05-06"}],"headline":"own"}`, "2020-05-06", "own"},
		// fields of other nested objects are not the article's
		{`{"author":{"headline":"not me","datePublished":"1999-01-01"},"headline":"me"}`, "", "me"},
		{`{"datePublished":"yesterday","@graph":[{"datePublished":"2022-03-04"}]}`, "2022-03-04", ""},
		{`{"datePublished":"2022-02-31"}`, "", ""},    // no such day
		{`{"headline":"x"} {"headline":"y"}`, "", ""}, // not one JSON text
		{`{"headline":"x"`, "", ""},
		{`{"":"a","headline":"h"}`, "", "h"},
		{`{"headline":["a"],"x":null,"datePublished":2023}`, "", ""},
		{strings.Repeat(`{"@graph":[`, 31) + `{"datePublished":"2023-01-02"}` + strings.Repeat(`]}`, 31), "2023-01-02", ""},
		// deeper than any structured data: read as nothing, in bounded memory
		{strings.Repeat(`{"@graph":[`, 5000) + `{"datePublished":"2023-01-02"}` + strings.Repeat(`]}`, 5000), "", ""},
	} {
		var dd dates
		var tt titles
		readJSONLD(c.src, &dd, &tt)
		if dd.jsonld != c.date || tt.jsonld != c.headline {
			t.Errorf("%.60s: got %q %q, want %q %q", c.src, dd.jsonld, tt.jsonld, c.date, c.headline)
		}
	}
}
