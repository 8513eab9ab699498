// XML as termlint reads it (XLIFF, Android strings, TBX term bases): fast-xml-parser in
// preserve-order mode with element positions. Any document type declaration is refused before
// anything is parsed, so no entity is ever expanded (billion laughs, external entities).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

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

/** The text content of an element (its text nodes and those of its descendants). */
export function textOf(n: XNode): string {
  if (nameOf(n) === '#text') return String(n['#text'] ?? '');
  return children(n).map(textOf).join('');
}

/** Where an element starts in the text it was parsed from, if the parser recorded it. */
export function startOf(n: XNode): number | undefined {
  return (n as unknown as Record<string, { startIndex?: number }>)[META]?.startIndex;
}

/** Where an element's start and end tags are, from the parser's metadata. */
export function metaOf(n: XNode): { startIndex: number; endIndex?: number } | undefined {
  return (n as unknown as Record<string, { startIndex: number; endIndex?: number }>)[META];
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

/** Deeper element nesting than any translation file or term base needs (the parser's own limit). */
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

/** A parsed document, or where and why it could not be parsed (line and column are 1-based). */
export type XmlTree =
  | { ok: true; nodes: XNode[] }
  | { ok: false; kind: 'doctype' | 'depth'; offset: number; message: string }
  | { ok: false; kind: 'syntax'; line: number; column: number; message: string };

/** Parses an XML document: DOCTYPE refused, well-formedness checked, then the ordered tree. */
export function parseXmlTree(text: string): XmlTree {
  const doctype = doctypeAt(text);
  if (doctype !== -1) return { ok: false, kind: 'doctype', offset: doctype, message: 'a document type declaration (DTD) is not allowed' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, kind: 'syntax', line: valid.err.line, column: valid.err.col, message: valid.err.msg };
  const deep = tooDeepAt(text);
  if (deep !== -1) return { ok: false, kind: 'depth', offset: deep, message: `elements nested more than ${MAX_XML_DEPTH} levels deep` };
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
    return { ok: false, kind: 'syntax', line: 1, column: 1, message: (err as Error).message.split('\n')[0] ?? 'XML error' };
  }
}
