// Hostile input: oversized files and streams, endless devices on stdin, UTF-16 and other encodings.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { decode } from '../../src/core/decode';
import { cli } from '../helpers';
import { BAD, CLEAN, rulesByFile, spawnCli, tempTrees } from './util';

// Bounded, but generous: a loaded CI machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

const make = tempTrees();

describe('size limits', () => {
  it('an oversized file is input/too-large and the run goes on', async () => {
    const big = CLEAN.repeat(200); // about 11 KB
    const dir = make({ 'big.md': big, 'small.md': BAD });
    const r = await cli(['lint', 'big.md', 'small.md', '--max-file-size', '4KB', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(r.stdout)).toEqual({ 'big.md': ['input/too-large'], 'small.md': ['term/avoid'] });
    expect(r.stdout).toContain('over the 4 KB limit');
    expect(r.code).toBe(1);
    // Raised, the same file is linted.
    const raised = await cli(['lint', 'big.md', '--max-file-size', '1MB', '-f', 'json'], {}, { cwd: dir });
    expect(rulesByFile(raised.stdout)).toEqual({ 'big.md': [] });
  });

  it('takes maxFileSize from the configuration, the flag winning', async () => {
    const dir = make({ 'big.md': CLEAN.repeat(200), '.termlintrc.yaml': 'maxFileSize: 2KB\n' });
    expect(rulesByFile((await cli(['lint', 'big.md', '-f', 'json'], {}, { cwd: dir })).stdout)).toEqual({ 'big.md': ['input/too-large'] });
    expect(rulesByFile((await cli(['lint', 'big.md', '--max-file-size', '64KB', '-f', 'json'], {}, { cwd: dir })).stdout)).toEqual({ 'big.md': [] });
    fs.writeFileSync(path.join(dir, '.termlintrc.yaml'), 'maxFileSize: lots\n');
    const bad = await cli(['lint', 'big.md'], {}, { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.termlintrc.yaml:1:14');
  });

  it('rejects a malformed --max-file-size', async () => {
    const r = await cli(['lint', 'x.md', '--max-file-size', 'huge'], {}, { cwd: make() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-file-size expects a size');
  });

  it('standard input over the limit is input/too-large', async () => {
    const r = await cli(['lint', '-', '--max-file-size', '1KB', '-f', 'json'], {}, { cwd: make(), stdin: CLEAN.repeat(100) });
    expect(rulesByFile(r.stdout)).toEqual({ '<stdin>': ['input/too-large'] });
  });

  it('reads /dev/zero on standard input only up to the limit', async () => {
    const r = await spawnCli(['lint', '-', '--max-file-size', '256KB', '-f', 'json'], { cwd: make(), stdin: '/dev/zero' });
    expect(r.signal).toBeNull(); // not killed: it ended by itself
    expect(r.code).toBe(1);
    expect(rulesByFile(r.stdout)).toEqual({ '<stdin>': ['input/too-large'] });
  }, 60_000);
});

describe('encodings', () => {
  const withBom = (text: string, enc: 'utf16le' | 'utf16be') =>
    Buffer.concat([Buffer.from(enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), iconv.encode(text, enc)]);

  it('decodes UTF-16 LE and BE with a BOM and lints them, positions in the decoded text', async () => {
    const text = `# 標題\r\n\r\n第二行：${BAD}`;
    const dir = make({ 'le.md': withBom(text, 'utf16le'), 'be.md': withBom(text, 'utf16be') });
    const r = await cli(['lint', 'le.md', 'be.md', '-f', 'json'], {}, { cwd: dir });
    const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; offset: number; length: number; text: string }[] }[] };
    for (const f of report.files) {
      expect(f.diagnostics.map((d) => d.rule)).toContain('term/avoid');
      for (const d of f.diagnostics) expect(text.slice(d.offset, d.offset + d.length)).toBe(d.text);
    }
  });

  it('names the encoding of a file that is not UTF-8: Latin-1, GBK, Big5, UTF-16 without BOM, UTF-32', async () => {
    const latin1 = "Le modèle a été entraîné sur des données récentes ; les résultats sont très encourageants, même si la vitesse d'exécution reste à améliorer.\n";
    const dir = make({
      'fr.txt': iconv.encode(latin1, 'latin1'),
      'gbk.txt': iconv.encode('我们在这个项目里训练了一个小型语言模型，并且用新的数据集评估它的表现。\n', 'gbk'),
      'big5.txt': iconv.encode('我們在這個專案裡訓練了一個小型語言模型，並且用新的資料集評估它的表現。\n', 'big5'),
      'nobom.txt': iconv.encode('注意力机制让模型关注输入中的重要部分。Attention helps.\n', 'utf16le'),
      'u32.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode('模型', 'utf32le' as string)]),
    });
    const r = await cli(['lint', '.', '-f', 'json'], {}, { cwd: dir });
    const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; message: string }[] }[] };
    const messages = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.rule}: ${d.message}`)]));
    expect(messages['fr.txt']).toEqual([expect.stringMatching(/^input\/encoding: .*Latin-1\/Windows-1252/)]);
    expect(messages['gbk.txt']).toEqual([expect.stringMatching(/^input\/encoding: .*GBK/)]);
    expect(messages['big5.txt']).toEqual([expect.stringMatching(/^input\/encoding: .*Big5/)]);
    expect(messages['nobom.txt']).toEqual([expect.stringMatching(/^input\/encoding: .*UTF-16LE without a byte-order mark/)]);
    expect(messages['u32.txt']).toEqual([expect.stringMatching(/^input\/encoding: .*UTF-32LE/)]);
  });

  it('still lints UTF-8 with a few bad bytes, reporting them where they are', () => {
    const bytes = Buffer.concat([Buffer.from('模型'), Buffer.from([0xe9]), Buffer.from('训练 café')]);
    const d = decode(bytes);
    expect(d.ok).toBe(true);
    // Binary stays binary: chardet's guesses are not taken for NUL-laden data.
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x10]))).toEqual({ ok: false, messageId: 'inputBinary' });
  });
});
