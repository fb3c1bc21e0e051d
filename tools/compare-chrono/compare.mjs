// compare.mjs scores lede and chrono-node side by side on the TimeML corpus: of the
// gold DATE expressions whose value is a calendar day ("2023-06-24"), a month
// ("2023-06") or a year ("2023"), how many each tool finds (an overlapping expression)
// and resolves to the right value, the document creation time being the reference date
// for both. This is chrono-node's own task (parse a date in text against a reference
// date); chrono's result is read at the finest granularity it is certain of.
//
//   npm install --prefix /tmp/chrono chrono-node@2
//   NODE_PATH=/tmp/chrono/node_modules node tools/compare-chrono/compare.mjs ../shared/data/timeml bin/lede
//
// Nothing of the corpus is written anywhere; only the counts are printed.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const chrono = require("chrono-node");

const [dir, lede] = process.argv.slice(2);
if (!dir || !lede) {
  console.error("usage: compare.mjs TIMEML_DIR LEDE_BINARY");
  process.exit(2);
}

// tmlFiles lists the .tml files below dir.
function tmlFiles(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? tmlFiles(p) : n.endsWith(".tml") ? [p] : [];
  });
}

// parseTML returns the DCT value, the plain text of <TEXT> and its gold TIMEX3s with
// offsets in UTF-16 units of that text (as lede's report and JavaScript strings count).
function parseTML(src) {
  const dct = /<DCT>.*?value="([^"]+)"/s.exec(src)?.[1] ?? "";
  const body = /<TEXT>(.*)<\/TEXT>/s.exec(src)?.[1] ?? "";
  let text = "";
  const gold = [];
  const re = /<TIMEX3([^>]*)>|<\/TIMEX3>|<[^>]+>|([^<]+)/gs;
  let open = null;
  for (let m; (m = re.exec(body)); ) {
    if (m[2] !== undefined) {
      text += m[2].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    } else if (m[1] !== undefined) {
      const attr = (k) => new RegExp(`${k}="([^"]*)"`).exec(m[1])?.[1] ?? "";
      open = { start: text.length, type: attr("type"), value: attr("value") };
    } else if (m[0] === "</TIMEX3>" && open) {
      gold.push({ ...open, end: text.length });
      open = null;
    }
  }
  return { dct: dct.slice(0, 10), text, gold };
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const granularities = [["day", day], ["month", /^\d{4}-\d{2}$/], ["year", /^\d{4}$/]];
const granularityOf = (v) => granularities.find(([, re]) => re.test(v))?.[0];
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const pad = (n) => String(n).padStart(2, "0");

const score = {};
for (const [g] of granularities) score[g] = { gold: 0, lede: { found: 0, right: 0 }, chrono: { found: 0, right: 0 } };
for (const f of tmlFiles(dir).sort()) {
  const { dct, text, gold } = parseTML(readFileSync(f, "utf8"));
  if (!day.test(dct)) continue;
  const wanted = gold.filter((g) => g.type === "DATE" && granularityOf(g.value));
  if (wanted.length === 0) continue;
  const report = JSON.parse(execFileSync(lede, ["analyze", "--ref-date", dct, "-"], { input: text, maxBuffer: 1 << 28 }));
  const ledeOut = report.timexes.map((t) => ({ start: t.start, end: t.end, value: t.value }));
  const [y, mo, d] = dct.split("-").map(Number);
  const chronoOut = chrono.parse(text, new Date(Date.UTC(y, mo - 1, d, 12)), { forwardDate: false }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    value: r.start.isCertain("day") || r.start.isCertain("weekday")
      ? `${r.start.get("year")}-${pad(r.start.get("month"))}-${pad(r.start.get("day"))}`
      : r.start.isCertain("month")
        ? `${r.start.get("year")}-${pad(r.start.get("month"))}`
        : `${r.start.get("year")}`,
  }));
  for (const g of wanted) {
    const s = score[granularityOf(g.value)];
    s.gold++;
    for (const [name, out] of [["lede", ledeOut], ["chrono", chronoOut]]) {
      const hits = out.filter((o) => overlaps(o, g));
      if (hits.length > 0) s[name].found++;
      if (hits.some((o) => o.value === g.value)) s[name].right++;
    }
  }
}
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) + "%" : "-").padStart(7);
console.log("TimeML DATE expressions, found / resolved to the gold value, by the gold value's granularity");
console.log("granularity  gold     lede found  lede right   chrono found  chrono right");
for (const [g] of granularities) {
  const s = score[g];
  console.log(`${g.padEnd(11)} ${String(s.gold).padStart(5)}   ${pct(s.lede.found, s.gold)}     ${pct(s.lede.right, s.gold)}      ${pct(s.chrono.found, s.gold)}       ${pct(s.chrono.right, s.gold)}`);
}
