package analyzer

import (
	"strings"
	"testing"
)

// TestDatelineIsNoEvent: the dateline's date is when the story was filed; the first
// sentence's events start after it, and the dateline itself is on no timeline.
func TestDatelineIsNoEvent(t *testing.T) {
	src := "PORTVILLE, June 2, 2024 - The board met on Friday and voted to close the pier."
	r := analyze(t, src, Options{})
	if r.RefDate != "2024-06-02" || r.RefDateSource != "dateline" {
		t.Fatalf("reference date %q from %q", r.RefDate, r.RefDateSource)
	}
	if len(r.Events) != 1 {
		t.Fatalf("%d events, want the Friday meeting only: %+v", len(r.Events), r.Events)
	}
	if e := r.Events[0]; e.Value != "2024-05-31" || strings.Contains(e.Text, "2024") || !strings.HasPrefix(e.Text, "The board") {
		t.Errorf("event %q on %s", e.Text, e.Value)
	}
}
