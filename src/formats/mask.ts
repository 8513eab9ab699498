// What every reader shares: the result type, a mask that blanks ranges of the text while keeping
// its length and line breaks, inline directives, and URLs in prose.

import type { Directive, DirectiveKind, Read, ReadResult } from '../core/analyze';

export type { Directive, DirectiveKind, ReadResult };
export type Reader = Read;

/** A reader for the files with one of `extensions` (lower case, with the dot). */
export interface FormatReader {
  id: 'markdown' | 'mdx' | 'plain';
  extensions: string[];
  read: Reader;
}

/** Marks ranges to blank and builds the masked string once, keeping line breaks. */
export class Mask {
  private readonly blanked: Uint8Array;
  private dirty = true;
  private cached = '';
  constructor(private readonly text: string) {
    this.blanked = new Uint8Array(text.length);
  }
  blank(start: number, end: number): void {
    if (end <= start) return;
    this.blanked.fill(1, Math.max(0, start), Math.min(this.text.length, end));
    this.dirty = true;
  }
  isBlank(at: number): boolean {
    return this.blanked[at] === 1;
  }
  toString(): string {
    if (!this.dirty) return this.cached;
    const parts: string[] = [];
    let i = 0;
    const n = this.text.length;
    while (i < n) {
      let j = i;
      while (j < n && this.blanked[j] === 0) j++;
      if (j > i) parts.push(this.text.slice(i, j));
      i = j;
      while (j < n && this.blanked[j] === 1) j++;
      if (j > i) parts.push(this.text.slice(i, j).replace(/[^\r\n]/g, ' '));
      i = j;
    }
    this.cached = parts.join('');
    this.dirty = false;
    return this.cached;
  }
}

const DIRECTIVE = /^\s*termlint-(disable-next-line|disable-line|disable|enable)\b([^]*)$/;

/** A directive in a comment's body (`termlint-disable rule-a, rule-b -- why`), or undefined. */
export function parseDirective(body: string, offset: number): Directive | undefined {
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  const rules = (m[2] ?? '')
    .replace(/--.*$/s, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules, offset };
}

// URLs, with or without a scheme (scraped pages often lose it: //github.com/...), www. addresses
// and e-mail addresses. Found from their anchors (`//`, `www.`, `@`) and grown outwards, so the
// scan is linear: a regular expression with an optional scheme or a leading `[\w.-]+` backtracks
// quadratically on text like `a.a.a.a…`.
const URL_CHAR = /[^\s<>()（）\u3000-\u303F\uFF00-\uFF0F]/;
const WWW_CHAR = /[^\s<>()（）]/;
const SCHEME_CHAR = /[a-z0-9+.-]/i;
const WORD = /\w/;
const LETTER = /[a-z]/i;

function runRight(text: string, from: number, char: RegExp): number {
  let i = from;
  while (i < text.length && char.test(text[i]!)) i++;
  return i;
}

function runLeft(text: string, from: number, char: RegExp, floor: number): number {
  let i = from;
  while (i > floor && char.test(text[i - 1]!)) i--;
  return i;
}

const wordAt = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);

/** Start and end of every URL and e-mail address, left to right, not overlapping. */
export function findUrls(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let floor = 0; // end of the last URL: nothing is searched twice
  const next = { '//': -2, 'www.': -2, '@': -2 };
  for (let i = 0; i < text.length; ) {
    // The next occurrence of each anchor, searched again only once passed.
    for (const k of Object.keys(next) as Array<keyof typeof next>) if (next[k] !== -1 && next[k] < i) next[k] = text.indexOf(k, i);
    const slash = next['//'];
    const www = next['www.'];
    const at = next['@'];
    const anchors = [slash, www, at].filter((a) => a >= 0);
    if (!anchors.length) break;
    const a = Math.min(...anchors);
    let range: [number, number] | undefined;
    if (a === slash) {
      const end = runRight(text, a + 2, URL_CHAR);
      if (end > a + 2) {
        let start = a;
        if (text[a - 1] === ':') {
          const run = runLeft(text, a - 1, SCHEME_CHAR, floor);
          for (let s = run; s < a - 1; s++) {
            if (LETTER.test(text[s]!) && !wordAt(text, s - 1)) {
              start = s;
              break;
            }
          }
        }
        range = [start, end];
      }
    } else if (a === www) {
      if (!wordAt(text, a - 1)) range = [a, runRight(text, a + 4, WWW_CHAR)];
    } else {
      let start = runLeft(text, a, /[\w.-]/, floor);
      while (start < a && !WORD.test(text[start]!)) start++;
      const host = runRight(text, a + 1, /[\w-]/);
      const end = text[host] === '.' ? runRight(text, host + 1, /[\w.]/) : host;
      if (start < a && host > a + 1 && end > host + 1) range = [start, end];
    }
    if (range) {
      found.push(range);
      floor = range[1];
      i = Math.max(range[1], a + 1);
    } else i = a + 1;
  }
  return found;
}

/** Blanks every URL and e-mail address of `text` that does not start inside text already blanked. */
export function maskUrls(text: string, mask: Mask): void {
  for (const [start, end] of findUrls(text)) if (!mask.isBlank(start)) mask.blank(start, end);
}
