#!/usr/bin/env node
// Step 2 of the termlint GitHub Action (action.yml): run termlint lint or check with the Action's
// inputs, print annotations (format github) or write SARIF, and set outputs and the job summary.
// Inputs (INPUT_*): COMMAND lint|check, PATHS, GLOSSARY, FORMAT github|sarif|stylish|json,
// SARIF_FILE, FAIL_ON error|warning|never, ARGS (more termlint options), CLI (from setup.mjs).
// Exit code: termlint's (0, 1 findings, 2 usage or input error), except 1 becomes 0 with fail-on never.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { appendOutput, appendSummary, fail, list } from './common.mjs';

const env = process.env;
const workspace = path.resolve(env.INPUT_WORKING_DIRECTORY || env.GITHUB_WORKSPACE || process.cwd());
const cli = env.INPUT_CLI;
if (!cli || !fs.existsSync(cli)) fail(`termlint was not found (${cli || 'no path'}); the setup step must run first`);

const command = (env.INPUT_COMMAND || 'lint').trim();
if (!['lint', 'check'].includes(command)) fail(`input "command" must be lint or check, not "${command}"`);
const format = (env.INPUT_FORMAT || 'github').trim();
if (!['github', 'sarif', 'stylish', 'json'].includes(format)) fail(`input "format" must be github, sarif, stylish or json, not "${format}"`);
const failOn = (env.INPUT_FAIL_ON || 'error').trim();
if (!['error', 'warning', 'never'].includes(failOn)) fail(`input "fail-on" must be error, warning or never, not "${failOn}"`);

const paths = list(env.INPUT_PATHS);
const args = [
  cli,
  command,
  ...(command === 'lint' && !paths.length ? ['.'] : paths),
  ...list(env.INPUT_GLOSSARY).flatMap((g) => ['--glossary', g]),
  '--format',
  format,
  ...(failOn === 'warning' ? ['--max-warnings', '0'] : []),
  ...list(env.INPUT_ARGS),
];
const run = spawnSync(process.execPath, args, {
  cwd: workspace,
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...env, NO_COLOR: '1' },
});
if (run.error) fail(`could not run termlint: ${run.error.message}`);
const code = run.status ?? 2;
const out = run.stdout ?? '';

const counts = { errors: '', warnings: '', infos: '' };
let sarifFile = '';
if (format === 'sarif') {
  sarifFile = path.resolve(workspace, env.INPUT_SARIF_FILE || 'termlint.sarif');
  fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
  fs.writeFileSync(sarifFile, out);
  try {
    const results = JSON.parse(out).runs.flatMap((r) => r.results);
    Object.assign(counts, {
      errors: results.filter((r) => r.level === 'error').length,
      warnings: results.filter((r) => r.level === 'warning').length,
      infos: results.filter((r) => r.level === 'note').length,
    });
  } catch {
    // no SARIF (termlint stopped with exit 2 and said why on stderr)
  }
} else {
  process.stdout.write(out);
  if (format === 'github') {
    const n = (kind) => out.split('\n').filter((l) => l.startsWith(`::${kind} `)).length;
    Object.assign(counts, { errors: n('error'), warnings: n('warning'), infos: n('notice') });
  } else if (format === 'json') {
    try {
      Object.assign(counts, JSON.parse(out).summary);
    } catch {
      // no report: exit 2
    }
  }
}

const exitCode = code === 1 && failOn === 'never' ? 0 : code;
appendOutput({ 'exit-code': code, ...counts, 'sarif-file': sarifFile });
const verdict = code === 0 ? 'passed' : code === 1 ? 'found problems' : 'could not run (exit 2: see the log)';
const tally = counts.errors === '' ? '' : ` — ${counts.errors} error(s), ${counts.warnings} warning(s), ${counts.infos} info(s)`;
appendSummary(`### termlint ${command}: ${verdict}${tally}\n${sarifFile ? `\nSARIF: \`${path.relative(workspace, sarifFile)}\`\n` : ''}`);
process.exit(exitCode);
