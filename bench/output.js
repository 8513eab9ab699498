#!/usr/bin/env node
// node bench/output.js [findings]   (build first)
// Peak memory of `lint -f json|sarif|stylish` on one file with many findings, output to /dev/null
// and to a slow pipe: JSON and SARIF are written a diagnostic at a time, so the report is never one
// string. Pass TERMLINT_CLI=/path/to/other/dist/cli/main.js to compare with another build.
//
// Measured 2026-12-03 (2 shared cores, Node 20), one Markdown file, output to /dev/null:
//   20,000 findings   before: json 570 MB 9.2 s, sarif 573 MB 10.5 s, stylish 514 MB 9.8 s
//                     after:  json 487 MB 2.5 s, sarif 478 MB 3.4 s, stylish 504 MB 2.6 s
//   200,000 findings  before: json 1581 MB 271 s (applyDefers copied a list per finding)
//                     after:  json 1482 MB 12 s, sarif 1468 MB 14 s, stylish 1427 MB 11 s
// Peak memory is now the same for every format: what remains is the findings themselves (one
// object each, about 5 KB with the analysis of the file), not the report text.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const CLI = process.env.TERMLINT_CLI || path.join(ROOT, 'dist', 'cli', 'main.js');
const RSS = path.join(__dirname, 'rss.js');
const findings = Number(process.argv[2] || 20000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-bench-out-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'big.md');
fs.writeFileSync(file, '大模型具有零射击能力。\n'.repeat(findings));

console.log(`${findings} findings (${(fs.statSync(file).size / 1e6).toFixed(1)} MB), ${CLI}`);
for (const format of ['json', 'sarif', 'stylish']) {
  const start = process.hrtime.bigint();
  const out = fs.openSync('/dev/null', 'w');
  const r = spawnSync(process.execPath, ['-r', RSS, CLI, 'lint', file, '-f', format], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  fs.closeSync(out);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const m = /@@maxrss (\d+)/.exec(r.stderr);
  console.log(`  ${format.padEnd(8)} exit ${r.status}  peak RSS ${m ? (Number(m[1]) / 1024).toFixed(0) : '?'} MB  ${wall.toFixed(1)} s`);
}
