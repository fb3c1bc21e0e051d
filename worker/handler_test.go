package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"lede/analyzer"
)

// article is a short text written for these tests.
const article = `Mayor Ana Ruiz opened the bridge on Monday. "It took ten years," Ruiz said.`

func serve(t *testing.T, h http.Handler, method, path, body string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// expectStatus checks the status and that the body is JSON of the given content type.
func expectStatus(t *testing.T, rec *httptest.ResponseRecorder, status int, contentType string) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status %d, want %d; body %s", rec.Code, status, rec.Body)
	}
	if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, contentType) {
		t.Errorf("Content-Type %q, want %s", got, contentType)
	}
}

// expectError checks an error answer: the status, a JSON body, a message containing want.
func expectError(t *testing.T, rec *httptest.ResponseRecorder, status int, want string) apiError {
	t.Helper()
	expectStatus(t, rec, status, "application/json")
	var e apiError
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		t.Fatalf("error body is not JSON: %v: %s", err, rec.Body)
	}
	if e.Error == "" || !strings.Contains(e.Error, want) {
		t.Errorf("error %q, want it to mention %q", e.Error, want)
	}
	return e
}

type reportHead struct {
	Schema        string `json:"schema"`
	ID            any    `json:"id"` // a string in a report, as given in an error line
	Text          string `json:"text"`
	Title         string `json:"title"`
	RefDate       string `json:"refDate"`
	RefDateSource string `json:"refDateSource"`
	Stats         struct {
		Sentences int `json:"sentences"`
	} `json:"stats"`
	Mentions []json.RawMessage `json:"mentions"`
	Error    string            `json:"error"`
}

func TestAnalyzeText(t *testing.T) {
	body := mustJSON(t, map[string]any{"id": "a1", "text": article, "refDate": "2023-07-12"})
	rec := serve(t, newHandler(config{}), "POST", "/api/analyze", body, map[string]string{"Content-Type": "application/json", "Origin": "https://cms.example.org"})
	expectStatus(t, rec, http.StatusOK, "application/json")
	var rep reportHead
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Schema != "lede/1" || rep.ID != "a1" || rep.RefDate != "2023-07-12" || rep.RefDateSource != "input" {
		t.Errorf("report head %+v, want schema lede/1, id a1, refDate 2023-07-12 from input", rep)
	}
	if rep.Stats.Sentences != 2 {
		t.Errorf("%d sentences, want 2", rep.Stats.Sentences)
	}
	if rep.Text != "" {
		t.Errorf("plain text input echoed back as text %q", rep.Text)
	}
	if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("Access-Control-Allow-Origin %q, want *", got)
	}
}

func TestAnalyzeHTML(t *testing.T) {
	html := `<html><head><title>Bridge opens</title><script>alert(1)</script></head>` +
		`<body><p>Mayor Ana Ruiz opened the bridge on Monday.</p></body></html>`
	rec := serve(t, newHandler(config{}), "POST", "/api/analyze", mustJSON(t, map[string]any{"html": html}), nil)
	expectStatus(t, rec, http.StatusOK, "application/json")
	var rep reportHead
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rep.Text, "Mayor Ana Ruiz opened the bridge") || strings.ContainsAny(rep.Text, "<>") || strings.Contains(rep.Text, "alert") {
		t.Errorf("extracted text %q, want the paragraph's text without markup or script", rep.Text)
	}
	if rep.Title != "Bridge opens" {
		t.Errorf("title %q, want %q", rep.Title, "Bridge opens")
	}
}

func TestAnalyzeBadRequests(t *testing.T) {
	h := newHandler(config{})
	t.Run("bad JSON", func(t *testing.T) {
		expectError(t, serve(t, h, "POST", "/api/analyze", `{"text": "unterminated`, nil), http.StatusBadRequest, "JSON")
	})
	t.Run("no text or html keeps the id", func(t *testing.T) {
		e := expectError(t, serve(t, h, "POST", "/api/analyze", `{"id":"x7","refDate":"2023-07-12"}`, nil), http.StatusBadRequest, "no text or html")
		if e.ID != "x7" {
			t.Errorf("id %v, want x7 echoed", e.ID)
		}
	})
	t.Run("malformed refDate", func(t *testing.T) {
		expectError(t, serve(t, h, "POST", "/api/analyze", `{"text":"Hi.","refDate":"12/07/2023"}`, nil), http.StatusBadRequest, "12/07/2023")
	})
	t.Run("GET is not allowed", func(t *testing.T) {
		rec := serve(t, h, "GET", "/api/analyze", "", nil)
		expectError(t, rec, http.StatusMethodNotAllowed, "POST")
		if allow := rec.Header().Get("Allow"); !strings.Contains(allow, "POST") {
			t.Errorf("Allow %q, want POST in it", allow)
		}
	})
	t.Run("too large", func(t *testing.T) {
		big := `{"text":"` + strings.Repeat("a", maxAnalyzeBytes) + `"}`
		expectError(t, serve(t, h, "POST", "/api/analyze", big, nil), http.StatusRequestEntityTooLarge, "larger than "+analyzer.FormatSize(maxAnalyzeBytes))
	})
	t.Run("too large without Content-Length", func(t *testing.T) {
		req := httptest.NewRequest("POST", "/api/batch", strings.NewReader(strings.Repeat("a", maxBatchBytes+1)))
		req.ContentLength = -1 // a chunked upload: only reading finds out
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		expectError(t, rec, http.StatusRequestEntityTooLarge, "larger than 4 MiB")
	})
	t.Run("unknown endpoint", func(t *testing.T) {
		expectError(t, serve(t, h, "POST", "/api/analyse", `{"text":"Hi."}`, nil), http.StatusNotFound, "/api/analyse")
	})
}

