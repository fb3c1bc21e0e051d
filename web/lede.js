// lede.js loads the analyzer (wasm_exec.js and lede.wasm, from this script's folder) and
// defines window.lede:
//   lede.ready                      a Promise, resolved when the analyzer is loaded
//   lede.analyze(text, options)     the report (schema lede/1) as a plain object;
//                                   options: {refDate: "YYYY-MM-DD", html: bool, targets,
//                                   corrections: [{op, mention: {start, end, text}, ...}]}
//   lede.analyzeAsync(text, options) a Promise of the same report, analysed in a Web
//                                   Worker: the page never waits on it
//   lede.mount(element, options)    draws the whole app into element and returns
//                                   {analyze() -> Promise<report>, setText(text, refDate),
//                                   report(), corrections(), setCorrections(list)};
//                                   options: {storageKey: "lede" | false,
//                                   header: true, text, refDate, analyze: false, corrections,
//                                   layout: "sidebar", onAnalyzed(report), onError(message)}
//   lede.extractHTML(html)          {text, title, published}
//   lede.export(report, format, table)  the report as text: format "json", "markdown" or
//                                   "csv" with table "actors", "quotes", "timeline" or "stance"
//   lede.worker                     {state: "idle"|"starting"|"ready"|"unavailable", reason,
//                                   via: "blob"|"url"}: the analysis worker ("idle": not
//                                   started yet, nothing has needed it)
// and the custom element <lede-analyzer> (defineElement, below): the app in a shadow root.
// Elements with a data-lede attribute are mounted when the analyzer is ready.
//
// Loaded by lede.mjs (an ES module) instead of a <script>, it reads window.lede._config,
// which that module sets: {base, wasmURL, wasm, workerSource, css}. base is the folder of
// the other files; wasm (bytes, a WebAssembly.Module or a promise of either),
// workerSource (the worker's script as text) and css (lede.css as text) let a page that
// carries everything inline (lede.html, made by `make dist`) fetch nothing at all.
//
// lede.wasm is fetched and compiled once. The page runs one instance (the UI and the
// synchronous lede.analyze), which parses no model until lede.analyze is called; a Web
// Worker runs a second one from the same compiled module and does the app's analyses, so
// a long one never freezes the page: it can be cancelled (the worker is ended and a fresh
// one started) and a newer run supersedes an older one. The worker starts when it is
// first needed (lede.mount, <lede-analyzer>, lede.analyzeAsync: a page that only calls
// lede.analyze holds one instance, not two) and parses the models at once, so the app's
// first analysis does not pay for it. Where no worker can start (a policy that forbids
// workers, say), the analysis runs on the page as before and the app says so.
(function () {
  "use strict";
  var lede = (window.lede = window.lede || {});
  if (lede._loaded) return; // loaded twice (a <script> and lede.mjs): the first one serves
  lede._loaded = true;
  var config = lede._config || {};
  var script = document.currentScript;
  var base = new URL(config.base || ".", script && script.src ? script.src : location.href);
  var resolveReady, rejectReady;
  lede.ready = new Promise(function (resolve, reject) {
    resolveReady = resolve;
    rejectReady = reject;
  });
  lede.analyze = lede.mount = lede.extractHTML = lede.export = function () {
    throw new Error("lede is still loading: wait for lede.ready");
  };
  var pool = (lede._pool = newPool());
  lede.worker = { state: "idle", reason: "", via: "" };
  var shared = pool.client(false); // lede.analyzeAsync: every call runs, none supersedes
  lede.analyzeAsync = function (text, options) {
    return lede.ready.then(function () {
      pool.need();
      if (pool.state === "unavailable") return lede.analyze(text, options);
      return shared.run(text, options).then(function (r) {
        return JSON.parse(r.json);
      }, function (err) {
        if (err && err.unavailable) return lede.analyze(text, options);
        throw err;
      });
    });
  };

  // the Go program calls _ready once its functions are in place
  var started = false;
  lede._ready = function () {
    started = true;
    pool.readyAt = Math.round(performance.now()); // for measurements
    lede.analyze = function (text, options) {
      var r = lede._analyze(text, options);
      if (r.error) throw new Error(r.error);
      return JSON.parse(r.json);
    };
    lede.export = function (report, format, table) {
      format = format === undefined ? "json" : format;
      if (format === "json" && table === undefined) return JSON.stringify(report, null, 2) + "\n";
      var r = lede._export(JSON.stringify(report), String(format), table === undefined ? undefined : String(table));
      if (r.error) throw new Error(r.error);
      return r.text;
    };
    var mount = lede.mount;
    lede.mount = function (element, options) {
      pool.need(); // the app analyses in the worker
      return mountWithPromises(mount, element, options);
    };
    document.querySelectorAll("[data-lede]").forEach(function (el) {
      lede.mount(el, { storageKey: el.getAttribute("data-lede") || "lede" });
    });
    resolveReady(lede);
  };

  // mountWithPromises mounts the app and makes its controller's analyze() return a
  // promise of the report: it resolves with the next report drawn (a newer run started
  // meanwhile answers for both) and rejects when the run fails, is cancelled or finds
  // the text empty. The caller's onAnalyzed and onError are called as well.
  function mountWithPromises(mount, element, options) {
    var o = {};
    for (var k in options || {}) o[k] = options[k];
    var waiting = [];
    var settle = function (ok, value) {
      var w = waiting;
      waiting = [];
      w.forEach(function (p) { if (ok) p.resolve(value); else p.reject(value); });
    };
    var user = { analyzed: o.onAnalyzed, failed: o.onError };
    o.onAnalyzed = function (report) {
      settle(true, report);
      if (typeof user.analyzed === "function") user.analyzed(report);
    };
    o.onError = function (message) {
      settle(false, new Error(message));
      if (typeof user.failed === "function") user.failed(message);
    };
    o.onIdle = function (reason) {
      settle(false, new Error(reason === "empty" ? "lede: nothing to analyze: the text is empty" : "lede: the analysis was " + reason));
    };
    var ctl = mount(element, o);
    if (ctl && ctl.error) throw new Error(ctl.error);
    var setCorrections = ctl.setCorrections;
    ctl.setCorrections = function (list) {
      var r = setCorrections(list);
      if (r && r.error) throw new Error(r.error);
    };
    var run = ctl.analyze;
    ctl.analyze = function () {
      return new Promise(function (resolve, reject) {
        waiting.push({ resolve: resolve, reject: reject });
        run();
      });
    };
    return ctl;
  }

  function fail(err) {
    lede.error = err;
    rejectReady(err);
  }

  // stopped: the Go program ended (out of memory, say). Before ready, loading failed;
  // after it, every mounted app says so, since nothing else can (the text is kept).
  function stopped(err) {
    fail(err);
    if (!started) return; // app.js shows why loading failed
    var dead = function () { throw new Error("lede stopped: reload the page"); };
    lede.analyze = lede.mount = lede.extractHTML = lede.export = dead;
    document.querySelectorAll(".lede").forEach(function (root) {
      var box = document.createElement("div");
      box.className = "lede-error lede-stopped";
      box.setAttribute("role", "alert");
      box.textContent = "The analyzer stopped (" + (err && err.message || err) +
        "), perhaps out of memory on a very large text. Reload the page: your text is kept.";
      root.insertBefore(box, root.firstChild);
      root.setAttribute("data-state", "error");
    });
  }

  // fetchBytes reads a file of the page: fetch, or XMLHttpRequest for file:// (where
  // fetch refuses and some browsers let a page read the files beside it).
  function fetchBytes(url, type) {
    if (url.protocol !== "file:") {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error("could not load " + url.pathname + " (HTTP " + r.status + ")");
        return type === "text" ? r.text() : r.arrayBuffer();
      });
    }
    return new Promise(function (resolve, reject) {
      var x = new XMLHttpRequest();
      x.open("GET", url.href);
      x.responseType = type === "text" ? "text" : "arraybuffer";
      x.onload = function () { resolve(x.response); };
      x.onerror = function () {
        reject(new Error("This browser does not let a page opened from a file read " +
          url.pathname.split("/").pop()));
      };
      x.send();
    });
  }

  // compile fetches and compiles lede.wasm once; the page and the worker instantiate it.
  // config.wasm, when given, is the module or its bytes (lede.html carries them inline).
  function compile() {
    if (config.wasm) {
      var given = config.wasm;
      config.wasm = null; // compiled once; the bytes (13 MB) need not stay
      return Promise.resolve(given).then(function (w) {
        return w instanceof WebAssembly.Module ? w : WebAssembly.compile(w);
      });
    }
    var url = config.wasmURL ? new URL(config.wasmURL, location.href) : new URL("lede.wasm", base);
    var bytes = function () { return fetchBytes(url).then(function (b) { return WebAssembly.compile(b); }); };
    var here = function () {
      if (WebAssembly.compileStreaming && url.protocol !== "file:") {
        // a server without the application/wasm type: compile from bytes
        return WebAssembly.compileStreaming(fetch(url)).catch(bytes);
      }
      return bytes();
    };
    if (typeof Worker !== "function" || url.protocol === "file:") return here();
    // anything the worker cannot do (a policy against blob: workers, a fetch it may not
    // make) is done here instead, where a failure gets its message
    return compileInWorker(url).catch(here);
  }

  // compileInWorker fetches and compiles lede.wasm in a throwaway worker and returns the
  // module: what the download and the compiler leave behind (some 25 MB for the 11 MB
  // module: the response's buffers, the streamed bytes) goes with the worker's heap when
  // it ends, where on the page it stayed until a full collection that may never come
  // (renderer RssAnon with the module compiled: 50 MB this way, 78 MB on the page).
  var compilerSource = "onmessage = function (e) {\n" +
    "  var url = e.data;\n" +
    "  var bytes = function () { return fetch(url).then(function (r) {\n" +
    "    if (!r.ok) throw new Error(\"HTTP \" + r.status);\n" +
    "    return r.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); }); };\n" +
    "  (WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(url)).catch(bytes) : bytes()).then(\n" +
    "    function (m) { postMessage({ module: m }); },\n" +
    "    function (err) { postMessage({ error: String(err && err.message || err) }); });\n" +
    "};\n";
  function compileInWorker(url) {
    return new Promise(function (resolve, reject) {
      var src = URL.createObjectURL(new Blob([compilerSource], { type: "text/javascript" }));
      var w;
      var end = function () {
        if (w) w.terminate();
        URL.revokeObjectURL(src);
      };
      try {
        w = new Worker(src);
      } catch (err) {
        end();
        reject(err);
        return;
      }
      w.onmessage = function (e) {
        end();
        var m = e.data && e.data.module;
        if (m instanceof WebAssembly.Module) resolve(m);
        else reject(new Error(e.data && e.data.error || "the compiling worker sent no module"));
      };
      w.onerror = function (e) {
        if (e.preventDefault) e.preventDefault();
        end();
        reject(new Error(e.message || "the compiling worker could not run"));
      };
      w.postMessage(url.href);
    });
  }

  function start() {
    var go = new Go();
    pool.prepare();
    var module = compile();
    module.then(function () { pool.compiledAt = Math.round(performance.now()); }, function () {});
    // the worker gets the module once the page's own instance runs (pool.need starts it):
    // started beside it, on a busy two-core machine it made the page itself show later
    // (ready 1.9-2.2 s against 2.1-2.4 s, first result no sooner)
    Promise.all([module, lede.ready]).then(function (r) { pool.start(r[0]); }, function (err) { pool.unavailable(err); });
    module.then(function (m) {
      return WebAssembly.instantiate(m, go.importObject);
    }).then(function (instance) {
      return go.run(instance).then(function () {
        stopped(new Error("the analyzer stopped"));
      });
    }).catch(stopped);
  }

  // newPool keeps one analysis worker: it starts it when first needed (p.need), queues
  // jobs for it, ends it on Cancel or on a crash and starts a fresh one (which warms up
  // again).
  //   pool.client(supersede) -> {run(text, options, format) -> Promise<{json|wire, ms}>,
  //                              cancel()}   format "json" (default) or "wire" (bytes for
  //                              the page's Go code, see wasm/wire)
  //   pool.state, pool.reason, pool.onchange(fn)
  // A job's promise rejects with an Error whose .cancelled, .superseded or .unavailable
  // says why it gave no result; any other Error is the analyzer's message.
  function newPool() {
    var p = { state: "idle", reason: "", warmMs: 0, restarts: 0, recycled: 0 };
    var recycleChars = 4 << 20; // after a job this long, the worker is replaced
    var module = null;
    var worker = null;       // the live Worker
    var workerReady = false; // its Go program runs
    var how = null;          // "blob" or "url": how the last worker started
    var blobURL = null;
    var initSent = false;    // the live worker has the module
    var jobs = [];           // waiting, in order
    var current = null;      // the job the worker is on
    var seq = 0;
    var listeners = [];
    var crashes = [];        // times of recent crashes, to stop restarting a broken worker

    function setState(state, reason) {
      p.state = state;
      p.reason = reason || "";
      lede.worker = { state: p.state, reason: p.reason, via: state === "ready" ? how : "" };
      listeners.forEach(function (fn) { try { fn(p.state, p.reason); } catch (e) { /* a listener's bug */ } });
    }
    p.onchange = function (fn) { listeners.push(fn); };

    function reasonOf(err) { return String(err && err.message || err || "unknown reason"); }

    // unavailable: no worker can run here; waiting jobs go back to the page's thread
    p.unavailable = function (err) {
      if (worker) worker.terminate();
      worker = null;
      var first = p.state !== "unavailable";
      setState("unavailable", reasonOf(err));
      if (first) {
        // the page analyses itself from now on: parse the models once it is drawn
        lede.ready.then(function () {
          setTimeout(function () { try { lede._warmUp(); } catch (e) { /* shown on Analyze */ } }, 300);
        }, function () {});
      }
      var all = (current ? [current] : []).concat(jobs);
      current = null;
      jobs = [];
      all.forEach(function (j) { j.reject(tagged(new Error("no worker: " + p.reason), "unavailable")); });
    };

    function tagged(err, flag) { err[flag] = true; return err; }

    // the worker's script: wasm_exec.js and lede-worker.js as one blob (fetched once,
    // during load), so that starting another worker later fetches nothing
    function blobSource() {
      if (typeof config.workerSource === "string") {
        return Promise.resolve(URL.createObjectURL(new Blob([config.workerSource], { type: "text/javascript" })));
      }
      return Promise.all([
        fetchBytes(new URL("wasm_exec.js", base), "text"),
        fetchBytes(new URL("lede-worker.js", base), "text"),
      ]).then(function (parts) {
        return URL.createObjectURL(new Blob([parts[0], "\n;\n", parts[1]], { type: "text/javascript" }));
      });
    }

    // prepare fetches the worker's script while lede.wasm downloads and compiles, so that
    // starting the worker later, whenever that is, fetches nothing
    var source = null;
    p.prepare = function () {
      if (typeof Worker !== "function") return;
      source = blobSource().then(function (u) { blobURL = u; }, function () { /* try the file's URL */ });
    };

    // start: the module is compiled and the page's instance runs; a worker asked for
    // before that starts now
    var needed = false;
    var begun = false;
    p.start = function (m) {
      module = m;
      if (needed) begin();
    };

    // need: something will analyse in the worker; it starts (once) as soon as it can
    p.need = function () {
      needed = true;
      if (module) begin();
    };

    function begin() {
      if (begun || p.state === "unavailable") return;
      begun = true;
      if (!source) {
        p.unavailable("this browser has no Web Workers");
        return;
      }
      setState("starting", "");
      source.then(function () { spawn(blobURL ? ["blob", "url"] : ["url"]); });
    }

    // sendModule hands the compiled module to a worker that waits for it
    function sendModule() {
      if (!worker || initSent || !module) return;
      try {
        worker.postMessage({ type: "init", module: module });
        initSent = true;
      } catch (err) {
        p.unavailable(err); // a browser that cannot pass a module to a worker
      }
    }

    // spawn starts a worker the first way that works; ways: "blob", "url"
    function spawn(ways) {
      if (!ways.length) {
        p.unavailable(p.reason || "the browser refused to start a Web Worker");
        return;
      }
      var way = ways[0];
      var w;
      try {
        w = new Worker(way === "blob" ? blobURL : new URL("lede-worker.js", base).href);
      } catch (err) {
        p.reason = reasonOf(err);
        if (w) w.terminate();
        spawn(ways.slice(1));
        return;
      }
      worker = w;
      workerReady = false;
      initSent = false;
      sendModule();
      w.onmessage = function (e) { if (w === worker) message(e.data); };
      w.onerror = function (e) {
        if (w !== worker) return;
        e.preventDefault && e.preventDefault();
        var why = e.message || "the worker's script could not run";
        if (!workerReady) {
          w.terminate();
          worker = null;
          p.reason = why;
          spawn(ways.slice(1)); // a policy that forbids blob: workers, say
        } else {
          crashed(why);
        }
      };
      how = way;
    }

    function message(m) {
      switch (m.type) {
        case "ready":
          workerReady = true;
          p.startMs = m.ms; // for measurements: instantiating the module in the worker
          setState("ready", how === "url" ? "restarts fetch the worker's script" : "");
          next();
          break;
        case "warm":
          p.warmMs = m.ms;
          p.warmAt = Math.round(performance.now()); // for measurements
          break;
        case "started":
          if (current && current.id === m.id) current.startedAt = performance.now();
          break;
        case "result":
        case "error":
          if (!current || current.id !== m.id) return;
          var j = current;
          current = null;
          if (m.type === "result") j.resolve({ json: m.json, wire: m.wire, ms: m.ms });
          else j.reject(new Error(m.message));
          if (j.text.length > recycleChars) {
            // the worker's memory grew for a long text and a wasm instance never gives
            // it back: a fresh worker takes the next jobs
            p.recycled++;
            replace();
            return;
          }
          next();
          break;
        case "stopped":
          crashed(m.message);
          break;
      }
    }

    // crashed: the worker's Go program ended. The job it was on fails with the reason
    // (run again, it would most likely end the same way); a fresh worker takes the rest.
    function crashed(why) {
      var now = performance.now();
      crashes = crashes.filter(function (t) { return now - t < 60000; });
      crashes.push(now);
      if (current) {
        current.reject(tagged(new Error("the background analyzer stopped (" + why +
          "), perhaps out of memory on a very large text. It has been restarted; the page still works."), "crashed"));
        current = null;
      }
      if (crashes.length > 3) {
        p.unavailable("the background analyzer stopped " + crashes.length + " times in a minute (" + why + ")");
        return;
      }
      restart();
    }

    function restart() {
      p.restarts++;
      replace();
    }

    function replace() {
      if (worker) worker.terminate();
      worker = null;
      workerReady = false;
      setState("starting", "");
      spawn(how === "blob" ? ["blob", "url"] : ["url"]);
    }

    function next() {
      if (current || !workerReady || !jobs.length) return;
      current = jobs.shift();
      current.sentAt = performance.now();
      worker.postMessage({ type: "analyze", id: current.id, text: current.text, options: current.options, format: current.format });
    }

    // plainOptions copies the options the analyzer reads, so a getter's error is the
    // caller's and the message can be cloned
    function plainOptions(o) {
      if (o === undefined || o === null) return undefined;
      if (typeof o !== "object") return o;
      var out = {};
      if (o.refDate !== undefined) out.refDate = o.refDate;
      if (o.html !== undefined) out.html = !!o.html;
      var t = o.targets;
      if (t !== undefined && t !== null) {
        out.targets = Array.isArray(t) ? t.map(function (x) { return { start: x && x.start, end: x && x.end }; }) : t;
      }
      // corrections are plain data: a JSON copy is cloneable whatever the caller's objects
      var c = o.corrections;
      if (c !== undefined && c !== null) out.corrections = JSON.parse(JSON.stringify(c));
      // any other name goes too (its value need not be cloneable), so that the worker
      // rejects a misspelled option ("refdate") as lede.analyze does
      Object.keys(o).forEach(function (k) {
        if (k !== "refDate" && k !== "html" && k !== "targets" && k !== "corrections") out[k] = null;
      });
      return out;
    }

    function submit(text, options, format) {
      var job = { id: ++seq, text: text, format: format === "wire" ? "wire" : "json" };
      job.promise = new Promise(function (resolve, reject) {
        job.resolve = resolve;
        job.reject = reject;
      });
      if (typeof text !== "string") {
        job.reject(new Error("lede.analyze: the first argument must be the article text (a string)"));
        return job;
      }
      try {
        job.options = plainOptions(options);
      } catch (err) {
        job.reject(err);
        return job;
      }
      if (p.state === "unavailable") {
        job.reject(tagged(new Error("no worker: " + p.reason), "unavailable"));
        return job;
      }
      jobs.push(job);
      next();
      return job;
    }

    // cancel drops a waiting job; a running one is stopped by ending the worker, unless
    // it is short (under 64 KB and running for less than half a second) and only
    // superseded: then its result is dropped, which is cheaper than a restart.
    function cancel(job, flag) {
      var i = jobs.indexOf(job);
      if (i >= 0) {
        jobs.splice(i, 1);
        job.reject(tagged(new Error("the analysis was " + flag), flag));
        return;
      }
      if (job !== current) return;
      var short = job.text.length < (64 << 10) && performance.now() - job.sentAt < 500;
      job.reject(tagged(new Error("the analysis was " + flag), flag));
      if (flag === "superseded" && short) return; // its result comes and is dropped
      current = null;
      restart();
    }

    // a client is one caller's line of jobs: with supersede, a new run cancels the last
    p.client = function (supersede) {
      var last = null;
      return {
        run: function (text, options, format) {
          if (supersede && last) cancel(last, "superseded");
          var job = submit(text, options, format);
          last = job;
          return job.promise;
        },
        cancel: function () {
          if (last) cancel(last, "cancelled");
          last = null;
        },
      };
    };

    // test hook: end the worker's Go program as a crash would
    p.crashForTest = function () {
      if (worker) worker.postMessage({ type: "crash" });
    };

    return p;
  }

  // lede.css as text, for the shadow roots of <lede-analyzer>: read once, during load,
  // so that an element made later fetches nothing
  var css = typeof config.css === "string" ? Promise.resolve(config.css) : fetchBytes(new URL("lede.css", base), "text");
  css.catch(function () { /* an element says so when it needs it */ });
  var sheet = null;
  function adoptStyles(root) {
    return css.then(function (text) {
      if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in root) {
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(text);
        }
        root.adoptedStyleSheets = [sheet];
        return;
      }
      var style = document.createElement("style");
      style.textContent = text;
      root.insertBefore(style, root.firstChild);
    });
  }

  var datePattern = /^\d{4}-\d{2}-\d{2}$/;

  // <lede-analyzer ref-date="2023-07-12" layout="sidebar" header>: the whole app in an open
  // shadow root, where the host page's CSS cannot reach (inherited properties stop at the
  // .lede-frame reset in lede.css). Its text is the text property once set, else the text
  // attribute, else its own light-DOM content (markup is read as the analyzer reads a
  // page). It analyses whenever its text or date changes (changes in one task count once)
  // and dispatches lede-analyzed (detail: the report) after every analysis and lede-error
  // (detail: {message}) when one fails. element.analyze() is a promise of the report;
  // element.corrections the editor's corrections (set them with the story's text).
  function defineElement() {
    if (typeof customElements === "undefined" || customElements.get("lede-analyzer")) return;
    customElements.define("lede-analyzer", class extends HTMLElement {
      static get observedAttributes() { return ["ref-date", "text"]; }

      constructor() {
        super();
        this._text = null; // the text property, once set
        this._ctl = null;
        this._report = null;
        this._queued = false;
        var el = this;
        this._mounted = new Promise(function (resolve) { el._resolveMounted = resolve; });
      }

      get text() { return this._sourceText(); }
      set text(v) { this._text = v == null ? null : String(v); this._changed(); }
      get refDate() { return this.getAttribute("ref-date") || ""; }
      set refDate(v) { if (v) this.setAttribute("ref-date", v); else this.removeAttribute("ref-date"); }
      get report() { return this._report; }
      // corrections: the editor's corrections of the text (a CMS keeps them with the
      // story: the lede-analyzed report carries them as corrections.list)
      // (given here, they are applied with the text at the next analysis)
      get corrections() { return this._corrections || (this._ctl ? this._ctl.corrections() : []); }
      set corrections(v) { this._corrections = v || []; this._changed(); }

      // analyze runs now and is a promise of the report (a bad ref-date rejects)
      analyze() {
        var el = this;
        return this._mounted.then(function () {
          var date = el.refDate;
          if (date && !datePattern.test(date)) {
            var msg = "lede-analyzer: ref-date must be a date YYYY-MM-DD, not " + JSON.stringify(date);
            el._emit("lede-error", { message: msg });
            throw new Error(msg);
          }
          el._ctl.setText(el._sourceText(), date);
          if (el._corrections) {
            var given = el._corrections;
            el._corrections = null;
            try {
              el._ctl.setCorrections(given); // they belong to this text
            } catch (err) {
              el._emit("lede-error", { message: err.message });
              throw err;
            }
          }
          return el._ctl.analyze();
        });
      }

      connectedCallback() {
        if (this.shadowRoot) return; // moved in the page: the app is already there
        var el = this;
        var root = this.attachShadow({ mode: "open" });
        var frame = document.createElement("div");
        frame.className = "lede-frame";
        frame.textContent = "Loading the analyzer…";
        root.appendChild(frame);
        // light-DOM edits are a new text, unless the text comes from elsewhere
        new MutationObserver(function () {
          if (el._text === null && !el.hasAttribute("text")) el._changed();
        }).observe(this, { childList: true, subtree: true, characterData: true });
        Promise.all([lede.ready, adoptStyles(root)]).then(function () {
          el._ctl = lede.mount(frame, {
            storageKey: false,
            header: el.hasAttribute("header"),
            layout: el.getAttribute("layout") || "",
            onAnalyzed: function (report) {
              el._report = report;
              el._emit("lede-analyzed", report);
            },
            onError: function (message) { el._emit("lede-error", { message: message }); },
          });
          el._resolveMounted();
          el._changed();
        }).catch(function (err) {
          frame.textContent = "lede could not start: " + String(err && err.message || err);
          el._emit("lede-error", { message: frame.textContent });
        });
      }

      attributeChangedCallback() { this._changed(); }

      _sourceText() {
        if (this._text !== null) return this._text;
        if (this.hasAttribute("text")) return this.getAttribute("text");
        if (this.children.length && this._ctl) return lede.extractHTML(this.innerHTML).text || "";
        return (this.textContent || "").trim();
      }

      // _changed analyses once for all the changes made in this task
      _changed() {
        if (!this._ctl || this._queued) return;
        this._queued = true;
        var el = this;
        queueMicrotask(function () {
          el._queued = false;
          if (el._sourceText().trim() === "") return; // nothing to analyze yet: no error
          el.analyze().catch(function () { /* reported by lede-error */ });
        });
      }

      _emit(type, detail) {
        this.dispatchEvent(new CustomEvent(type, { detail: detail, bubbles: true, composed: true }));
      }
    });
  }
  defineElement();

  if (typeof Go === "function") {
    start();
  } else {
    var s = document.createElement("script");
    s.src = new URL("wasm_exec.js", base).href;
    s.onload = start;
    s.onerror = function () {
      var err = new Error("could not load wasm_exec.js");
      pool.unavailable(err);
      fail(err);
    };
    document.head.appendChild(s);
  }
})();
