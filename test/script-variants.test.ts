// Variant characters by region and personal names: what script/mixed and script/conversion accept
// in Traditional text, and the data behind it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { lint, loadGlossary } from '../src';
import { HANT_VARIANTS, HK_EVIDENCE } from '../src/data/conversions';
import { charScript, isHongKongForm, variantRegion } from '../src/core/script';
import { toHant } from '../src/text/script';
import { cli } from './helpers';

const glossary = loadGlossary();
const found = (text: string, options: { region?: 'zh-TW' | 'zh-HK' | 'zh-CN'; file?: string } = {}) =>
  lint(text, { glossary, filePath: options.file ?? 'a.txt', ...(options.region ? { region: options.region } : {}) })
    .diagnostics.filter((d) => d.rule.startsWith('script/'))
    .map((d) => `${d.rule} ${d.text}→${d.suggestions?.[0] ?? ''}`);

describe('variant data', () => {
  it('accepts only Big5 characters that OpenCC would otherwise convert', () => {
    for (const ch of HANT_VARIANTS) {
      const encoded = iconv.encode(ch, 'cp950');
      expect(encoded.length === 1 && encoded[0] === 0x3f, `${ch} is not a Big5 character`).toBe(false);
      expect(toHant(ch), `${ch} needs no entry`).not.toBe(ch);
      expect(charScript(ch)).toBe('both');
    }
  });

  it('takes each piece of evidence from OpenCC’s Hong Kong variant tables', () => {
    const hkToStandard = OpenCC.Converter({ from: 'hk', to: 't' });
    const standardToTw = OpenCC.Converter({ from: 't', to: 'tw' });
    for (const [hk, tw] of HK_EVIDENCE) {
      expect(hkToStandard(hk), hk).toBe(tw);
      expect(standardToTw(tw), tw).toBe(tw);
      expect(charScript(hk)).not.toBe('hans');
    }
  });

  it('treats OpenCC’s standard forms as Traditional and Hong Kong forms by region', () => {
    for (const ch of '着污泄檐') expect(charScript(ch), ch).toBe('both');
    for (const ch of '税卧温户') expect(isHongKongForm(ch), ch).toBe(true);
    for (const ch of '内别毁装给换来约') expect(isHongKongForm(ch), ch).toBe(false);
  });

  it('reads a text’s variant standard from its own characters', () => {
    expect(variantRegion('他説，衞生署會跟進。')).toBe('zh-HK');
    expect(variantRegion('他說，衛生署會跟進，路線不變。')).toBe('zh-TW');
    expect(variantRegion('今日天氣很好。')).toBeUndefined();
    expect(variantRegion('他説，他說。')).toBeUndefined();
  });
});

describe('script/mixed by region', () => {
  const text = '當局指税率維持不變，醫生認為病人需要卧床休息兩個禮拜。';

  it('accepts Hong Kong forms when nothing says otherwise', () => {
    expect(found(text)).toEqual([]);
  });

  it('accepts them in a Hong Kong text, declared or shown by its characters', () => {
    expect(found(text, { region: 'zh-HK' })).toEqual([]);
    expect(found(`發言人説，${text}`)).toEqual([]);
    expect(found(`---\nregion: zh-HK\n---\n\n發言人說，${text}\n`, { file: 'a.md' })).toEqual([]);
  });

  it('reports them in a Taiwan text, declared or shown by its characters', () => {
    const reported = ['script/mixed 税→稅', 'script/mixed 卧→臥'];
    expect(found(text, { region: 'zh-TW' })).toEqual(reported);
    expect(found(`發言人說，${text}`)).toEqual(reported);
    expect(found(`發言人説，${text}`, { region: 'zh-TW' })).toEqual(reported);
  });

  it('takes the region of a translation from its target locale', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-variants-'));
    for (const locale of ['zh_HK', 'zh_TW']) {
      const po = `msgid ""\nmsgstr ""\n"Language: ${locale}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "The tax rate stays; the patient should rest in bed."\nmsgstr "${text}"\n`;
      fs.writeFileSync(path.join(dir, `${locale}.po`), po);
    }
    const rules = async (file: string) => {
      const r = await cli(['check', file, '--format', 'json'], {}, { cwd: dir });
      const json = JSON.parse(r.stdout) as { files: { diagnostics: { rule: string; text: string }[] }[] };
      return json.files.flatMap((f) => f.diagnostics.map((d) => `${d.rule} ${d.text}`));
    };
    expect(await rules('zh_HK.po')).toEqual([]);
    expect(await rules('zh_TW.po')).toEqual(['script/mixed 税', 'script/mixed 卧']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('suggests the forms of the text’s standard', () => {
    expect(found('這個説法不對，但是這裡说錯了。', { region: 'zh-HK' })).toEqual(['script/mixed 说→説']);
    expect(found('衞生署的説明：這個問題说得很清楚。')).toEqual(['script/mixed 说→説']);
    expect(found('衛生署的說明：這個問題说得很清楚。')).toEqual(['script/mixed 说→說']);
  });

  it('never takes the Simplified characters of Hong Kong news for variants', () => {
    expect(found('這棟舊大樓裡面的設施與牆壁：内部已毁，裝修要重做，别的問題還有很多。', { region: 'zh-HK' })).toEqual([
      'script/mixed 内→內',
      'script/mixed 毁→毀',
      'script/mixed 别→別',
    ]);
  });
});

describe('personal names', () => {
  it('leaves the characters of a name alone next to a title, a form of address or a verb of speech', () => {
    expect(found('立法會議員李慧琼表示支持。')).toEqual([]);
    expect(found('何咏前先生亦同意。')).toEqual([]);
    expect(found('記者黃咏琪報道。')).toEqual([]);
  });

  it('knows a name introduced once wherever it recurs', () => {
    expect(found('立法會議員李慧琼表示支持。李慧琼的建議獲得通過，李慧琼亦感謝各界。')).toEqual([]);
  });

  it('corrects them when the text writes the same name otherwise', () => {
    expect(found('議員李慧瓊今日出席，李慧琼表示會跟進。')).toEqual(['script/mixed 琼→瓊']);
  });

  it('corrects characters outside a name-like span', () => {
    // No surname before 琼, no title, address or verb of speech after the span.
    expect(found('這種花叫做瓊花，也寫作琼花。')).toEqual(['script/mixed 琼→瓊']);
    // 指 of 指數 and 說 of 說明 are parts of other words, not verbs of speech.
    expect(found('這是李琼指數的走勢，與黃咏說明書無關。')).toEqual(['script/mixed 琼→瓊', 'script/mixed 咏→詠']);
  });

  it("leaves a full name standing alone in running text, as jieba's tagger reads it", () => {
    expect(found('李慧琼的書放在會議室的桌上。')).toEqual([]);
    expect(found('由何咏前主持的會議今天舉行，與會者表達了許多意見。')).toEqual([]);
  });

  it('does not take a word for a name: 对于 before 先生, 高质量 before a verb', () => {
    expect(found('這是對于先生們的提醒。')).toEqual(['script/conversion 于→於']);
    expect(found('我們為客戶提供高质量說明與維護服務。')).toContain('script/mixed 质→質');
  });

  it('keeps the surname 于 (于先生) and 后 where OpenCC’s phrases keep it (封后, 影后)', () => {
    expect(found('于先生今日表示同意。她在頒獎禮上稱王封后，影后亦有出席。')).toEqual([]);
    expect(found('排除未知詞元后，我們找到最相似的詞。')).toEqual(['script/conversion 后→後']);
  });
});
