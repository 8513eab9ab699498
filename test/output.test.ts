// Readable output: stylish groups repeated findings and sums up a rule that fires on many forms,
// compact is one line per finding, -q says what it hid, counts are pluralised; small CLI contracts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-output-'));
// A Traditional page converted character by character: the same wrong characters on many lines.
const converted = Array.from({ length: 30 }, (_, i) => `第${i + 1}節：模型并不復雜，由于資料有限，后來我們沖突地討論了這個問題。`).join('\n\n') + '\n';
fs.writeFileSync(path.join(dir, 'converted.md'), converted);
fs.writeFileSync(path.join(dir, 'one.md'), '我們比較了零射擊學習。\n');

const json = async (file: string) => JSON.parse((await cli(['lint', '-f', 'json', file], {}, { cwd: dir })).stdout);

describe('stylish', () => {
  it('groups identical findings into one line with their count and every other place', async () => {
    const all = (await json('converted.md')).files[0].diagnostics as { rule: string; text: string; line: number; column: number }[];
    const r = await cli(['lint', 'converted.md', '--rule', 'script/conversion=error'], {}, { cwd: dir });
    const bing = all.filter((d) => d.rule === 'script/conversion' && d.text === '并');
    expect(bing.length).toBe(30);
    const line = r.stdout.split('\n').find((l) => l.includes('"并"'))!;
    expect(line).toContain('×30');
    const places = r.stdout.split('\n')[r.stdout.split('\n').indexOf(line) + 1]!;
    for (const d of bing.slice(1)) expect(places).toContain(`${d.line}:${d.column}`);
    expect(r.stdout.split('\n').length).toBeLessThan(all.length);
  });

  it('sums up a page converted character by character in one finding first, with the way to fix it', async () => {
    const sentences = [
      '我們并沒有結論。', '這取決于資料。', '然后再訓練。', '兩者發生沖突。', '問題很復雜。', '盡管如此仍可行。',
      '我們采用新方法。', '範例超出范圍。', '兩者的關系密切。', '提取視覺特征。', '請與我們聯系。', '這里有說明。',
      '其余部分省略。', '剩余時間不多。', '分析十分細致。', '這款游戲很受歡迎。',
    ];
    fs.writeFileSync(path.join(dir, 'kinds.md'), sentences.map((s, i) => `第${i + 1}段：${s}這是一段繁體的說明文字，用來測試轉換。`).join('\n\n') + '\n');
    const d = (await json('kinds.md')).files[0].diagnostics.filter((x: { rule: string }) => x.rule === 'script/conversion');
    const kinds = new Set(d.map((x: { text: string }) => x.text)).size;
    expect(kinds).toBeGreaterThan(12);
    const r = await cli(['lint', 'kinds.md'], {}, { cwd: dir });
    const lines = r.stdout.split('\n');
    // The pattern comes first (right after the file name), then each form with its count.
    expect(lines[1]).toMatch(new RegExp(`converted character by character from Simplified: ${d.length} wrong conversions of ${kinds} kinds; run termlint lint --fix --fix-type script kinds\\.md`));
    expect(lines[2]).toContain('于→於 ×1');
  });

  it('keeps excerpts for a short report, and pluralises counts', async () => {
    const r = await cli(['lint', 'one.md'], {}, { cwd: dir });
    expect(r.stdout).toContain('^^^');
    expect(r.stdout).toMatch(/1 problem \(1 error, 0 warnings, 0 infos\) in 1 file\n/);
  });
});

describe('compact and -q', () => {
  it('compact prints path:line:column: severity: message (rule), one finding per line', async () => {
    const all = (await json('converted.md')).files[0].diagnostics;
    const r = await cli(['lint', '-f', 'compact', 'converted.md'], {}, { cwd: dir });
    const lines = r.stdout.split('\n').filter((l) => /^converted\.md:\d+:\d+: (error|warning|info): .* \([a-z]+\/[a-z-]+\)$/.test(l));
    expect(lines.length).toBe(all.length);
  });

  it('-q says how many warnings and infos it hid', async () => {
    const r = await cli(['lint', '-q', 'converted.md'], {}, { cwd: dir });
    const all = (await json('converted.md')).summary;
    expect(r.stderr).toContain(`-q hid ${all.warnings} warnings and ${all.infos} info`);
    expect(r.stdout).not.toMatch(/warning/);
  });
});

describe('usage contracts', () => {
  it('no command, or a command group without its subcommand, prints help and exits 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['glossary'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  });

  it('an empty path and a target locale that is not Chinese are usage errors', async () => {
    const empty = await cli(['lint', ''], {}, { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('an empty path');
    const po = path.join(FIXTURES, 'check', 'po', 'messages.zh_CN.po');
    expect((await cli(['check', po, '--target-locale', 'klingon'])).code).toBe(2);
    expect((await cli(['check', po, '--target-locale', 'fr-FR'])).code).toBe(2);
    expect((await cli(['check', po, '--target-locale', 'zh_TW'])).code).not.toBe(2);
  });

  it('lookup takes -f like the other commands', async () => {
    const r = await cli(['lookup', '-f', 'json', 'zero-shot']);
    expect(JSON.parse(r.stdout).matches.length).toBeGreaterThan(0);
  });
});
