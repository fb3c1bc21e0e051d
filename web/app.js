// app.js: the page at / mounts lede into #app, shows a load failure in place of the
// spinner, and registers the service worker that keeps the app available offline.
(function () {
  "use strict";
  var host = document.getElementById("app");
  lede.ready.then(function () {
    lede.mount(host, { storageKey: "lede" });
    document.documentElement.setAttribute("data-lede-ready", "true");
  }).catch(function (err) {
    var box = document.createElement("div");
    box.className = "lede-error";
    box.setAttribute("role", "alert");
    var strong = document.createElement("strong");
    strong.textContent = "lede could not start. ";
    box.appendChild(strong);
    box.appendChild(document.createTextNode(String(err && err.message || err) + (location.protocol === "file:"
      ? ". Serve the folder instead: `lede serve`, or any static web server (python3 -m http.server)."
      : ". It needs a browser with WebAssembly; try reloading.")));
    var boot = host.querySelector(".lede-boot");
    if (boot) boot.replaceWith(box); else host.appendChild(box);
  });
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("sw.js").catch(function () { /* offline use is a bonus */ });
    });
  }
})();
