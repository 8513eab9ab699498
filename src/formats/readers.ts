// Readers turn a file's text into a masked copy of the same length, in which everything that is
// not prose (code, URLs, HTML, front matter, link targets) is blanked out, plus the inline
// directives found in comments. Rules read the masked text, so every offset is an offset into
// the original file.

import type { Directive, DirectiveKind, ReadResult } from '../core/analyze';

export type Reader = (text: string) => ReadResult;

/** Marks ranges to blank and builds the masked string once, keeping line breaks. */
class Mask {
  private readonly blanked: Uint8Array;
  private dirty = true;
  private cached = '';
  constructor(private readonly text: string) {
    this.blanked = new Uint8Array(text.length);
  }
  blank(start: number, end: number): void {
    this.blanked.fill(1, start, end);
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

function parseDirective(body: string, offset: number): Directive | undefined {
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  const rules = (m[2] ?? '')
    .replace(/--.*$/s, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules, offset };
}

// URLs, with or without a scheme (scraped pages often lose it: //github.com/...).
const URL = /(?:\b[a-z][a-z0-9+.-]*:)?\/\/[^\s<>()（）\u3000-\u303F\uFF00-\uFF0F]+|\bwww\.[^\s<>()（）]+|\b[\w.-]+@[\w-]+\.[\w.]+/gi;

/** Blanks every match that does not start inside text an earlier pattern already blanked. */
function maskMatches(text: string, mask: Mask, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!mask.isBlank(m.index)) mask.blank(m.index, m.index + m[0].length);
  }
}

/** Plain text: URLs are masked; `# termlint-…` and `// termlint-…` lines are directives. */
export const readPlain: Reader = (text) => {
  const mask = new Mask(text);
  const directives: Directive[] = [];
  const line = /^[ \t]*(?:#|\/\/)[ \t]*(termlint-[^\r\n]*)$/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const d = parseDirective(m[1]!, m.index);
    if (d) {
      directives.push(d);
      mask.blank(m.index, m.index + m[0].length);
    }
  }
  maskMatches(text, mask, URL);
  return { masked: mask.toString(), directives };
};

/** Markdown: prose is linted (headings, lists, tables, emphasis, link text); the rest is masked. */
export const readMarkdown: Reader = (text) => {
  const mask = new Mask(text);
  const directives: Directive[] = [];

  // Front matter at the very start.
  const front = /^(?:\uFEFF)?---[ \t]*\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) mask.blank(0, front[0].length);

  // Fenced code blocks (``` or ~~~, up to three spaces of indentation), to the closing fence.
  const lines = text.split(/(?<=\n)/);
  let pos = 0;
  let fence: { char: string; size: number; start: number } | undefined;
  for (const l of lines) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.size && /^ {0,3}[`~]+\s*$/.test(l)) {
        mask.blank(fence.start, pos + l.length);
        fence = undefined;
      }
    } else if (m) fence = { char: m[1]![0]!, size: m[1]!.length, start: pos };
    pos += l.length;
  }
  if (fence) mask.blank(fence.start, text.length);
  const afterFences = mask.toString();

  // HTML comments: directives, then masked.
  const comment = /<!--([^]*?)-->/g;
  for (let m = comment.exec(afterFences); m; m = comment.exec(afterFences)) {
    const d = parseDirective(m[1]!, m.index);
    if (d) directives.push(d);
    mask.blank(m.index, m.index + m[0].length);
  }
  const current = mask.toString();
  const patterns = [
    /(`+)(?!`)[^]*?[^`]\1(?!`)|``/g, // inline code
    /\$\$[^]*?\$\$|\$(?!\s)[^$\n]+?(?<!\s)\$/g, // math
    /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, // HTML tags
    /<[a-z][a-z0-9+.-]*:[^\s<>]*>/gi, // autolinks
    /^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, // reference definitions
    /(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g, // link and image targets
    /(?<=\])\[[^\]\n]*\]/g, // reference labels [text][label]
    URL,
  ];
  for (const re of patterns) maskMatches(current, mask, re);
  return { masked: mask.toString(), directives };
};
