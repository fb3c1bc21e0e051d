package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"lede/analyzer"
)

// wrangler is `wrangler dev` on 127.0.0.1: the Worker (worker/build, make worker) in
// workerd, the Workers runtime itself, with local simulations of the queue and the
// bucket. No Cloudflare account is involved.
type wrangler struct {
	url    string
	cmd    *exec.Cmd
	exited chan struct{} // closed when wrangler has ended
	mu     sync.Mutex
	logs   bytes.Buffer
}

func (w *wrangler) log() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.logs.String()
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

// startWrangler runs wrangler dev in worker/ and waits until /api/health answers; the
// whole process group is stopped when the test ends.
func startWrangler(t *testing.T, args ...string) *wrangler {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "worker"))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "node_modules", ".bin", "wrangler")
	_, err = os.Stat(bin)
	need(t, err == nil, "no wrangler: run `make deps-worker` (npm ci in worker/)")
	_, err = os.Stat(filepath.Join(dir, "build", "app.wasm"))
	need(t, err == nil, "no worker/build: run `make worker`")

	port := freePort(t)
	w := &wrangler{url: "http://127.0.0.1:" + port}
	w.cmd = exec.Command(bin, append([]string{"dev", "--ip", "127.0.0.1", "--port", port,
		"--inspector-port", freePort(t), "--show-interactive-dev-session=false",
		"--persist-to", t.TempDir()}, args...)...)
	w.cmd.Dir = dir
	w.cmd.Env = append(os.Environ(), "WRANGLER_SEND_METRICS=false", "CI=true", "NO_COLOR=1",
		"WRANGLER_LOG_PATH="+t.TempDir())
	w.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := w.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	w.cmd.Stderr = w.cmd.Stdout
	if err := w.cmd.Start(); err != nil {
		t.Fatalf("starting wrangler dev: %v", err)
	}
	w.exited = make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			w.mu.Lock()
			w.logs.WriteString(sc.Text() + "\n")
			w.mu.Unlock()
		}
		w.cmd.Wait() // after the output ends, as os/exec asks
		close(w.exited)
	}()
	t.Cleanup(func() {
		pgid := w.cmd.Process.Pid
		syscall.Kill(-pgid, syscall.SIGTERM)
		select {
		case <-w.exited:
		case <-time.After(10 * time.Second):
			syscall.Kill(-pgid, syscall.SIGKILL)
			<-w.exited
		}
		if t.Failed() {
			t.Logf("wrangler dev said:\n%s", w.log())
		}
	})
	deadline := time.Now().Add(3 * time.Minute) // a cold build of the worker, on a busy machine
	for {
		res, err := edgeClient.Get(w.url + "/api/health")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return w
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("wrangler dev did not answer /api/health: %v\n%s", err, w.log())
		}
		select {
		case <-w.exited:
			t.Fatalf("wrangler dev ended before it answered: %v\n%s", w.cmd.ProcessState, w.log())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// edgeClient bounds every request, so that a Worker that hangs fails the test.
var edgeClient = &http.Client{Timeout: 2 * time.Minute}

// call sends a request and returns the status, the body and the time it took.
func (w *wrangler) call(t *testing.T, method, path, ctype string, body []byte, header ...string) (int, http.Header, []byte, time.Duration) {
	t.Helper()
	req, err := http.NewRequest(method, w.url+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	start := time.Now()
	res, err := edgeClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: reading: %v", method, path, err)
	}
	return res.StatusCode, res.Header, b, time.Since(start)
}

// sameJSON reports whether two JSON texts hold the same value.
func sameJSON(a, b []byte) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}

