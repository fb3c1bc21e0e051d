// The CMS plugin of cms-sidebar.html: it feeds the editor's text to <lede-analyzer>,
// which analyses in lede's background worker (the editor never waits) and draws the
// result in its shadow root (the CMS's styles and lede's do not mix).
import { load } from "../web/lede.mjs"; // in a site: from the npm package, "lede"

const headline = document.getElementById("cms-headline");
const published = document.getElementById("cms-published");
const body = document.getElementById("cms-body");
const panel = document.getElementById("cms-lede");
const status = document.getElementById("cms-status");
const waitMs = 500; // after the last keystroke: typing is never slowed, results follow

const lede = await load(); // starts the analyzer and defines <lede-analyzer>

// the article as the analyzer reads it: the headline, then the body's paragraphs (the
// editor's HTML, read by lede's own extraction, as it reads a page)
function articleText() {
  return headline.value.trim() + "\n\n" + lede.extractHTML(body.innerHTML).text;
}

function update() {
  panel.refDate = published.value;
  panel.text = articleText(); // a newer text supersedes an analysis still running
}

let timer = 0;
function soon() {
  clearTimeout(timer);
  timer = setTimeout(update, waitMs);
}
body.addEventListener("input", soon);
headline.addEventListener("input", soon);
published.addEventListener("change", update);

let analyses = 0;
panel.addEventListener("lede-analyzed", (e) => {
  const r = e.detail; // the lede/1 report: a plugin could also store it with the story
  analyses++;
  document.documentElement.dataset.analyses = String(analyses);
  status.textContent = `lede: ${r.actors.length} actors, ${r.quotes.length} quotes, ${r.events.length} dates`;
});
panel.addEventListener("lede-error", (e) => {
  status.textContent = "lede: " + e.detail.message;
});
update();
