// i18next JSON bundles: a pair of files or a pair of locale folders (namespaces by file name).
// i18next itself supplies the plural suffixes per language (Intl.PluralRules), the separators and
// the interpolation and nesting syntax.
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n } from 'i18next';
import { jsonProblems, jsonString, maskedContent, notTextProblem, readJson, type ParsedFile } from './json';
import { TermlintError } from '../errors';
import type { Bundle } from '../core/bundle';
import { fileDiagnostic } from '../core/diagnostic';
import { LineIndex } from '../core/positions';
import type { BilingualFormat, FormatOptions, Load } from './format';

export type I18nextOptions = FormatOptions;

let instance: i18n | undefined;

function i18n(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ lng: 'en', initAsync: false, resources: {} });
  }
  return instance;
}

export function pluralSuffixes(locale: string): { cardinal: string[]; ordinal: string[] } {
  const resolver = i18n().services.pluralResolver;
  return { cardinal: resolver.getSuffixes(locale), ordinal: resolver.getSuffixes(locale, { ordinal: true }) };
}

const ALL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL = new RegExp(`_(?:ordinal_)?(?:${ALL_SUFFIXES.join('|')})$`);

/** {{name}} (format kept), {{- name}} (escaping kept), $t(key), and <0>…</0> / <br/> Trans tags, as tokens. */
export function i18nextPlaceholders(value: string): string[] {
  if (!/[{<]|\$t\(/.test(value)) return NONE;
  const it = i18n().services.interpolator as unknown as { regexp: RegExp; nestingRegexp: RegExp };
  const out: string[] = [];
  for (const m of value.matchAll(new RegExp(it.regexp.source, 'g'))) {
    // {{- name}} is unescaped output: changing the escaping changes what the user sees.
    const unescaped = /^\s*-/.test(m[1]!);
    const [name, ...format] = m[1]!.replace(/^\s*-\s*/, '').split(',');
    out.push(`{{${unescaped ? '- ' : ''}${name!.trim()}${format.length ? ', ' + format.join(',').trim() : ''}}}`);
  }
  for (const m of value.matchAll(new RegExp(it.nestingRegexp.source, 'g'))) out.push(`$t(${m[1]!.split(',')[0]!.trim()})`);
  for (const m of value.matchAll(/<\/?([A-Za-z0-9]+)\s*\/?>/g)) out.push(m[0].replace(/\s+/g, ''));
  if (!out.length) return NONE;
  // Lists repeat ({{count}} in thousands of values): one shared, frozen copy each, not one per unit.
  const id = out.join('\0');
  let shared = LISTS.get(id);
  if (!shared) {
    shared = Object.freeze(out.slice()) as string[];
    if (LISTS.size < MAX_LISTS) LISTS.set(id, shared);
  }
  return shared;
}

const NONE = Object.freeze([]) as unknown as string[];
const LISTS = new Map<string, string[]>();
const MAX_LISTS = 10_000;

/** The locale a bundle path names: a folder (locales/zh-TW/common.json) or a file (zh-CN.json). */
export function localeOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/).reverse();
  const candidates = [parts[0]!.replace(/\.json$/i, ''), ...parts.slice(1)];
  return candidates.find((p) => /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})*$/.test(p))?.replace('_', '-');
}