// native is the analyzer's own answer to an /api/analyze body, as the CLI would give it.
func native(t *testing.T, body string) []byte {
	t.Helper()
	rep, _, err := analyzer.AnalyzeRequest([]byte(body))
	if err != nil {
		t.Fatalf("native analysis: %v", err)
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const edgeArticle = `{"id":"a1","text":"Mayor Ana Ruiz opened the bridge on Monday. \"It took ten years,\" Ruiz said. The Harbour Board (HB) paid for it.","refDate":"2023-07-12"}`

// TestWorkerRuntime runs the Worker in the Workers runtime (wrangler dev) and sends it
// real requests: health, an article (the same report as the analyzer gives natively), an
// oversized body, bad JSON, a batch with bad lines, CORS, wrong paths and methods, and
// the static page.
func TestWorkerRuntime(t *testing.T) {
	w := startWrangler(t)

	section(t, "health", func() {
		code, _, b, d := w.call(t, "GET", "/api/health", "", nil)
		if code != 200 || !sameJSON(b, []byte(`{"status":"ok","schema":"lede/1"}`)) {
			t.Errorf("/api/health: %d %s", code, b)
		}
		t.Logf("/api/health: %v", d.Round(time.Millisecond))
	})
	section(t, "analyze", func() {
		for i := 0; i < 3; i++ { // the first request starts the Go instance, the next reuse it
			code, h, b, d := w.call(t, "POST", "/api/analyze", "application/json", []byte(edgeArticle))
			if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/json") || h.Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("/api/analyze: %d %q %q %.300s", code, h.Get("Content-Type"), h.Get("Access-Control-Allow-Origin"), b)
			}
			if want := native(t, edgeArticle); !sameJSON(b, want) {
				t.Errorf("the Worker's report differs from the native analyzer's:\nworker %s\nnative %s", b, want)
			}
			t.Logf("/api/analyze, one paragraph, request %d: %v", i+1, d.Round(time.Millisecond))
		}
	})
	section(t, "oversize", func() {
		// a body past the Worker's limit (analyzer.MaxWorkerBytes, JSON-escaped twice over)
		big := append(append([]byte(`{"text":"`), bytes.Repeat([]byte("word "), (2*analyzer.MaxWorkerBytes+128<<10)/5)...), `"}`...)
		code, _, b, _ := w.call(t, "POST", "/api/analyze", "application/json", big)
		if code != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), "larger than") {
			t.Errorf("a body over the limit: %d %.200s, want 413", code, b)
		}
	})
	section(t, "bad JSON", func() {
		code, _, b, _ := w.call(t, "POST", "/api/analyze", "application/json", []byte(`{"text": "Unfinished`))
		var e struct{ Error string }
		if code != 400 || json.Unmarshal(b, &e) != nil || e.Error == "" {
			t.Errorf("bad JSON: %d %s, want 400 with an error", code, b)
		}
		code, _, b, _ = w.call(t, "POST", "/api/analyze", "application/json", []byte(`{"id":"d1","text":"x","refDate":"June"}`))
		if code != 400 || !strings.Contains(string(b), `"id":"d1"`) {
			t.Errorf("a bad refDate: %d %s, want 400 with the id", code, b)
		}
	})
	section(t, "batch", func() {
		lines := []string{
			`{"id":"b1","text":"Dr. Ann Lee spoke on Monday.","refDate":"2023-07-12"}`,
			`{"id":"b2","text":"Broken`,
			`{"id":"b3","text":"x","refDate":"June"}`,
			`{"id":"b4","html":"<title>T</title><p>Mayor Ana Ruiz said so.</p>"}`,
		}
		code, h, b, d := w.call(t, "POST", "/api/batch", "application/x-ndjson", []byte(strings.Join(lines, "\n")+"\n"))
		out := strings.Split(strings.TrimSpace(string(b)), "\n")
		if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/x-ndjson") || len(out) != 4 {
			t.Fatalf("/api/batch: %d %q %d lines: %s", code, h.Get("Content-Type"), len(out), b)
		}
		if !sameJSON([]byte(out[0]), native(t, lines[0])) || !sameJSON([]byte(out[3]), native(t, lines[3])) {
			t.Errorf("batch reports differ from the native analyzer's: %s", b)
		}
		if !strings.Contains(out[1], `"error"`) || !strings.Contains(out[1], "line 2") {
			t.Errorf("a broken batch line: %s, want an error naming line 2", out[1])
		}
		if !strings.Contains(out[2], `"id":"b3"`) || !strings.Contains(out[2], `"error"`) {
			t.Errorf("a bad refDate in a batch: %s, want its id and an error", out[2])
		}
		t.Logf("/api/batch, 4 lines: %v", d.Round(time.Millisecond))
	})
	section(t, "CORS, paths, methods", func() {
		code, h, _, _ := w.call(t, "OPTIONS", "/api/analyze", "", nil, "Origin", "https://cms.example.org",
			"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")
		if code != 204 || h.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") {
			t.Errorf("preflight: %d %v", code, h)
		}
		if code, _, b, _ := w.call(t, "GET", "/api/nope", "", nil); code != 404 || !strings.Contains(string(b), "no such endpoint") {
			t.Errorf("/api/nope: %d %s", code, b)
		}
		if code, h, _, _ := w.call(t, "GET", "/api/analyze", "", nil); code != 405 || !strings.Contains(h.Get("Allow"), "POST") {
			t.Errorf("GET /api/analyze: %d, Allow %q", code, h.Get("Allow"))
		}
		// the archive needs its bindings (wrangler.toml's [env.archive]): without, it says so
		if code, _, b, _ := w.call(t, "POST", "/api/archive", "application/x-ndjson", []byte(edgeArticle)); code != 501 || !strings.Contains(string(b), "--env archive") {
			t.Errorf("/api/archive without bindings: %d %s, want 501", code, b)
		}
	})
	section(t, "the page", func() {
		code, h, b, _ := w.call(t, "GET", "/", "", nil)
		if code != 200 || !strings.Contains(string(b), `<script src="lede.js" defer>`) || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("GET /: %d CSP %q %.200s", code, h.Get("Content-Security-Policy"), b)
		}
		if code, h, _, _ := w.call(t, "GET", "/lede.wasm", "", nil); code != 200 || h.Get("Content-Type") != "application/wasm" {
			t.Errorf("GET /lede.wasm: %d %q", code, h.Get("Content-Type"))
		}
		if code, h, b, _ := w.call(t, "GET", "/lede.html", "", nil); code != 200 || !bytes.Contains(b, []byte("lede-wasm-gzip")) ||
			!strings.HasPrefix(h.Get("Content-Disposition"), "attachment") {
			t.Errorf("GET /lede.html (the one-file page, a download): %d %q", code, h.Get("Content-Disposition"))
		}
	})
}

