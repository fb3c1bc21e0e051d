// Command worker is lede at the edge: a Cloudflare Worker (github.com/syumai/workers)
// that answers /api/* for a CMS that wants analysis on publish, next to the static page
// that wrangler serves from its assets directory.
//
// This file is the whole HTTP API as a plain net/http handler, with no build tags, so it
// is tested natively with httptest. main_js.go hands it to the Workers runtime;
// main_native.go serves it on a local port for development.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"lede/analyzer"
)

// Body bounds, in bytes. A Worker has 128 MB of memory in all, so one article is bounded
// at analyzer.MaxWorkerBytes (limits.go says why); a body may carry it JSON-escaped. A
// batch is read whole (so that an oversized one is a clean 413), then analysed line by
// line, each line's article under the same bound: the batch body and one analysis must
// fit together.
const (
	maxArticleBytes = analyzer.MaxWorkerBytes
	maxAnalyzeBytes = 2*maxArticleBytes + 64<<10
	maxBatchBytes   = 4 << 20
)

// maxConcurrentAnalyses bounds the analyses one process runs at once: natively each
// holds about 35 MB at the article limit, so a server under a burst stays under 100 MB;
// more requests wait for a slot before their body is read. (A Worker isolate runs the
// Go program on one thread, so there it changes nothing.)
const maxConcurrentAnalyses = 2

// Read and write deadlines of the native server (newServer): a client that sends its
// headers slowly, or never, is dropped rather than held.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 60 * time.Second  // a 4 MiB body on a slow line
	writeTimeout      = 120 * time.Second // a batch of 4 MiB is analysed while it is written
	idleTimeout       = 60 * time.Second
)

// newServer is the native server of the API, with the deadlines above.
func newServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout, MaxHeaderBytes: 64 << 10}
}

// slots holds one token per analysis running.
var slots = make(chan struct{}, maxConcurrentAnalyses)

// withSlot runs next once an analysis slot is free; a client that goes away while it
// waits is dropped.
func withSlot(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
			warmUp()
			next(w, r)
		case <-r.Context().Done():
			writeError(w, http.StatusServiceUnavailable, nil, "the request was cancelled while it waited for the analyzer")
		}
	}
}

// config is what the deployment decides (wrangler.toml [vars]).
type config struct {
	// AllowedOrigins lists the origins whose pages may call the API (CORS), e.g.
	// "https://cms.example.org"; "*" or an empty list lets any page call it. The API
	// takes no cookies or credentials, so "*" exposes nothing but the analysis itself.
	AllowedOrigins []string
	// StreamBatch reads a batch body whose length is declared (and within the bound) as
	// it is analysed, instead of whole first: in the Worker (main_js.go) the runtime
	// holds the body outside the wasm's memory, which then keeps only the line being
	// analysed, not the 4 MiB beside it. The native server reads it whole: its read
	// timeout would otherwise run while a long batch is analysed.
	StreamBatch bool
}

// parseOrigins reads a comma-separated origin list, as ALLOWED_ORIGINS holds it.
func parseOrigins(s string) []string {
	var out []string
	for _, o := range strings.Split(s, ",") {
		if o = strings.TrimSpace(o); o != "" {
			out = append(out, strings.TrimSuffix(o, "/"))
		}
	}
	return out
}

// newHandler returns the API: POST /api/analyze, POST /api/batch, GET /api/health.
// Anything else under /api/ is a JSON 404; paths outside /api/ are the static page's,
// which wrangler serves before the worker runs.
func newHandler(cfg config) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/analyze", withSlot(handleAnalyze))
	mux.HandleFunc("/api/batch", withSlot(batchHandler(cfg.StreamBatch)))
	mux.HandleFunc("/api/health", handleHealth)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, nil, fmt.Sprintf("no such endpoint: %s (try POST /api/analyze, POST /api/batch, GET /api/health)", r.URL.Path))
	})
	return withCORS(cfg, withRecover(mux))
}

// withRecover turns a panic in a handler into a JSON 500. In a Worker nothing else
// would: the panic would end the Go program, and with it every later request of the
// instance.
func withRecover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				log.Printf("lede worker: panic serving %s: %v\n%s", r.URL.Path, p, debug.Stack())
				writeError(w, http.StatusInternalServerError, nil, fmt.Sprintf("internal error (please report it): %v", p))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// withCORS lets a CMS editor on another origin call the API: it answers preflights and
