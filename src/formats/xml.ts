// XML as the bilingual formats read it (XLIFF, Android strings): parsed with fast-xml-parser with
// element positions; any document type declaration is refused before anything is parsed, so no
// entity is ever expanded (billion laughs, external entities).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { blank, type Span } from '../core/bundle';
import { parseProblem } from '../core/diagnostic';
import { LineIndex } from '../core/positions';
import type { Diagnostic } from '../core/types';

export type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const META = XMLParser.getMetaDataSymbol() as unknown as string;

export function nameOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}

export function children(n: XNode): XNode[] {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function attr(n: XNode, a: string): string | undefined {
  return n[':@']?.[`@_${a}`];
}

/** The elements of a name below `nodes`, not descending into the ones found or into `stop`. */
export function find(nodes: XNode[], name: string, stop: ReadonlySet<string> = new Set()): XNode[] {
  const out: XNode[] = [];
  // Depth first, in document order, without recursion (any depth, any number of elements).
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    const own = nameOf(n);
    if (own === name) out.push(n);
    else if (!stop.has(own) && own !== '#text') {
      const kids = children(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** The raw content of an element, and a copy with tags and entities blanked for linting. */
export function region(text: string, n: XNode): { span: Span; masked: string } | undefined {
  const meta = (n as unknown as Record<string, { startIndex: number; endIndex?: number }>)[META];
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

/**
 * Where a document type declaration starts, scanning the markup as XML does: comments,
 * processing instructions and CDATA sections are skipped, so a mention inside them is harmless.
 */
export function doctypeAt(text: string): number {
  let i = 0;
  while ((i = text.indexOf('<', i)) !== -1) {
    if (text.startsWith('<!--', i)) i = end(text.indexOf('-->', i + 4), 3);
    else if (text.startsWith('<?', i)) i = end(text.indexOf('?>', i + 2), 2);
    else if (text.startsWith('<![CDATA[', i)) i = end(text.indexOf(']]>', i + 9), 3);
    else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) return i;
    else i++;
    if (i < 0) return -1;
  }
  return -1;
}

const end = (at: number, len: number) => (at === -1 ? -1 : at + len);

/** Deeper element nesting than any translation file needs (the XML parser's own limit is this). */
export const MAX_XML_DEPTH = 100;

/** Where elements of a well-formed document first nest deeper than MAX_XML_DEPTH (-1: nowhere). */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let i = 0;
  while ((i = text.indexOf('<', i)) !== -1) {
    if (text.startsWith('<!--', i)) i = end(text.indexOf('-->', i + 4), 3);
    else if (text.startsWith('<?', i)) i = end(text.indexOf('?>', i + 2), 2);
    else if (text.startsWith('<![CDATA[', i)) i = end(text.indexOf(']]>', i + 9), 3);
    else {
      const start = i;
      let quote = 0;
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quote) quote = c === quote ? 0 : quote;
        else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e) break;
      }
      if (text[start + 1] === '/') depth--;
      else if (text[start + 1] !== '!' && text[i - 1] !== '/' && ++depth > MAX_XML_DEPTH) return start;
    }
    if (i < 0) return -1;
  }
  return -1;
}

export type ParsedXml = { ok: true; nodes: XNode[] } | { ok: false; problem: Diagnostic };

/** Parses an XML translation file; problems come back as input/parse diagnostics at their place. */
export function parseXml(text: string): ParsedXml {
  const doctype = doctypeAt(text);
  if (doctype !== -1) {
    return { ok: false, problem: parseProblem(text, doctype, 9, 'a document type declaration (DTD) is not allowed in a translation file') };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const lines = new LineIndex(text);
    const offset = lines.lineStart(Math.max(0, valid.err.line - 1)) + Math.max(0, valid.err.col - 1);
    return { ok: false, problem: parseProblem(text, offset, 0, valid.err.msg) };
  }
  const deep = tooDeepAt(text);
  if (deep !== -1) return { ok: false, problem: parseProblem(text, deep, 1, `elements nested more than ${MAX_XML_DEPTH} levels deep`) };
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      preserveOrder: true,
      captureMetaData: true,
      processEntities: true,
      htmlEntities: false,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      maxNestedTags: MAX_XML_DEPTH + 1,
    });
    return { ok: true, nodes: parser.parse(text) as XNode[] };
  } catch (err) {
    return { ok: false, problem: parseProblem(text, 0, 0, (err as Error).message.split('\n')[0] ?? 'XML error') };
  }
}
