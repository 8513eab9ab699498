// Flutter ARB (Application Resource Bundle): app_en.arb and app_zh.arb / app_zh_Hant.arb, JSON
// with ICU MessageFormat messages; `@key` entries are metadata and `@@locale` names the locale.
// Placeholders are compared as ICU arguments (plural and select included), not as text.
import fs from 'node:fs';
import path from 'node:path';
import type { Bundle, Unit } from '../core/bundle';
import { fileDiagnostic } from '../core/diagnostic';
import { LineIndex } from '../core/positions';
import type { BilingualFormat, PairInput } from './format';
import { entries, jsonProblems, jsonString, maskedContent, notTextProblem, property, readJson, type NotText, type ParsedFile } from './json';
import { placeholdersOf } from './placeholders';

/** The locale of an ARB file: its `@@locale`, else the file name's suffix (app_zh_Hant.arb → zh-Hant). */
export function arbLocale(parsed: ParsedFile): string | undefined {
  const declared = property(parsed.root, '@@locale')?.value;
  if (typeof declared === 'string') return declared.replace(/_/g, '-');
  const m = /_([a-z]{2,3}(?:_[A-Za-z]{2,4})*)\.arb$/i.exec(path.basename(parsed.file));
  return m?.[1]?.replace(/_/g, '-');
}

/** Messages of an ARB file: every property whose key does not start with @; values that are not strings go to `others`. */
function messages(parsed: ParsedFile, others: NotText[]): Map<string, { value: string; node: NonNullable<ParsedFile['root']> }> {
  const out = new Map<string, { value: string; node: NonNullable<ParsedFile['root']> }>();
  for (const [k, v] of entries(parsed.root)) {
    if (String(k.value).startsWith('@')) continue;
    if (v.type === 'string') out.set(String(k.value), { value: String(v.value), node: v });
    else others.push({ key: String(k.value), offset: v.offset, length: v.length, type: v.type });
  }
  return out;
}

export function readArbPair({ source, target, shown, options, load }: PairInput): Bundle[] {
  const s = readJson(source, load);
  const t = readJson(target, load);
  const bundle: Bundle = {
    format: 'arb',
    escape: jsonString,
    path: shown(target),
    text: t.text,
    sourceLocale: options.sourceLocale ?? arbLocale(s) ?? 'en',
    targetLocale: options.targetLocale ?? arbLocale(t) ?? 'zh',
    units: [],
    extra: [],
    problems: [],
    sourceProblems: [],
  };
  if (t.unreadable) {
    bundle.problems.push(fileDiagnostic(t.unreadable));
    return [bundle];
  }
  if (s.unreadable) bundle.sourceProblems.push({ path: shown(source), diagnostic: fileDiagnostic(s.unreadable) });
  for (const d of jsonProblems(t)) bundle.problems.push(d);
  for (const diagnostic of jsonProblems(s)) bundle.sourceProblems.push({ path: shown(source), diagnostic });
  if (s.unreadable || s.errors.length || t.errors.length) return [bundle];
  const srcOthers: NotText[] = [];
  const tgtOthers: NotText[] = [];
  const src = messages(s, srcOthers);
  const tgt = messages(t, tgtOthers);
  const tLines = new LineIndex(t.text);
  const sLines = new LineIndex(s.text);
  for (const o of tgtOthers) bundle.problems.push(notTextProblem(t.text, o, tLines));
  for (const o of srcOthers) bundle.sourceProblems.push({ path: shown(source), diagnostic: notTextProblem(s.text, o, sLines) });
  for (const [key, { value }] of src) {
    const unit: Unit = { key, source: value, sourcePlaceholders: placeholdersOf(value, ['icu']), targetPlaceholders: [] };
    const found = tgt.get(key);
    if (found) {
      const { span, masked } = maskedContent(t.text, found.node);
      Object.assign(unit, { target: found.value, span, maskedTarget: masked, targetPlaceholders: placeholdersOf(found.value, ['icu']) });
    }
    bundle.units.push(unit);
  }
  for (const [key, { node }] of tgt) {
    if (src.has(key)) continue;
    const keyNode = node.parent?.children?.[0];
    bundle.extra.push({ key, span: keyNode ? { start: keyNode.offset, end: keyNode.offset + keyNode.length } : maskedContent(t.text, node).span });
  }
  return [bundle];
}

export const format: BilingualFormat = {
  id: 'arb',
  summary: 'Flutter ARB: a source and a target .arb file (ICU MessageFormat, @key metadata)',
  pairing: 'pair',
  extensions: ['.arb'],
  claims: (file, isDirectory) => !isDirectory && /\.arb$/i.test(file) && fs.existsSync(file),
  readPair: readArbPair,
};
