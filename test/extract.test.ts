// termlint extract: candidate terms the glossary lacks, as glossary stubs that load once reviewed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTerms, type Candidate } from '../src/extract/api';
import { englishWords, glossEnglish } from '../src/extract/candidates';
import { stubsOf } from '../src/extract/stubs';
import { loadGlossary } from '../src/glossary/glossary';
import { readGlossaryFile } from '../src/glossary/load';
import { validateGlossaryFiles } from '../src/glossary/validate';
import { cli, ROOT } from './helpers';

const DOC = path.join('fixtures', 'extract', 'doc.md');
const HANT_DOC = path.join('fixtures', 'extract', 'doc.zh-Hant.md');
const PAIR = { source: path.join('fixtures', 'extract', 'pair', 'en'), target: path.join('fixtures', 'extract', 'pair', 'zh-CN') };
const KNOWN = path.join('fixtures', 'extract', 'known.yaml');

const glossary = loadGlossary();
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-extract-'));
const mentions = (c: Candidate, text: string) => [c.zh, c.en, c.abbreviation].some((x) => x?.toLowerCase().includes(text.toLowerCase()));

describe('extractTerms on a document', () => {
  it('proposes the two unknown glossed terms with their Chinese and a file:line context', async () => {
    const r = await extractTerms({ documents: [DOC], glossary, cwd: ROOT });
    const glosses = r.candidates.filter((c) => c.kind === 'gloss');
    expect(glosses.map((c) => [c.zh, c.en]).sort()).toEqual([
      ['沙箱环境', 'sandbox environment'],
      ['热力图', 'heatmap'],
    ]);
    const heat = glosses.find((c) => c.en === 'heatmap')!;
    expect(heat).toMatchObject({ script: 'zh-Hans', count: 1 });
    expect(heat.contexts).toEqual([{ file: DOC, line: 3, text: '我们用热力图（heatmap）展示每一层的注意力权重。' }]);
    expect(r.files).toBe(1);
    expect(r.problems).toEqual([]);
  });

  it('counts English left in prose, with up to three contexts, and not in code or URLs', async () => {
    const r = await extractTerms({ documents: [DOC], glossary, cwd: ROOT });
    const english = r.candidates.filter((c) => c.kind === 'english');
    expect(english.map((c) => c.en)).toEqual(['rollout']);
    expect(english[0]!.count).toBe(2);
    expect(english[0]!.contexts.map((x) => `${x.file}:${x.line}`)).toEqual([`${DOC}:7`, `${DOC}:8`]);
    // Sorted by count: the English seen twice comes before the glosses seen once.
    expect(r.candidates[0]!.en).toBe('rollout');
  });

  it('never proposes what the glossary knows: built-in terms, and a user glossary', async () => {
    const r = await extractTerms({ documents: [DOC], glossary, cwd: ROOT });
    expect(r.candidates.filter((c) => mentions(c, '课程学习') || mentions(c, 'curriculum'))).toEqual([]);
    const withKnown = await extractTerms({ documents: [DOC], glossaries: [path.join(ROOT, KNOWN)], cwd: ROOT });
    expect(withKnown.candidates.filter((c) => mentions(c, 'heatmap') || mentions(c, '热力图'))).toEqual([]);
    expect(withKnown.candidates.some((c) => c.en === 'sandbox environment')).toBe(true);
  });

  it('writes the script the document is in, and converts the other', async () => {
    const r = await extractTerms({ documents: [HANT_DOC], glossary, cwd: ROOT });
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]).toMatchObject({ kind: 'gloss', zh: '熱力圖', en: 'heatmap', script: 'zh-Hant' });
    const out = await cli(['extract', HANT_DOC]);
    expect(out.stdout).toMatch(/zh-Hans:\n\s+preferred: 热力图 # TODO check/);
    expect(out.stdout).toMatch(/zh-Hant:\n\s+preferred: 熱力圖\n/);
  });
});