// TestWorkerArchive runs the archive environment (a Queues consumer and an R2 bucket,
// simulated locally by wrangler dev): articles posted to /api/archive are queued,
// analysed by the consumer and their reports read back, the same as /api/analyze gives;
// bad lines are refused up front, an article the analyzer refuses gets its error stored.
func TestWorkerArchive(t *testing.T) {
	w := startWrangler(t, "--env", "archive")
	articles := []string{
		`{"id":"story-1","text":"Mayor Ana Ruiz opened the bridge on Monday. \"It took ten years,\" Ruiz said.","refDate":"2023-07-12"}`,
		`{"id":"story-2","html":"<title>Board</title><p>Dr. Ann Lee of the Harbour Board spoke on Tuesday.</p>","refDate":"2023-07-12"}`,
		`{"id":"story-3","text":"Broken`,
		`{"id":"../etc","text":"A bad id."}`,
		`{"id":"story-5","text":"A bad date.","refDate":"June"}`,
		storyLine(t, "story-6", strings.Repeat(article+"\n\n", 6)), // a long news story, ~4 KB
	}
	start := time.Now()
	code, _, b, _ := w.call(t, "POST", "/api/archive", "application/x-ndjson", []byte(strings.Join(articles, "\n")+"\n"))
	var queued struct {
		Queued int
		Errors []struct {
			Line  int
			Error string
		}
	}
	if code != 202 || json.Unmarshal(b, &queued) != nil || queued.Queued != 4 || len(queued.Errors) != 2 ||
		queued.Errors[0].Line != 3 || queued.Errors[1].Line != 4 {
		t.Fatalf("POST /api/archive: %d %s, want 202, 4 queued, lines 3 and 4 refused", code, b)
	}
	reports := map[string][]byte{}
	var costs []string
	deadline := time.Now().Add(90 * time.Second)
	ids := []string{"story-1", "story-2", "story-5", "story-6"}
	for len(reports) < len(ids) && time.Now().Before(deadline) {
		for _, id := range ids {
			if reports[id] != nil {
				continue
			}
			code, h, b, _ := w.call(t, "GET", "/api/archive/"+id, "", nil)
			switch code {
			case 200:
				reports[id] = b
				costs = append(costs, id+" "+h.Get("X-Lede-Analysis-Ms")+" ms")
			case 404:
			default:
				t.Fatalf("GET /api/archive/%s: %d %s", id, code, b)
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	if len(reports) < len(ids) {
		t.Fatalf("after 90 s the consumer has written %d of %d reports", len(reports), len(ids))
	}
	t.Logf("4 articles queued, analysed and stored in %v; analysis per article: %s", time.Since(start).Round(time.Millisecond), strings.Join(costs, ", "))
	for i, id := range map[int]string{0: "story-1", 1: "story-2", 5: "story-6"} {
		if want := native(t, articles[i]); !sameJSON(reports[id], want) {
			t.Errorf("the archived report of %s differs from the native analyzer's:\n%s\n%s", id, reports[id], want)
		}
	}
	if !strings.Contains(string(reports["story-5"]), `"error"`) || !strings.Contains(string(reports["story-5"]), `"id":"story-5"`) {
		t.Errorf("the article with a bad date: %s, want its error stored", reports["story-5"])
	}
	many := strings.Repeat(`{"id":"x","text":"x"}`+"\n", 501)
	if code, _, b, _ := w.call(t, "POST", "/api/archive", "application/x-ndjson", []byte(many)); code != 413 || !strings.Contains(string(b), "at most 500") {
		t.Errorf("501 articles in one post: %d %s, want 413", code, b)
	}
	if code, _, _, _ := w.call(t, "GET", "/api/archive/never-sent", "", nil); code != 404 {
		t.Errorf("an unknown id: %d, want 404", code)
	}
	if code, _, _, _ := w.call(t, "GET", "/api/archive/..%2Fx", "", nil); code != 400 {
		t.Errorf("a path as an id: %d, want 400", code)
	}
}

// storyLine is an archive line {"id","text","refDate"} for text.
func storyLine(t *testing.T, id, text string) string {
	b, err := json.Marshal(map[string]string{"id": id, "text": text, "refDate": refDate})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
