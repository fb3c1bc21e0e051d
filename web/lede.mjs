// lede.mjs: lede as an ES module.
//
//   import {load} from "./lede.mjs";
//   const lede = await load({wasmURL: "/assets/lede.wasm"});
//   const report = lede.analyze(text, {refDate: "2023-07-12"});     // lede/1, on this thread
//   const same = await lede.analyzeAsync(text, {refDate: "2023-07-12"}); // in a Web Worker
//   const app = lede.mount(element, {header: false}); await app.analyze();
//   lede.extractHTML(html);  lede.export(report, "markdown");
//
// load's options, all optional: wasmURL (default: lede.wasm beside this file), base (the
// folder of wasm_exec.js, lede-worker.js and lede.css; default: this file's), and, for a
// page that carries everything inline, wasm (the bytes or a WebAssembly.Module, or a
// promise of them), workerSource (wasm_exec.js and lede-worker.js as one script's text)
// and css (lede.css as text). Loading also defines the <lede-analyzer> element.
//
// There is one analyzer per page: the first load() (or a <script src="lede.js">) starts
// it, and later calls get the same one whatever their options.
const here = new URL(".", import.meta.url).href;

let loading = null;

export function load(options = {}) {
  if (!loading) loading = start(options || {});
  return loading;
}

async function start(options) {
  const g = globalThis;
  if (!(g.lede && g.lede._loaded)) {
    g.lede = g.lede || {};
    g.lede._config = {
      base: options.base ? new URL(options.base, location.href).href : here,
      wasmURL: options.wasmURL === undefined ? undefined : new URL(options.wasmURL, location.href).href,
      wasm: options.wasm,
      workerSource: options.workerSource,
      css: options.css,
    };
    // lede.js reads the configuration above when it runs (its own folder comes from
    // it: a module has no document.currentScript)
    await import("./lede.js");
  }
  await g.lede.ready;
  return facade(g.lede);
}

// facade is the API as one object whose functions always call the live analyzer (lede.js
// swaps them for ones that explain the failure if the analyzer stops).
function facade(l) {
  return Object.freeze({
    analyze: (text, options) => l.analyze(text, options),
    analyzeAsync: (text, options) => l.analyzeAsync(text, options),
    mount: (element, options) => l.mount(element, options),
    extractHTML: (html) => l.extractHTML(html),
    export: (report, format) => l.export(report, format),
    get worker() { return l.worker; },
    version: l.version,
  });
}