describe('extractTerms on a translation pair', () => {
  it('pairs a recurring unknown term across units and leaves known terms out', async () => {
    const r = await extractTerms({ ...PAIR, glossary, cwd: ROOT });
    const aligned = r.candidates.filter((c) => c.kind === 'aligned');
    expect(aligned.map((c) => [c.zh, c.en.toLowerCase()])).toEqual([['仪表盘', 'dashboard']]);
    expect(aligned[0]).toMatchObject({ count: 3, score: 1, script: 'zh-Hans' });
    expect(aligned[0]!.contexts[0]).toMatchObject({ key: 'app:open', text: '打开仪表盘', source: 'Open the dashboard', line: 2 });
    // 学习率 / learning rate recurs too, but the glossary knows it.
    expect(r.candidates.filter((c) => mentions(c, '学习率') || mentions(c, 'learning rate'))).toEqual([]);
  });

  it('proposes no pair for words that only ever occur together (归档发票 / Archive the invoice, twice)', async () => {
    const r = await extractTerms({ ...PAIR, glossary, cwd: ROOT });
    expect(r.candidates.filter((c) => ['归档', '发票', 'archive', 'invoice'].some((w) => mentions(c, w)))).toEqual([]);
  });

  it('needs the pair in --min-count units', async () => {
    const r = await extractTerms({ ...PAIR, glossary, cwd: ROOT, minCount: 4 });
    expect(r.candidates).toEqual([]);
  });
});

describe('gloss and word parsing', () => {
  it('reads a term, an abbreviation, or both; not lists or references', () => {
    expect(glossEnglish('label smoothing')).toEqual({ en: 'label smoothing' });
    expect(glossEnglish('CFT')).toEqual({ abbreviation: 'CFT' });
    expect(glossEnglish('continual fine-tuning, CFT')).toEqual({ en: 'continual fine-tuning', abbreviation: 'CFT' });
    expect(glossEnglish('recall, precision, F1')).toBeUndefined();
    expect(glossEnglish('e.g. recall')).toBeUndefined();
    expect(glossEnglish('Vaswani et al., 2017')).toBeUndefined();
    expect(glossEnglish('如 recall')).toBeUndefined();
  });

  it('tells code from prose', () => {
    const code = (text: string) => Object.fromEntries(englishWords(text).map((w) => [w.word, w.code]));
    expect(code('用 batch_size 和 config.yaml 以及 getValue 调用 rollout 接口')).toEqual({
      batch: true,
      size: true,
      config: true,
      yaml: true,
      getValue: true,
      rollout: false,
    });
    expect(code('占用 8GB 显存，%(count)d 个')).toEqual({ GB: true, count: true, d: true });
  });
});

describe('stubs', () => {
  const candidate = (c: Partial<Candidate>): Candidate => ({ kind: 'english', script: 'zh-Hans', count: 1, contexts: [], ...c });

  it('keeps ids apart from the glossary and from each other, and the case of prose English', () => {
    expect(glossary.entries.has('export')).toBe(true);
    const stubs = stubsOf(
      [
        candidate({ kind: 'aligned', en: 'Export Settings', zh: '导出设置' }),
        candidate({ en: 'PyTorch' }),
        candidate({ en: 'export' }),
        candidate({ kind: 'gloss', abbreviation: 'CFT', zh: '持續微調', script: 'zh-Hant' }),
      ],
      glossary,
    );
    expect(stubs.map((s) => s.entry.id)).toEqual(['export-settings', 'pytorch', 'export-2', 'cft']);
    expect(stubs[0]!.entry.en.preferred).toBe('export settings');
    expect(stubs[1]!.entry.en.preferred).toBe('PyTorch');
    expect(stubs[3]!.entry).toMatchObject({ en: { preferred: '', abbreviations: ['CFT'] }, 'zh-Hant': { preferred: '持續微調' }, 'zh-Hans': { preferred: '持续微调' } });
    expect(stubs[3]!.todo).toEqual(['en.preferred']);
    expect(stubs[3]!.check).toEqual(['zh-Hans.preferred']);
  });
});

