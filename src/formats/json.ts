// JSON translation files (i18next, ARB, String Catalogs) read with positions (jsonc-parser), so
// that a diagnostic points at the value in the file; escapes are blanked for linting.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { blank, type Span } from '../core/bundle';
import { parseProblem, type DiagnosticInit } from '../core/diagnostic';
import type { Load } from './format';
import type { Diagnostic } from '../core/types';

export type { Node } from 'jsonc-parser';

export interface Flat {
  key: string;
  value: string;
  node: Node;
}

export function flatten(node: Node, prefix: string, sep: string | false, out: Flat[]): void {
  if (node.type === 'object') {
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v) continue;
      const key = prefix ? (sep === false ? `${prefix}${k.value}` : `${prefix}${sep}${k.value}`) : String(k.value);
      flatten(v, key, sep, out);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((v, i) => flatten(v, sep === false ? `${prefix}${i}` : `${prefix}${sep}${i}`, sep, out));
  } else if (node.type === 'string') out.push({ key: prefix, value: node.value as string, node });
}

/** The raw string token's content with escapes blanked: linting it keeps file offsets exact. */
export function maskedContent(text: string, node: Node): { span: Span; masked: string } {
  const span = { start: node.offset + 1, end: node.offset + node.length - 1 };
  let raw = text.slice(span.start, span.end);
  for (const m of raw.matchAll(/\\(?:u[0-9a-fA-F]{4}|.)/g)) raw = blank(raw, m.index!, m.index! + m[0].length);
  return { span, masked: raw };
}

export interface ParsedFile {
  file: string;
  text: string;
  root?: Node;
  errors: ParseError[];
  /** Could not be read (not a regular file, too large, not UTF-8): reported once, the file is not checked. */
  unreadable?: DiagnosticInit;
}

export function readJson(file: string, load: Load): ParsedFile {
  const loaded = load(file);
  if (!loaded.ok) return { file, text: '', errors: [], unreadable: loaded.problem };
  const text = loaded.text;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  return { file, text, root, errors };
}


/** The parse errors of a JSON file as input/parse diagnostics. */
export function jsonProblems(parsed: ParsedFile): Diagnostic[] {
  return parsed.errors.map((e) => parseProblem(parsed.text, e.offset, e.length, printParseErrorCode(e.error)));
}

/** A property's value node in an object node. */
export function property(node: Node | undefined, key: string): Node | undefined {
  return node?.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
}

/** Text as it is written inside a JSON string. */
export const jsonString = (s: string): string => JSON.stringify(s).slice(1, -1);
