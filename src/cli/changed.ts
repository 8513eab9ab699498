// --changed-since <ref> and --changed-lines: which files (and lines) git says changed since a
// revision. Files: `git diff --name-only <ref>` (committed, staged and unstaged changes) plus
// untracked files that are not ignored. Lines: the new side of `git diff -U0 <ref>`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TermlintError } from '../errors';
import type { Diagnostic } from '../core/types';

/** Changed lines of one file: 'all' for a file git does not track yet. */
export type ChangedLines = Set<number> | 'all';

export interface Changes {
  /** Real paths of changed files that exist, with their changed lines when asked for. */
  files: Map<string, ChangedLines>;
}

const realpath = (p: string) => {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
};

function git(cwd: string, args: string[]): { ok: true; out: string } | { ok: false; detail: string; missing?: boolean } {
  try {
    const out = execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' },
    });
    return { ok: true, out };
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') return { ok: false, detail: 'git not found', missing: true };
    return { ok: false, detail: (e.stderr ?? e.message).trim().split('\n')[0] ?? '' };
  }
}

/** A path git printed in quotes ("a\tb.md", "\346\226\207.md") as the path itself. */
export function unquote(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const named: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(named[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Line numbers on the new side of a zero-context diff, by path relative to the repository root. */
export function parseUnifiedZero(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      if (name === '/dev/null') current = undefined;
      else {
        const p = unquote(name).replace(/^b\//, '');
        current = out.get(p) ?? new Set();
        out.set(p, current);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return out;
}

/** What changed since `ref` in the repository that holds `cwd`; exit 2 outside one or for an unknown ref. */
export function changedSince(cwd: string, ref: string, withLines: boolean): Changes {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new TermlintError(top.missing ? 'gitMissing' : 'gitNoRepository', { dir: cwd, detail: top.detail });
  const root = top.out.trim();
  const commit = ref.startsWith('-') ? undefined : git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit?.ok) throw new TermlintError('gitUnknownRef', { ref });
  const sha = commit.out.trim();
  const run = (args: string[]) => {
    const r = git(root, args);
    if (!r.ok) throw new TermlintError('gitFailed', { detail: r.detail });
    return r.out;
  };
  const split = (out: string) => out.split('\0').filter(Boolean);
  const changed = split(run(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', sha, '--']));
  const untracked = split(run(['ls-files', '-z', '--others', '--exclude-standard']));
  const lines = withLines ? parseUnifiedZero(run(['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', sha, '--'])) : undefined;
  const files = new Map<string, ChangedLines>();
  for (const rel of changed) files.set(realpath(path.join(root, rel)), lines?.get(rel) ?? new Set());
  for (const rel of untracked) files.set(realpath(path.join(root, rel)), 'all');
  return { files };
}

/** Whether a diagnostic touches a changed line (problems with the file as a whole always do). */
export function onChangedLine(d: Diagnostic, lines: ChangedLines): boolean {
  if (lines === 'all' || d.rule.startsWith('input/')) return true;
  for (let n = d.line; n <= Math.max(d.line, d.endLine); n++) if (lines.has(n)) return true;
  return false;
}

export { realpath as realPath };
