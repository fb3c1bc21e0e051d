package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"lede/analyzer"
)

// TestWorkerMemory sends one article at the Worker's limit through the handler, as a
// request would (the Worker's collector settings, the report streamed out), and logs
// the memory the process holds after it. Run under Node by `make worker-memory`, which
// prints the wasm's memory.buffer.byteLength afterwards (the figure that must stay
// under the Worker's 128 MB) and fails above 110 MiB. LEDE_MEMORY_TEXT names the
// article (default: newsText); without LEDE_MEMORY it is skipped.
func TestWorkerMemory(t *testing.T) {
	if os.Getenv("LEDE_MEMORY") == "" {
		t.Skip("set LEDE_MEMORY=1 (make worker-memory)")
	}
	tuneMemory()
	text := newsText(analyzer.MaxWorkerBytes)
	if f := os.Getenv("LEDE_MEMORY_TEXT"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	if len(text) > analyzer.MaxWorkerBytes {
		text = strings.ToValidUTF8(text[:analyzer.MaxWorkerBytes], "")
	}
	n := len(text)
	body := mustJSON(t, map[string]string{"text": text})
	text = ""
	req := httptest.NewRequest("POST", "/api/analyze", strings.NewReader(body))
	body = ""
	// the Workers runtime streams the response out of the wasm (a pipe), so the report's
	// bytes are counted here, not kept
	out := &countingWriter{header: http.Header{}}
	newHandler(config{}).ServeHTTP(out, req)
	if out.status != http.StatusOK {
		t.Fatalf("status %d: %s", out.status, out.head)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("article %d bytes, report %d bytes; Go heap in use %d MiB, obtained from the system %d MiB, %d collections",
		n, out.n, m.HeapInuse>>20, m.Sys>>20, m.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&m)
	t.Logf("after a collection: %d MiB live", m.HeapAlloc>>20)
}

// newsText is n bytes of real news, the BBC articles of the shared data one after the
// other (they are not committed), or without them the test's text repeated, whose few
// distinct words make it a lighter load.
func newsText(n int) string {
	var sb strings.Builder
	files, _ := filepath.Glob("../../shared/data/corpora/bbc/*/*.txt")
	sort.Strings(files)
	for _, f := range files {
		if sb.Len() >= n {
			break
		}
		if b, err := os.ReadFile(f); err == nil {
			sb.Write(b)
			sb.WriteString("\n\n")
		}
	}
	for sb.Len() < n {
		sb.WriteString(article + " Critics said on Tuesday that the bridge cost too much.\n\n")
	}
	return sb.String()
}

// countingWriter is a ResponseWriter that counts the body and keeps its first bytes.
type countingWriter struct {
	header http.Header
	status int
	n      int
	head   []byte
}

func (w *countingWriter) Header() http.Header { return w.header }

func (w *countingWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *countingWriter) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	if len(w.head) < 200 {
		w.head = append(w.head, b[:min(len(b), 200-len(w.head))]...)
	}
	w.n += len(b)
	return len(b), nil
}
