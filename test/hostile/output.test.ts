// Output under pressure: a full disk, a reader that goes away, and text that would drive the terminal.
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers';
import { BAD, CLEAN, spawnCli, tempTrees } from './util';

// Bounded, but generous: a loaded CI machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

const make = tempTrees();

describe.skipIf(!fs.existsSync('/dev/full'))('output errors', () => {
  it('a full disk (> /dev/full) is one line on stderr and exit 2, even for a clean file', async () => {
    const dir = make({ 'clean.md': CLEAN, 'bad.md': BAD });
    for (const file of ['clean.md', 'bad.md']) {
      const r = await spawnCli(['lint', file], { cwd: dir, stdout: '/dev/full' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('termlint: cannot write the output: no space left on device (ENOSPC)\n');
    }
  }, 60_000);
});

describe('EPIPE', () => {
  it('a reader that stops early is no error: nothing on stderr', async () => {
    const dir = make(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.md`, BAD.repeat(50)])));
    const r = await spawnCli(['lint', '.'], {
      cwd: dir,
      stdout: 'pipe',
      onStdout: (child) => child.stdout!.once('data', () => child.stdout!.destroy()),
    });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the findings still decide
  }, 60_000);
});

describe('terminal safety', () => {
  const hostile = '# 標題\n\n這是\x1b[2J\x1b]0;pwned\x07一段文字，有零射擊和\u202e反向文字。\n';
  const name = 'esc\x1b[31mred.md';

  it('stylish shows control characters in excerpts, messages and paths escaped', async () => {
    const dir = make({ [name]: hostile });
    const r = await cli(['lint', '.'], {}, { cwd: dir, isTTY: true });
    expect(r.code).toBe(1);
    // Colours are termlint's own (isTTY): strip them, then no control character may remain.
    const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
    expect(plain).toContain('esc\\x1b[31mred.md');
    expect(plain).toContain('這是\\x1b[2J\\x1b]0;pwned\\x07一段');
    expect(plain).toContain('\\u202e');
  });

  it('keeps the caret under the defect after escaping', async () => {
    const dir = make({ 'a.md': '前\x1b[2J後，零射擊。\n' });
    const r = await cli(['lint', 'a.md', '--rule', 'encoding/mojibake=off', '--rule', 'script/mixed=off'], {}, { cwd: dir });
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('前\\x1b[2J後'));
    const caret = lines[i + 1]!.indexOf('^');
    // 前 is two columns wide, "\x1b[2J" seven, 後， four: 零 starts 13 columns in.
    expect(caret - lines[i]!.indexOf('前')).toBe(13);
  });

  it('GitHub annotations escape control characters too', async () => {
    const dir = make({ [name]: hostile });
    const r = await cli(['lint', '.', '-f', 'github'], {}, { cwd: dir });
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/);
    expect(r.stdout).toContain('file=esc\\x1b[31mred.md');
  });

  it('errors on stderr escape the path they name', async () => {
    const r = await cli(['lint', 'missing\x1b[2J.md'], {}, { cwd: make() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('termlint: no such file or directory: missing\\x1b[2J.md\n');
  });
});
