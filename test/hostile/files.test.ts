// Hostile file trees: symbolic link cycles, FIFOs and devices, unreadable paths, ignore files.
// Every case must end (vitest's timeout bounds it), name the path, and let the run go on.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers';
import { BAD, CLEAN, HAS_MKFIFO, IS_ROOT, rulesByFile, spawnCli, tempTrees } from './util';

// Bounded, but generous: a loaded CI machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

const make = tempTrees();
const mkfifo = (p: string) => execFileSync('mkfifo', [p]);

describe('symbolic links: globs and walks agree, cycles end', () => {
  function cyclic(): string {
    const dir = make({ 'docs/a.md': BAD, 'docs/sub/b.md': CLEAN });
    fs.symlinkSync('..', path.join(dir, 'docs/sub/up'));
    fs.symlinkSync('../..', path.join(dir, 'docs/sub/up2'));
    fs.symlinkSync('a.md', path.join(dir, 'docs/link.md'));
    return dir;
  }

  for (const follow of [false, true]) {
    it(`lists each real file once through a cycle of two links${follow ? ' with --follow-symlinks' : ''}`, async () => {
      const dir = cyclic();
      const extra = follow ? ['--follow-symlinks'] : [];
      const walked = await cli(['lint', 'docs', '-f', 'json', ...extra], {}, { cwd: dir });
      const globbed = await cli(['lint', '**/*.md', '-f', 'json', ...extra], {}, { cwd: dir });
      expect(Object.keys(rulesByFile(walked.stdout))).toEqual(['docs/a.md', 'docs/sub/b.md']);
      expect(Object.keys(rulesByFile(globbed.stdout))).toEqual(['docs/a.md', 'docs/sub/b.md']);
      if (follow) expect(walked.stderr).toBe('');
      // Not following: the three links are counted, not silently dropped.
      else expect(walked.stderr).toMatch(/3 symbolic links inside folders skipped.*--follow-symlinks/);
    });
  }

  it('lists every skipped link with --verbose', async () => {
    const dir = cyclic();
    const r = await cli(['lint', 'docs', '--verbose', '-q'], {}, { cwd: dir });
    expect(r.stderr).toContain('skipped symbolic link docs/link.md');
    expect(r.stderr).toContain('skipped symbolic link docs/sub/up');
  });

  it('follows a link into another folder once, and names a second path to a file seen already', async () => {
    const dir = make({ 'real/x.md': BAD, 'docs/y.md': CLEAN });
    fs.symlinkSync('../real', path.join(dir, 'docs/alias'));
    fs.symlinkSync('../real/x.md', path.join(dir, 'docs/x-again.md'));
    const r = await cli(['lint', 'docs', 'real', '--follow-symlinks', '--verbose', '-f', 'json'], {}, { cwd: dir });
    expect(Object.keys(rulesByFile(r.stdout))).toEqual(['docs/alias/x.md', 'docs/y.md']);
    expect(r.stderr).toContain('skipped docs/x-again.md');
  });

  it('follows a link named on the command line, and reports a link loop or a broken link by name', async () => {
    const dir = make({ 'a.md': BAD });
    fs.symlinkSync('a.md', path.join(dir, 'named.md'));
    fs.symlinkSync('self.md', path.join(dir, 'self.md'));
    fs.symlinkSync('missing.md', path.join(dir, 'broken.md'));
    const r = await cli(['lint', 'named.md', 'self.md', 'broken.md', '-f', 'json'], {}, { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string; diagnostics: { rule: string; message: string }[] }) => [f.path, f.diagnostics[0]!.rule])).toEqual([
      ['named.md', 'term/avoid'],
      ['self.md', 'input/unreadable'],
      ['broken.md', 'input/unreadable'],
    ]);
    expect(report.files[1].diagnostics[0].message).toContain('ELOOP');
    expect(report.files[2].diagnostics[0].message).toContain('broken symbolic link');
    expect(r.code).toBe(1);
  });
});

