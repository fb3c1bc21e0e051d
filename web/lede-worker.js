// lede-worker.js runs the analysis off the page's main thread: a dedicated Web Worker with
// a second instance of the same lede.wasm (compiled once by lede.js and posted here, so the
// wasm is neither fetched nor compiled twice). lede.js starts it from a blob: URL made of
// wasm_exec.js and this file (so a restart after Cancel fetches nothing), or from this
// file's URL when the page's policy forbids blob: workers.
//
// Messages from the page:  {type: "init", module}            instantiate and warm up
//                          {type: "analyze", id, text, options, format}
//                                                             format "json" or "wire" (the
//                                                             report as bytes, for the page's
//                                                             Go code: far faster to read)
//                          {type: "crash"}                    test hook: end the Go program
// Messages to the page:    {type: "ready", ms}                the analyzer is running (ms
//                                                             since init: instantiation)
//                          {type: "warm", ms}                 the models are parsed
//                          {type: "started", id}
//                          {type: "result", id, json|wire, ms} the lede/1 report
//                          {type: "error", id, message}       bad input, a recovered panic
//                          {type: "stopped", message}         the Go program ended: the page
//                                                             terminates this worker and
//                                                             starts another
"use strict";
if (typeof Go !== "function") importScripts("wasm_exec.js");

(function () {
  var pending = []; // analyze messages that came before the Go program was ready
  var ready = false;
  var dead = false;
  var go;

  self.lede = {
    // the Go program calls _ready once lede._analyze is in place
    _ready: function () {
      ready = true;
      self.postMessage({ type: "ready", ms: Math.round(performance.now() - initAt) });
      // parse the models now, so the first real analysis is as fast as the next ones;
      // messages that came meanwhile wait in the event queue behind this
      setTimeout(function () {
        var t0 = performance.now();
        try {
          self.lede._warmUp();
        } catch (err) {
          stopped(err);
          return;
        }
        self.postMessage({ type: "warm", ms: Math.round(performance.now() - t0) });
        var queued = pending;
        pending = [];
        queued.forEach(handle);
      }, 0);
    },
  };

  function stopped(why) {
    if (dead) return;
    dead = true;
    self.postMessage({ type: "stopped", message: String(why && why.message || why) });
  }

  var initAt = 0;
  function start(module) {
    initAt = performance.now();
    go = new Go();
    var exit = go.exit;
    go.exit = function (code) {
      exit.call(go, code);
      stopped("the analyzer ended (exit code " + code + ")");
    };
    WebAssembly.instantiate(module, go.importObject).then(function (instance) {
      return go.run(instance);
    }).then(function () {
      stopped("the analyzer ended");
    }).catch(stopped);
  }

  function handle(m) {
    if (dead) return;
    if (m.type === "crash") {
      self.lede._crash();
      return;
    }
    if (m.type !== "analyze") return;
    self.postMessage({ type: "started", id: m.id });
    var t0 = performance.now();
    var r;
    try {
      r = m.format === "wire" ? self.lede._analyzeWire(m.text, m.options) : self.lede._analyze(m.text, m.options);
    } catch (err) {
      // a trap or an exit inside Go: this instance is gone
      stopped(err);
      return;
    }
    var ms = Math.round(performance.now() - t0);
    if (r.error) self.postMessage({ type: "error", id: m.id, message: r.error });
    else if (r.wire) self.postMessage({ type: "result", id: m.id, wire: r.wire, ms: ms }, [r.wire.buffer]);
    else self.postMessage({ type: "result", id: m.id, json: r.json, ms: ms });
  }

  self.onmessage = function (e) {
    var m = e.data || {};
    if (m.type === "init") {
      start(m.module);
    } else if (!ready || pending.length) {
      pending.push(m);
    } else {
      handle(m);
    }
  };
})();
