// The CI kit: the pre-commit hooks run as pre-commit would run them, and the GitHub Action's step
// scripts run with the environment GitHub gives them (INPUT_*, $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { BILINGUAL_FORMATS, LINTED_EXTENSIONS } from '../src/formats';
import { ROOT } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli', 'main.js'); // built by npm test
const BAD_MD = '# 笔记\n\n我们在零射击场景中测试了分类器。\n';
const GOOD_MD = '# 笔记\n\n这一段没有术语问题。\n';
const po = (msgstr: string) =>
  `msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Zero-shot classification"\nmsgstr "${msgstr}"\n`;

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-kit-')));
  dirs.push(dir);
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** $GITHUB_OUTPUT's name=value and name<<EOF … EOF records. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(\S+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return out;
}

describe('.pre-commit-hooks.yaml', () => {
  interface Hook {
    id: string;
    entry: string;
    files: string;
    language: string;
  }
  const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = (id: string) => hooks.find((h) => h.id === id)!;
  /** The hook's entry with the staged files pre-commit would pass, termlint being this build. */
  const runHook = (h: Hook, cwd: string, files: string[]) => {
    const [bin, ...rest] = h.entry.split(' ');
    expect(bin).toBe('termlint');
    const staged = files.filter((f) => new RegExp(h.files).test(f));
    return spawnSync(process.execPath, [CLI, ...rest, ...staged], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  };

  it('declares termlint-lint and termlint-check, for the extensions the commands read', () => {
    expect(hooks.map((h) => h.id)).toEqual(['termlint-lint', 'termlint-check']);
    for (const h of hooks) expect(h.language).toBe('node');
    const matches = (h: Hook, ext: string) => new RegExp(h.files).test(`dir/name${ext}`);
    for (const ext of LINTED_EXTENSIONS) expect(matches(hook('termlint-lint'), ext), ext).toBe(true);
    const single = BILINGUAL_FORMATS.filter((f) => f.pairing === 'file').flatMap((f) => f.extensions);
    for (const ext of single) expect(matches(hook('termlint-check'), ext), ext).toBe(true);
    for (const ext of ['.json', '.yaml', '.ts', '.xml', '.mdown']) {
      expect(matches(hook('termlint-lint'), ext) || matches(hook('termlint-check'), ext), ext).toBe(false);
    }
  });

  it('termlint-lint fails on a staged document with a finding and passes clean ones', () => {
    const dir = project({ 'docs/bad.md': BAD_MD, 'docs/good.md': GOOD_MD, 'notes.txt': '这一行也没有问题。\n', 'src/x.ts': '// 零射击\n' });
    const bad = runHook(hook('termlint-lint'), dir, ['docs/bad.md', 'docs/good.md', 'src/x.ts']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('docs/bad.md');
    expect(bad.stdout).not.toContain('x.ts');
    const good = runHook(hook('termlint-lint'), dir, ['docs/good.md', 'notes.txt']);
    expect(good.status, good.stderr).toBe(0);
  });

  it('termlint-check fails on a staged translation file with a finding and passes a clean one', () => {
    const dir = project({ 'po/bad.po': po('零射击分类'), 'po/good.po': po('零样本分类') });
    const bad = runHook(hook('termlint-check'), dir, ['po/bad.po', 'po/good.po', 'README.md']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('term/avoid');
    expect(runHook(hook('termlint-check'), dir, ['po/good.po']).status).toBe(0);
  });
});

describe('action.yml', () => {
  interface Step {
    id?: string;
    run?: string;
    uses?: string;
    env?: Record<string, string>;
  }
  const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
  };

  it('is a composite action whose steps run scripts in the repository with inputs it declares', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps.filter((s) => s.run)) {
      const script = /\$GITHUB_ACTION_PATH\/(\S+?)"/.exec(step.run!)?.[1];
      expect(script && fs.existsSync(path.join(ROOT, script)), step.run).toBe(true);
      for (const value of Object.values(step.env ?? {})) {
        for (const [, input] of value.matchAll(/inputs\.([\w-]+)/g)) expect(action.inputs, input).toHaveProperty(input!);
      }
    }
    for (const o of Object.values(action.outputs)) expect(o.value).toMatch(/steps\.run\.outputs\./);
    for (const input of ['command', 'paths', 'glossary', 'format', 'fail-on']) expect(action.inputs).toHaveProperty(input);
  });

  /** Runs a step's script with the env the step maps from inputs (defaults filled in), as GitHub would. */
  function step(id: 'setup' | 'run', workspace: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
    const s = action.runs.steps.find((x) => x.id === id)!;
    const outputFile = path.join(workspace, '.gh-output');
    const summaryFile = path.join(workspace, '.gh-summary');
    fs.writeFileSync(outputFile, '');
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'C', GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
    for (const [name, value] of Object.entries(s.env ?? {})) {
      const input = /inputs\.([\w-]+)/.exec(value)?.[1];
      if (input) env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
    }
    Object.assign(env, extra);
    const script = /\$GITHUB_ACTION_PATH\/(\S+?)"/.exec(s.run!)![1]!;
    const r = spawnSync(process.execPath, [path.join(ROOT, script)], { cwd: workspace, encoding: 'utf8', env });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: readOutputs(outputFile), summary: fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '' };
  }

  it('setup finds the project\'s own termlint first, else the Action\'s built copy', () => {
    const bare = project({ 'a.md': GOOD_MD });
    const own = step('setup', bare, {});
    expect(own.status, own.stdout + own.stderr).toBe(0);
    expect(own.outputs).toMatchObject({ cli: CLI, source: 'action' });

    const withDep = project({ 'node_modules/termlint/dist/cli/main.js': '// stand-in\n' });
    const proj = step('setup', withDep, {});
    expect(proj.outputs).toMatchObject({ cli: path.join(withDep, 'node_modules', 'termlint', 'dist', 'cli', 'main.js'), source: 'project' });
    expect(step('setup', withDep, { 'use-project-termlint': 'false' }).outputs.cli).toBe(CLI);
  });

  it('run annotates findings (format github), sets outputs and the summary, and fails on errors', () => {
    const dir = project({ 'docs/bad.md': BAD_MD, 'docs/good.md': GOOD_MD });
    const r = step('run', dir, { paths: 'docs' }, { INPUT_CLI: CLI });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=docs\/bad\.md,line=3,col=4,.*title=term\/avoid::/m);
    expect(r.outputs).toMatchObject({ 'exit-code': '1', errors: '1', warnings: '0', 'sarif-file': '' });
    expect(r.summary).toContain('termlint lint: found problems — 1 error(s)');

    const never = step('run', dir, { paths: 'docs', 'fail-on': 'never' }, { INPUT_CLI: CLI });
    expect(never.status).toBe(0);
    expect(never.outputs['exit-code']).toBe('1');

    const clean = step('run', dir, { paths: 'docs/good.md' }, { INPUT_CLI: CLI });
    expect(clean.status).toBe(0);
    expect(clean.outputs).toMatchObject({ 'exit-code': '0', errors: '0' });
  });

  it('fail-on warning fails on warnings that fail-on error lets through', () => {
    const dir = project({ 'a.md': BAD_MD });
    const inputs = { paths: 'a.md', args: '--rule term/avoid=warning' };
    expect(step('run', dir, inputs, { INPUT_CLI: CLI }).status).toBe(0);
    const strict = step('run', dir, { ...inputs, 'fail-on': 'warning' }, { INPUT_CLI: CLI });
    expect(strict.status).toBe(1);
    expect(strict.outputs).toMatchObject({ errors: '0', warnings: '1' });
  });

  it('format sarif writes the report where asked and counts its results', () => {
    const dir = project({ 'a.md': BAD_MD });
    const r = step('run', dir, { paths: 'a.md', format: 'sarif', 'sarif-file': 'out/t.sarif' }, { INPUT_CLI: CLI });
    expect(r.status).toBe(1);
    const file = path.join(dir, 'out', 't.sarif');
    expect(r.outputs['sarif-file']).toBe(file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).runs[0].results).toHaveLength(1);
    expect(r.outputs.errors).toBe('1');
    expect(r.stdout).toBe('');
  });

  it('runs termlint check with glossary and args inputs', () => {
    const dir = project({ 'bad.po': po('零射击分类'), 'terms.yaml': fs.readFileSync(path.join(ROOT, 'fixtures', 'glossary', 'user-override.yaml'), 'utf8') });
    const r = step('run', dir, { command: 'check', paths: 'bad.po', format: 'json' }, { INPUT_CLI: CLI });
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule)).toContain('term/avoid');
    expect(r.outputs.errors).toBe('1');
    // Only the given glossary (which does not know zero-shot): nothing to report.
    const own = step('run', dir, { command: 'check', paths: 'bad.po', glossary: 'terms.yaml', args: '--no-builtin' }, { INPUT_CLI: CLI });
    expect(own.status, own.stdout + own.stderr).toBe(0);
    expect(step('run', dir, { command: 'check', paths: 'bad.po', args: '--no-builtin' }, { INPUT_CLI: CLI }).status).toBe(2);
  });

  it('exits 2 with an annotation for a wrong input, and passes termlint\'s exit 2 on', () => {
    const dir = project({ 'a.md': GOOD_MD });
    const wrong = step('run', dir, { command: 'fix' }, { INPUT_CLI: CLI });
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toContain('::error title=termlint::input "command" must be lint or check');
    const usage = step('run', dir, { paths: 'a.md', args: '--rule nonsense' }, { INPUT_CLI: CLI });
    expect(usage.status).toBe(2);
    expect(usage.outputs['exit-code']).toBe('2');
    expect(usage.summary).toContain('could not run');
    expect(step('run', dir, {}, { INPUT_CLI: path.join(dir, 'missing.js') }).status).toBe(2);
  });
});
