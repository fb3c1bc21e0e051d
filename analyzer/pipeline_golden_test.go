package analyzer

import (
	"testing"

	"lede/internal/golden"
)

// TestPipelineGolden runs the whole pipeline on short articles written for the test
// (testdata/pipeline/*.txt) and compares the whole report with its reviewed JSON, so a
// change in any stage shows up as a diff of what a reader would see. The analyzer
// never reads the clock, so no file depends on the day it runs.
func TestPipelineGolden(t *testing.T) {
	golden.ForEach(t, "testdata/pipeline/*.txt", func(t *testing.T, src, want string) {
		r := analyze(t, src, Options{})
		golden.Expect(t, want, r)
	})
}
