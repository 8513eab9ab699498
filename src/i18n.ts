// termlint's own messages in en, zh-Hans and zh-Hant, rendered at the edge (CLI, reporters).
import i18next, { type i18n, type TFunction } from 'i18next';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';
import { RULES } from './rules';
import type { Diagnostic, FileResult } from './core/types';
import type { NoteValue } from './errors';

export const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];
/** English rule messages live with each rule; the translations in locales/*.json under "rules". */
const ruleMessages = Object.fromEntries(
  RULES.flatMap((r) => Object.entries(r.messages).map(([id, text]) => [`rules.${r.id}.${id}`, text])),
);

export const MESSAGES: Record<Locale, Record<string, string>> = {
  en: { ...en, ...ruleMessages },
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};

const instances = new Map<Locale, i18n>();
/** The locale each translator renders in. */
const translatorLocales = new WeakMap<TFunction, Locale>();

export function translator(locale: Locale): TFunction {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: 'en',
      initAsync: false,
      resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: MESSAGES[l] }])),
      interpolation: { escapeValue: false },
      keySeparator: false,
      returnNull: false,
    });
    instances.set(locale, instance);
    translatorLocales.set(instance.t, locale);
  }
  return instance.t;
}

/** The locale from TERMLINT_LOCALE, LC_ALL, LC_MESSAGES or LANG (zh_TW/zh_HK → zh-Hant). */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const raw = env.TERMLINT_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const lower = raw.toLowerCase().replace('_', '-');
  if ((LOCALES as readonly string[]).includes(raw)) return raw as Locale;
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-Hant';
  if (lower.startsWith('zh')) return 'zh-Hans';
  return 'en';
}

/** The message of a diagnostic in a locale: rendered at the edge, from its rule's message id and data. */
export function renderMessage(d: Diagnostic, t: TFunction): string {
  const locale = translatorLocales.get(t) ?? 'en';
  const data: Record<string, NoteValue> = { ...(d.key !== undefined ? { key: d.key } : {}), ...d.data };
  // Localized data (a glossary reason): `reason@zh-Hant` stands for `reason` in that locale.
  for (const key of Object.keys(d.data)) {
    const own = d.data[`${key}@${locale}`];
    if (own !== undefined) data[key] = own;
  }
  return t(`rules.${d.rule}.${d.messageId}`, renderData(t, data));
}

/** Message data with every value that is itself a message rendered (`show` maps plain strings, e.g. paths). */
export function renderData(t: TFunction, data: Record<string, NoteValue>, show: (s: string) => string = (s) => s): Record<string, string | number> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, renderValue(t, v, show)]));
}

function renderValue(t: TFunction, v: NoteValue, show: (s: string) => string): string | number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return show(v);
  return t(v.messageId, renderData(t, v.data, show));
}

/** Results with every diagnostic's message rendered in `locale`. */
export function renderResults(results: FileResult[], locale: Locale): FileResult[] {
  const t = translator(locale);
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.map((d) => ({ ...d, message: renderMessage(d, t) })) }));
}
