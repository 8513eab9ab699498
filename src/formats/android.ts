// Android string resources: res/values/strings.xml and res/values-zh-rCN/strings.xml (or
// values-zh-rTW, values-b+zh+Hant…), given as two files or two `values*` folders whose XML files
// match by name. <string>, <plurals> (Chinese needs only `other`) and <string-array>; entries
// with translatable="false" are skipped; Android escapes (\' \" \n \@ \?) are unescaped for
// checking and blanked for linting; printf placeholders (%1$s, %d) and <xliff:g> tags compared.
import fs from 'node:fs';
import path from 'node:path';
import { blank, type Bundle, type Unit } from '../core/bundle';
import { fileDiagnostic } from '../core/diagnostic';
import type { BilingualFormat, Load, PairInput } from './format';
import { placeholdersOf } from './placeholders';
import { attr, children, nameOf, parseXml, region, xmlText, type XNode } from './xml';

/** The locale of a `values*` folder: values-zh-rTW → zh-TW, values-b+zh+Hant+TW → zh-Hant-TW, values → undefined. */
export function androidLocale(file: string): string | undefined {
  const dir = path.basename(fs.existsSync(file) && fs.statSync(file).isDirectory() ? file : path.dirname(file));
  const m = /^values-(.+)$/.exec(dir);
  if (!m) return undefined;
  if (m[1]!.startsWith('b+')) return m[1]!.slice(2).split('+').join('-');
  const parts = m[1]!.split('-');
  const lang = parts[0]!;
  if (!/^[a-z]{2,3}$/.test(lang)) return undefined;
  const region = parts.find((p) => /^r[A-Z]{2}$/.test(p));
  return region ? `${lang}-${region.slice(1)}` : lang;
}

interface Entry {
  key: string;
  value: string;
  tokens: string[];
  node: XNode;
}

/** Text of an element with Android escapes resolved; inline tags become placeholder tokens. */
function textOf(nodes: XNode[], tokens: string[]): string {
  let out = '';
  // Document order without recursion: a string on the stack is a closing tag's token.
  const stack: (XNode | string)[] = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      tokens.push(n);
      continue;
    }
    const name = nameOf(n);
    if (name === '#text') out += String(n['#text'] ?? '');
    else {
      const id = attr(n, 'id');
      tokens.push(`<${name}${id ? ` id="${id}"` : ''}>`);
      stack.push(`</${name}>`);
      const kids = children(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

const unescape = (s: string) =>
  s
    .replace(/^"([^]*)"$/, '$1')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);

/** The string entries of one resources file, keyed as Android addresses them (name, name[quantity], name[i]). */
function entriesOf(nodes: XNode[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const resources = nodes.find((n) => nameOf(n) === 'resources');
  for (const el of resources ? children(resources) : []) {
    const kind = nameOf(el);
    const name = attr(el, 'name');
    if (!name || attr(el, 'translatable') === 'false') continue;
    const add = (key: string, node: XNode) => {
      const tokens: string[] = [];
      const value = unescape(textOf(children(node), tokens));
      out.set(key, { key, value, tokens: [...tokens, ...placeholdersOf(value, ['printf'])], node });
    };
    if (kind === 'string') add(name, el);
    else if (kind === 'plurals') for (const item of children(el).filter((n) => nameOf(n) === 'item')) add(`${name}[${attr(item, 'quantity') ?? ''}]`, item);
    else if (kind === 'string-array') children(el).filter((n) => nameOf(n) === 'item').forEach((item, i) => add(`${name}[${i}]`, item));
  }
  return out;
}

/** A plural entry the target need not have: Chinese has the `other` form only. */
const optionalPlural = (key: string) => /\[(zero|one|two|few|many)\]$/.test(key);

function readPair(sourceFile: string, targetFile: string, shown: (f: string) => string, load: Load, locales: { source?: string; target?: string }): Bundle {
  const bundle: Bundle = {
    format: 'android',
    // Android resource strings: XML, and \' \" escaped with a backslash.
    escape: (s) => xmlText(s).replace(/['"]/g, (q) => `\\${q}`),
    path: shown(targetFile),
    text: '',
    sourceLocale: locales.source ?? androidLocale(sourceFile) ?? 'en',
    targetLocale: locales.target ?? androidLocale(targetFile) ?? 'zh',
    units: [],
    extra: [],
    problems: [],
    sourceProblems: [],
  };
  const t = load(targetFile);
  if (!t.ok) return { ...bundle, problems: [fileDiagnostic(t.problem)] };
  bundle.text = t.text;
  const s = load(sourceFile);
  if (!s.ok) return { ...bundle, sourceProblems: [{ path: shown(sourceFile), diagnostic: fileDiagnostic(s.problem) }] };
  const sx = parseXml(s.text);
  const tx = parseXml(t.text);
  if (!sx.ok) bundle.sourceProblems.push({ path: shown(sourceFile), diagnostic: sx.problem });
  if (!tx.ok) bundle.problems.push(tx.problem);
  if (!sx.ok || !tx.ok) return bundle;
  const src = entriesOf(sx.nodes);
  const tgt = entriesOf(tx.nodes);
  for (const [key, e] of src) {
    const found = tgt.get(key);
    if (!found && optionalPlural(key)) continue;
    const unit: Unit = { key, source: e.value, sourcePlaceholders: e.tokens, targetPlaceholders: found?.tokens ?? [] };
    if (found) {
      const r = region(t.text, found.node);
      unit.target = found.value;
      if (r) {
        let masked = r.masked;
        for (const m of masked.matchAll(/\\(?:u[0-9a-fA-F]{4}|.)/g)) masked = blank(masked, m.index!, m.index! + m[0].length);
        Object.assign(unit, { span: r.span, maskedTarget: masked });
      }
    }
    bundle.units.push(unit);
  }
  for (const [key, e] of tgt) {
    if (src.has(key) || /\[other\]$/.test(key)) continue;
    const r = region(t.text, e.node);
    if (r) bundle.extra.push({ key, span: r.span });
  }
  return bundle;
}

/** Two resources files, or two `values*` folders whose XML files pair by name. */
function readAndroid({ source, target, shown, options, load }: PairInput): Bundle[] {
  const locales = { ...(options.sourceLocale ? { source: options.sourceLocale } : {}), ...(options.targetLocale ? { target: options.targetLocale } : {}) };
  if (!fs.statSync(source).isDirectory()) return [readPair(source, target, shown, load, locales)];
  const names = fs.readdirSync(source).filter((f) => f.endsWith('.xml')).sort();
  return names.filter((n) => fs.existsSync(path.join(target, n))).map((n) => readPair(path.join(source, n), path.join(target, n), shown, load, locales));
}

export const format: BilingualFormat = {
  id: 'android',
  summary: 'Android string resources: values/strings.xml and values-zh-rCN/strings.xml (files or values* folders)',
  pairing: 'pair',
  extensions: ['.xml'],
  claims: (file, isDirectory) => (isDirectory ? /^values(-|$)/.test(path.basename(file)) : /\.xml$/i.test(file) && /^values(-|$)/.test(path.basename(path.dirname(file)))),
  readPair: readAndroid,
};
