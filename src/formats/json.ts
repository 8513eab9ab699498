// JSON translation files (i18next, ARB, String Catalogs) read with positions (jsonc-parser), so
// that a diagnostic points at the value in the file; escapes are blanked for linting.
import { parseTree, printParseErrorCode, visit, type Node } from 'jsonc-parser';
import { blank, type Span } from '../core/bundle';
import { LineIndex } from '../core/positions';
import { parseProblem, type DiagnosticInit } from '../core/diagnostic';
import { note, type NoteValue } from '../errors';
import type { Load } from './format';
import type { Diagnostic } from '../core/types';

export type { Node } from 'jsonc-parser';

/** Where a token is in the file. */
export interface Place {
  offset: number;
  length: number;
}

/** A string value by its key path; `keyOffset`/`keyLength` place its key (-1: an array item has none). */
export interface Flat extends Place {
  key: string;
  value: string;
  keyOffset: number;
  keyLength: number;
}

/** A value that is not a string where a string is expected (a number, a boolean, null). */
export interface NotText extends Place {
  key: string;
  type: string;
}

/** The raw string token's content with escapes blanked: linting it keeps file offsets exact. */
export function maskedContent(text: string, node: Place): { span: Span; masked: string } {
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
  /** The syntax tree, when asked for (formats that navigate the document: ARB, String Catalogs). */
  root?: Node;
  /** String values by key path, when a key separator was given (i18next); no tree is built for them. */
  strings: Flat[];
  /** Values that are not strings, with `strings`. */
  others: NotText[];
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

/** What to read from a JSON text besides its errors: string values by key path (`sep`), the tree. */
export interface JsonReading {
  /** Key separator for `strings` (i18next keySeparator; false: keys are joined as they are). */
  sep?: string | false;
  tree?: boolean;
}

interface Frame {
  array: boolean;
  prefix: string;
  index: number;
  /** An object's keys so far, with the offset of their first place. */
  seen?: Map<string, number>;
  key?: string;
  keyOffset?: number;
  keyLength?: number;
}

/**
 * One pass of jsonc-parser's visitor over JSON text, no tree: syntax errors, keys repeated in one
 * object (at the later key, whose value wins, naming the earlier one's line:column) and, with a
 * separator, the string values by key path (`a.b`, arrays by index: `list.0`). A repeated key keeps
 * its first place and its last value, as JSON.parse and i18next read it. Memory grows with the
 * values, not with a node per token: a million-key bundle stays small.
 */
function scanJson(text: string, sep: string | false | undefined): Omit<ParsedFile, 'file' | 'text' | 'root' | 'unreadable'> {
  const errors: JsonError[] = [];
  const notes: JsonError[] = [];
  const byKey = new Map<string, Flat>();
  const others: NotText[] = [];
  const frames: Frame[] = [];
  let lines: LineIndex | undefined;
  const join = (prefix: string, k: string) => (prefix ? (sep === false ? `${prefix}${k}` : `${prefix}${sep ?? '.'}${k}`) : k);
  /** The key path of the value that starts now, and where its key is. */
  const child = (): Frame => {
    const top = frames[frames.length - 1];
    if (!top) return { array: false, prefix: '', index: 0, keyOffset: -1, keyLength: 0 };
    if (top.array) return { array: false, prefix: join(top.prefix, String(top.index++)), index: 0, keyOffset: -1, keyLength: 0 };
    return { array: false, prefix: join(top.prefix, top.key ?? ''), index: 0, keyOffset: top.keyOffset ?? -1, keyLength: top.keyLength ?? 0 };
  };
  const open = (array: boolean) => {
    const c = child();
    frames.push({ array, prefix: c.prefix, index: 0, ...(array ? {} : { seen: new Map<string, number>() }) });
  };
  visit(
    text,
    {
      onObjectBegin: () => open(false),
      onArrayBegin: () => open(true),
      onObjectEnd: () => void frames.pop(),
      onArrayEnd: () => void frames.pop(),
      onObjectProperty: (name, offset, length) => {
        const top = frames[frames.length - 1]!;
        Object.assign(top, { key: name, keyOffset: offset, keyLength: length });
        const first = top.seen!.get(name);
        if (first === undefined) top.seen!.set(name, offset);
        else {
          lines ??= new LineIndex(text);
          const at = lines.position(first);
          notes.push({ offset, length, detail: note('parse.duplicateKey', { key: JSON.stringify(name), at: `${at.line}:${at.column}` }) });
        }
      },
      onLiteralValue: (value: unknown, offset, length) => {
        if (sep === undefined) return;
        const c = child();
        if (typeof value !== 'string') {
          others.push({ key: c.prefix, offset, length, type: value === null ? 'null' : typeof value });
          return;
        }
        const seen = byKey.get(c.prefix);
        if (seen) Object.assign(seen, { value, offset, length });
        else byKey.set(c.prefix, { key: c.prefix, value, offset, length, keyOffset: c.keyOffset!, keyLength: c.keyLength! });
      },
      onError: (error, offset, length) => void errors.push({ offset, length, detail: printParseErrorCode(error) }),
    },
    { allowTrailingComma: false, disallowComments: true },
  );
  return { errors, notes: errors.length ? [] : notes, strings: [...byKey.values()], others };
}

/** Parses JSON text with positions; nesting past MAX_JSON_DEPTH is an error, not a stack overflow. */
export function parseJson(text: string, reading: JsonReading = { tree: true }): Omit<ParsedFile, 'file' | 'text' | 'unreadable'> {
  const deep = tooDeepAt(text);
  if (deep !== -1) return { errors: [{ offset: deep, length: 1, detail: note('parse.jsonTooDeep', { max: MAX_JSON_DEPTH }) }], notes: [], strings: [], others: [] };
  const scan = scanJson(text, reading.sep);
  const root = reading.tree && !scan.errors.length ? parseTree(text, [], { allowTrailingComma: false, disallowComments: true }) : undefined;
  return { ...scan, ...(root ? { root } : {}) };
}

export function readJson(file: string, load: Load, reading?: JsonReading): ParsedFile {
  const loaded = load(file);
  if (!loaded.ok) return { file, text: '', errors: [], notes: [], strings: [], others: [], unreadable: loaded.problem };
  return { file, text: loaded.text, ...parseJson(loaded.text, reading) };
}

/** The errors and notes of a JSON file as input/parse diagnostics. */
export function jsonProblems(parsed: ParsedFile): Diagnostic[] {
  const lines = new LineIndex(parsed.text); // one index for all: a file can have a finding per key
  return [...parsed.errors, ...parsed.notes].map((e) => parseProblem(parsed.text, e.offset, e.length, e.detail, lines));
}

/** A value that is not text, as an input/parse diagnostic naming its key and type. */
export function notTextProblem(text: string, other: NotText, lines?: LineIndex): Diagnostic {
  return parseProblem(text, other.offset, other.length, note('parse.notString', { key: other.key, type: other.type }), lines);
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
