// Measured in its own process: raw nodejieba cut over the corpus, and termlint's lint of the same
// files once everything is loaded. Prints JSON.
const fs = require('node:fs');
const path = require('node:path');
const { filesIn, median } = require('./corpus');
const [corpus, runsArg, glossaryFile] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);

const texts = filesIn(corpus).map((f) => [f, fs.readFileSync(f, 'utf8')]);
const chars = texts.reduce((n, [, t]) => n + t.length, 0);
const all = texts.map(([, t]) => t).join('\n');

const nodejieba = require('nodejieba');
let t = process.hrtime.bigint();
const sec = () => Number(process.hrtime.bigint() - t) / 1e9;
nodejieba.load();
const load = sec();
const cuts = [];
for (let i = 0; i < runs; i++) {
  t = process.hrtime.bigint();
  nodejieba.cut(all);
  cuts.push(sec());
}

const { loadGlossary } = require('../dist');
const { lintText, resolveRules } = require('../dist/engine/engine');
const { textFormatFor } = require('../dist/formats');
t = process.hrtime.bigint();
const glossary = loadGlossary({ paths: glossaryFile ? [glossaryFile] : [] });
const glossaryLoad = sec();
const rules = resolveRules().text;
const lint = (text, f) => lintText(text, { glossary, rules, path: f, read: textFormatFor(f).read });
lint('预热：模型。', 'warm.md');
const lints = [];
for (let i = 0; i < runs; i++) {
  t = process.hrtime.bigint();
  for (const [f, text] of texts) lint(text, f);
  lints.push(sec());
}
console.log(JSON.stringify({ chars, load, cut: median(cuts), lint: median(lints), glossary: glossaryLoad }));
