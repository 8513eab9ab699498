#!/usr/bin/env node
// node bench/readers.js [--corpus <dir>] [--file <path>]... [--runs N]
// Time of each reader (Markdown, MDX, plain text) on adversarial 200 KB inputs, and on real
// documents: this repository's README.md, any --file, and every Markdown file of the corpus
// (../shared/corpus by default, if present). Medians of N runs (3), in process, after a warm-up.
const fs = require('node:fs');
const path = require('node:path');
const { filesIn, median } = require('./corpus');

const ROOT = path.resolve(__dirname, '..');
const READERS_JS = path.join(ROOT, 'dist', 'formats', 'readers.js');
if (!fs.existsSync(READERS_JS)) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const { READERS } = require(READERS_JS);

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const runs = Number(opt('--runs', '3'));
const corpus = path.resolve(opt('--corpus', path.join(ROOT, '..', 'shared', 'corpus')));
const extraFiles = args.flatMap((a, i) => (a === '--file' ? [args[i + 1]] : []));

const { ADVERSARIAL } = require('./adversarial');

function ms(read, text) {
  read(text); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    read(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

const ids = READERS.map((r) => r.id);
console.log(`Adversarial inputs, 200 KB each (ms, median of ${runs})`);
table(
  ADVERSARIAL.map(([what, make]) => {
    const text = make(200_000);
    return [what, ...READERS.map((r) => ms(r.read, text).toFixed(0))];
  }),
  ['input', ...ids],
);

const documents = [path.join(ROOT, 'README.md'), ...extraFiles].filter((f) => fs.existsSync(f));
console.log(`\nReal documents (ms, median of ${runs})`);
table(
  documents.map((f) => {
    const text = fs.readFileSync(f, 'utf8');
    return [`${path.relative(process.cwd(), f)} (${text.length} chars)`, ...READERS.map((r) => ms(r.read, text).toFixed(1))];
  }),
  ['document', ...ids],
);

if (fs.existsSync(corpus)) {
  const texts = filesIn(corpus)
    .filter((f) => /\.(md|markdown|mdx)$/i.test(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`\nCorpus: ${texts.length} Markdown files, ${chars} characters (${corpus})`);
  table(
    READERS.map((r) => {
      const t = ms((all) => all.forEach((text) => r.read(text)), texts);
      return [r.id, t.toFixed(0), `${(chars / t / 1000).toFixed(2)} M/s`];
    }),
    ['reader', 'ms', 'chars/s'],
  );
}
