// termlint's own messages exist in every locale with the same placeholders.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers';
import { LOCALES, MESSAGES, localeFromEnv, translator } from '../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has every message id in every locale, with the same placeholders', () => {
    const ids = Object.keys(MESSAGES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort(), locale).toEqual(ids);
      for (const id of ids) {
        expect(placeholders(MESSAGES[locale][id]!), `${locale} ${id}`).toEqual(placeholders(MESSAGES.en[id]!));
      }
    }
  });

  it('renders with data and plurals', () => {
    const t = translator('en');
    expect(t('validateFailed', { count: 1, files: t('countFiles', { count: 2 }) })).toBe('1 problem in 2 files');
    expect(t('validateFailed', { count: 3, files: t('countFiles', { count: 1 }) })).toBe('3 problems in 1 file');
    expect(translator('zh-Hant')('noMatch', { query: 'x' })).toContain('x');
  });

  it('picks the locale from the environment', () => {
    expect(localeFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('zh-Hant');
    expect(localeFromEnv({ LANG: 'zh_HK.UTF-8' })).toBe('zh-Hant');
    expect(localeFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(localeFromEnv({ TERMLINT_LOCALE: 'zh-Hant', LANG: 'zh_CN.UTF-8' })).toBe('zh-Hant');
    expect(localeFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
  });
});

describe('details reach the user in their locale', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-i18n-'));
  const config = path.join(dir, 'termlint.config.json');
  fs.writeFileSync(config, '{\n  "rules": { "content/boilerplate": ["warning", { "pattern": ["^x"] }] },\n  "colour": 1\n}\n');
  const doc = path.join(dir, 'a.md');
  fs.writeFileSync(doc, '模型\n');

  it('renders configuration problems, OS errors and usage errors without English in zh-Hant', async () => {
    const bad = await cli(['lint', '--config', config, doc], { TERMLINT_LOCALE: 'zh-Hant' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/termlint\.config\.json:3:\d+：未知欄位「colour」/);
    const missing = await cli(['lint', '--config', path.join(dir, 'nope.json'), doc], { TERMLINT_LOCALE: 'zh-Hant' });
    expect(missing.stderr).toContain('沒有這個檔案或目錄（ENOENT）');
    const usage = await cli(['lint', '--max-warnings', 'many', doc], { TERMLINT_LOCALE: 'zh-Hans' });
    expect(usage.stderr).toContain('--max-warnings 需要一个整数，而不是“many”');
    // The same problems in English name the same things.
    const en = await cli(['lint', '--config', config, doc], { TERMLINT_LOCALE: 'en' });
    expect(en.stderr).toMatch(/unknown field "colour"/);
  });

  it('renders an option problem inside its configuration message', async () => {
    fs.writeFileSync(config, '{ "rules": { "content/boilerplate": ["warning", { "pattern": ["^x"] }] } }\n');
    const r = await cli(['lint', '--config', config, doc], { TERMLINT_LOCALE: 'zh-Hans' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('content/boilerplate 没有选项“pattern”（可用选项：patterns）');
  });
});