describe('termlint extract (CLI)', () => {
  it('writes stubs that load once the TODO fields are filled, and then propose nothing', async () => {
    const dir = tmp();
    const out = path.join(dir, 'stubs.yaml');
    const r = await cli(['extract', DOC, '--out', out, '--sort', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 candidate terms from 1 input');
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('#   fixtures/extract/doc.md:7  每次实验结束后，rollout 数据会写入日志目录。');

    // As written, the file fails only on the values marked TODO (not "TODO check").
    const raw = readGlossaryFile(out, false);
    const lines = text.split('\n');
    expect(raw.problems.length).toBeGreaterThan(0);
    for (const p of raw.problems) {
      expect(p.messageId).toBe('glossarySchema');
      expect(lines[p.line - 1]).toMatch(/"" # TODO: /);
    }
    const todoLines = lines.flatMap((l, i) => (/"" # TODO: /.test(l) ? [i + 1] : []));
    expect(todoLines).toHaveLength(2); // rollout's Chinese, in both scripts
    expect([...new Set(raw.problems.map((p) => p.line))]).toEqual(todoLines);

    // A reviewer fills them in: it loads, validates, and the terms are known from then on.
    let section = '';
    const filled = lines
      .map((l) => {
        const key = /^\s+(en|zh-Hans|zh-Hant):$/.exec(l)?.[1];
        if (key) section = key;
        return l.replace(/"" # TODO: .*$/, section === 'zh-Hans' ? '展开' : section === 'zh-Hant' ? '展開' : 'filled term');
      })
      .join('\n');
    fs.writeFileSync(out, filled);
    const file = readGlossaryFile(out, false);
    expect(file.problems).toEqual([]);
    expect(validateGlossaryFiles([file])).toEqual([]);
    const again = await cli(['extract', DOC, '--glossary', out, '--format', 'json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).candidates).toEqual([]);
  });

  it('refuses to replace --out without --force, and replaces it with --force', async () => {
    const dir = tmp();
    const out = path.join(dir, 'stubs.yaml');
    fs.writeFileSync(out, 'keep me\n');
    const refused = await cli(['extract', DOC, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('use --force');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me\n');
    const forced = await cli(['extract', DOC, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('id: sandbox-environment');
    expect(fs.readdirSync(dir)).toEqual(['stubs.yaml']);
  });

  it('prints JSON with the evidence and the stub of each candidate', async () => {
    const r = await cli(['extract', '--source', PAIR.source, '--target', PAIR.target, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.candidates).toHaveLength(1);
    expect(json.candidates[0]).toMatchObject({
      kind: 'aligned',
      count: 3,
      todo: [],
      check: ['zh-Hant.preferred'],
      entry: { id: 'dashboard', en: { preferred: 'dashboard' }, 'zh-Hans': { preferred: '仪表盘' }, 'zh-Hant': { preferred: '儀表盤' } },
    });
  });

  it('explains itself, and rejects bad usage with exit 2', async () => {
    const help = await cli(['extract', '--help']);
    expect(help.code).toBe(0);
    for (const word of ['--out', '--force', '--min-count', '--format', 'gloss', 'english', 'aligned', 'TODO']) expect(help.stdout).toContain(word);
    expect((await cli(['extract'])).code).toBe(2);
    const bad = await cli(['extract', DOC, '--min-count', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-count');
    expect((await cli(['extract', 'fixtures/extract/missing.md'])).code).toBe(2);
  });

  it('goes on past an unreadable input and says so, exit 1', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'bad.md');
    fs.writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x81, 0x00, 0x00, 0x00]));
    const r = await cli(['extract', DOC, bad, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.md');
    expect(JSON.parse(r.stdout).candidates.length).toBe(3);
    // A device is named and not read, whether taken for a document or a translation file.
    const device = await cli(['extract', '/dev/zero', DOC, '--format', 'json']);
    expect(device.code).toBe(1);
    expect(device.stderr).toContain('/dev/zero: not a regular file');
  });
});
