// XLIFF 1.2 (<trans-unit>) and 2.x (<unit>/<segment>): one file holds both sides. Parsed with
// fast-xml-parser; a DTD with entity declarations (billion laughs, external entities) is refused
// before anything is expanded.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Bundle, Span, Unit } from '../core/bundle';
import type { BilingualFormat } from './format';
import { blank } from '../core/bundle';
import { parseProblem } from '../core/diagnostic';
import { LineIndex } from '../core/positions';

type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const META = XMLParser.getMetaDataSymbol() as unknown as string;
const INLINE = new Set(['g', 'x', 'ph', 'bpt', 'ept', 'it', 'bx', 'ex', 'pc', 'sc', 'ec', 'sm', 'em']);
/** Inline elements whose content is native code, not translatable text. */
const CODE = new Set(['ph', 'bpt', 'ept', 'it']);

function nameOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}

function children(n: XNode): XNode[] {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

function attr(n: XNode, a: string): string | undefined {
  return n[':@']?.[`@_${a}`];
}

/** Text and inline-tag tokens of a <source> or <target>, in order. */
function content(nodes: XNode[], tokens: string[]): string {
  let text = '';
  for (const n of nodes) {
    const name = nameOf(n);
    if (name === '#text') text += String(n['#text'] ?? '');
    else if (INLINE.has(name)) {
      const id = attr(n, 'id') ?? attr(n, 'rid') ?? '';
      const kids = children(n);
      const paired = !CODE.has(name) && kids.length > 0;
      tokens.push(`<${name}${id ? ` id="${id}"` : ''}${paired ? '' : '/'}>`);
      if (paired) {
        text += content(kids, tokens);
        tokens.push(`</${name}${id ? ` id="${id}"` : ''}>`);
      }
    } else text += content(children(n), tokens);
  }
  return text;
}

function find(nodes: XNode[], name: string): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    if (nameOf(n) === name) out.push(n);
    else if (!INLINE.has(nameOf(n)) && nameOf(n) !== '#text') out.push(...find(children(n), name));
  }
  return out;
}

/** The raw content of an element, and a copy with tags and entities blanked for linting. */
function region(text: string, n: XNode): { span: Span; masked: string } | undefined {
  const meta = (n as unknown as Record<string, { startIndex: number; endIndex?: number }>)[META];
  if (!meta) return undefined;
  const open = text.indexOf('>', meta.startIndex);
  if (open === -1 || text[open - 1] === '/') return undefined;
  const end = meta.endIndex !== undefined ? text.lastIndexOf('</', meta.endIndex - 1) : -1;
  if (end < open) return undefined;
  const span = { start: open + 1, end };
  let masked = text.slice(span.start, span.end);
  for (const m of masked.matchAll(/<[^>]*>|&[#\w]+;/g)) masked = blank(masked, m.index!, m.index! + m[0].length);
  return { span, masked };
}

export function readXliff(text: string, shown: string): Bundle {
  const bundle: Bundle = { format: 'xliff', path: shown, text, sourceLocale: 'en', targetLocale: 'zh', units: [], extra: [], problems: [], sourceProblems: [] };
  const dtd = /<!DOCTYPE[^]*?(?:\]\s*>|>)/i.exec(text);
  if (dtd && /<!ENTITY|SYSTEM|PUBLIC/i.test(dtd[0])) {
    bundle.problems.push(parseProblem(text, dtd.index, Math.min(dtd[0].length, 9), 'DTD entity declarations and external DTDs are not allowed'));
    return bundle;
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const lines = new LineIndex(text);
    const offset = lines.lineStart(Math.max(0, valid.err.line - 1)) + Math.max(0, valid.err.col - 1);
    bundle.problems.push(parseProblem(text, offset, 0, valid.err.msg));
    return bundle;
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    preserveOrder: true,
    captureMetaData: true,
    processEntities: true,
    htmlEntities: false,
    trimValues: false,
    parseTagValue: false,
  });
  const doc = parser.parse(text) as XNode[];
  const root = doc.find((n) => nameOf(n) === 'xliff');
  if (!root) {
    bundle.problems.push(parseProblem(text, 0, 0, 'not an XLIFF file (no <xliff> element)'));
    return bundle;
  }
  const v2 = (attr(root, 'version') ?? '').startsWith('2');
  const file = find([root], 'file')[0];
  bundle.sourceLocale = (v2 ? attr(root, 'srcLang') : file && attr(file, 'source-language')) ?? 'en';
  bundle.targetLocale = (v2 ? attr(root, 'trgLang') : file && attr(file, 'target-language')) ?? 'zh';

  const addUnit = (key: string, source: XNode | undefined, target: XNode | undefined) => {
    const sourceTokens: string[] = [];
    const targetTokens: string[] = [];
    const unit: Unit = {
      key,
      source: source ? content(children(source), sourceTokens) : '',
      sourcePlaceholders: sourceTokens,
      targetPlaceholders: targetTokens,
    };
    if (target) {
      unit.target = content(children(target), targetTokens);
      const r = region(text, target);
      if (r) Object.assign(unit, { span: r.span, maskedTarget: r.masked });
    }
    const anchor = source && region(text, source);
    if (anchor) unit.anchor = anchor.span;
    bundle.units.push(unit);
  };
  if (v2) {
    for (const unit of find([root], 'unit')) {
      const segments = find(children(unit), 'segment');
      segments.forEach((seg, i) => {
        const key = segments.length > 1 ? `${attr(unit, 'id')}#${attr(seg, 'id') ?? i + 1}` : (attr(unit, 'id') ?? '');
        addUnit(key, find(children(seg), 'source')[0], find(children(seg), 'target')[0]);
      });
    }
  } else {
    for (const tu of find([root], 'trans-unit')) {
      if (attr(tu, 'translate') === 'no') continue;
      addUnit(attr(tu, 'id') ?? '', find(children(tu), 'source')[0], find(children(tu), 'target')[0]);
    }
  }
  return bundle;
}

export const format: BilingualFormat = {
  id: 'xliff',
  summary: 'XLIFF 1.2 and 2.x: source and target in one file',
  pairing: 'file',
  extensions: ['.xlf', '.xliff'],
  readFile: ({ text, shown }) => [readXliff(text, shown)],
};