// TestAnalyzeStatus: what the analyzer refuses is the caller's mistake (4xx) when the
// request itself is wrong; any other failure is the server's.
func TestAnalyzeStatus(t *testing.T) {
	for _, c := range []struct {
		body string
		want int
	}{
		{`{"text":`, http.StatusBadRequest},
		{`{"id":1}`, http.StatusBadRequest},
		{`{"text":"a","html":"<p>a</p>"}`, http.StatusBadRequest},
		{`{"text":"a","refDate":"July 12"}`, http.StatusBadRequest},
		{`{"text":"abc","targets":[{"start":2,"end":9}]}`, http.StatusBadRequest},
		{`{"html":"<script>x</script>"}`, http.StatusBadRequest},
		{`{"text":"` + strings.Repeat("a", maxArticleBytes+1) + `"}`, http.StatusRequestEntityTooLarge},
	} {
		_, _, err := analyzer.AnalyzeRequestMax([]byte(c.body), maxArticleBytes)
		if got := analyzeStatus(err); got != c.want {
			t.Errorf("analyzeStatus(%.60s: %v) = %d, want %d", c.body, err, got, c.want)
		}
	}
	if got := analyzeStatus(errors.New("some stage failed")); got != http.StatusInternalServerError {
		t.Errorf("a stage's failure is %d, want 500", got)
	}
	msg := publicMessage(http.StatusInternalServerError, errors.New("internal error: boom\ngoroutine 1 [running]:\nmain.main()"))
	if msg != "internal error: boom" {
		t.Errorf("500 message %q, want the first line only (no stack)", msg)
	}
}

// TestStreamedBatchAnswersAsTheWholeOne checks that the Worker's way of reading a batch
// (config.StreamBatch, as the body comes) gives the answer of the whole-body read, and
// that a body of unknown length is still read whole, so that an oversized one is a 413.
func TestStreamedBatchAnswersAsTheWholeOne(t *testing.T) {
	in := mustJSON(t, map[string]any{"id": "one", "text": article}) + "\n" +
		`{"id": "two", "text": ` + "\n" +
		mustJSON(t, map[string]any{"id": 3, "html": "<p>Ruiz said it was late.</p>", "refDate": "2023-07-12"}) + "\n"
	whole := serve(t, newHandler(config{}), "POST", "/api/batch", in, nil)
	streamed := serve(t, newHandler(config{StreamBatch: true}), "POST", "/api/batch", in, nil)
	expectStatus(t, streamed, http.StatusOK, "application/x-ndjson")
	if streamed.Body.String() != whole.Body.String() {
		t.Errorf("streamed batch answered\n%s\nthe whole read\n%s", streamed.Body, whole.Body)
	}
	if n := strings.Count(streamed.Body.String(), "\n"); n != 3 {
		t.Errorf("%d answer lines, want 3", n)
	}
	req := httptest.NewRequest("POST", "/api/batch", strings.NewReader(strings.Repeat("a", maxBatchBytes+1)))
	req.ContentLength = -1 // unknown: chunked
	rec := httptest.NewRecorder()
	newHandler(config{StreamBatch: true}).ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("an oversized body of unknown length: status %d, want 413", rec.Code)
	}
}

func TestBatchGoesOnAfterABadLine(t *testing.T) {
	in := mustJSON(t, map[string]any{"id": "one", "text": article}) + "\n" +
		`{"id": "two", "text": ` + "\n" +
		mustJSON(t, map[string]any{"id": 3, "html": "<p>Ruiz said it was late.</p>", "refDate": "2023-07-12"}) + "\n"
	rec := serve(t, newHandler(config{}), "POST", "/api/batch", in, map[string]string{"Content-Type": "application/x-ndjson"})
	expectStatus(t, rec, http.StatusOK, "application/x-ndjson")
	var lines []reportHead
	sc := bufio.NewScanner(rec.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r reportHead
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line %d is not JSON: %v: %s", len(lines)+1, err, sc.Bytes())
		}
		lines = append(lines, r)
	}
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3:\n%s", len(lines), rec.Body)
	}
	if lines[0].Schema != "lede/1" || lines[0].ID != "one" || lines[0].Error != "" {
		t.Errorf("line 1 %+v, want the report for id one", lines[0])
	}
	if lines[1].Schema != "" || !strings.Contains(lines[1].Error, "line 2") {
		t.Errorf("line 2 %+v, want an error naming line 2", lines[1])
	}
	if lines[2].Schema != "lede/1" || lines[2].ID != "3" || lines[2].RefDate != "2023-07-12" || lines[2].Error != "" {
		t.Errorf("line 3 %+v, want the report for id 3", lines[2])
	}
}

