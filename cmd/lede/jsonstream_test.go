package main

import (
	"bytes"
	"testing"

	"lede/analyzer"
)

// The streamed report is byte for byte the Encoder's, indented and compact, with empty
// and omitted fields, HTML-like characters and a caller id.
func TestWriteStreamedMatchesEncoder(t *testing.T) {
	texts := []string{
		"",
		"\"We will <not> pay & we won't,\" Mayor Ellen Varga said on Monday.\nThe Harbour Authority said it would meet next week.",
	}
	for _, text := range texts {
		rep, err := analyzer.Analyze(text, analyzer.Options{RefDate: "2025-03-04", Targets: []analyzer.Offsets{{Start: 0, End: 0}}})
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"", "a<b>.txt"} {
			rep.ID = id
			for _, indent := range []bool{true, false} {
				var want, got bytes.Buffer
				if err := writeJSON(&want, rep, indent); err != nil {
					t.Fatal(err)
				}
				if err := writeStreamed(&got, rep, indent); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want.Bytes(), got.Bytes()) {
					t.Errorf("indent %v, id %q: streamed\n%s\nwant\n%s", indent, id, got.Bytes(), want.Bytes())
				}
			}
		}
	}
}
