// XML as the bilingual formats read it (XLIFF, Android strings): the shared reader in text/xml.ts,
// with problems turned into input/parse diagnostics and element contents blanked for linting.
import { blank, type Span } from '../core/bundle';
import { parseProblem } from '../core/diagnostic';
import { note } from '../errors';
import { LineIndex } from '../core/positions';
import type { Diagnostic } from '../core/types';
import { MAX_XML_DEPTH, metaOf, parseXmlTree, type XNode } from '../text/xml';

export { attr, children, doctypeAt, find, nameOf, type XNode } from '../text/xml';

/** The raw content of an element, and a copy with tags and entities blanked for linting. */
export function region(text: string, n: XNode): { span: Span; masked: string } | undefined {
  const meta = metaOf(n);
  if (!meta) return undefined;
  const open = text.indexOf('>', meta.startIndex);
  if (open === -1 || text[open - 1] === '/') return undefined;
  const end = meta.endIndex !== undefined ? text.lastIndexOf('</', meta.endIndex - 1) : -1;
  if (end < open) return undefined;
  const span = { start: open + 1, end };
  let masked = text.slice(span.start, span.end);
  for (const m of masked.matchAll(/<!\[CDATA\[|\]\]>|<[^>]*>|&[#\w]+;/g)) masked = blank(masked, m.index!, m.index! + m[0].length);
  return { span, masked };
}

export type ParsedXml = { ok: true; nodes: XNode[] } | { ok: false; problem: Diagnostic };

/** Parses an XML translation file; problems come back as input/parse diagnostics at their place. */
export function parseXml(text: string): ParsedXml {
  const tree = parseXmlTree(text);
  if (tree.ok) return tree;
  if (tree.kind !== 'syntax') {
    const detail = tree.kind === 'doctype' ? note('parse.doctype') : note('parse.tooDeep', { max: MAX_XML_DEPTH });
    return { ok: false, problem: parseProblem(text, tree.offset, tree.kind === 'doctype' ? 9 : 1, detail) };
  }
  const lines = new LineIndex(text);
  const offset = lines.lineStart(Math.max(0, tree.line - 1)) + Math.max(0, tree.column - 1);
  return { ok: false, problem: parseProblem(text, offset, 0, tree.message) };
}

/** Text as it is written in XML character data. */
export const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