func TestBatchIsPostOnly(t *testing.T) {
	expectError(t, serve(t, newHandler(config{}), "PUT", "/api/batch", "{}", nil), http.StatusMethodNotAllowed, "POST")
}

func TestHealth(t *testing.T) {
	rec := serve(t, newHandler(config{}), "GET", "/api/health", "", nil)
	expectStatus(t, rec, http.StatusOK, "application/json")
	if got := strings.TrimSpace(rec.Body.String()); got != `{"schema":"lede/1","status":"ok"}` {
		t.Errorf("health %s", got)
	}
	expectError(t, serve(t, newHandler(config{}), "POST", "/api/health", "", nil), http.StatusMethodNotAllowed, "GET")
}

func TestCORSPreflight(t *testing.T) {
	rec := serve(t, newHandler(config{}), "OPTIONS", "/api/analyze", "", map[string]string{
		"Origin":                         "https://cms.example.org",
		"Access-Control-Request-Method":  "POST",
		"Access-Control-Request-Headers": "content-type",
	})
	if rec.Code != http.StatusNoContent {
		t.Fatalf("preflight status %d, want 204", rec.Code)
	}
	h := rec.Header()
	for name, want := range map[string]string{
		"Access-Control-Allow-Origin":  "*",
		"Access-Control-Allow-Headers": "content-type",
		"Access-Control-Max-Age":       "86400",
	} {
		if got := h.Get(name); got != want {
			t.Errorf("%s %q, want %q", name, got, want)
		}
	}
	if !strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") {
		t.Errorf("Access-Control-Allow-Methods %q, want POST in it", h.Get("Access-Control-Allow-Methods"))
	}
	if rec.Body.Len() != 0 {
		t.Errorf("preflight has a body: %s", rec.Body)
	}
}

func TestCORSAllowedOrigins(t *testing.T) {
	h := newHandler(config{AllowedOrigins: parseOrigins(" https://cms.example.org/ , https://news.example.com")})
	get := func(origin string) string {
		rec := serve(t, h, "GET", "/api/health", "", map[string]string{"Origin": origin})
		if !strings.Contains(rec.Header().Get("Vary"), "Origin") {
			t.Errorf("Vary %q, want Origin in it", rec.Header().Get("Vary"))
		}
		return rec.Header().Get("Access-Control-Allow-Origin")
	}
	if got := get("https://cms.example.org"); got != "https://cms.example.org" {
		t.Errorf("listed origin: Access-Control-Allow-Origin %q, want it echoed", got)
	}
	if got := get("https://evil.example.net"); got != "" {
		t.Errorf("unlisted origin: Access-Control-Allow-Origin %q, want none", got)
	}
}

func BenchmarkAnalyzeEndpoint(b *testing.B) {
	h := newHandler(config{})
	body := mustJSON(b, map[string]any{"text": strings.Repeat(article+"\n\n", 50), "refDate": "2023-07-12"})
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/analyze", strings.NewReader(body)))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}

func TestPanicIsA500(t *testing.T) {
	h := withRecover(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	expectError(t, serve(t, h, "GET", "/api/health", "", nil), http.StatusInternalServerError, "boom")
}

// TestAnalyzeCorrections: the request's "corrections" are applied; a broken one is a
// 400 that says which and why.
func TestAnalyzeCorrections(t *testing.T) {
	ruiz := map[string]any{"start": 6, "end": 14, "text": "Ana Ruiz"}
	body := mustJSON(t, map[string]any{"text": article, "corrections": []any{map[string]any{"op": "retype", "mention": ruiz, "type": "ORG"}}})
	rec := serve(t, newHandler(config{}), "POST", "/api/analyze", body, map[string]string{"Content-Type": "application/json"})
	expectStatus(t, rec, http.StatusOK, "application/json")
	var rep analyzer.Report
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Corrections == nil || rep.Corrections.Applied != 1 || len(rep.Actors) == 0 || rep.Actors[0].Type != "ORG" || !rep.Actors[0].Corrected {
		t.Errorf("corrections %+v, actors %+v", rep.Corrections, rep.Actors)
	}
	body = mustJSON(t, map[string]any{"text": article, "corrections": []any{map[string]any{"op": "recolour", "mention": ruiz}}})
	rec = serve(t, newHandler(config{}), "POST", "/api/analyze", body, map[string]string{"Content-Type": "application/json"})
	expectError(t, rec, http.StatusBadRequest, `corrections[0] (recolour): unknown op "recolour"`)
}
