package doc

import "runtime"

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
func Yield(i int) {
	if i%YieldEvery == YieldEvery-1 {
		runtime.Gosched()
	}
}