describe.skipIf(!HAS_MKFIFO)('FIFOs and devices are reported, never read', () => {
  it('reports a FIFO named, found in a folder, or matched by a glob, and lints the rest', async () => {
    const dir = make({ 'docs/a.md': BAD });
    mkfifo(path.join(dir, 'docs/pipe.md'));
    mkfifo(path.join(dir, 'named.txt'));
    for (const args of [['docs', 'named.txt'], ['docs/*.md', 'named.txt']]) {
      const r = await cli(['lint', ...args, '-f', 'json'], {}, { cwd: dir });
      expect(rulesByFile(r.stdout)).toEqual({ 'docs/a.md': ['term/avoid'], 'docs/pipe.md': ['input/not-regular'], 'named.txt': ['input/not-regular'] });
      expect(r.stdout).toContain('named pipe (FIFO)');
    }
  });

  it('reports /dev/zero named directly or through a link, for lint and check', async () => {
    const dir = make({ 'a.md': CLEAN });
    fs.symlinkSync('/dev/zero', path.join(dir, 'z.po'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'z.md'));
    const lint = await cli(['lint', 'a.md', '/dev/zero', 'z.md', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(lint.stdout)).toEqual({ 'a.md': [], '/dev/zero': ['input/not-regular'], 'z.md': ['input/not-regular'] });
    const check = await cli(['check', '/dev/zero', 'z.po', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(check.stdout)).toEqual({ '/dev/zero': ['input/not-regular'], 'z.po': ['input/not-regular'] });
    expect(check.stdout).toContain('character device');
  });

  it('reports a FIFO .gitignore and a FIFO configuration instead of waiting on them', async () => {
    const dir = make({ 'docs/a.md': BAD });
    mkfifo(path.join(dir, 'docs/.gitignore'));
    const r = await cli(['lint', 'docs', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(r.stdout)).toEqual({ 'docs/.gitignore': ['input/not-regular'], 'docs/a.md': ['term/avoid'] });
    mkfifo(path.join(dir, 'termlint.config.json'));
    const c = await cli(['lint', 'docs'], {}, { cwd: dir });
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/cannot read configuration .*termlint\.config\.json \(not a regular file: named pipe/);
    const d = await cli(['lint', 'docs/a.md', '--config', '/dev/zero'], {}, { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('character device');
  });

  it('reports a directory where check expects a file (EISDIR), naming it', async () => {
    const dir = make({ 'cat.po/readme.txt': 'x' });
    const r = await cli(['check', 'cat.po', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(r.stdout)).toEqual({ 'cat.po': ['input/not-regular'] });
    expect(r.stdout).toContain('directory');
  });
});

describe('unreadable paths are named and the run goes on', () => {
  it('reports a name too long (ENAMETOOLONG) and lints the other files', async () => {
    const dir = make({ 'a.md': BAD });
    const long = `${'长'.repeat(100)}.md`; // 300 bytes in one component: over NAME_MAX
    const r = await cli(['lint', long, 'a.md', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(r.stdout)).toEqual({ [long]: ['input/unreadable'], 'a.md': ['term/avoid'] });
    expect(r.stdout).toContain('ENAMETOOLONG');
  });

  it('reports an unreadable file and an unreadable subdirectory (EACCES) by name', async () => {
    const dir = make({ 'docs/a.md': BAD, 'docs/locked.md': CLEAN, 'docs/secret/b.md': CLEAN });
    fs.chmodSync(path.join(dir, 'docs/locked.md'), 0o000);
    fs.chmodSync(path.join(dir, 'docs/secret'), 0o000);
    // root reads everything: run the check as nobody.
    let stdout: string;
    if (IS_ROOT) {
      fs.chmodSync(dir, 0o755);
      const r = await spawnCli(['lint', 'docs', '-f', 'json'], { cwd: dir, uid: 65534 });
      expect(r.code).toBe(1);
      stdout = r.stdout;
    } else stdout = (await cli(['lint', 'docs', '-f', 'json'], {}, { cwd: dir })).stdout;
    expect(rulesByFile(stdout)).toEqual({ 'docs/a.md': ['term/avoid'], 'docs/locked.md': ['input/unreadable'], 'docs/secret': ['input/unreadable'] });
    expect(stdout).toContain('EACCES');
    expect(stdout).toContain('cannot read this directory');
  }, 60_000);

  it('reports an unreadable document-pair source instead of skipping the term check silently', async () => {
    const dir = make({ 'zh.md': CLEAN });
    fs.symlinkSync('en.md', path.join(dir, 'en.md')); // a loop: ELOOP
    const r = await cli(['check', '--source', 'en.md', '--target', 'zh.md', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(r.stdout)).toEqual({ 'en.md': ['input/unreadable'], 'zh.md': [] });
  });
});

describe('named inputs are never dropped silently (ESLint-style)', () => {
  const ignored = () => make({ '.gitignore': '# generated\nbuild/\ndrafts/\n', 'build/docs/a.md': BAD, 'docs/drafts/d.md': BAD, 'docs/ok.md': CLEAN });

  it('a folder covered by .gitignore: exit 2 naming the pattern and its line; --no-ignore lints it', async () => {
    const dir = ignored();
    const r = await cli(['lint', 'build/docs'], {}, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.gitignore:2 ("build/")');
    const all = await cli(['lint', 'build/docs', '--no-ignore', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(all.stdout)).toEqual({ 'build/docs/a.md': ['term/avoid'] });
  });

  it('a file named on the command line is linted even if ignored, and --verbose says so', async () => {
    const dir = ignored();
    const r = await cli(['lint', 'build/docs/a.md', '--verbose', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(r.stdout)).toEqual({ 'build/docs/a.md': ['term/avoid'] });
    expect(r.stderr).toContain('but it was named, so it is linted');
  });

  it('ignore rules still apply inside a named folder', async () => {
    const r = await cli(['lint', 'docs', '-f', 'json'], {}, { cwd: ignored() });
    expect(Object.keys(rulesByFile(r.stdout))).toEqual(['docs/ok.md']);
  });

  it('a glob matching nothing, a glob whose matches are all ignored, a folder with nothing to lint: exit 2', async () => {
    const dir = ignored();
    fs.mkdirSync(path.join(dir, 'empty'));
    const none = await cli(['lint', 'nothing/**/*.md'], {}, { cwd: dir });
    expect([none.code, none.stderr]).toEqual([2, 'termlint: no files match nothing/**/*.md\n']);
    const ign = await cli(['lint', 'build/**/*.md'], {}, { cwd: dir });
    expect(ign.code).toBe(2);
    expect(ign.stderr).toContain('ignored by .gitignore:2');
    const empty = await cli(['lint', 'empty'], {}, { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no files to lint in empty');
  });

  it("names the configuration's ignore pattern", async () => {
    const dir = make({ 'termlint.config.json': '{ "ignore": ["vendor/"] }\n', 'vendor/v.md': BAD });
    const r = await cli(['lint', 'vendor'], {}, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('termlint.config.json ("vendor/")');
  });
});

describe('configuration and threads', () => {
  it('two configuration files in one folder: an error naming both', async () => {
    const dir = make({ 'a.md': CLEAN, 'termlint.config.json': '{}\n', '.termlintrc.yaml': 'rules: {}\n' });
    const r = await cli(['lint', 'a.md'], {}, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('termlint.config.json, .termlintrc.yaml');
  });

  it('caps -j at the number of CPUs and says so', async () => {
    const dir = make({ 'a.md': CLEAN, 'b.md': BAD });
    const cpus = os.availableParallelism();
    const r = await cli(['lint', '.', '-j', String(cpus + 1000), '-f', 'json'], {}, { cwd: dir });
    expect(r.stderr).toContain(`-j ${cpus + 1000} capped at ${cpus}`);
    expect(rulesByFile(r.stdout)).toEqual({ 'a.md': [], 'b.md': ['term/avoid'] });
  }, 60_000);
});

describe.skipIf(!HAS_MKFIFO)('a glossary that is not a regular file', () => {
  it('is refused with its path and exit 2, never read', async () => {
    const dir = make({ 'a.md': CLEAN });
    mkfifo(path.join(dir, 'terms.yaml'));
    const r = await cli(['lint', 'a.md', '--glossary', 'terms.yaml'], {}, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/terms\.yaml.*not a regular file/);
  });
});
