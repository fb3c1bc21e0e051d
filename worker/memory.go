package main

import (
	"runtime"
	"runtime/debug"
	"sync"

	"lede/analyzer"
)

// memoryLimit is the Go runtime's soft memory limit in the Worker (debug.SetMemoryLimit),
// in bytes: the collector runs as often as it must to keep the heap under it, so that
// the wasm memory (which never shrinks; about 13 MiB of the binary's static data on top
// of what the runtime counts) stays under the isolate's 128 MB. Measured by make
// worker-memory: a 2 MiB article of news ends at 105-109 MiB of wasm memory (the
// analysis holds about 75 MiB at its peak, in the entity stage; natively, with the
// taggers' memos, 88 MiB).
const memoryLimit = 90 << 20

// workerConfig is the handler's configuration in the Worker (main_js.go; the memory
// tests use it too).
func workerConfig(origins []string) config {
	return config{AllowedOrigins: origins, StreamBatch: true}
}

// tuneMemory sets the collector for the Worker (main_js.go; the memory test calls it).
func tuneMemory() { debug.SetMemoryLimit(memoryLimit) }

// warmText is a short article that makes every stage load its model.
const warmText = "Mayor Ana Ruiz opened the new bridge in Dover on Monday. \"It took ten years, and it cost too much,\" Ruiz said. " +
	"Critics from the Harbour Authority said on Tuesday that they would oppose the plan."

var warmOnce sync.Once

// warmUp loads the models before the first article is read, and collects what loading
// them left behind: otherwise that garbage is made in the middle of the first large
// analysis, at its peak, and the heap grows to hold both.
func warmUp() {
	warmOnce.Do(func() {
		analyzer.Analyze(warmText, analyzer.Options{RefDate: "2024-05-06"})
		runtime.GC()
	})
}
