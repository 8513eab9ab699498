// JSON translation files (i18next, ARB, String Catalogs) read with positions (jsonc-parser), so
// that a diagnostic points at the value in the file; escapes are blanked for linting.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { blank, type Span } from '../core/bundle';
import { LineIndex } from '../core/positions';
import { parseProblem, type DiagnosticInit } from '../core/diagnostic';
import { note, type NoteValue } from '../errors';
import type { Load } from './format';
import type { Diagnostic } from '../core/types';

export type { Node } from 'jsonc-parser';

export interface Flat {
  key: string;
  value: string;
  node: Node;
}

/** A value that is not a string where a string is expected (a number, a boolean, null). */
export interface NotText {
  key: string;
  node: Node;
}

/**
 * The string values of a JSON tree by key path (`a.b`, arrays by index: `list.0`), walked without
 * recursion. A repeated key keeps its first place and its last value, as JSON.parse and i18next
 * read it; values that are not strings, objects or arrays go to `others`.
 */
export function flatten(root: Node, sep: string | false, others: NotText[] = []): Flat[] {
  const byKey = new Map<string, Flat>();
  const stack: [Node, string][] = [[root, '']];
  while (stack.length) {
    const [node, prefix] = stack.pop()!;
    const next: [Node, string][] = [];
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        next.push([v, prefix ? (sep === false ? `${prefix}${k.value}` : `${prefix}${sep}${k.value}`) : String(k.value)]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((v, i) => next.push([v, sep === false ? `${prefix}${i}` : `${prefix}${sep}${i}`]));
    } else if (node.type === 'string') {
      const seen = byKey.get(prefix);
      if (seen) Object.assign(seen, { value: node.value as string, node });
      else byKey.set(prefix, { key: prefix, value: node.value as string, node });
    } else others.push({ key: prefix, node });
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return [...byKey.values()];
}

/** The raw string token's content with escapes blanked: linting it keeps file offsets exact. */
export function maskedContent(text: string, node: Node): { span: Span; masked: string } {
  const span = { start: node.offset + 1, end: node.offset + node.length - 1 };
  let raw = text.slice(span.start, span.end);
  for (const m of raw.matchAll(/\\(?:u[0-9a-fA-F]{4}|.)/g)) raw = blank(raw, m.index!, m.index! + m[0].length);
  return { span, masked: raw };
}

/** A problem in a JSON file, at its place. */
export interface JsonError {
  offset: number;
  length: number;
  detail: NoteValue;
}

export interface ParsedFile {
  file: string;
  text: string;
  root?: Node;
  /** Syntax errors, or nesting too deep to parse: nothing in the file is checked. */
  errors: JsonError[];
  /** Reported, but the file is still checked: duplicate keys (the later value wins). */
  notes: JsonError[];
  /** Could not be read (not a regular file, too large, not UTF-8): reported once, the file is not checked. */
  unreadable?: DiagnosticInit;
}

/** Deeper nesting than any translation file needs; the parser recurses, so it is refused before. */
export const MAX_JSON_DEPTH = 256;

/** Where the nesting first goes deeper than MAX_JSON_DEPTH (-1: nowhere), strings skipped. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** Keys repeated in one object, at the later key (whose value wins), naming the earlier one's line:column. */
function duplicateKeys(text: string, root: Node): JsonError[] {
  const out: JsonError[] = [];
  let lines: LineIndex | undefined;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const seen = new Map<unknown, Node>();
    for (const child of node.children ?? []) {
      if (node.type === 'object') {
        const [k, v] = child.children ?? [];
        if (!k) continue;
        const first = seen.get(k.value);
        if (first) {
          lines ??= new LineIndex(text);
          const at = lines.position(first.offset);
          out.push({ offset: k.offset, length: k.length, detail: note('parse.duplicateKey', { key: JSON.stringify(k.value), at: `${at.line}:${at.column}` }) });
        } else seen.set(k.value, k);
        if (v) stack.push(v);
      } else stack.push(child);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Parses JSON text with positions; nesting past MAX_JSON_DEPTH is an error, not a stack overflow. */
export function parseJson(text: string): Pick<ParsedFile, 'root' | 'errors' | 'notes'> {
  const deep = tooDeepAt(text);
  if (deep !== -1) return { errors: [{ offset: deep, length: 1, detail: note('parse.jsonTooDeep', { max: MAX_JSON_DEPTH }) }], notes: [] };
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  const errors = parseErrors.map((e) => ({ offset: e.offset, length: e.length, detail: printParseErrorCode(e.error) }));
  const notes = root && !errors.length ? duplicateKeys(text, root) : [];
  return { ...(root ? { root } : {}), errors, notes };
}

export function readJson(file: string, load: Load): ParsedFile {
  const loaded = load(file);
  if (!loaded.ok) return { file, text: '', errors: [], notes: [], unreadable: loaded.problem };
  return { file, text: loaded.text, ...parseJson(loaded.text) };
}

/** The errors and notes of a JSON file as input/parse diagnostics. */
export function jsonProblems(parsed: ParsedFile): Diagnostic[] {
  const lines = new LineIndex(parsed.text); // one index for all: a file can have a finding per key
  return [...parsed.errors, ...parsed.notes].map((e) => parseProblem(parsed.text, e.offset, e.length, e.detail, lines));
}

/** A value that is not text, as an input/parse diagnostic naming its key and type. */
export function notTextProblem(text: string, other: NotText, lines?: LineIndex): Diagnostic {
  return parseProblem(text, other.node.offset, other.node.length, note('parse.notString', { key: other.key, type: other.node.type }), lines);
}

/** A property's value node in an object node (the last, if the key repeats: its value wins). */
export function property(node: Node | undefined, key: string): Node | undefined {
  const props = node?.children ?? [];
  for (let i = props.length - 1; i >= 0; i--) if (props[i]!.children?.[0]?.value === key) return props[i]!.children?.[1];
  return undefined;
}

/** An object's properties, a repeated key once: at its first place, with its last value (as JSON.parse). */
export function entries(node: Node | undefined): [Node, Node][] {
  const byKey = new Map<unknown, [Node, Node]>();
  for (const prop of node?.type === 'object' ? (node.children ?? []) : []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const seen = byKey.get(k.value);
    if (seen) seen[1] = v;
    else byKey.set(k.value, [k, v]);
  }
  return [...byKey.values()];
}

/** Text as it is written inside a JSON string. */
export const jsonString = (s: string): string => JSON.stringify(s).slice(1, -1);
