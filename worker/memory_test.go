package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"lede/analyzer"
)

// TestWorkerMemory sends one article at the Worker's limit through the handler, as a
// request would (the Worker's collector settings, the body streamed in, the report
// streamed out), and logs the memory the process holds after it. Run under Node by
// `make worker-memory`, which prints the wasm's memory.buffer.byteLength afterwards (the
// figure that must stay under the Worker's 128 MB) and fails above 110 MiB.
// LEDE_MEMORY_TEXT names the article (default: newsText); without LEDE_MEMORY it is
// skipped.
func TestWorkerMemory(t *testing.T) {
	text, n := memoryArticle(t)
	body := []byte(mustJSON(t, map[string]string{"text": text}))
	measureMemory(t, "/api/analyze", body, n)
}

// TestWorkerBatchMemory is TestWorkerMemory for /api/batch: the same article as one line
// of a batch body at its 4 MiB bound, which the handler holds whole while the line is
// analysed. The rest of the body is a second line the batch refuses (an unknown field),
// so that the run measures one analysis at the limit beside the whole body, not a second
// analysis.
func TestWorkerBatchMemory(t *testing.T) {
	text, n := memoryArticle(t)
	line := mustJSON(t, map[string]string{"id": "article", "text": text}) + "\n"
	text = ""
	head := `{"id":"pad","pad":"`
	pad := maxBatchBytes - len(line) - len(head) - len(`"}`+"\n")
	if pad < 0 {
		t.Fatalf("the article's line is %d bytes, over the batch bound", len(line))
	}
	body := make([]byte, 0, maxBatchBytes)
	body = append(body, line...)
	body = append(body, head...)
	body = append(body, strings.Repeat("x", pad)...)
	body = append(body, `"}`+"\n"...)
	measureMemory(t, "/api/batch", body, n)
}

// memoryArticle is the article of the memory tests, cut to the Worker's limit, and its
// length in bytes; it skips the test without LEDE_MEMORY.
func memoryArticle(t *testing.T) (string, int) {
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
	return text, len(text)
}

// measureMemory posts body to path, checks that the answer is a 200 with no error line,
// and logs the memory the Go runtime holds.
func measureMemory(t *testing.T, path string, body []byte, articleBytes int) {
	req := httptest.NewRequest("POST", path, newStreamedBody(body))
	req.ContentLength = int64(len(body))
	body = nil // the caller's copy goes too, when it is the last reference
	// the Workers runtime streams the response out of the wasm (a pipe), so the report's
	// bytes are counted here, not kept
	out := &countingWriter{header: http.Header{}}
	newHandler(workerConfig(nil)).ServeHTTP(out, req)
	if out.status != http.StatusOK || bytes.HasPrefix(out.head, []byte(`{"id":"article","error"`)) {
		t.Fatalf("status %d: %s", out.status, out.head)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("%s: article %d bytes, answer %d bytes; Go heap in use %d MiB, obtained from the system %d MiB, %d collections",
		path, articleBytes, out.n, m.HeapInuse>>20, m.Sys>>20, m.NumGC)
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

// streamedBody is a request body that lets go of what it has handed out, as the
// Workers runtime's body stream does: the request's bytes live in the isolate's memory
// outside the wasm until they are read. It keeps them in pieces of streamPiece bytes
// and drops each piece once read.
type streamedBody struct{ pieces [][]byte }

// streamPiece is the size of the pieces of a streamedBody, in bytes (a stream's chunks
// are some kilobytes).
const streamPiece = 64 << 10

func newStreamedBody(b []byte) *streamedBody {
	s := &streamedBody{}
	for len(b) > 0 {
		n := min(len(b), streamPiece)
		s.pieces = append(s.pieces, slices.Clone(b[:n]))
		b = b[n:]
	}
	return s
}

func (s *streamedBody) Read(p []byte) (int, error) {
	for len(s.pieces) > 0 && len(s.pieces[0]) == 0 {
		s.pieces[0] = nil // read: the collector may have it
		s.pieces = s.pieces[1:]
	}
	if len(s.pieces) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.pieces[0])
	s.pieces[0] = s.pieces[0][n:]
	return n, nil
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
