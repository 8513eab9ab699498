// Apple String Catalogs (Localizable.xcstrings): one JSON file holding every language. Each
// Chinese localization it has (zh-Hans, zh-Hant, zh-HK…) is checked as its own bundle against the
// source language; plural variations are units of their own (Chinese needs only `other`);
// `shouldTranslate: false` strings are skipped; `state` other than `translated` is kept on the unit.
import type { Bundle, Unit } from '../core/bundle';
import { entries, jsonProblems, jsonString, maskedContent, parseJson, property, type Node, type ParsedFile } from './json';
import type { BilingualFormat, FileInput } from './format';
import { placeholdersOf } from './placeholders';

const SYNTAXES = ['printf'] as const;

interface Value {
  value: string;
  node: Node;
  state?: string;
}

/** The string units of one localization: the stringUnit, or one per plural (or device) variation. */
function valuesOf(localization: Node | undefined): Map<string, Value> {
  const out = new Map<string, Value>();
  const stack: [Node | undefined, string][] = [[localization, '']];
  while (stack.length) {
    const [node, suffix] = stack.pop()!;
    if (!node || node.type !== 'object') continue;
    const unit = property(node, 'stringUnit');
    const value = property(unit, 'value');
    if (value?.type === 'string') {
      const state = property(unit, 'state')?.value;
      out.set(suffix, { value: String(value.value), node: value, ...(typeof state === 'string' ? { state } : {}) });
    }
    const variations = property(node, 'variations');
    const next: [Node, string][] = [];
    for (const kind of variations?.children ?? []) {
      for (const variant of kind.children?.[1]?.children ?? []) {
        const [k, v] = variant.children ?? [];
        if (k && v) next.push([v, `${suffix}[${String(k.value)}]`]);
      }
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return out;
}

function readCatalog({ text, shown }: FileInput): Bundle[] {
  const parsed: ParsedFile = { file: shown, text, ...parseJson(text) };
  const { root, errors } = parsed;
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
  const catalog = entries(strings);
  for (const [, body] of catalog) {
    for (const [loc] of entries(property(body, 'localizations'))) {
      const id = String(loc.value ?? '');
      if (/^zh\b/i.test(id)) locales.add(id);
    }
  }
  const bundles: Bundle[] = [];
  for (const locale of [...locales].sort()) {
    const bundle = empty(locale);
    for (const [keyNode, body] of catalog) {
      const key = String(keyNode.value ?? '');
      if (property(body, 'shouldTranslate')?.value === false) continue;
      const localizations = property(body, 'localizations');
      const source = valuesOf(property(localizations, sourceLanguage));
      const target = valuesOf(property(localizations, locale));
      // A key without a source localization is its own source text.
      if (!source.size) source.set('', { value: key, node: keyNode });
      for (const [suffix, s] of source) {
        const t = target.get(suffix);
        // Chinese has the plural form `other` only.
        if (!t && /\[(zero|one|two|few|many)\]$/.test(suffix)) continue;
        const unit: Unit = {
          key: `${key}${suffix}`,
          source: s.value,
          sourcePlaceholders: placeholdersOf(s.value, SYNTAXES),
          targetPlaceholders: t ? placeholdersOf(t.value, SYNTAXES) : [],
          anchor: maskedContent(text, keyNode).span,
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
  if (!bundles.length) bundles.push(empty('zh'));
  // Duplicate keys are said once, on the first bundle.
  for (const d of jsonProblems(parsed)) bundles[0]!.problems.push(d);
  return bundles;
}

export const format: BilingualFormat = {
  id: 'xcstrings',
  summary: 'Apple String Catalogs (.xcstrings): every language in one file; each Chinese localization is checked',
  pairing: 'file',
  extensions: ['.xcstrings'],
  readFile: readCatalog,
};
