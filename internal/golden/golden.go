// Package golden compares test output with reviewed files in testdata/: the stages' golden
// tests and the exports' share it. Run `go test ./analyzer/... ./export/... -update` to
// rewrite the files from the current output, then read the diff.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// Updating reports whether the test run rewrites golden files.
func Updating() bool { return *update }

// Expect compares got, as indented JSON, with the file want, or rewrites the file.
func Expect(t testing.TB, want string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	ExpectBytes(t, want, append(b, '\n'))
}

// ExpectBytes compares got with the file want, as it is (Markdown, CSV), or rewrites the
// file; a difference prints as a line diff.
func ExpectBytes(t testing.TB, want string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(want, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(w, got) {
		t.Errorf("%s differs from the output (- golden, + now; go test -update rewrites it):\n%s", want, Diff(string(w), string(got)))
	}
}

// ForEach runs fn as a subtest for every file matching pattern (e.g. "testdata/*.txt"),
// with the file's content and the path of its golden file (ext replaced by .json).
// It fails when no file matches, so that a moved folder cannot pass silently.
func ForEach(t *testing.T, pattern string, fn func(t *testing.T, src string, want string)) {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Fatalf("no golden cases match %s", pattern)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fn(t, string(src), strings.TrimSuffix(f, filepath.Ext(f))+".json")
		})
	}
}