function bundleFor(source: ParsedFile, target: ParsedFile, shown: string, ns: string | undefined, options: I18nextOptions, sourceShown = source.file): Bundle {
  const sourceLocale = options.sourceLocale ?? localeOf(source.file) ?? 'en';
  const targetLocale = options.targetLocale ?? localeOf(target.file) ?? 'zh';
  const bundle: Bundle = { format: 'i18next', escape: jsonString, path: shown, text: target.text, sourceLocale, targetLocale, units: [], extra: [], problems: [], sourceProblems: [] };
  if (target.unreadable) {
    bundle.problems.push(fileDiagnostic(target.unreadable));
    return bundle;
  }
  for (const d of jsonProblems(target)) bundle.problems.push(d);
  for (const diagnostic of jsonProblems(source)) bundle.sourceProblems.push({ path: sourceShown, diagnostic });
  if (source.errors.length || target.errors.length) return bundle;
  // Arrays are i18next's own (t('list', { returnObjects: true }), key.0): their strings are units.
  // Numbers, booleans and null are no text to translate: each is said once, not compared.
  const { strings: src, others: srcOthers } = source;
  const { strings: tgt, others: tgtOthers } = target;
  const tLines = new LineIndex(target.text);
  const sLines = new LineIndex(source.text);
  for (const o of tgtOthers) bundle.problems.push(notTextProblem(target.text, o, tLines));
  for (const o of srcOthers) bundle.sourceProblems.push({ path: sourceShown, diagnostic: notTextProblem(source.text, o, sLines) });
  const byKey = new Map(tgt.map((t) => [t.key, t]));
  const prefix = ns ? `${ns}${options.nsSeparator}` : '';
  const qualified = (k: string) => prefix + k;
  const targetCardinal = pluralSuffixes(targetLocale).cardinal;
  const targetOrdinal = pluralSuffixes(targetLocale).ordinal;
  const expected = new Set<string>();

  const addUnit = (sourceValue: string, targetKey: string) => {
    expected.add(targetKey);
    const t = byKey.get(targetKey);
    const key = qualified(targetKey);
    const sourcePlaceholders = i18nextPlaceholders(sourceValue);
    if (!t) {
      bundle.units.push({ key, source: sourceValue, sourcePlaceholders, targetPlaceholders: NONE });
      return;
    }
    // One object literal with every field: a million units keep their fields in the object itself.
    const { span, masked } = maskedContent(target.text, t);
    bundle.units.push({ key, source: sourceValue, sourcePlaceholders, targetPlaceholders: i18nextPlaceholders(t.value), target: t.value, span, maskedTarget: masked });
  };

  // Plural families: the source's forms collapse to one base, which the target needs in its own forms.
  const families = new Map<string, { ordinal: boolean; value: string; v3: boolean }>();
  const sourceValues = new Map(src.map((s) => [s.key, s.value]));
  for (const s of src) {
    const v3 = s.key.endsWith('_plural') && sourceValues.has(s.key.slice(0, -7));
    const m = PLURAL.exec(s.key);
    if (v3) continue;
    if (m) {
      const base = s.key.slice(0, m.index);
      const ordinal = m[0].startsWith('_ordinal');
      const family = families.get(base + (ordinal ? '#o' : '')) ?? { ordinal, value: s.value, v3: false };
      if (m[0].endsWith('_other')) family.value = s.value;
      families.set(base + (ordinal ? '#o' : ''), family);
    } else if (sourceValues.has(`${s.key}_plural`)) {
      families.set(s.key, { ordinal: false, value: sourceValues.get(`${s.key}_plural`)!, v3: true });
      addUnit(s.value, s.key);
    } else addUnit(s.value, s.key);
  }
  for (const [id, family] of families) {
    const base = id.replace(/#o$/, '');
    if (family.v3) {
      // i18next v3 JSON: key + key_plural; a one-form language needs only the key itself.
      for (const k of [`${base}_plural`, `${base}_other`, `${base}_0`]) if (byKey.has(k)) expected.add(k);
      continue;
    }
    for (const suffix of family.ordinal ? targetOrdinal : targetCardinal) addUnit(family.value, base + suffix);
  }
  for (const t of tgt) {
    if (expected.has(t.key)) continue;
    bundle.extra.push({
      key: qualified(t.key),
      span: t.keyOffset >= 0 ? { start: t.keyOffset, end: t.keyOffset + t.keyLength } : maskedContent(target.text, t).span,
    });
  }
  return bundle;
}

/** Bundles for a pair of i18next files, or of locale folders whose namespace files match by name. */
export function readI18nextPair(source: string, target: string, options: I18nextOptions, shown: (file: string) => string, load: Load): Bundle[] {
  const sStat = fs.statSync(source, { throwIfNoEntry: false });
  const tStat = fs.statSync(target, { throwIfNoEntry: false });
  if (!sStat) throw new TermlintError('pathNotFound', { path: source });
  if (!tStat) throw new TermlintError('pathNotFound', { path: target });
  const reading = { sep: options.keySeparator };
  if (sStat.isFile() && tStat.isFile()) return [bundleFor(readJson(source, load, reading), readJson(target, load, reading), shown(target), undefined, options, shown(source))];
  if (!sStat.isDirectory() || !tStat.isDirectory()) throw new TermlintError('checkPairKinds', { source, target });
  const names = fs.readdirSync(source).filter((f) => f.endsWith('.json')).sort();
  const bundles: Bundle[] = [];
  for (const name of names) {
    const ns = name.replace(/\.json$/, '');
    const targetFile = path.join(target, name);
    const sourceLocale = options.sourceLocale ?? localeOf(path.join(source, name));
    const targetLocale = options.targetLocale ?? localeOf(targetFile);
    const opts = { ...options, ...(sourceLocale ? { sourceLocale } : {}), ...(targetLocale ? { targetLocale } : {}) };
    const exists = fs.existsSync(targetFile);
    const targetParsed: ParsedFile = exists ? readJson(targetFile, load, reading) : { file: targetFile, text: '', errors: [], notes: [], strings: [], others: [] };
    const bundle = bundleFor(readJson(path.join(source, name), load, reading), targetParsed, shown(targetFile), ns, opts, shown(path.join(source, name)));
    if (!exists) bundle.missingFile = true;
    bundles.push(bundle);
  }
  return bundles;
}

export const format: BilingualFormat = {
  id: 'i18next',
  summary: 'i18next JSON: a source and a target file, or two locale folders of namespace files',
  pairing: 'pair',
  extensions: ['.json'],
  claims: (file, isDirectory) => isDirectory || /\.json$/i.test(file),
  readPair: ({ source, target, options, shown, load }) => readI18nextPair(source, target, options, shown, load),
};
