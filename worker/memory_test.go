package main

import (
	"net/http"
	"os"
	"runtime"
	"strings"
	"testing"

	"lede/analyzer"
)

// TestWorkerMemory sends one article at the Worker's limit through the handler, as a
// request would, and logs the memory the process holds after it. Run under Node by
// `make worker-memory`, which prints the wasm's memory.buffer.byteLength afterwards (the
// figure that must stay under the Worker's 128 MB). LEDE_MEMORY_TEXT names the article
// (default: a text written for the tests, repeated); without LEDE_MEMORY it is skipped.
func TestWorkerMemory(t *testing.T) {
	if os.Getenv("LEDE_MEMORY") == "" {
		t.Skip("set LEDE_MEMORY=1 (make worker-memory)")
	}
	text := strings.Repeat(article+" Critics said on Tuesday that the bridge cost too much.\n\n", analyzer.MaxWorkerBytes/140)
	if f := os.Getenv("LEDE_MEMORY_TEXT"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	if len(text) > analyzer.MaxWorkerBytes {
		text = text[:analyzer.MaxWorkerBytes]
	}
	rec := serve(t, newHandler(config{}), "POST", "/api/analyze", mustJSON(t, map[string]string{"text": text}), nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %.200s", rec.Code, rec.Body.String())
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("article %d bytes, report %d bytes; Go heap in use %d MiB, obtained from the system %d MiB, %d collections",
		len(text), rec.Body.Len(), m.HeapInuse>>20, m.Sys>>20, m.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&m)
	t.Logf("after a collection: %d MiB live (the report's bytes included)", m.HeapAlloc>>20)
}
