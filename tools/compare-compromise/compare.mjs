// compare.mjs scores lede and compromise side by side on CoNLL-2003 names of people,
// organisations and places (compromise has no MISC): each document's tokens are joined
// by spaces into one text, both tools read that text, and a name counts when its tokens
// and type are exactly the gold ones (CoNLL's own scoring). Only counts are printed.
//
//   npm install --prefix /tmp/lede-compare compromise@14.17.0
//   NODE_PATH=/tmp/lede-compare/node_modules node tools/compare-compromise/compare.mjs ../shared/data/conll2003/dev.txt bin/lede
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const nlp = require("compromise");

const [file, lede] = process.argv.slice(2);
if (!file || !lede) {
  console.error("usage: compare.mjs CONLL_FILE LEDE_BINARY");
  process.exit(2);
}

const TYPES = ["PER", "ORG", "LOC"];
const LEDE_TYPES = { PERSON: "PER", ORG: "ORG", LOC: "LOC" };

// documents splits a CoNLL file into documents of tokens with their gold tags; the
// document separator line is the format's, not text.
function documents(src) {
  const docs = [];
  let cur = null;
  for (const line of src.split("\n")) {
    if (line.startsWith("-DOCSTART-")) {
      cur = { tokens: [] };
      docs.push(cur);
      continue;
    }
    if (!cur) docs.push((cur = { tokens: [] }));
    const f = line.trim().split(/\s+/);
    if (f.length < 2 || f[0] === "") {
      if (cur.tokens.length) cur.tokens[cur.tokens.length - 1].sentenceEnd = true;
      continue;
    }
    cur.tokens.push({ word: f[0], tag: f[f.length - 1] });
  }
  return docs.filter((d) => d.tokens.length > 0);
}

// layout joins the tokens into a text (sentences on their own lines) and records each
// token's UTF-16 offsets.
function layout(tokens) {
  let text = "";
  for (const t of tokens) {
    t.start = text.length;
    text += t.word;
    t.end = text.length;
    text += t.sentenceEnd ? "\n" : " ";
  }
  return text;
}

// goldSpans reads the IOB2 tags as "first:last:TYPE" keys.
function goldSpans(tokens) {
  const out = new Set();
  let start = -1, type = "";
  const close = (i) => {
    if (start >= 0 && TYPES.includes(type)) out.add(`${start}:${i - 1}:${type}`);
    start = -1;
  };
  tokens.forEach((t, i) => {
    const [bio, ty] = t.tag.split("-");
    if (bio === "B" || (bio === "I" && ty !== type) || bio === "O") close(i);
    if (bio === "B" || (bio === "I" && start < 0)) (start = i), (type = ty);
    if (t.sentenceEnd) close(i + 1);
  });
  close(tokens.length);
  return out;
}

// toKey maps a character span to the tokens it covers, trimming tokens it only grazes.
function toKey(tokens, start, end, type) {
  const inside = tokens.map((t, i) => [t, i]).filter(([t]) => t.start >= start && t.end <= end && /\w/.test(t.word));
  if (inside.length === 0) return null;
  return `${inside[0][1]}:${inside[inside.length - 1][1]}:${type}`;
}

const counts = {};
for (const tool of ["lede", "compromise"]) {
  counts[tool] = {};
  for (const ty of TYPES) counts[tool][ty] = { tp: 0, pred: 0, gold: 0 };
}
for (const d of documents(readFileSync(file, "utf8"))) {
  const text = layout(d.tokens);
  const gold = goldSpans(d.tokens);
  const predicted = { lede: new Set(), compromise: new Set() };
  const report = JSON.parse(execFileSync(lede, ["analyze", "-"], { input: text, maxBuffer: 1 << 28 }));
  for (const m of report.mentions) {
    const ty = LEDE_TYPES[m.type];
    if (m.kind === "name" && ty) {
      const k = toKey(d.tokens, m.start, m.end, ty);
      if (k) predicted.lede.add(k);
    }
  }
  const doc = nlp(text);
  for (const [ty, list] of [["PER", doc.people()], ["ORG", doc.organizations()], ["LOC", doc.places()]]) {
    for (const m of list.json({ offset: true })) {
      const k = toKey(d.tokens, m.offset.start, m.offset.start + m.offset.length, ty);
      if (k) predicted.compromise.add(k);
    }
  }
  for (const tool of ["lede", "compromise"]) {
    for (const k of gold) counts[tool][k.split(":")[2]].gold++;
    for (const k of predicted[tool]) {
      counts[tool][k.split(":")[2]].pred++;
      if (gold.has(k)) counts[tool][k.split(":")[2]].tp++;
    }
  }
}

const f1 = ({ tp, pred, gold }) => {
  const p = pred ? tp / pred : 0, r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
console.log("CoNLL-2003 names, exact tokens and type: F1");
console.log("tool         PER    ORG    LOC    micro(PER,ORG,LOC)");
for (const tool of ["lede", "compromise"]) {
  const all = { tp: 0, pred: 0, gold: 0 };
  for (const ty of TYPES) for (const k of ["tp", "pred", "gold"]) all[k] += counts[tool][ty][k];
  console.log(`${tool.padEnd(11)} ${TYPES.map((ty) => f1(counts[tool][ty]).toFixed(3)).join("  ")}  ${f1(all).toFixed(3)}`);
}
