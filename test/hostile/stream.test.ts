// Output that streams: JSON and SARIF are written a diagnostic at a time, with backpressure, and
// read exactly as if the whole report had been stringified at once.
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run';
import { writeOutput, type CliIO } from '../../src/cli/io';
import { contractDiagnostic, jsonReporter } from '../../src/reporters/json';
import { ArrayWriter, around } from '../../src/reporters/stream';
import { lint } from '../../src/lint/api';
import { summarize } from '../../src/lint/api';
import type { FileResult } from '../../src/core/types';
import { cli } from '../helpers';
import { BAD, CLEAN, tempTrees } from './util';

vi.setConfig({ testTimeout: 60_000 });

const make = tempTrees();

const drain = (r: Iterable<string> | string) => (typeof r === 'string' ? r : [...r].join(''));

describe('streamed JSON pieces', () => {
  it('ArrayWriter and around read like JSON.stringify, empty or not, at any depth', () => {
    for (const items of [[], [1], [{ a: [1, 2], b: 'x[]' }, null, 'y']]) {
      for (const depth of [0, 1, 3]) {
        const w = new ArrayWriter(depth);
        const streamed = items.map((v) => w.item(v)).join('') + w.close();
        expect(streamed).toBe(JSON.stringify(items, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth)));
      }
      // An object whose last property is the streamed array; a "[]" in an earlier value is no trap.
      const [before, after] = around({ path: 'a[]b', list: [] }, 1);
      const w = new ArrayWriter(2);
      const whole = { path: 'a[]b', list: items };
      expect(before + items.map((v) => w.item(v)).join('') + w.close() + after).toBe(JSON.stringify(whole, null, 2).replace(/\n/g, '\n  '));
    }
  });

  it('the JSON reporter gives the bytes of the whole report stringified: no file, empty files, many', () => {
    const results: FileResult[] = [lint(BAD.repeat(3), { filePath: 'a.md' }), lint(CLEAN, { filePath: 'b.md' }), lint(BAD, { filePath: 'c "q".md' })];
    for (const files of [[], [results[1]!], results]) {
      const reporter = jsonReporter();
      let out = '';
      for (const r of files) out += drain(reporter.file({ result: r, text: '' }));
      const summary = summarize(files);
      out += drain(reporter.end(summary));
      const whole = { version: 1, files: files.map((r) => ({ path: r.path, script: r.script, diagnostics: r.diagnostics.map(contractDiagnostic) })), summary };
      expect(out).toBe(JSON.stringify(whole, null, 2) + '\n');
    }
  });
});

describe('many findings', () => {
  const N = 20_000;
  const big = BAD.repeat(N);

  it.each(['json', 'sarif'])('a run with 20,000 findings is valid %s, every finding there', async (format) => {
    const dir = make({ 'big.md': big, 'clean.md': CLEAN });
    const r = await cli(['lint', 'big.md', 'clean.md', '-f', format, '--rule', 'term/avoid=error'], {}, { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    if (format === 'json') {
      expect(report.files.map((f: { path: string }) => f.path)).toEqual(['big.md', 'clean.md']);
      const avoid = report.files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'term/avoid');
      expect(avoid).toHaveLength(N);
      expect(report.summary.errors).toBe(N);
    } else {
      const avoid = report.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'term/avoid');
      expect(avoid).toHaveLength(N);
      expect(avoid[N - 1].locations[0].physicalLocation.region.startLine).toBe(N);
    }
  });

  it('waits for drain when the output is full, and writes in bounded chunks', async () => {
    const dir = make({ 'big.md': big });
    const chunks: string[] = [];
    let waiting = false;
    let drains = 0;
    const io: CliIO = {
      stdout: (t) => {
        expect(waiting).toBe(false); // nothing written while the stream asked to wait
        chunks.push(t);
        return false; // always full
      },
      drain: () => {
        waiting = true;
        drains++;
        return new Promise((resolve) => setImmediate(() => ((waiting = false), resolve())));
      },
      stderr: () => undefined,
      env: { LANG: 'C' },
      cwd: dir,
      isTTY: false,
    };
    expect(await run(['lint', 'big.md', '-f', 'json'], io)).toBe(1);
    expect(drains).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(10);
    // Pieces are gathered to about 64 KB; one diagnostic more at most.
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(64 * 1024 + 4096);
    expect(JSON.parse(chunks.join('')).files[0].diagnostics.length).toBeGreaterThanOrEqual(N);
  });

  it('writeOutput passes a plain string through whole', async () => {
    const got: string[] = [];
    await writeOutput({ stdout: (t) => void got.push(t), stderr: () => undefined, env: {}, cwd: '.', isTTY: false }, 'abc');
    expect(got).toEqual(['abc']);
  });
});
