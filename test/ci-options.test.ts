// Adopting termlint in CI: --baseline / --update-baseline, --changed-since / --changed-lines and
// --cache, each in a temporary folder (a git repository where git matters).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextHash, serializeBaseline } from '../src/cli/baseline';
import { parseUnifiedZero, unquote } from '../src/cli/changed';
import { cli } from './helpers';

// Sentences written for these tests; "零射击" is an avoided rendering of zero-shot (term/avoid, error).
const BAD = '我们在零射击场景中测试了分类器。';
const BAD2 = '另一段也提到零射击的设定。';
const GOOD = '这一段没有术语问题。';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-ci-')));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
  });

function repo(files: Record<string, string>): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  for (const [f, text] of Object.entries(files)) write(dir, f, text);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'start');
  return dir;
}

interface Found {
  path: string;
  line: number;
  rule: string;
  text: string;
}
async function lintJson(dir: string, args: string[]): Promise<{ code: number; found: Found[]; stderr: string }> {
  const r = await cli(['lint', ...args, '--format', 'json'], {}, { cwd: dir });
  const json = r.stdout ? JSON.parse(r.stdout) : { files: [] };
  const found = (json.files as { path: string; diagnostics: Found[] }[]).flatMap((f) =>
    f.diagnostics.map((d) => ({ path: f.path.split(path.sep).join('/'), line: d.line, rule: d.rule, text: d.text })),
  );
  return { code: r.code, found, stderr: r.stderr };
}

const doc = (...paras: string[]) => `# 笔记\n\n${paras.join('\n\n')}\n`;

