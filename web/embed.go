// Package web holds the page: index.html, the thin JS shell, styles, the service worker
// and, once built (make dist), lede.wasm, wasm_exec.js and the one-file lede.html. The
// CLI embeds it all, so one binary serves the whole app offline.
package web

import "embed"

// Files is the page's assets.
//
//go:embed *
var Files embed.FS
