// termlint's own messages exist in every locale with the same placeholders.
import { describe, expect, it } from 'vitest';
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
    expect(t('validateFailed', { count: 1, files: 2 })).toBe('1 problem in 2 file(s)');
    expect(t('validateFailed', { count: 3, files: 2 })).toBe('3 problems in 2 file(s)');
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
