package analyzer

import (
	"os"
	"strconv"
	"testing"
)

func TestProfShape(t *testing.T) {
	name := os.Getenv("SHAPE")
	if name == "" {
		t.Skip()
	}
	n, _ := strconv.Atoi(os.Getenv("N"))
	for _, s := range hostileShapes {
		if s.name == name {
			Analyze(s.make(n), Options{HTML: s.html, RefDate: "2025-03-04"})
		}
	}
}
