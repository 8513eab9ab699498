// --fix and --fix-dry-run: safe fixes only, atomic writes that keep encoding, BOM, line endings and
// mode, a fixed point (a second run changes nothing), code untouched, every check format still valid.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-fix-'));
const json = (stdout: string) => JSON.parse(stdout) as { files: { path: string; diagnostics: { rule: string; fix?: unknown; text: string }[] }[] };
const fixable = (stdout: string) => json(stdout).files.flatMap((f) => f.diagnostics).filter((d) => d.fix);

describe('lint --fix', () => {
  const original = fs.readFileSync(path.join(FIXTURES, 'fix', 'survey.zh-Hant.md'), 'utf8');

  it('fixes what is safe, keeps BOM, CRLF and mode, and reaches a fixed point', async () => {
    const dir = tmp();
    const file = path.join(dir, 'doc.md');
    const crlf = '\uFEFF' + original.replace(/\n/g, '\r\n');
    fs.writeFileSync(file, crlf);
    fs.chmodSync(file, 0o640);
    const before = fixable((await cli(['lint', '-f', 'json', file], {}, { cwd: dir })).stdout);
    expect(before.map((d) => d.rule)).toEqual(expect.arrayContaining(['term/avoid', 'script/conversion', 'content/boilerplate', 'garble/half-translated']));

    const r = await cli(['lint', '--fix', '-f', 'json', file], {}, { cwd: dir });
    expect(r.stderr).toMatch(/fixed \d+ problems in 1 file\b/);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n').length).toBe(crlf.split('\r\n').length - 1); // one boilerplate line removed
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(text).toContain('零樣本學習');
    expect(text).toContain('並記錄結果。由於資源有限');
    expect(text).toContain('知識衝突的情況');
    expect(text).toContain('這種訓練範式在大型語言模型');
    expect(text).not.toContain('轉載自網路');
    // Code is not prose: the fenced block is byte for byte the same.
    expect(text).toContain('# 程式碼中的并与于不會被改動\r\nprint("零射擊")');
    // What is left is reported; nothing left is fixable, and a second run writes nothing.
    expect(fixable(r.stdout)).toEqual([]);
    const again = await cli(['lint', '--fix', file], {}, { cwd: dir });
    expect(again.stderr).toMatch(/fixed 0 problems in 0 files/);
    expect(fs.readFileSync(file)).toEqual(bytes);
  });

  it('--fix-dry-run prints the same change as a unified diff and writes nothing', async () => {
    const dir = tmp();
    const a = path.join(dir, 'a.md');
    const b = path.join(dir, 'b.md');
    fs.writeFileSync(a, original);
    fs.writeFileSync(b, original);
    const dry = await cli(['lint', '--fix-dry-run', 'a.md'], {}, { cwd: dir });
    expect(fs.readFileSync(a, 'utf8')).toBe(original);
    expect(dry.stdout).toMatch(/^-{3} a\/a\.md/m);
    await cli(['lint', '--fix', 'b.md'], {}, { cwd: dir });
    expect(applyPatch(original, dry.stdout)).toBe(fs.readFileSync(b, 'utf8'));
    expect(dry.stderr).toMatch(/--fix would fix \d+ problems in 1 file/);
  });

  it('--fix-type narrows the fixes to rule families', async () => {
    const dir = tmp();
    const file = path.join(dir, 'doc.md');
    fs.writeFileSync(file, original);
    await cli(['lint', '--fix', '--fix-type', 'script', file], {}, { cwd: dir });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('並記錄結果');
    expect(text).toContain('零射擊學習');
    expect(text).toContain('轉載自網路');
    const bad = await cli(['lint', '--fix', '--fix-type', 'spelling', file], {}, { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fix-type takes rule families .*term.*script/);
    const stdin = await cli(['lint', '--fix', '-'], {}, { cwd: dir, stdin: original });
    expect(stdin.code).toBe(2);
  });

  it('leaves a file with bytes that are not valid UTF-8 as it is', async () => {
    const dir = tmp();
    const file = path.join(dir, 'doc.md');
    const bytes = Buffer.concat([Buffer.from('零射擊學習並不難。\n'), Buffer.from([0xff]), Buffer.from('\n')]);
    fs.writeFileSync(file, bytes);
    const r = await cli(['lint', '--fix', file], {}, { cwd: dir });
    expect(r.stderr).toMatch(/was not fixed: the file has bytes that are not valid/);
    expect(fs.readFileSync(file)).toEqual(bytes);
  });
});

describe('check --fix keeps every format valid', () => {
  const cases: [string, (dir: string) => string[]][] = [
    ['i18next', (d) => ['-s', path.join(d, 'en'), '-t', path.join(d, 'zh-TW')]],
    ['android', (d) => ['-s', path.join(d, 'values'), '-t', path.join(d, 'values-zh-rCN')]],
    ['arb', (d) => ['-s', path.join(d, 'app_en.arb'), '-t', path.join(d, 'app_zh_Hant.arb')]],
    ['po', (d) => [path.join(d, 'messages.zh_CN.po')]],
    ['xcstrings', (d) => [path.join(d, 'Localizable.xcstrings')]],
    ['xliff', (d) => [path.join(d, 'app.zh-CN.xliff')]],
    ['document', (d) => ['-s', path.join(d, 'paper.en.md'), '-t', path.join(d, 'paper.zh.md')]],
  ];
  for (const [format, args] of cases) {
    it(format, async () => {
      const dir = tmp();
      fs.cpSync(path.join(FIXTURES, 'check', format), dir, { recursive: true });
      const before = await cli(['check', ...args(dir), '-f', 'json'], {}, { cwd: dir });
      const fixes = fixable(before.stdout);
      const snapshot = () => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf8') : '']);
      const untouched = snapshot();
      await cli(['check', ...args(dir), '--fix'], {}, { cwd: dir });
      const after = await cli(['check', ...args(dir), '-f', 'json'], {}, { cwd: dir });
      const diagnostics = json(after.stdout).files.flatMap((f) => f.diagnostics);
      // Parsed again: no new parse problem (a fixture may hold a broken file on purpose), nothing
      // left to fix, and the fixed findings are gone.
      const inputProblems = (ds: { rule: string }[]) => ds.filter((d) => d.rule.startsWith('input/')).length;
      expect(inputProblems(diagnostics)).toBe(inputProblems(json(before.stdout).files.flatMap((f) => f.diagnostics)));
      expect(diagnostics.filter((d) => d.fix)).toEqual([]);
      if (fixes.length) expect(snapshot()).not.toEqual(untouched);
      for (const d of fixes) expect(diagnostics.some((e) => e.rule === d.rule && e.text === d.text)).toBe(false);
    });
  }
});

describe('XLIFF CDATA targets', () => {
  it('are linted at their place in the file and fixed inside the CDATA section', async () => {
    const dir = tmp();
    const file = path.join(dir, 'app.xlf');
    const xliff = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      '  <file source-language="en" target-language="zh-TW" datatype="plaintext" original="app">',
      '    <body>',
      '      <trans-unit id="a">',
      '        <source>Zero-shot learning &amp; more</source>',
      '        <target><![CDATA[零射擊學習 & <b>更多</b>]]></target>',
      '      </trans-unit>',
      '    </body>',
      '  </file>',
      '</xliff>',
      '',
    ].join('\n');
    fs.writeFileSync(file, xliff);
    const before = json((await cli(['check', file, '-f', 'json'], {}, { cwd: dir })).stdout).files[0]!;
    const avoid = before.diagnostics.find((d) => d.rule === 'term/avoid') as { offset: number; length: number; text: string } | undefined;
    expect(avoid?.text).toBe('零射擊');
    expect(xliff.slice(avoid!.offset, avoid!.offset + avoid!.length)).toBe('零射擊');
    await cli(['check', file, '--fix'], {}, { cwd: dir });
    expect(fs.readFileSync(file, 'utf8')).toBe(xliff.replace('零射擊學習', '零樣本學習'));
  });
});
