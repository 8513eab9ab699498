#!/usr/bin/env node
// npm run bench [-- --corpus <dir>] [--runs N] [--quick]
// termlint against textlint + textlint-rule-prh on the same files and terms, raw nodejieba as the
// floor, startup on a tiny file, worker threads, and scaling with glossary and corpus size.
// Every figure is the median of several runs; ratios are taken within this one run.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { filesIn, median } = require('./corpus');
const { spawnSync } = require('node:child_process');
const { writePrh } = require('./prh');
const { writeGlossary } = require('./glossaries');

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const TEXTLINT = path.join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');
const RSS = path.join(__dirname, 'rss.js');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const corpus = path.resolve(opt('--corpus', path.join(ROOT, '..', 'shared', 'corpus')));
const runs = Number(opt('--runs', '3'));
const quick = args.includes('--quick');

if (!fs.existsSync(CLI)) {
  console.error('bench: build first (npm ci, or npm run build)');
  process.exit(2);
}
if (!fs.existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (use --corpus <dir>)`);
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));



/** Runs a node command `times` times; median wall seconds and median peak RSS (MB). */
function measure(argv, times = runs, env = {}) {
  const walls = [];
  const rss = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-r', RSS, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    const m = /@@maxrss (\d+)/.exec(r.stderr);
    if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`failed: node ${argv.join(' ')}\n${r.stderr.slice(0, 2000)}`);
    rss.push(Number(m[1]) / 1024);
  }
  return { wall: median(walls), rss: median(rss) };
}

const fmt = (n, d = 2) => n.toFixed(d);
const mchars = (chars, s) => `${fmt(chars / s / 1e6, 2)} M/s`;
function table(title, head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padStart(widths[i])).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

const files = filesIn(corpus);
const chars = files.reduce((n, f) => n + fs.readFileSync(f, 'utf8').length, 0);
console.log(`termlint benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`);
console.log(`corpus: ${corpus} — ${files.length} files, ${chars.toLocaleString('en')} characters; median of ${runs} runs`);

// 1. termlint vs textlint + prh, whole process, same files, same terms.
const prhFile = path.join(tmp, 'prh.yml');
const prh = writePrh(prhFile);
fs.writeFileSync(path.join(tmp, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [prhFile] } } }));
const termlint = measure([CLI, 'lint', corpus, '--format', 'json']);
const textlint = measure([TEXTLINT, '--config', path.join(tmp, '.textlintrc.json'), '--format', 'json', ...files], quick ? 1 : runs);

// 2. In process: raw nodejieba cut (the floor of this design) and termlint's lint, warm.
const inproc = spawnSync(process.execPath, [path.join(__dirname, 'inprocess.js'), corpus, String(runs)], { cwd: ROOT, encoding: 'utf8' });
if (inproc.status !== 0) throw new Error(inproc.stderr);
const ip = JSON.parse(inproc.stdout);

// 3. Startup on one tiny file, and worker threads.
const tiny = path.join(tmp, 'tiny.md');
fs.writeFileSync(tiny, '模型在少样本设置下表现良好。\n');
const startup = measure([CLI, 'lint', tiny, '--format', 'json'], Math.max(runs, 5));
const w1 = measure([CLI, 'lint', corpus, '--format', 'json', '--workers', '1']);
const w2 = measure([CLI, 'lint', corpus, '--format', 'json', '--workers', '2']);
let nodeRs;
try {
  require.resolve('@node-rs/jieba', { paths: [ROOT] });
  const env = { TERMLINT_SEGMENTER: 'node-rs' };
  nodeRs = { corpus: measure([CLI, 'lint', corpus, '--format', 'json'], runs, env), tiny: measure([CLI, 'lint', tiny, '--format', 'json'], Math.max(runs, 5), env) };
} catch {
  nodeRs = undefined;
}

table(
  'Whole process on the corpus',
  ['tool', 'files', 'chars', 'wall s', 'chars/s', 'peak RSS MB'],
  [
    ['termlint lint', files.length, chars, fmt(termlint.wall), mchars(chars, termlint.wall), fmt(termlint.rss, 0)],
    [`textlint + prh (${prh.rules} rules, ${prh.patterns} patterns)`, files.length, chars, fmt(textlint.wall), mchars(chars, textlint.wall), fmt(textlint.rss, 0)],
    ['ratio (termlint / textlint throughput)', '', '', '', `${fmt(textlint.wall / termlint.wall, 1)}×`, ''],
    ...(nodeRs
      ? [
          ['termlint lint, @node-rs/jieba segmenter', files.length, chars, fmt(nodeRs.corpus.wall), mchars(chars, nodeRs.corpus.wall), fmt(nodeRs.corpus.rss, 0)],
          ['ratio with @node-rs/jieba', '', '', '', `${fmt(textlint.wall / nodeRs.corpus.wall, 1)}×`, ''],
        ]
      : []),
  ],
);
table(
  'In process, warm (dictionary loaded once)',
  ['what', 'chars', 'seconds', 'chars/s', 'share of raw cut'],
  [
    ['nodejieba cut (raw, whole corpus)', ip.chars, fmt(ip.cut, 3), mchars(ip.chars, ip.cut), '100%'],
    ['termlint lint (all rules)', ip.chars, fmt(ip.lint, 3), mchars(ip.chars, ip.lint), `${fmt((ip.cut / ip.lint) * 100, 0)}%`],
    ['nodejieba dictionary load', '', fmt(ip.load, 3), '', ''],
  ],
);
table(
  'Startup and workers',
  ['what', 'wall s', 'peak RSS MB', 'note'],
  [
    ['one tiny file, end to end', fmt(startup.wall), fmt(startup.rss, 0), 'target ≤ 1.0 s'],
    ...(nodeRs ? [['one tiny file, @node-rs/jieba segmenter', fmt(nodeRs.tiny.wall), fmt(nodeRs.tiny.rss, 0), '']] : []),
    ['corpus, --workers 1', fmt(w1.wall), fmt(w1.rss, 0), ''],
    ['corpus, --workers 2', fmt(w2.wall), fmt(w2.rss, 0), `${fmt(w1.wall / w2.wall, 2)}× faster (target ≥ 1.6×)`],
  ],
);

// 4. Scaling with glossary size: the built-in base plus generated concepts.
const glossaryRows = [];
const builtin = require('../dist').loadGlossary().entries.size;
let base;
for (const size of quick ? [500, 5000] : [500, 5000, 50000]) {
  const extra = Math.max(0, size - builtin);
  const g = [];
  if (extra) {
    const file = path.join(tmp, `gen-${size}.yaml`);
    writeGlossary(file, extra);
    g.push('--glossary', file);
  }
  const m = measure([CLI, 'lint', corpus, '--format', 'json', ...g]);
  const inp = JSON.parse(
    spawnSync(process.execPath, [path.join(__dirname, 'inprocess.js'), corpus, String(runs), ...(extra ? [g[1]] : [])], { cwd: ROOT, encoding: 'utf8' }).stdout,
  );
  base ??= { wall: m.wall, lint: inp.lint };
  glossaryRows.push([extra ? `${builtin + extra}` : `${builtin} (built-in)`, fmt(m.wall), `${fmt(m.wall / base.wall, 2)}×`, fmt(inp.glossary, 2), fmt(inp.lint, 3), `${fmt(inp.lint / base.lint, 2)}×`, fmt(m.rss, 0)]);
}
table('Glossary size (corpus ×1)', ['concepts', 'wall s', 'wall vs 500', 'glossary load s', 'lint s (warm)', 'lint vs 500', 'peak RSS MB'], glossaryRows);

// 5. Scaling with corpus size: the corpus repeated.
const corpusRows = [];
let one;
for (const times of quick ? [1, 4] : [1, 4, 16]) {
  const dir = path.join(tmp, `corpus-x${times}`);
  for (let k = 0; k < times; k++) {
    for (const f of files) {
      const to = path.join(dir, `copy${k}`, path.relative(corpus, f));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(f, to);
    }
  }
  const m = measure([CLI, 'lint', dir, '--format', 'json'], times >= 16 ? Math.min(runs, 2) : runs);
  one ??= m.wall;
  corpusRows.push([`×${times}`, chars * times, fmt(m.wall), `${fmt(m.wall / one, 2)}×`, mchars(chars * times, m.wall), fmt(m.rss, 0)]);
  if (times === 16 || (quick && times === 4)) {
    const w = measure([CLI, 'lint', dir, '--format', 'json', '--workers', '2'], Math.min(runs, 2));
    corpusRows.push([`×${times}, --workers 2`, chars * times, fmt(w.wall), `${fmt(m.wall / w.wall, 2)}× faster than 1 worker`, mchars(chars * times, w.wall), fmt(w.rss, 0)]);
    // The machine's own ceiling: two separate processes, half the copies each, at the same time.
    const half = (from, to) => Array.from({ length: to - from }, (_, k) => path.join(dir, `copy${from + k}`));
    const cmd = [half(0, times / 2), half(times / 2, times)]
      .map((dirs) => [process.execPath, CLI, 'lint', ...dirs, '--format', 'json'].map((a) => `'${a}'`).join(' ') + ' > /dev/null &')
      .join(' ') + ' wait';
    const walls = [];
    for (let i = 0; i < Math.min(runs, 2); i++) {
      const start = process.hrtime.bigint();
      spawnSync('bash', ['-c', cmd], { cwd: ROOT });
      walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    const p2 = median(walls);
    corpusRows.push([`×${times}, 2 processes`, chars * times, fmt(p2), `${fmt(m.wall / p2, 2)}× faster than 1 process`, mchars(chars * times, p2), '']);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
table('Corpus size (built-in glossary)', ['corpus', 'chars', 'wall s', 'wall vs ×1', 'chars/s', 'peak RSS MB'], corpusRows);
