package analyzer

import (
	"bytes"
	"testing"
)

// The streamed report is byte for byte the Encoder's, indented and compact, with empty
// and omitted fields, HTML-like characters and a caller id.
func TestWriteJSONMatchesEncoder(t *testing.T) {
	texts := []string{
		"",
		"\"We will <not> pay & we won't,\" Mayor Ellen Varga said on Monday.\nThe Harbour Authority said it would meet next week.",
		"<html><head><title>Vote \u2028 today</title></head><body><p>\u201cNo,\u201d said Ana Lopez on 3 May 2024.</p></body></html>",
	}
	for i, text := range texts {
		opts := Options{RefDate: "2025-03-04", Targets: []Offsets{{Start: 0, End: 0}}}
		if i == 2 {
			opts = Options{HTML: true} // the report carries the extracted text and a title
		}
		rep, err := Analyze(text, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"", "a<b>.txt"} {
			rep.ID = id
			for _, indent := range []bool{true, false} {
				var want, got bytes.Buffer
				if err := encodeWhole(&want, rep, indent); err != nil {
					t.Fatal(err)
				}
				if err := WriteJSON(&got, rep, indent); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want.Bytes(), got.Bytes()) {
					t.Errorf("indent %v, id %q: streamed\n%s\nwant\n%s", indent, id, got.Bytes(), want.Bytes())
				}
			}
		}
	}
}

// An error line (its id of any JSON type) is written as the Encoder writes it too.
func TestWriteJSONErrorLine(t *testing.T) {
	for _, v := range []any{ErrorLine{ID: 7, Error: "line 1: <bad>"}, &ErrorLine{ID: "a", Error: "x"}, &ErrorLine{Error: "y"}} {
		var want, got bytes.Buffer
		if err := encodeWhole(&want, v, false); err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&got, v, false); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want.Bytes(), got.Bytes()) {
			t.Errorf("streamed %s, want %s", got.Bytes(), want.Bytes())
		}
	}
}
