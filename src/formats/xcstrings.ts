// Apple String Catalogs (Localizable.xcstrings): one JSON file holding every language. Each
// Chinese localization it has (zh-Hans, zh-Hant, zh-HK…) is checked as its own bundle against the
// source language; plural variations are units of their own (Chinese needs only `other`);
// `shouldTranslate: false` strings are skipped; `state` other than `translated` is kept on the unit.
import type { Bundle, Unit } from '../core/bundle';
import { jsonProblems, jsonString, maskedContent, property, type Node, type ParsedFile } from './json';
import type { BilingualFormat, FileInput } from './format';
import { placeholdersOf } from './placeholders';
import { parseTree, type ParseError } from 'jsonc-parser';

const SYNTAXES = ['printf'] as const;

interface Value {
  value: string;
  node: Node;
  state?: string;
}

/** The string units of one localization: the stringUnit, or one per plural (or device) variation. */
function valuesOf(localization: Node | undefined): Map<string, Value> {
  const out = new Map<string, Value>();
  const walk = (node: Node | undefined, suffix: string) => {
    if (!node || node.type !== 'object') return;
    const unit = property(node, 'stringUnit');
    const value = property(unit, 'value');
    if (value?.type === 'string') {
      const state = property(unit, 'state')?.value;
      out.set(suffix, { value: String(value.value), node: value, ...(typeof state === 'string' ? { state } : {}) });
    }
    const variations = property(node, 'variations');
    for (const kind of variations?.children ?? []) {
      for (const variant of kind.children?.[1]?.children ?? []) {
        const [k, v] = variant.children ?? [];
        if (k && v) walk(v, `${suffix}[${String(k.value)}]`);
      }
    }
  };
  walk(localization, '');
  return out;
}

function readCatalog({ text, shown }: FileInput): Bundle[] {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const parsed: ParsedFile = { file: shown, text, errors, ...(root ? { root } : {}) };
  const empty = (targetLocale: string): Bundle => ({
    format: 'xcstrings',
    escape: jsonString,
    bothSides: true,
    path: shown,
    text,
    sourceLocale: String(property(root, 'sourceLanguage')?.value ?? 'en'),
    targetLocale,
    units: [],
    extra: [],
    problems: [],
    sourceProblems: [],
  });
  if (errors.length || !root) return [{ ...empty('zh'), problems: jsonProblems(parsed) }];
  const strings = property(root, 'strings');
  const sourceLanguage = String(property(root, 'sourceLanguage')?.value ?? 'en');
  const locales = new Set<string>();
  for (const entry of strings?.children ?? []) {
    for (const loc of property(entry.children?.[1], 'localizations')?.children ?? []) {
      const id = String(loc.children?.[0]?.value ?? '');
      if (/^zh\b/i.test(id)) locales.add(id);
    }
  }
  const bundles: Bundle[] = [];
  for (const locale of [...locales].sort()) {
    const bundle = empty(locale);
    for (const entry of strings?.children ?? []) {
      const key = String(entry.children?.[0]?.value ?? '');
      const body = entry.children?.[1];
      if (property(body, 'shouldTranslate')?.value === false) continue;
      const localizations = property(body, 'localizations');
      const source = valuesOf(property(localizations, sourceLanguage));
      const target = valuesOf(property(localizations, locale));
      // A key without a source localization is its own source text.
      if (!source.size) source.set('', { value: key, node: entry.children![0]! });
      for (const [suffix, s] of source) {
        const t = target.get(suffix);
        // Chinese has the plural form `other` only.
        if (!t && /\[(zero|one|two|few|many)\]$/.test(suffix)) continue;
        const unit: Unit = {
          key: `${key}${suffix}`,
          source: s.value,
          sourcePlaceholders: placeholdersOf(s.value, SYNTAXES),
          targetPlaceholders: t ? placeholdersOf(t.value, SYNTAXES) : [],
          anchor: maskedContent(text, entry.children![0]!).span,
        };
        if (t) {
          const { span, masked } = maskedContent(text, t.node);
          Object.assign(unit, { target: t.value, span, maskedTarget: masked, ...(t.state ? { state: t.state } : {}) });
          if (t.state === 'new') unit.review = 'untranslated';
          else if (t.state === 'needs_review') unit.review = 'needsReview';
        }
        bundle.units.push(unit);
      }
    }
    bundles.push(bundle);
  }
  return bundles.length ? bundles : [empty('zh')];
}

export const format: BilingualFormat = {
  id: 'xcstrings',
  summary: 'Apple String Catalogs (.xcstrings): every language in one file; each Chinese localization is checked',
  pairing: 'file',
  extensions: ['.xcstrings'],
  readFile: readCatalog,
};
