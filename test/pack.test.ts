// The published package: `npm pack` holds what the CLI and the library need at run time and little
// else, and a fresh project that installs the tarball can run `npx termlint` and require('termlint').
//
// The install is offline: a consumer's lock file is written from this repository's (the production
// packages, with their registry tarball URLs and integrity), so `npm ci --offline` takes every
// tarball from the npm cache that `npm ci` filled. nodejieba's install script runs as it would for
// a user (allowScripts approves it) and compiles the addon with the local toolchain, as CI does
// for this repository. Needs the build (npm test runs it first).
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const shell = process.platform === 'win32'; // .cmd files run through a shell
const INSTALL_TIMEOUT = 8 * 60_000;

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

interface LockEntry {
  name?: string;
  version: string;
  resolved?: string;
  dev?: boolean;
}

/** A consumer project whose lock file pins the tarball and this repository's production packages. */
function consumerProject(dir: string, tarball: string): void {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const spec = `file:${path.relative(dir, tarball).split(path.sep).join('/')}`;
  const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { termlint: spec } },
    'node_modules/termlint': { version: pkg.version, resolved: spec, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.startsWith('node_modules/') || entry.dev) continue;
    // This repository's lock file omits registry URLs (omit-lockfile-registry-resolved); without
    // one npm would ask the registry for the package's metadata, which an offline install cannot.
    const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    packages[key] = { resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`, ...entry };
  }
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, dependencies: { termlint: spec }, allowScripts: { nodejieba: true } }, null, 2),
  );
  fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));
}

describe('npm pack and install', () => {
  let tmp: string;
  let packed: Packed;
  let project: string;

  beforeAll(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-pack-')));
    // The build is there already; --ignore-scripts keeps prepack from rebuilding dist/ under the other tests.
    const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell });
    packed = (JSON.parse(out) as Packed[])[0]!;
  }, 120_000);

  // Removing the consumer's node_modules (500 packages) takes a while on a busy machine.
  afterAll(async () => {
    if (tmp) await fs.promises.rm(tmp, { recursive: true, force: true });
  }, 180_000);

  it('packs what runs and little else', () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const needed of [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/lint/worker.js',
      'dist/builtin-glossary.json',
      'dist/locales/en.json',
      'dist/locales/zh-Hans.json',
      'dist/locales/zh-Hant.json',
      'glossary/schema.json',
      'glossary/llm.yaml',
      'src/data/jieba/idf.utf8',
      'src/data/jieba/stop_words.utf8',
    ]) {
      expect(files, needed).toContain(needed);
    }
    // Every built-in glossary file is there: the snapshot is used only when they all match it.
    for (const f of fs.readdirSync(path.join(ROOT, 'glossary')).filter((f) => f.endsWith('.yaml'))) expect(files).toContain(`glossary/${f}`);
    const stray = files.filter((f) => /^(test|bench|fixtures|scripts|node_modules|\.ci)\//.test(f) || (f.startsWith('src/') && !f.startsWith('src/data/jieba/')) || f.endsWith('.map'));
    expect(stray).toEqual([]);
    expect(packed.unpackedSize).toBeLessThan(6 * 1024 * 1024);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    for (const target of [pkg.exports['.'].types, pkg.exports['.'].default, pkg.bin.termlint, pkg.main, pkg.types]) {
      expect(files, target).toContain(path.posix.normalize(target));
    }
  });

  it(
    'installs offline into a fresh project, where npx termlint and require("termlint") work',
    () => {
      project = path.join(tmp, 'consumer');
      fs.mkdirSync(project);
      consumerProject(project, path.join(tmp, packed.filename));
      const install = spawnSync(npm, ['ci', '--offline', '--no-audit', '--no-fund'], {
        cwd: project,
        encoding: 'utf8',
        timeout: INSTALL_TIMEOUT,
        env: { ...process.env, npm_config_update_notifier: 'false' },
        shell,
      });
      // ENOTCACHED here means the npm cache lacks a tarball: run `npm ci` first (as .ci/run does).
      expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
      // nodejieba's addon was built (or fetched) by its install script.
      expect(fs.existsSync(path.join(project, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node'))).toBe(true);

      fs.writeFileSync(path.join(project, 'bad.md'), '# 笔记\n\n我们在零射击场景中测试了分类器。\n');
      fs.writeFileSync(path.join(project, 'good.md'), '# 笔记\n\n我们在零样本场景中测试了分类器。\n');
      const env = { ...process.env, LANG: 'C', npm_config_update_notifier: 'false' };
      const bad = spawnSync(npm, ['exec', '--offline', '--no', '--', 'termlint', 'lint', 'bad.md', '--format', 'json'], { cwd: project, encoding: 'utf8', env, shell });
      expect(bad.status, bad.stderr).toBe(1);
      const report = JSON.parse(bad.stdout);
      expect(report.files[0].diagnostics.map((d: { rule: string; text: string }) => [d.rule, d.text])).toEqual([['term/avoid', '零射击']]);
      const good = spawnSync(npm, ['exec', '--offline', '--no', '--', 'termlint', 'lint', 'good.md'], { cwd: project, encoding: 'utf8', env, shell });
      expect(good.status, good.stdout + good.stderr).toBe(0);
      const version = spawnSync(npm, ['exec', '--offline', '--no', '--', 'termlint', '--version'], { cwd: project, encoding: 'utf8', env, shell });
      expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);

      // The library, through the package's exports; the built-in glossary from its snapshot.
      const script = [
        "const t = require('termlint');",
        "const r = t.lint('我们在零射击场景中测试了分类器。', { filePath: 'x.md' });",
        "const snap = require('./node_modules/termlint/dist/glossary/snapshot.js').readSnapshot() !== undefined;",
        "console.log(JSON.stringify({ rules: r.diagnostics.map((d) => d.rule), message: r.diagnostics[0].message, lookup: t.lookup(t.loadGlossary(), '零射击').matches[0].id, version: require('termlint/package.json').version, snap }));",
      ].join('\n');
      const lib = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
      expect(lib.status, lib.stderr).toBe(0);
      const out = JSON.parse(lib.stdout);
      expect(out.rules).toEqual(['term/avoid']);
      expect(out.message).toContain('零样本');
      expect(out.lookup).toBe('zero-shot');
      expect(out.snap).toBe(true);
      // Deep imports stay private.
      const deep = spawnSync(process.execPath, ['-e', "require('termlint/dist/cli/run.js')"], { cwd: project, encoding: 'utf8' });
      expect(deep.status).not.toBe(0);
      expect(deep.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    },
    INSTALL_TIMEOUT + 60_000,
  );
});
