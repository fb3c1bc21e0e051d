//go:build js && wasm

// Command wasm is lede in the browser: the JS API (lede.analyze, lede.mount) and the page.
package main

func main() { select {} }
