// Runs a Go test binary built for js/wasm (as go_js_wasm_exec does) and prints the
// wasm memory's byteLength when it exits: the memory the Worker would hold (make
// worker-memory). With LEDE_MEMORY_MAX_MIB set, a larger memory fails the run.
// usage: node worker/memory-node.cjs TEST.wasm [test flags]
"use strict";
const path = require("path");
globalThis.require = require;
globalThis.fs = require("fs");
globalThis.path = path;
globalThis.TextEncoder = require("util").TextEncoder;
globalThis.TextDecoder = require("util").TextDecoder;
globalThis.performance ??= require("perf_hooks").performance;
globalThis.crypto ??= require("crypto");
globalThis.context = { binding: {} }; // what the Workers glue (syumai/workers) reads at start-up
require(path.join(__dirname, "..", "web", "wasm_exec.js"));

const go = new Go();
go.argv = process.argv.slice(2);
go.env = Object.assign({ TMPDIR: require("os").tmpdir() }, process.env);
let mem;
go.exit = (code) => {
	const n = mem.buffer.byteLength;
	console.log(`wasm memory.buffer.byteLength: ${n} bytes (${(n / 1048576).toFixed(1)} MiB)`);
	const max = Number(process.env.LEDE_MEMORY_MAX_MIB || 0);
	if (code === 0 && max > 0 && n > max * 1048576) {
		console.log(`more than ${max} MiB`);
		code = 1;
	}
	process.exit(code);
};
WebAssembly.instantiate(fs.readFileSync(process.argv[2]), go.importObject).then((result) => {
	mem = result.instance.exports.mem;
	return go.run(result.instance);
}).catch((err) => {
	console.error(err);
	process.exit(1);
});
