package doc

import (
	"runtime"
	"runtime/metrics"
)

// YieldEvery is how many items (sentences, mentions) a stage's long loop handles between
// two yields.
const YieldEvery = 64

// Yield lets the garbage collector work in the middle of a stage's long loop; call it
// with the loop's index. In js/wasm (the page, the Worker) the program runs on one
// thread with no preemption, so the collector's background marking runs only when the
// analysis yields: without it a collection cycle lasts until the heap has grown by its
// whole margin, everything allocated meanwhile is kept as if live, and the next margin
// is reckoned from that (a 2 MB article's entity stage took the Worker's heap from 77 to
// 124 MiB with a 95 MiB memory limit; yielding every 64 sentences, 108). Natively it
// costs a few nanoseconds a call.
//
// Even so the marking lags behind a stage that allocates fast (the entity stage on a
// 2 MB article: at most 88 MiB live natively, 107 MiB in use in wasm), so on a large
// text in js/wasm (CollectWhenGrown) a yield collects outright once the heap has grown
// by collectGrowth since the last collection (make worker-memory, two runs side by
// side: 110.0 MiB with it, 111.5 without; 59 collections instead of 52).
func Yield(i int) {
	if i%YieldEvery != YieldEvery-1 {
		return
	}
	if collecting && heapObjectBytes() > liveAfterCollect+collectGrowth {
		Collect()
		return
	}
	runtime.Gosched()
}

// collectGrowth is how much the heap (bytes of objects, live or not yet swept) may grow
// between two collections while collecting is on.
const collectGrowth = 8 << 20

var (
	// collecting is set by CollectWhenGrown: only in js/wasm, where everything runs on
	// one thread, so the flag and liveAfterCollect need no lock. Two analyses that
	// interleave at their yields may turn it off for each other: that changes when
	// collections run and whether a cache is used, never an answer.
	collecting       bool
	liveAfterCollect uint64 // heap object bytes after the last Collect
	heapSample       = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
)

// CollectWhenGrown turns on (or off) the collections of Yield for the text being
// analysed. The analyzer turns it on for large texts in js/wasm only.
func CollectWhenGrown(on bool) {
	collecting = on && runtime.GOOS == "js"
}

// SavingMemory reports whether the text being analysed is large for where it runs
// (CollectWhenGrown is on): a stage may then do without a cache that pays only across
// documents, since the collections between stages would empty it anyway.
func SavingMemory() bool { return collecting }

// Collect runs a full collection and notes the live heap it leaves.
func Collect() {
	runtime.GC()
	if collecting {
		liveAfterCollect = heapObjectBytes()
	}
}

// heapObjectBytes is the heap's bytes in objects, live or garbage not yet swept.
func heapObjectBytes() uint64 {
	metrics.Read(heapSample)
	return heapSample[0].Value.Uint64()
}
