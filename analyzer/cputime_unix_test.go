//go:build unix

package analyzer

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used (every thread: the collector's too).
// BenchmarkHostile measures growth by it rather than by the clock, so that other work
// on a shared machine does not read as growth.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
