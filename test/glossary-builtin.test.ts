// The built-in term base: valid, large enough, and holding the facts the issue names.
import { describe, expect, it } from 'vitest';
import { loadGlossary, readGlossaryFile, validateGlossaryFiles } from '../src';
import { glossaryFilesAt } from '../src/glossary/load';
import { BUILTIN_GLOSSARY_DIR } from '../src/paths';
import { chineseKey, toHant } from '../src/text/script';

const files = glossaryFilesAt(BUILTIN_GLOSSARY_DIR).map((f) => readGlossaryFile(f, true));
const glossary = loadGlossary();
const entries = [...glossary.entries.values()];

describe('built-in glossary', () => {
  it('parses and validates without a single problem', () => {
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap((f) => f.problems)).toEqual([]);
    expect(validateGlossaryFiles(files)).toEqual([]);
  });

  it('has at least 500 concepts, all with zh-Hant, and at least 100 avoided renderings per script', () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
    expect(entries.every((e) => e['zh-Hant'].preferred && e['zh-Hans'].preferred)).toBe(true);
    expect(entries.reduce((n, e) => n + e['zh-Hans'].avoid.length, 0)).toBeGreaterThanOrEqual(100);
    expect(entries.reduce((n, e) => n + e['zh-Hant'].avoid.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it('gives every avoided rendering a reason and an example that uses it', () => {
    for (const e of entries) {
      for (const script of ['zh-Hans', 'zh-Hant'] as const) {
        for (const a of e[script].avoid) {
          expect(a.reason.length, `${e.id} ${a.text}`).toBeGreaterThan(5);
          expect(e.examples.some((x) => x.bad?.includes(a.text)), `${e.id} ${a.text}`).toBe(true);
        }
      }
    }
  });

  it('keeps several renderings of disputed terms as variants, with a note', () => {
    const expectations: Record<string, string[]> = {
      'scaling-law': ['规模定律', '缩放定律', '扩展定律', '标度律'],
      'few-shot': ['少样本', '小样本', '少示例'],
      'instruction-tuning': ['指令微调', '指令调优', '指令调整'],
      token: ['词元', '标记', '令牌'],
      'fine-tuning': ['微调', '精调'],
      inference: ['推理', '推断'],
      pooling: ['池化', '汇聚'],
      agi: ['通用人工智能', '人工通用智能'],
    };
    for (const [id, forms] of Object.entries(expectations)) {
      const e = glossary.entries.get(id)!;
      expect(e, id).toBeDefined();
      const hans = [e['zh-Hans'].preferred, ...e['zh-Hans'].variants];
      expect(hans).toEqual(expect.arrayContaining(forms));
      expect(e.notes, id).toBeTruthy();
    }
  });

  it('knows the wrong renderings the seed page shows', () => {
    const avoided = (id: string) => glossary.entries.get(id)!['zh-Hant'].avoid.map((a) => a.text);
    expect(avoided('zero-shot')).toContain('零射擊');
    expect(avoided('model-weights')).toContain('重量');
    expect(avoided('intra-memory-conflict')).toContain('內存沖突');
    expect(avoided('transformer')).toContain('變壓器');
    expect(avoided('state-of-the-art')).toContain('藝術狀態');
    expect(avoided('training-paradigm')).toContain('訓練范式');
  });

  it('marks terms conventionally kept in English', () => {
    for (const id of ['transformer', 'bert', 'low-rank-adaptation']) {
      expect(glossary.entries.get(id)!.keepEnglish, id).toBe(true);
    }
  });

  it('writes zh-Hant in Taiwan usage where it differs, saying so, with the mainland form accepted', () => {
    const dataset = glossary.entries.get('dataset')!;
    expect(dataset['zh-Hant'].preferred).toBe('資料集');
    expect(dataset['zh-Hant'].variants).toContain(toHant('数据集'));
    expect(dataset['zh-Hant'].regional).toMatch(/Taiwan/);
  });

  it('keeps each file sorted by id', () => {
    for (const f of files) {
      const ids = f.entries.map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('indexes every Chinese form under its script-folded key', () => {
    const refs = glossary.zh.get(chineseKey('知識編輯'))!;
    expect(refs.map((r) => r.entry.id)).toContain('knowledge-editing');
  });
});