describe('--baseline / --update-baseline', () => {
  it('adopts a folder with findings, then fails only on new ones, wherever lines move', async () => {
    const dir = tempDir();
    write(dir, 'docs/a.md', doc(BAD, GOOD, BAD2));
    write(dir, 'docs/b.md', doc(GOOD));
    expect((await cli(['lint', 'docs'], {}, { cwd: dir })).code).toBe(1);

    const adopt = await cli(['lint', 'docs', '--update-baseline'], {}, { cwd: dir });
    expect(adopt.code).toBe(0);
    expect(adopt.stdout).toContain('2 findings in 1 file');
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'termlint-baseline.json'), 'utf8'));
    expect(written.version).toBe(1);
    expect(Object.keys(written.files)).toEqual(['docs/a.md']);
    expect(written.files['docs/a.md'].map((e: { rule: string; text: string }) => [e.rule, e.text])).toEqual([
      ['term/avoid', '零射击'],
      ['term/avoid', '零射击'],
    ]);

    const again = await cli(['lint', 'docs', '--baseline', 'termlint-baseline.json'], {}, { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 known findings in the baseline termlint-baseline.json not reported');

    // Lines inserted above, and an unrelated edit elsewhere: still known.
    write(dir, 'docs/a.md', `前言。\n\n${doc('新增的一段。', BAD, GOOD, '又一段新文字。', BAD2)}`);
    const moved = await lintJson(dir, ['docs', '--baseline', 'termlint-baseline.json']);
    expect(moved.code).toBe(0);
    expect(moved.found).toEqual([]);

    // One new finding (in a new sentence) fails the run and is the only one reported.
    write(dir, 'docs/a.md', `前言。\n\n${doc('新增的一段。', BAD, GOOD, '又一段新文字。', BAD2, '新写的零射击句子。')}`);
    const added = await lintJson(dir, ['docs', '--baseline', 'termlint-baseline.json']);
    expect(added.code).toBe(1);
    expect(added.found).toEqual([{ path: 'docs/a.md', line: 15, rule: 'term/avoid', text: '零射击' }]);
    expect(added.stderr).toContain('2 known findings');
  });

  it('counts identical fingerprints: two known and three found is one new', async () => {
    const dir = tempDir();
    write(dir, 'a.md', doc(BAD, BAD));
    expect((await cli(['lint', 'a.md', '--update-baseline', '--baseline', 'base.json'], {}, { cwd: dir })).code).toBe(0);
    const base = JSON.parse(fs.readFileSync(path.join(dir, 'base.json'), 'utf8'));
    expect(base.files['a.md']).toHaveLength(1);
    expect(base.files['a.md'][0].count).toBe(2);
    write(dir, 'a.md', doc(BAD, BAD, BAD));
    const r = await lintJson(dir, ['a.md', '--baseline', 'base.json']);
    expect(r.code).toBe(1);
    expect(r.found).toHaveLength(1);
    expect(r.found[0]!.line).toBe(7); // the last of the three
  });

  it('fingerprints the line, not its number: an edit on the same line makes the finding new', async () => {
    const dir = tempDir();
    write(dir, 'a.md', doc(BAD));
    await cli(['lint', 'a.md', '--update-baseline'], {}, { cwd: dir });
    write(dir, 'a.md', doc(BAD.replace('分类器', '检测器')));
    const r = await lintJson(dir, ['a.md', '--baseline', 'termlint-baseline.json']);
    expect(r.code).toBe(1);
    expect(r.found.map((f) => f.text)).toEqual(['零射击']);
  });

  it('writes stable, sorted JSON, and keeps entries of files the run did not see', async () => {
    const dir = tempDir();
    write(dir, 'z.md', doc(BAD));
    write(dir, 'a.md', doc(BAD2));
    await cli(['lint', '.', '--update-baseline'], {}, { cwd: dir });
    const first = fs.readFileSync(path.join(dir, 'termlint-baseline.json'), 'utf8');
    expect(Object.keys(JSON.parse(first).files)).toEqual(['a.md', 'z.md']);
    await cli(['lint', '.', '--update-baseline'], {}, { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'termlint-baseline.json'), 'utf8')).toBe(first);
    // Updating from one file keeps the other's entries.
    await cli(['lint', 'a.md', '--update-baseline'], {}, { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'termlint-baseline.json'), 'utf8')).toBe(first);
    // A file that is gone loses its entries.
    fs.rmSync(path.join(dir, 'z.md'));
    await cli(['lint', 'a.md', '--update-baseline'], {}, { cwd: dir });
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'termlint-baseline.json'), 'utf8')).files)).toEqual(['a.md']);
    expect(serializeBaseline({ version: 1, files: { b: [], a: [{ count: 1, context: 'c', text: 't', rule: 'r' }] } })).toBe(
      '{\n  "version": 1,\n  "files": {\n    "a": [\n      {\n        "rule": "r",\n        "text": "t",\n        "context": "c",\n        "count": 1\n      }\n    ]\n  }\n}\n',
    );
  });

  it('says clearly when the baseline is missing or not one, exit 2, and changes nothing', async () => {
    const dir = tempDir();
    write(dir, 'a.md', doc(BAD));
    const missing = await cli(['lint', 'a.md', '--baseline', 'nope.json'], {}, { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('baseline file not found: nope.json');
    for (const [text, why] of [
      ['{ not json', 'is not a termlint baseline'],
      ['{"version": 2, "files": {}}', '"version": 1'],
      ['{"version": 1, "files": {"a.md": [{"rule": "x"}]}}', '"a.md"'],
    ]) {
      write(dir, 'bad.json', text!);
      const r = await cli(['lint', 'a.md', '--baseline', 'bad.json'], {}, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(why!);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(fs.readFileSync(path.join(dir, 'bad.json'), 'utf8')).toBe(text);
    }
  });

  it('works for termlint check, by key and text', async () => {
    const dir = tempDir();
    write(dir, 'en/common.json', JSON.stringify({ intro: 'We test the classifier in a zero-shot setting.', other: 'Nothing here.' }));
    write(dir, 'zh-CN/common.json', JSON.stringify({ intro: BAD, other: GOOD }));
    const args = ['check', '--source', 'en/common.json', '--target', 'zh-CN/common.json', '--format', 'json'];
    const before = await cli(args, {}, { cwd: dir });
    expect(before.code).toBe(1);
    expect((await cli([...args, '--update-baseline'], {}, { cwd: dir })).code).toBe(0);
    const base = JSON.parse(fs.readFileSync(path.join(dir, 'termlint-baseline.json'), 'utf8'));
    expect(base.files['zh-CN/common.json']).toContainEqual(expect.objectContaining({ rule: 'term/avoid', key: 'intro', text: '零射击' }));
    expect((await cli([...args, '--baseline', 'termlint-baseline.json'], {}, { cwd: dir })).code).toBe(0);
    write(dir, 'zh-CN/common.json', JSON.stringify({ intro: BAD, other: '这里也有零射击。' }));
    const after = await cli([...args, '--baseline', 'termlint-baseline.json'], {}, { cwd: dir });
    expect(after.code).toBe(1);
    const keys = JSON.parse(after.stdout).files.flatMap((f: { diagnostics: { key: string }[] }) => f.diagnostics.map((d) => d.key));
    expect(keys).toEqual(['other']);
  });

  it('hashes the line around the finding with the finding blanked', () => {
    const text = 'first line\n我们在零射击场景中。\nlast';
    const offset = text.indexOf('零射击');
    const moved = `inserted\n\n${text}`;
    expect(contextHash(moved, { offset: moved.indexOf('零射击'), length: 3 })).toBe(contextHash(text, { offset, length: 3 }));
    expect(contextHash(text.replace('场景', '环境'), { offset, length: 3 })).not.toBe(contextHash(text, { offset, length: 3 }));
    // The finding's own text is not part of the context: another avoided word in the same place matches.
    expect(contextHash(text.replace('零射击', 'XYZ'), { offset, length: 3 })).toBe(contextHash(text, { offset, length: 3 }));
    // A long paragraph is one line: an edit far from the finding on that line leaves it matched.
    const long = `${'前面的文字。'.repeat(20)}我们在零射击场景中。${'后面的文字。'.repeat(20)}`;
    const at = long.indexOf('零射击');
    const edited = long.replace('前面的文字。', '改过的开头。');
    expect(contextHash(edited, { offset: at, length: 3 })).toBe(contextHash(long, { offset: at, length: 3 }));
    expect(contextHash(long.replace('场景', '环境'), { offset: at, length: 3 })).not.toBe(contextHash(long, { offset: at, length: 3 }));
  });
});

describe('--changed-since / --changed-lines', () => {
  it('lints only files changed since the ref, untracked ones included, ignored ones not', async () => {
    const dir = repo({ '.gitignore': 'skip.md\n', 'a.md': doc(BAD), 'b.md': doc(GOOD), 'c.md': doc(GOOD) });
    write(dir, 'b.md', doc(GOOD, BAD2)); // unstaged change
    write(dir, 'new.md', doc(BAD)); // untracked
    write(dir, 'skip.md', doc(BAD)); // ignored by git
    git(dir, 'add', 'b.md');
    const r = await lintJson(dir, ['.', '--changed-since', 'HEAD']);
    expect(r.code).toBe(1);
    expect([...new Set(r.found.map((f) => f.path))].sort()).toEqual(['b.md', 'new.md']);
    // Committed changes count too.
    git(dir, 'commit', '-q', '-m', 'b');
    const since = await lintJson(dir, ['.', '--changed-since', 'HEAD~1']);
    expect([...new Set(since.found.map((f) => f.path))].sort()).toEqual(['b.md', 'new.md']);
    const none = await lintJson(dir, ['a.md', '--changed-since', 'HEAD']);
    expect(none.code).toBe(0);
    expect(none.found).toEqual([]);
  });

  it('--changed-lines keeps findings on changed lines (all of an untracked file)', async () => {
    const dir = repo({ 'a.md': doc(BAD, GOOD) });
    write(dir, 'a.md', doc(BAD, GOOD, BAD2));
    write(dir, 'n.md', doc(BAD, BAD2));
    const all = await lintJson(dir, ['.', '--changed-since', 'HEAD']);
    expect(all.found.map((f) => `${f.path}:${f.line}`)).toEqual(['a.md:3', 'a.md:7', 'n.md:3', 'n.md:5']);
    const lines = await lintJson(dir, ['.', '--changed-since', 'HEAD', '--changed-lines']);
    expect(lines.found.map((f) => `${f.path}:${f.line}`)).toEqual(['a.md:7', 'n.md:3', 'n.md:5']);
  });

  it('exits 2 with a clear message outside a repository, for an unknown ref, and without --changed-since', async () => {
    const plain = tempDir();
    write(plain, 'a.md', doc(BAD));
    const outside = await cli(['lint', 'a.md', '--changed-since', 'HEAD'], {}, { cwd: plain });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('needs a git repository');
    const dir = repo({ 'a.md': doc(BAD) });
    for (const ref of ['no-such-branch', '--output=x']) {
      const r = await cli(['lint', 'a.md', `--changed-since=${ref}`], {}, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`unknown git revision "${ref}"`);
    }
    expect(fs.existsSync(path.join(dir, 'x'))).toBe(false);
    const lonely = await cli(['lint', 'a.md', '--changed-lines'], {}, { cwd: dir });
    expect(lonely.code).toBe(2);
    expect(lonely.stderr).toContain('--changed-lines needs --changed-since');
  });

  it('reads zero-context diffs, quoted paths included', () => {
    const diff = [
      'diff --git a/x.md b/x.md',
      '--- a/x.md',
      '+++ b/x.md',
      '@@ -3,0 +4,2 @@',
      '+one',
      '+two',
      '@@ -9 +11 @@',
      '-old',
      '+new',
      '@@ -20,2 +21,0 @@',
      '--- a/"q\\"t.md"',
      '+++ "b/\\346\\226\\207 a.md"',
      '@@ -1 +1 @@',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
    ].join('\n');
    const lines = parseUnifiedZero(diff);
    expect([...lines.get('x.md')!]).toEqual([4, 5, 11]);
    expect([...lines.get('文 a.md')!]).toEqual([1]);
    expect(lines.has('gone.md')).toBe(false);
    expect(unquote('"a\\tb"')).toBe('a\tb');
  });
});

describe('--cache', () => {
  const cachePath = (dir: string) => path.join(dir, 'node_modules', '.cache', 'termlint', 'lint-cache.json');

  it('reuses results of unchanged files and lints changed ones again', async () => {
    const dir = tempDir();
    write(dir, 'a.md', doc(BAD));
    write(dir, 'b.md', doc(BAD2));
    const first = await lintJson(dir, ['.', '--cache']);
    expect(first.found.map((f) => f.path)).toEqual(['a.md', 'b.md']);
    const cache = JSON.parse(fs.readFileSync(cachePath(dir), 'utf8'));
    expect(Object.keys(cache.files).map((f) => path.basename(f))).toEqual(['a.md', 'b.md']);
    expect((await lintJson(dir, ['.', '--cache'])).found).toEqual(first.found);

    // A result that comes from the cache is whatever the cache says: empty it for both files.
    for (const f of Object.values(cache.files) as { diagnostics: unknown[] }[]) f.diagnostics = [];
    fs.writeFileSync(cachePath(dir), JSON.stringify(cache));
    expect((await lintJson(dir, ['.', '--cache'])).found).toEqual([]);
    // A changed file is linted again; the unchanged one still comes from the cache.
    write(dir, 'b.md', doc(GOOD, BAD2));
    expect((await lintJson(dir, ['.', '--cache'])).found.map((f) => `${f.path}:${f.line}`)).toEqual(['b.md:5']);
    // Other settings (here a rule's severity) make the whole cache stale.
    const warned = await cli(['lint', '.', '--cache', '--rule', 'term/avoid=warning', '--format', 'json'], {}, { cwd: dir });
    expect(JSON.parse(warned.stdout).summary).toMatchObject({ errors: 0, warnings: 2 });
  });

  it('merges cached and freshly linted files in file order, on worker threads too', async () => {
    const dir = tempDir();
    for (const name of ['a', 'b', 'c', 'd']) write(dir, `${name}.md`, doc(BAD));
    const first = await lintJson(dir, ['.', '--cache', '-j', '2']);
    expect(first.found.map((f) => f.path)).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
    write(dir, 'b.md', doc(GOOD, BAD));
    write(dir, 'd.md', doc(GOOD, GOOD, BAD));
    const second = await lintJson(dir, ['.', '--cache', '-j', '2']);
    expect(second.found.map((f) => `${f.path}:${f.line}`)).toEqual(['a.md:3', 'b.md:5', 'c.md:3', 'd.md:7']);
  });

  it('ignores and rewrites a corrupt cache file; --cache-location picks the place', async () => {
    const dir = tempDir();
    write(dir, 'a.md', doc(BAD));
    fs.mkdirSync(path.dirname(cachePath(dir)), { recursive: true });
    fs.writeFileSync(cachePath(dir), '{"version": 1, "key": ');
    const r = await lintJson(dir, ['a.md', '--cache']);
    expect(r.found).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(fs.readFileSync(cachePath(dir), 'utf8')).version).toBe(1);

    const own = await lintJson(dir, ['a.md', '--cache', '--cache-location', 'tmp/c/']);
    expect(own.found).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'tmp', 'c', 'lint-cache.json'))).toBe(true);
    const needs = await cli(['lint', 'a.md', '--cache-location', 'x.json'], {}, { cwd: dir });
    expect(needs.code).toBe(2);
  });

  it('does not hide a failure to write the cache, and the results stay right', async () => {
    const dir = tempDir();
    write(dir, 'a.md', doc(BAD));
    write(dir, 'blocker', 'a file where a folder should be');
    const r = await lintJson(dir, ['a.md', '--cache', '--cache-location', 'blocker/cache.json']);
    expect(r.found).toHaveLength(1);
    expect(r.stderr).toContain('cannot write the cache');
  });
});
