// Very large texts are linted in sections: the sections cover the text, end at blank lines outside
// code fences, and the findings are the ones the whole text gives (for rules that look at a sentence).
import { describe, expect, it } from 'vitest';
import { sections } from '../src/core/sections';
import { lintDecoded, prepare } from '../src/lint/api';

describe('sections', () => {
  it('cover the text in order and end at blank lines outside code fences', () => {
    const para = '模型的訓練需要大量資料。\n第二行。\n\n';
    const fenced = '```\n程式碼\n\n仍是程式碼\n```\n\n';
    const text = (para.repeat(5) + fenced).repeat(20);
    const parts = sections(text, 100);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]![0]).toBe(0);
    expect(parts[parts.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBe(parts[i - 1]![1]);
    for (const [, end] of parts.slice(0, -1)) {
      expect(text.slice(end - 2, end)).toBe('\n\n');
      // Not inside a fence: the fences before the cut are balanced.
      expect((text.slice(0, end).match(/^```/gm) ?? []).length % 2).toBe(0);
    }
  });

  it('cut a text without line breaks, never inside a surrogate pair', () => {
    const text = '𠮷'.repeat(500);
    const parts = sections(text, 101);
    for (const [start, end] of parts) {
      expect(/^[\uDC00-\uDFFF]/.test(text.slice(start, end))).toBe(false);
      expect(end - start).toBeGreaterThan(0);
    }
    expect(parts.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });
});

describe('lintDecoded in sections', () => {
  it('finds what the whole text gives, at the same places', () => {
    const p = prepare({});
    const paragraphs = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `第${i}段：模型展現出零射擊能力，並記錄結果。` : i % 3 === 1 ? `第${i}段：我們并不清楚原因，由于資料有限。` : `第${i}段：這是一段普通的說明文字。`));
    const text = paragraphs.join('\n\n') + '\n';
    const whole = lintDecoded(text, 'doc.md', p);
    const parts = lintDecoded(text, 'doc.md', p, 200);
    const view = (r: typeof whole) => r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.text}`);
    expect(whole.diagnostics.length).toBeGreaterThan(10);
    expect(view(parts)).toEqual(view(whole));
    expect(parts.script).toBe(whole.script);
    for (const d of parts.diagnostics) expect(text.slice(d.offset, d.offset + d.length)).toBe(d.text);
  });
});

describe('whole-document rules over sections', () => {
  it('term/inconsistent is decided over the whole text: two renderings in two sections, one finding as linted whole', () => {
    const p = prepare({});
    const head = Array.from({ length: 12 }, (_, i) => `第${i}段：缩放定律说明模型越大效果越好。`);
    const tail = Array.from({ length: 3 }, (_, i) => `第${i + 12}段：规模定律也被用来预测训练成本。`);
    const text = [...head, ...tail].join('\n\n') + '\n';
    const whole = lintDecoded(text, 'doc.md', p);
    const parts = lintDecoded(text, 'doc.md', p, 200);
    const view = (r: typeof whole) => r.diagnostics.filter((d) => d.rule === 'term/inconsistent').map((d) => `${d.line}:${d.column} ${d.text} ${JSON.stringify(d.data)}`);
    expect(view(whole)).toHaveLength(1);
    expect(view(parts)).toEqual(view(whole));
  });

  it('a termlint-disable in an earlier section still silences the whole-document finding', () => {
    const p = prepare({});
    const head = Array.from({ length: 12 }, (_, i) => `第${i}段：缩放定律说明模型越大效果越好。`);
    const tail = Array.from({ length: 3 }, (_, i) => `第${i + 12}段：规模定律也被用来预测训练成本。`);
    const text = ['<!-- termlint-disable term/inconsistent -->', ...head, ...tail].join('\n\n') + '\n';
    expect(lintDecoded(text, 'doc.md', p, 200).diagnostics.filter((d) => d.rule === 'term/inconsistent')).toEqual([]);
  });
});
