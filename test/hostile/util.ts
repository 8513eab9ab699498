// Shared by the hostile suite: temporary trees, and the built CLI in a child process for what only
// a real process shows (file descriptors, uid, exit code after an output error).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ROOT } from '../helpers';

export const MAIN = path.join(ROOT, 'dist', 'cli', 'main.js');
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const HAS_MKFIFO = process.platform !== 'win32';

export const BAD = '大模型具有零射击能力。\n'; // term/avoid on 零射击
export const CLEAN = '注意力机制让模型关注输入中的重要部分。\n';

/** A fresh temporary folder holding `files` (string or bytes), removed by `cleanup`. */
export function tree(files: Record<string, string | Buffer> = {}): { dir: string; cleanup: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-hostile-')));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return {
    dir,
    cleanup: () => {
      // Give back permissions taken away by a test before removing.
      const stack = [dir];
      while (stack.length) {
        const d = stack.pop()!;
        try {
          fs.chmodSync(d, 0o755);
          for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) stack.push(path.join(d, e.name));
        } catch {
          // already gone
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli/main.js args` with the given stdin/stdout (a path opened for it, or 'pipe').
 * Killed after `killAfterMs` so that a hang fails the test instead of the suite.
 */
export function spawnCli(
  args: string[],
  options: { cwd: string; stdin?: string; stdout?: string | 'pipe'; uid?: number; gid?: number; killAfterMs?: number; onStdout?: (child: import('node:child_process').ChildProcess) => void } = { cwd: ROOT },
): Promise<Spawned> {
  const stdin = options.stdin ? fs.openSync(options.stdin, 'r') : 'ignore';
  const stdout = options.stdout && options.stdout !== 'pipe' ? fs.openSync(options.stdout, 'w') : 'pipe';
  const child = spawn(process.execPath, [MAIN, ...args], {
    cwd: options.cwd,
    stdio: [stdin, stdout, 'pipe'],
    env: { ...process.env, LANG: 'C', TERMLINT_LOCALE: 'en', NO_COLOR: '1' },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  for (const fd of [stdin, stdout]) if (typeof fd === 'number') fs.closeSync(fd);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  options.onStdout?.(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: out, stderr: err });
    });
  });
}

/** Rule ids per file path, from JSON output. */
export function rulesByFile(json: string): Record<string, string[]> {
  const report = JSON.parse(json) as { files: { path: string; diagnostics: { rule: string }[] }[] };
  return Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]));
}

/** Temporary trees for one test file, removed after each test: `const make = tempTrees();`. */
export function tempTrees(): (files?: Record<string, string | Buffer>) => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups) c();
    cleanups = [];
  });
  return (files = {}) => {
    const t = tree(files);
    cleanups.push(t.cleanup);
    return t.dir;
  };
}
