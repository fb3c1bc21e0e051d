// lede.js loads the analyzer (wasm_exec.js and lede.wasm, from this script's folder) and
// defines window.lede:
//   lede.ready                      a Promise, resolved when the analyzer is loaded
//   lede.analyze(text, options)     the report (schema lede/1) as a plain object;
//                                   options: {refDate: "YYYY-MM-DD", html: bool, targets}
//   lede.mount(element, options)    draws the whole app into element and returns
//                                   {analyze(), setText(text, refDate), report()};
//                                   options: {storageKey: "lede" | false, header: true,
//                                   text, refDate, analyze: false}
//   lede.extractHTML(html)          {text, title, published}
// Elements with a data-lede attribute are mounted when the analyzer is ready.
(function () {
  "use strict";
  var script = document.currentScript;
  var base = new URL(".", script ? script.src : location.href);
  var lede = (window.lede = window.lede || {});
  var resolveReady, rejectReady;
  lede.ready = new Promise(function (resolve, reject) {
    resolveReady = resolve;
    rejectReady = reject;
  });
  lede.analyze = lede.mount = lede.extractHTML = function () {
    throw new Error("lede is still loading: wait for lede.ready");
  };
  // the Go program calls _ready once its functions are in place
  lede._ready = function () {
    lede.analyze = function (text, options) {
      var r = lede._analyze(text, options);
      if (r.error) throw new Error(r.error);
      return JSON.parse(r.json);
    };
    var mount = lede.mount;
    lede.mount = function (element, options) {
      var r = mount(element, options || {});
      if (r && r.error) throw new Error(r.error);
      return r;
    };
    document.querySelectorAll("[data-lede]").forEach(function (el) {
      lede.mount(el, { storageKey: el.getAttribute("data-lede") || "lede" });
    });
    resolveReady(lede);
  };

  function fail(err) {
    lede.error = err;
    rejectReady(err);
  }

  // stopped: the Go program ended (out of memory, say). Before ready, loading failed;
  // after it, every mounted app says so, since nothing else can (the text is kept).
  function stopped(err) {
    fail(err);
    var dead = function () { throw new Error("lede stopped: reload the page"); };
    lede.analyze = lede.mount = lede.extractHTML = dead;
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

  function start() {
    var go = new Go();
    var url = new URL("lede.wasm", base);
    var load = WebAssembly.instantiateStreaming
      ? WebAssembly.instantiateStreaming(fetch(url), go.importObject).catch(function () {
          // a server without the application/wasm type: compile from bytes
          return fetch(url).then(function (r) { return r.arrayBuffer(); })
            .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
        })
      : fetch(url).then(function (r) { return r.arrayBuffer(); })
          .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
    load.then(function (res) {
      return go.run(res.instance).then(function () {
        stopped(new Error("the analyzer stopped"));
      });
    }).catch(stopped);
  }

  if (typeof Go === "function") {
    start();
  } else {
    var s = document.createElement("script");
    s.src = new URL("wasm_exec.js", base).href;
    s.onload = start;
    s.onerror = function () { fail(new Error("could not load wasm_exec.js")); };
    document.head.appendChild(s);
  }
})();
