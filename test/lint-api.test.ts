// The library API and the pipeline's parts: script detection, readers, directives, input handling.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, loadGlossary, RULES } from '../src';
import { decode } from '../src/core/decode';
import { readMarkdown, readPlain } from '../src/formats/readers';
import { countScripts, detectScript } from '../src/core/script';
import { resolveRules } from '../src/engine/engine';
import { MESSAGES } from '../src/i18n';

const glossary = loadGlossary();

describe('script detection', () => {
  it('tells Simplified, Traditional, mixed and none apart', () => {
    expect(detectScript(countScripts('这是简体中文的句子。'))).toBe('zh-Hans');
    expect(detectScript(countScripts('這是繁體中文的句子。'))).toBe('zh-Hant');
    expect(detectScript(countScripts('这是简体。這是繁體。這裡還有。这里也有。'))).toBe('mixed');
    expect(detectScript(countScripts('No Chinese here.'))).toBe('none');
  });

  it('does not take Taiwan-standard characters for Simplified', () => {
    // 台, 里, 干, 于 are standard Traditional characters in some words.
    expect(detectScript(countScripts('台灣的公里數與若干干擾'))).toBe('zh-Hant');
    expect(lint('台灣的研究者說，這裡有若干干擾。', { glossary, filePath: 'a.txt' }).diagnostics).toEqual([]);
  });
});

describe('readers', () => {
  it('mask Markdown code, URLs, HTML, front matter and link targets, keeping every offset', () => {
    const text = '---\ntitle: 零射击\n---\n正文`零射击`和[链接](https://x.cn/零射击)<b>加粗</b>\n```\n零射击\n```\n';
    const { masked } = readMarkdown(text);
    expect(masked.length).toBe(text.length);
    expect(masked).not.toContain('零射击');
    expect(masked).toContain('正文');
    expect(masked).toContain('链接');
    expect(masked).toContain('加粗');
  });

  it('read directives from Markdown comments and plain-text comment lines', () => {
    expect(readMarkdown('<!-- termlint-disable term/avoid, script/mixed -->').directives).toEqual([
      { kind: 'disable', rules: ['term/avoid', 'script/mixed'], offset: 0 },
    ]);
    expect(readPlain('x\n// termlint-disable-next-line\n').directives).toEqual([
      { kind: 'disable-next-line', rules: [], offset: 2 },
    ]);
  });
});

describe('input', () => {
  it('decodes UTF-8 with a BOM and keeps CRLF', () => {
    const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]));
    expect(r).toEqual({ ok: true, text: 'a\r\n', encoding: 'UTF-8' });
  });

  it('turns invalid byte sequences into U+FFFD that encoding/mojibake reports', () => {
    const bytes = Buffer.concat([Buffer.from('模型'), Buffer.from([0xff]), Buffer.from('训练')]);
    const r = decode(bytes);
    expect(r.ok).toBe(true);
    const text = r.ok ? r.text : '';
    const d = lint(text, { glossary, filePath: 'a.txt' }).diagnostics;
    expect(d.map((x) => [x.rule, x.offset, x.text])).toEqual([['encoding/mojibake', 2, '\uFFFD']]);
  });

  it('refuses binary files and files in another encoding', () => {
    expect(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, messageId: 'inputBinary' });
    const gbk = new Uint8Array(200).map((_, i) => (i % 2 ? 0xd6 : 0xd0)); // 中中… in GBK
    expect(decode(gbk)).toEqual({ ok: false, messageId: 'inputNotUtf8' }); // one character repeated: no telling which encoding
  });
});

describe('rules', () => {
  it('render messages in the requested locale', () => {
    const [d] = lint('模型具有零射击能力。', { glossary, filePath: 'a.txt', locale: 'zh-Hans' }).diagnostics;
    expect(d?.message).toContain('错误译法');
    expect(d?.suggestions).toEqual(['零样本']);
    expect(d?.term).toBe('zero-shot');
  });

  it('suggest in the document script', () => {
    const [d] = lint('模型具有零射擊能力，這很重要。', { glossary, filePath: 'a.txt' }).diagnostics;
    expect(d?.suggestions).toEqual(['零樣本']);
  });

  it('take boilerplate patterns from options', () => {
    const text = '正文一句话。\n本站广告位招租\n';
    expect(lint(text, { glossary, filePath: 'a.txt' }).diagnostics).toEqual([]);
    const d = lint(text, { glossary, filePath: 'a.txt', boilerplate: ['^本站广告位'] }).diagnostics;
    expect(d.map((x) => x.rule)).toEqual(['content/boilerplate']);
  });

  it('match English terms whatever their inflection, but abbreviations only as written', () => {
    const text = '这一步叫 Fine-Tuned 模型，而 it 不是缩写。';
    const d = lint(text, { glossary, filePath: 'a.txt' }).diagnostics.map((x) => [x.rule, x.text]);
    expect(d).toEqual([['term/untranslated', 'Fine-Tuned']]);
  });
});

describe('severity that means something', () => {
  it('gives a wrong conversion the same severity inside a glossary term and outside one', () => {
    const r = lint('研究者分析了知識沖突的成因。\n\n這些任務的復雜度也更高，然而沖突仍在。', { filePath: 'a.md' });
    // Inside the term (知識沖突) and alone (沖突): one finding each, by the same rule, same severity.
    const conversions = r.diagnostics.filter((d) => d.text === '沖突');
    expect(conversions.map((d) => d.rule)).toEqual(['script/conversion', 'script/conversion']);
    expect(new Set(r.diagnostics.map((d) => d.severity))).toEqual(new Set(['warning']));
    // With script/conversion off, term/avoid still finds it in the term, at the same severity.
    const off = lint('研究者分析了知識沖突的成因。', { filePath: 'a.md', rules: { 'script/conversion': 'off' } });
    expect(off.diagnostics.map((d) => [d.rule, d.text, d.severity])).toEqual([['term/avoid', '沖', 'warning']]);
    // A known mistranslation stays an error.
    expect(lint('模型展現出顯著的零射擊能力。', { filePath: 'b.md' }).diagnostics[0]?.severity).toBe('error');
  });
});
