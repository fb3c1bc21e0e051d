// lede's Worker entry point. build.sh puts it in build/ in place of the worker.mjs that
// workers-assets-gen generates, and keeps that tool's wasm_exec.js and runtime.mjs.
//
// Why not the generated one: it starts a fresh Go instance for every request, so every
// request pays the Go start-up and the parsing of the embedded models (measured under
// wrangler dev: ~270 ms for a one-paragraph article, ~120 ms for /api/health).
// Here one instance serves every request of the isolate, one request at a time, each
// response read to its end before the next request enters Go. A request thus never
// wakes Go work that belongs to another request's I/O context, which the Workers runtime
// forbids.

import "./wasm_exec.js";
import { createRuntimeContext, loadModule } from "./runtime.mjs";
import { archive, consume } from "./archive.mjs";

// syumai/workers' Go side calls tryCatch to turn JS exceptions into Go errors.
globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

let instance = null; // {binding, exited}: the running Go program, or null
let waiting = Promise.resolve(); // the tail of the requests waiting for Go

// start runs the Go program until it says it is ready (workers.Ready in main_js.go).
// env is the same for every request; ctx belongs to the first, and Go does not use it.
async function start(env, ctx) {
  const mod = await loadModule();
  const go = new Go();
  const binding = {};
  let ready;
  const readyPromise = new Promise((resolve) => (ready = resolve));
  const wasm = new WebAssembly.Instance(mod, {
    ...go.importObject,
    workers: { ready: () => ready() },
  });
  const self = { binding, exited: null };
  // main never returns; if the program dies anyway (a fatal error), the next request
  // starts a new one
  self.exited = go.run(wasm, createRuntimeContext({ env, ctx, binding })).then(() => {
    if (instance === self) instance = null;
    throw new Error("the Go program exited");
  });
  self.exited.catch(() => {});
  await Promise.race([readyPromise, self.exited]);
  return self;
}

// serve answers one request through Go and reads the whole response, so that no Go work
// for it is left when the next request goes in.
async function serve(req, env, ctx) {
  if (instance === null) instance = await start(env, ctx);
  const { binding, exited } = instance;
  const res = await Promise.race([binding.handleRequest(req), exited]);
  const body = await Promise.race([res.arrayBuffer(), exited]);
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

// goFetch is a request through Go: the API of handler.go.
async function goFetch(req, env, ctx) {
  const turn = waiting.then(() => serve(req, env, ctx));
  waiting = turn.catch(() => {});
  try {
    return await turn;
  } catch (err) {
    instance = null; // a broken program is not reused
    console.error("lede worker:", err);
    const headers = { "Content-Type": "application/json; charset=utf-8" };
    if ((env.ALLOWED_ORIGINS ?? "*").trim() === "*") headers["Access-Control-Allow-Origin"] = "*";
    const body = JSON.stringify({ error: "internal error: " + String(err && err.message) });
    return new Response(body + "\n", { status: 500, headers });
  }
}

// fetch: the archive's paths (archive.mjs, only with its bindings), else Go
async function fetch(req, env, ctx) {
  return (await archive(req, env)) ?? goFetch(req, env, ctx);
}

// queue: the archive's consumer; each article goes through Go as /api/analyze does
async function queue(batch, env, ctx) {
  await consume(batch, env, (req) => goFetch(req, env, ctx));
}

export default { fetch, queue };