// marks every response as readable by the allowed origins.
func withCORS(cfg config, next http.Handler) http.Handler {
	anyOrigin := len(cfg.AllowedOrigins) == 0
	allowed := map[string]bool{}
	for _, o := range cfg.AllowedOrigins {
		if o == "*" {
			anyOrigin = true
		}
		allowed[o] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		origin := r.Header.Get("Origin")
		switch {
		case anyOrigin:
			h.Set("Access-Control-Allow-Origin", "*")
		case origin != "" && allowed[origin]:
			h.Set("Access-Control-Allow-Origin", origin)
			h.Add("Vary", "Origin")
		default:
			h.Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			// a preflight: say what the real request may do, with no body
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			reqHeaders := r.Header.Get("Access-Control-Request-Headers")
			if reqHeaders == "" {
				reqHeaders = "Content-Type"
			}
			h.Set("Access-Control-Allow-Headers", reqHeaders)
			h.Add("Vary", "Access-Control-Request-Headers")
			h.Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// handleAnalyze answers one article: a JSON body {"text"|"html","refDate","targets","id"}
// gives the lede/1 report.
func handleAnalyze(w http.ResponseWriter, r *http.Request) {
	if !allowMethod(w, r, http.MethodPost) {
		return
	}
	body, ok := readBody(w, r, maxAnalyzeBytes)
	if !ok {
		return
	}
	rep, id, err := analyzer.AnalyzeRequestMax(body, maxArticleBytes)
	if err != nil {
		status := analyzeStatus(err)
		writeError(w, status, id, publicMessage(status, err))
		return
	}
	// streamed: the Worker's response is a pipe to the runtime, so the report's JSON
	// (some 6 bytes a byte of text) is never whole in memory
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	if err := analyzer.WriteJSON(w, rep, false); err != nil {
		// the status is sent: only the log can tell (a client that went away)
		log.Printf("lede worker: analyze: writing the report: %v", err)
	}
}

// batchHandler answers JSON Lines with JSON Lines: one report a line, in input order;
// a bad line gives {"id","error"} and the batch goes on. With stream (config.StreamBatch)
// a body of declared length is read as it is analysed.
func batchHandler(stream bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !allowMethod(w, r, http.MethodPost) {
			return
		}
		var in io.Reader
		if stream && r.ContentLength >= 0 && r.ContentLength <= maxBatchBytes {
			// the declared length is within the bound (the runtime ends the body there),
			// so the answer cannot turn into a 413 half way
			in = http.MaxBytesReader(w, r.Body, maxBatchBytes)
		} else {
			// read whole first, so that an oversized batch is a clean 413 rather than a
			// 200 cut off half way
			body, ok := readBody(w, r, maxBatchBytes)
			if !ok {
				return
			}
			in = bytes.NewReader(body)
		}
		w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		if err := analyzer.AnalyzeBatchMax(in, w, maxArticleBytes); err != nil {
			// the status is sent: only the log can tell (a client that went away)
			log.Printf("lede worker: batch: %v", err)
		}
	}
}

// handleHealth says the worker is up and which report schema it speaks.
func handleHealth(w http.ResponseWriter, r *http.Request) {
	if !allowMethod(w, r, http.MethodGet, http.MethodHead) {
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "schema": analyzer.Schema})
}

// allowMethod answers 405 (with an Allow header) unless r uses one of methods.
func allowMethod(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m {
			return true
		}
	}
	allow := strings.Join(append(methods, http.MethodOptions), ", ")
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, nil, fmt.Sprintf("%s %s is not allowed; use %s", r.Method, r.URL.Path, strings.Join(methods, " or ")))
	return false
}

// readBody reads at most limit bytes of the request body; a longer body is a 413.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	tooLarge := "the request body is larger than " + analyzer.FormatSize(int(limit))
	if r.ContentLength > limit {
		writeError(w, http.StatusRequestEntityTooLarge, nil, tooLarge)
		return nil, false
	}
	// sized by the declared length (the Workers runtime passes the header on): io.ReadAll
	// grows its buffer step by step, which leaves several times the body in garbage and
	// a buffer up to a quarter too large just before the analysis
	size := int64(bytes.MinRead) // ReadFrom wants this much room past the end to see EOF
	if r.ContentLength > 0 {
		size += r.ContentLength
	}
	buf := bytes.NewBuffer(make([]byte, 0, size))
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	body := buf.Bytes()
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, nil, tooLarge)
		} else {
			writeError(w, http.StatusBadRequest, nil, "cannot read the request body: "+err.Error())
		}
		return nil, false
	}
	return body, true
}

// analyzeStatus tells the caller's mistakes (4xx) from the analyzer's (500): the
// analyzer marks its input errors (a bad refDate, a target out of range, a body that is
// not a request) as such.
func analyzeStatus(err error) int {
	switch {
	case errors.Is(err, analyzer.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case analyzer.IsInputError(err):
		return http.StatusBadRequest
	default:
		return http.StatusInternalServerError // a request like that should have worked
	}
}

// publicMessage is err for the client. A server-side error is logged in full and loses
// all but its first line: a recovered panic carries its stack, which is for the log.
func publicMessage(status int, err error) string {
	msg := err.Error()
	if status >= http.StatusInternalServerError {
		log.Printf("lede worker: %s", msg)
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
	}
	return msg
}

// apiError is the body of every error answer; id echoes the request's when it was read.
type apiError struct {
	ID    any    `json:"id,omitempty"`
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, id any, msg string) {
	writeJSON(w, status, apiError{ID: id, Error: msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		msg, _ := json.Marshal("cannot encode the answer: " + err.Error())
		buf.Reset()
		fmt.Fprintf(&buf, "{\"error\":%s}\n", msg)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
