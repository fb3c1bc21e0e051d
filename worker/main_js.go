//go:build js && wasm

package main

import (
	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"
)

// main hands the API to the Workers runtime and stays alive: the glue (worker.mjs) keeps
// this one instance for every request of the isolate, so the Go start-up and the models
// are paid once, not per request.
func main() {
	tuneMemory()
	workers.ServeNonBlock(newHandler(workerConfig(parseOrigins(cloudflare.Getenv("ALLOWED_ORIGINS")))))
	workers.Ready()
	select {}
}
