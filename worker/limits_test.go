package main

import (
	"bufio"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestAnalysesAreBounded: no more than maxConcurrentAnalyses run at once; the others
// wait for a slot.
func TestAnalysesAreBounded(t *testing.T) {
	var running, most atomic.Int32
	release := make(chan struct{})
	h := withSlot(func(w http.ResponseWriter, r *http.Request) {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		<-release
		running.Add(-1)
	})
	var wg sync.WaitGroup
	for i := 0; i < maxConcurrentAnalyses+3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h(httptest.NewRecorder(), httptest.NewRequest("POST", "/api/analyze", nil))
		}()
	}
	deadline := time.Now().Add(5 * time.Second)
	for running.Load() < maxConcurrentAnalyses && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // a request past the bound would start now
	close(release)
	wg.Wait()
	if got := most.Load(); got != maxConcurrentAnalyses {
		t.Errorf("%d analyses ran at once, want %d", got, maxConcurrentAnalyses)
	}
}

// TestServerDropsSlowHeaders: the native server has read deadlines, and a client that
// sends half its headers is dropped, not held (here with a short deadline).
func TestServerDropsSlowHeaders(t *testing.T) {
	s := newServer(http.NotFoundHandler())
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout <= 0 || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 {
		t.Fatalf("deadlines missing: %+v", s)
	}
	s.ReadHeaderTimeout = 100 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback:", err)
	}
	go s.Serve(ln)
	defer s.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.Write([]byte("POST /api/analyze HTTP/1.1\r\nHost: x\r\n")) // and never the end
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := bufio.NewReader(c).ReadString('\n'); err == nil {
		// a 408 line is an answer too; what matters is that the server lets go
		if _, err := bufio.NewReader(c).ReadByte(); err == nil {
			t.Fatal("the connection is still open")
		}
	} else if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatal("the server held a connection whose headers never ended")
	}
}
