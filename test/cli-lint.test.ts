// termlint lint in process: formats, exit codes, configuration, directories, stdin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function project(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const BAD = '大模型具有零射击能力。\n';
const CLEAN = '注意力机制让模型关注输入中的重要部分。\n';
const WARN = '這是一段繁體中文的說明文字，但是这裡混入了一個簡體字。\n';

describe('termlint lint', () => {
  it('exits 0 on a clean file and 1 on errors', async () => {
    const dir = project('exit', { 'clean.md': CLEAN, 'bad.md': BAD });
    expect((await cli(['lint', 'clean.md'], {}, { cwd: dir })).code).toBe(0);
    const bad = await cli(['lint', 'bad.md'], {}, { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad.md');
    expect(bad.stdout).toContain('1:6');
    expect(bad.stdout).toContain('term/avoid');
    expect(bad.stdout).toMatch(/\^\^\^\^\^\^/); // 零射击 underlined, three wide characters
  });

  it('prints the JSON contract', async () => {
    const dir = project('json', { 'bad.md': BAD });
    const r = await cli(['lint', 'bad.md', '--format', 'json'], {}, { cwd: dir });
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
    expect(json.files[0].path).toBe('bad.md');
    expect(json.files[0].script).toBe('zh-Hans');
    expect(json.files[0].diagnostics[0]).toEqual({
      rule: 'term/avoid',
      severity: 'error',
      message: expect.stringContaining('零射击'),
      line: 1,
      column: 6,
      endLine: 1,
      endColumn: 9,
      offset: 5,
      length: 3,
      text: '零射击',
      suggestions: ['零样本'],
      term: 'zero-shot',
      fix: { offset: 5, length: 3, text: '零样本' },
    });
  });

  it('prints SARIF 2.1.0 and GitHub workflow commands', async () => {
    const dir = project('sarif', { 'docs/bad.md': BAD });
    const sarif = JSON.parse((await cli(['lint', 'docs', '--format', 'sarif'], {}, { cwd: dir })).stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('termlint');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('term/avoid');
    expect(run.results[0]).toMatchObject({
      ruleId: 'term/avoid',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/bad.md' }, region: { startLine: 1, startColumn: 6, charLength: 3 } } }],
    });
    const gh = await cli(['lint', 'docs', '--format', 'github'], {}, { cwd: dir });
    expect(gh.stdout).toMatch(/^::error file=docs\/bad\.md,line=1,col=6,endLine=1,endColumn=9,title=term\/avoid::.*零射击/m);
  });

  it('honours --rule, --quiet and --max-warnings', async () => {
    const dir = project('flags', { 'warn.txt': WARN });
    const plain = await cli(['lint', 'warn.txt', '--format', 'json'], {}, { cwd: dir });
    const s = JSON.parse(plain.stdout).summary;
    expect(s.errors).toBe(0);
    expect(s.warnings).toBeGreaterThan(0);
    expect(plain.code).toBe(0);
    expect((await cli(['lint', 'warn.txt', '--max-warnings', '0'], {}, { cwd: dir })).code).toBe(1);
    const quiet = JSON.parse((await cli(['lint', 'warn.txt', '--quiet', '--format', 'json'], {}, { cwd: dir })).stdout);
    expect(quiet.summary.warnings).toBe(0);
    const off = JSON.parse((await cli(['lint', 'warn.txt', '--rule', 'script/mixed=off', '--format', 'json'], {}, { cwd: dir })).stdout);
    expect(off.files[0].diagnostics.some((d: { rule: string }) => d.rule === 'script/mixed')).toBe(false);
    const raised = await cli(['lint', 'warn.txt', '--rule', 'script/mixed=error'], {}, { cwd: dir });
    expect(raised.code).toBe(1);
  });

  it('exits 2 on usage errors without a stack trace', async () => {
    const dir = project('usage', { 'a.md': CLEAN });
    for (const args of [
      ['lint', 'missing.md'],
      ['lint', 'a.md', '--rule', 'term/nope=error'],
      ['lint', 'a.md', '--rule', 'term/avoid'],
      ['lint', 'a.md', '--format', 'xml'],
      ['lint', 'a.md', '--max-warnings', 'many'],
      ['lint', 'a.md', '--stdin-filename', 'x.md'],
      ['lint', 'a.md', '--glossary', 'nope.yaml'],
    ]) {
      const r = await cli(args, {}, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/\S/);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('reads a configuration found upwards, with file:line:column on errors', async () => {
    const dir = project('config', {
      'termlint.config.json': JSON.stringify({ rules: { 'term/avoid': 'warning' }, ignore: ['drafts/'] }, null, 2),
      'docs/bad.md': BAD,
      'drafts/bad.md': BAD,
    });
    const r = await cli(['lint', '.', '--format', 'json'], {}, { cwd: path.join(dir, 'docs') });
    const json = JSON.parse(r.stdout);
    expect(json.summary).toMatchObject({ files: 1, errors: 0, warnings: 1 });
    const all = JSON.parse((await cli(['lint', '.', '--format', 'json'], {}, { cwd: dir })).stdout);
    expect(all.files.map((f: { path: string }) => f.path)).toEqual(['docs/bad.md']);
    const broken = project('config-bad', { '.termlintrc.yaml': 'rules:\n  term/avoid: loud\n', 'a.md': CLEAN });
    const e = await cli(['lint', 'a.md'], {}, { cwd: broken });
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/^termlint: \.termlintrc\.yaml:2:\d+/);
  });

  it('walks directories for .md, .markdown and .txt, honouring .gitignore', async () => {
    const dir = project('walk', {
      '.gitignore': 'build/\n*.draft.md\n',
      'a.md': BAD,
      'b.markdown': BAD,
      'c.txt': BAD,
      'd.rst': BAD,
      'x.draft.md': BAD,
      'build/e.md': BAD,
      'node_modules/f.md': BAD,
    });
    const json = JSON.parse((await cli(['lint', '.', '--format', 'json'], {}, { cwd: dir })).stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['a.md', 'b.markdown', 'c.txt']);
    const glob = JSON.parse((await cli(['lint', '**/*.md', '--format', 'json'], {}, { cwd: dir })).stdout);
    expect(glob.files.map((f: { path: string }) => f.path)).toEqual(['a.md']);
  });

  it('lints standard input under --stdin-filename', async () => {
    const r = await cli(['lint', '-', '--stdin-filename', 'page.md', '--format', 'json'], {}, { stdin: BAD });
    const json = JSON.parse(r.stdout);
    expect(json.files[0].path).toBe('page.md');
    expect(json.summary.errors).toBe(1);
  });

  it('reports a binary or non-UTF-8 file once and goes on with the others', async () => {
    const dir = project('binary', {
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]),
      'gbk.txt': Buffer.from(new Uint8Array(400).map((_, i) => (i % 2 ? 0xd6 : 0xd0))),
      'bad.md': BAD,
    });
    const json = JSON.parse((await cli(['lint', '.', '--format', 'json'], {}, { cwd: dir })).stdout);
    const rules = Object.fromEntries(json.files.map((f: { path: string; diagnostics: { rule: string }[] }) => [f.path, f.diagnostics.map((d) => d.rule)]));
    expect(rules).toEqual({ 'bad.md': ['term/avoid'], 'gbk.txt': ['input/encoding'], 'image.txt': ['input/binary'] });
  });

  it('colours stylish output only on a terminal and never with NO_COLOR', async () => {
    const dir = project('colour', { 'bad.md': BAD });
    expect((await cli(['lint', 'bad.md'], {}, { cwd: dir, isTTY: true })).stdout).toContain('\x1b[');
    expect((await cli(['lint', 'bad.md'], { NO_COLOR: '1' }, { cwd: dir, isTTY: true })).stdout).not.toContain('\x1b[');
    expect((await cli(['lint', 'bad.md'], {}, { cwd: dir })).stdout).not.toContain('\x1b[');
  });

  it('ends stylish output with a per-rule count table', async () => {
    const dir = project('table', { 'warn.txt': WARN });
    const r = await cli(['lint', 'warn.txt'], {}, { cwd: dir });
    expect(r.stdout).toMatch(/script\/mixed\s+\d+/);
    expect(r.stdout).toMatch(/\d+ problems? \(/);
  });
});

describe('progress', () => {
  it('never writes a progress line when stderr is not a terminal', async () => {
    const r = await cli(['lint', 'fixtures/lint', '--format', 'json']);
    expect(r.stderr).toBe('');
  });
});
