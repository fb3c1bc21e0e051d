package analyzer

import (
	"errors"
	"fmt"
)

// The largest article each adapter accepts, in bytes of input (text or HTML), in one
// place; README.md "Limits" states them too. Each is what fits the memory where the
// adapter runs. Measured on 2 MiB of BBC news: natively the analysis holds at most
// about 73 MiB live (35 bytes per byte of text, the models' 14 MiB included) and the
// heap peaks at about 120 MiB with the default collector settings; the Worker build,
// with its memory limit (worker/memory.go), the stages yielding to the collector
// (doc.Yield) and what wasm lets go of (the taggers' memos after tagging, phrases and
// clauses before the report: analyzer.go), ends at 105-109 MiB of wasm memory, 105-110
// MiB for a 2 MiB line of a 4 MiB batch (make worker-memory; runs differ by a few MiB;
// it was 209 MiB before the entity stage's per-token copies were bounded, 121-126 MiB
// once the memos came, before they were let go).
const (
	// MaxInputBytes (64 MiB) bounds the library and the CLI: about 3 GB at the limit, a
	// laptop's memory; far above any article.
	MaxInputBytes = 64 << 20
	// MaxPageBytes (16 MiB) bounds the page: about 1.4 GiB of wasm memory in one tab,
	// which a desktop browser gives (wasm32 goes to 4 GiB).
	MaxPageBytes = 16 << 20
	// MaxWorkerBytes (2 MiB) bounds the Cloudflare Worker, which has 128 MB in all:
	// its wasm memory ends at 105-109 MiB after an article of that size.
	MaxWorkerBytes = 2 << 20
)

// TooLargeError is returned for an input over the limit in force.
type TooLargeError struct{ Limit int }

func (e *TooLargeError) Error() string {
	return "the text is larger than " + FormatSize(e.Limit)
}

// FormatSize writes a limit in MiB, or in KiB or bytes below one MiB.
func FormatSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Is makes every TooLargeError match ErrTooLarge.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// ErrTooLarge is returned for inputs over MaxInputBytes (and matches, with errors.Is, any
// input over a smaller limit).
var ErrTooLarge error = &TooLargeError{Limit: MaxInputBytes}

// InputError is a mistake of the caller's (a malformed reference date, a target outside
// the text, a request that is not JSON): an adapter answers it as a bad request, not as
// its own failure.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func inputErrorf(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

// IsInputError reports whether err is the caller's mistake.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie) || errors.Is(err, ErrTooLarge)
}

// limitOf returns the limit in force for a caller's choice (0: MaxInputBytes).
func limitOf(maxBytes int) int {
	if maxBytes <= 0 || maxBytes > MaxInputBytes {
		return MaxInputBytes
	}
	return maxBytes
}

// checkSize returns the error for an input over the limit, or nil.
func checkSize(n, maxBytes int) error {
	limit := limitOf(maxBytes)
	if n <= limit {
		return nil
	}
	if limit == MaxInputBytes {
		return ErrTooLarge
	}
	return &TooLargeError{Limit: limit}
}
