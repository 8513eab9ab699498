// Lookup by any form, in any script or language, with fuzzy suggestions.
import { describe, expect, it } from 'vitest';
import { loadGlossary, lookup } from '../src';

const glossary = loadGlossary();
const ids = (q: string) => lookup(glossary, q).matches.map((m) => `${m.id}:${m.matchedAs}`);

describe('lookup', () => {
  it('finds a concept by its preferred form in each script and in English', () => {
    expect(ids('灾难性遗忘')).toEqual(['catastrophic-forgetting:preferred']);
    expect(ids('災難性遺忘')).toEqual(['catastrophic-forgetting:preferred']);
    expect(ids('catastrophic forgetting')).toEqual(['catastrophic-forgetting:preferred']);
    const m = lookup(glossary, '災難性遺忘').matches[0]!;
    expect(m.script).toBe('zh-Hant');
    expect(m.en).toBe('catastrophic forgetting');
    expect(m['zh-Hans']).toBe('灾难性遗忘');
  });

  it('is insensitive to script: a Simplified query finds a Traditional-only spelling and back', () => {
    expect(ids('知識編輯')).toEqual(ids('知识编辑'));
    expect(ids('資料集')).toEqual(['dataset:preferred']);
    expect(ids('资料集')).toEqual(['dataset:preferred']);
  });

  it('finds variants and abbreviations', () => {
    expect(ids('缩放定律')).toEqual(['scaling-law:variant']);
    expect(ids('LoRA')).toEqual(['low-rank-adaptation:abbreviation']);
    expect(ids('lora')).toEqual(['low-rank-adaptation:abbreviation']);
    expect(ids('ICL')).toEqual(['in-context-learning:abbreviation']);
  });

  it('ignores case, hyphens, spacing and inflection in English', () => {
    for (const q of ['Fine-Tuning', 'fine tuning', 'fine-tuned', '  fine   tuning ']) {
      expect(ids(q), q).toEqual(['fine-tuning:preferred']);
    }
    expect(ids('finetuned')).toEqual(['fine-tuning:variant']);
    expect(ids('paradigms')).toEqual(['training-paradigm:variant']);
    expect(ids('Scaling Laws')).toEqual(['scaling-law:preferred']);
    expect(ids('matrices')).toEqual(['matrix:preferred']);
    expect(ids('embeddings')).toEqual(['embedding:preferred']);
  });

  it('keeps a word apart from its -ing form when they are different concepts', () => {
    expect(ids('language model')).toEqual(['language-model:preferred']);
    expect(ids('language modeling')).toEqual(['language-modeling:preferred']);
  });

  it('says an avoided rendering is wrong and carries the right one', () => {
    const r = lookup(glossary, '零射击');
    expect(r.matches).toHaveLength(1);
    const m = r.matches[0]!;
    expect(m.matchedAs).toBe('avoid');
    expect(m.id).toBe('zero-shot');
    expect(m['zh-Hans']).toBe('零样本');
    expect(m.reason).toBeTruthy();
  });

  it('tells a wrong conversion from the right one although both fold to the same key', () => {
    expect(ids('知識沖突')).toEqual(['knowledge-conflict:avoid']);
    expect(ids('知識衝突')).toEqual(['knowledge-conflict:preferred']);
  });

  it('lists several concepts for an ambiguous form, with the ambiguity note', () => {
    const r = lookup(glossary, '精度');
    expect(r.matches.map((m) => m.id).sort()).toEqual(['numeric-precision', 'precision']);
    expect(r.matches.every((m) => m.ambiguity)).toBe(true);
  });

  it('suggests the nearest terms when nothing matches exactly', () => {
    const en = lookup(glossary, 'catastrophic forgeting');
    expect(en.matches).toEqual([]);
    expect(en.suggestions[0]).toMatchObject({ id: 'catastrophic-forgetting', distance: 1, matchedAs: 'fuzzy' });
    const zh = lookup(glossary, '知识编缉');
    expect(zh.matches).toEqual([]);
    expect(zh.suggestions[0]).toMatchObject({ id: 'knowledge-editing', distance: 1, en: 'knowledge editing' });
    const hant = lookup(glossary, '知識編緝');
    expect(hant.suggestions[0]?.id).toBe('knowledge-editing');
  });

  it('suggests nothing for a query far from every term', () => {
    const r = lookup(glossary, 'photosynthesis of ferns');
    expect(r.matches).toEqual([]);
    expect(r.suggestions).toEqual([]);
  });
});
