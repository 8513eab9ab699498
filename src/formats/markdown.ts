// Markdown and MDX readers on the micromark parser (mdast-util-from-markdown, with GFM, math, front
// matter and MDX). The syntax tree says what is prose; everything else is blanked: front matter,
// code, math, HTML tags and comments, JSX tags, expressions and ESM, link and image targets,
// reference definitions, autolinks. Markdown punctuation (#, -, >, |, *) stays, as rules read it.
// Emphasis, setext headings and literal autolinks are not parsed (see optionsFor). micromark is
// super-linear on some inputs (thousands of unclosed `[a](` or `x <!--` in one paragraph,
// hundreds of nested `>`); such blocks are found by a linear pre-scan and parsed in small pieces,
// so reading stays linear. MDX that does not parse (HTML void tags, `{#if}` templates, `<` or `{`
// in prose) is read as Markdown with JSX-like tags and `{…}` blanked.
// The parser packages are ESM, loaded with require() (Node ≥ 20.19) on first use: ≈ 0.1 s that
// plain-text runs do not pay; the MDX ones only for MDX.
import type * as FromMarkdown from 'mdast-util-from-markdown';
import type * as Frontmatter from 'micromark-extension-frontmatter';
import type * as FrontmatterTree from 'mdast-util-frontmatter';
import type * as Gfm from 'micromark-extension-gfm';
import type * as GfmTree from 'mdast-util-gfm';
import type * as MathSyntax from 'micromark-extension-math';
import type * as MathTree from 'mdast-util-math';
import type * as Mdx from 'micromark-extension-mdxjs';
import type * as MdxTree from 'mdast-util-mdx';
import { Mask, maskUrls, parseDirective, type Directive, type FormatReader, type ReadResult } from './mask';

/** The parts of an mdast node the reader looks at (mdast, GFM, math, front matter and MDX nodes). */
interface Node {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
  value?: string;
  referenceType?: string;
}

/** `mdx-markdown`: MDX that does not parse, read as Markdown without indented code (as in MDX). */
type Syntax = 'markdown' | 'mdx' | 'mdx-markdown';

type Options = FromMarkdown.Options;
const parserOptions: Partial<Record<Syntax, Options>> = {};

function optionsFor(syntax: Syntax): Options {
  const known = parserOptions[syntax];
  if (known) return known;
  if (syntax === 'mdx') {
    const { mdxjs } = require('micromark-extension-mdxjs') as typeof Mdx;
    const { mdxFromMarkdown } = require('mdast-util-mdx') as typeof MdxTree;
    const markdown = optionsFor('markdown');
    return (parserOptions.mdx = {
      extensions: [mdxjs(), ...(markdown.extensions ?? [])],
      mdastExtensions: [mdxFromMarkdown(), ...(markdown.mdastExtensions ?? [])],
    });
  }
  const { gfm } = require('micromark-extension-gfm') as typeof Gfm;
  const { gfmFromMarkdown } = require('mdast-util-gfm') as typeof GfmTree;
  const { math } = require('micromark-extension-math') as typeof MathSyntax;
  const { mathFromMarkdown } = require('mdast-util-math') as typeof MathTree;
  const { frontmatter } = require('micromark-extension-frontmatter') as typeof Frontmatter;
  const { frontmatterFromMarkdown } = require('mdast-util-frontmatter') as typeof FrontmatterTree;
  const matter: Array<'yaml' | 'toml'> = ['yaml', 'toml'];
  // GFM without literal autolinks (www.…, https://… in prose): they cost a lookup at every
  // letter and a pass over the tree, and the URL scan masks them better (GFM runs them on
  // through Chinese text to the next space).
  const literal = ['emailAutolink', 'protocolAutolink', 'wwwAutolink'];
  // Emphasis, strikethrough and setext underlines change nothing that is masked, and are where
  // micromark is slowest (quadratic on unmatched `*`, `_`, `~`; the event list rewritten for
  // every setext heading). Without them `*a*` is text, `===` under a line is text and `---` a
  // thematic break.
  const unused = ['attention', 'strikethrough', 'setextUnderline'];
  const extensions = [gfm(), { disable: { null: [...literal, ...unused] } }, math(), frontmatter(matter)];
  const gfmTree = gfmFromMarkdown().filter((e) => !e.enter?.['literalAutolink']);
  const mdastExtensions = [...gfmTree, mathFromMarkdown(), frontmatterFromMarkdown(matter)];
  parserOptions.markdown = { extensions, mdastExtensions };
  // MDX read as Markdown: indentation is not code in MDX.
  parserOptions['mdx-markdown'] = { extensions: [...extensions, { disable: { null: ['codeIndented'] } }], mdastExtensions };
  return parserOptions[syntax]!;
}

let fromMarkdown: typeof FromMarkdown.fromMarkdown | undefined;

function parse(text: string, syntax: Syntax): Node | undefined {
  try {
    fromMarkdown ??= (require('mdast-util-from-markdown') as typeof FromMarkdown).fromMarkdown;
    return fromMarkdown(text, optionsFor(syntax)) as unknown as Node;
  } catch {
    return undefined; // MDX syntax errors; a stack overflow on pathological nesting
  }
}

/** A directive in a JS comment `/* termlint-… *\/`, the body of an MDX `{…}` expression. */
function expressionDirective(body: string, offset: number): Directive | undefined {
  const m = /^\s*\/\*([^]*?)\*\/\s*$/.exec(body);
  return m ? parseDirective(m[1]!, offset) : undefined;
}

interface Sink {
  mask: Mask;
  directives: Directive[];
  /** Image alt texts, file offsets: parsed again, as mdast keeps only their plain text. */
  alts: Array<[number, number]>;
}

function addDirective(sink: Sink, d: Directive | undefined): void {
  if (d) sink.directives.push(d);
}

const NOT_PROSE = new Set([
  'yaml', 'toml', 'code', 'inlineCode', 'math', 'definition', 'footnoteReference', 'mdxjsEsm',
]);
const ESM = /^(?:import|export)\b/;

/**
 * Blanks what is not prose in a syntax tree parsed from `src`, whose offset 0 is `base` in the
 * file. Iterative: trees can be deep. `esm`: top-level paragraphs that are import/export
 * statements (MDX read as Markdown).
 */
function maskTree(root: Node, src: string, base: number, sink: Sink, esm: boolean): void {
  const blank = (start: number, end: number) => sink.mask.blank(base + start, base + end);
  const finder = new Finder(src);
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const kids = node.children ?? [];
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    let descend = true;
    if (s !== undefined && e !== undefined) {
      const first = kids[0]?.position?.start.offset ?? e;
      const last = kids[kids.length - 1]?.position?.end.offset ?? s;
      switch (node.type) {
        case 'html':
          scanMarkup(src, s, e, base, sink, false, finder);
          break;
        case 'inlineMath':
          if (src[s + 1] === '$' || !isMoney(src.slice(s + 1, e - 1))) blank(s, e);
          break;
        case 'image':
        case 'imageReference':
          {
            // The alt text stays (translators translate it), read for its code and math; the target goes.
            const alt = altEnd(src, s + 2, e);
            if (node.type === 'image' || node.referenceType !== 'shortcut') blank(alt, e);
            if (alt > s + 3) sink.alts.push([base + s + 2, base + alt - 1]);
          }
          descend = false;
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          addDirective(sink, expressionDirective(node.value ?? '', base + s));
          blank(s, e);
          break;
        case 'link':
          if (src[s] !== '[') {
            // <https://…> is blanked; literal www./http autolinks are left to the URL scan,
            // which stops at Chinese punctuation (GFM runs them on to the next space).
            if (src[s] === '<') blank(s, e);
            descend = false;
          } else blank(afterLabel(src, kids.length ? last : s + 1, e), e);
          break;
        case 'linkReference':
          if (node.referenceType !== 'shortcut') blank(afterLabel(src, kids.length ? last : s + 1, e), e);
          break;
        case 'footnoteDefinition':
          blank(s, first);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          blank(s, first); // the opening tag with its attributes
          blank(kids.length ? last : s, e); // the closing tag
          break;
        default:
          if (NOT_PROSE.has(node.type)) {
            blank(s, e);
            descend = false;
          }
      }
    }
    if (!descend) continue;
    const raw = rawElements(kids, src);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      const ks = kid.position?.start.offset;
      const open = raw.get(i);
      if (open !== undefined) {
        // <code>…</code> in a paragraph: the tags and everything between them.
        blank(kids[open]!.position?.start.offset ?? 0, kid.position?.end.offset ?? 0);
        i = open;
      } else if (esm && node.type === 'root' && kid.type === 'paragraph' && ks !== undefined && ESM.test(src.slice(ks, ks + 7))) {
        blank(ks, kid.position!.end.offset ?? ks);
      } else stack.push(kid);
    }
  }
}

/** `$5 and $10`, `$5，另一个$10`: money between two dollar signs, not math. */
function isMoney(inner: string): boolean {
  return /^\s/.test(inner) || (/^[\d.,]/.test(inner) && (/\s$/.test(inner) || /\p{Script=Han}/u.test(inner)));
}

/** Just past the `]` that closes an image's alt text, which starts at `from`. */
function altEnd(src: string, from: number, end: number): number {
  let depth = 0;
  for (let p = from; p < end; p++) {
    const c = src[p];
    if (c === '\\') p++;
    else if (c === '[') depth++;
    else if (c === ']' && depth-- === 0) return p + 1;
  }
  return from;
}

/** Inline code-like HTML elements among siblings: the index of each closing tag → its opening tag's. */
function rawElements(kids: Node[], src: string): Map<number, number> {
  const found = new Map<number, number>();
  let open: { name: string; at: number } | undefined;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    if (kid.type !== 'html' || !kid.position) continue;
    const tag = /^<(\/?)([A-Za-z][\w-]*)[^<>]*?(\/?)>$/.exec(src.slice(kid.position.start.offset ?? 0, kid.position.end.offset));
    if (!tag) continue;
    const name = tag[2]!.toLowerCase();
    if (!open && !tag[1] && !tag[3] && RAW.test(name)) open = { name, at: i };
    else if (open && tag[1] && name === open.name) {
      found.set(i, open.at);
      open = undefined;
    }
  }
  return found;
}

/** Just past the `]` that closes a link's text, which ends at `from`. */
function afterLabel(src: string, from: number, end: number): number {
  let p = from;
  while (p < end && src[p] !== ']') p++;
  return Math.min(p + 1, end);
}

// Elements whose content is code, not prose.
const RAW = /^(?:script|style|pre|code|textarea|svg|math|kbd|samp|var)$/i;

/**
 * The next occurrence of a string in `src`, remembered: searches made in document order cost
 * linear time in all, even when the answer lies far beyond the range being scanned.
 */
class Finder {
  private readonly last = new Map<string, { from: number; at: number }>();
  constructor(readonly src: string) {}
  /** The first index ≥ from where `needle` starts and ends before `end`, or -1. */
  find(needle: string, from: number, end: number): number {
    const known = this.last.get(needle);
    let at: number;
    if (known && from >= known.from && (known.at < 0 || from <= known.at)) at = known.at;
    else {
      at = this.src.indexOf(needle, from);
      this.last.set(needle, { from, at });
    }
    return at >= 0 && at + needle.length <= end ? at : -1;
  }
}

/**
 * Blanks HTML (or, with `jsx`, JSX) markup in src[start, end): tags with their attributes,
 * comments (read for directives), the content of code-like elements; with `jsx` also `{…}`
 * expressions and fragments. Text between tags stays. Linear: every search either succeeds and
 * moves on, or fails for the rest of the range.
 */
function scanMarkup(src: string, start: number, end: number, base: number, sink: Sink, jsx: boolean, finder = new Finder(src)): void {
  const blank = (s: number, e: number) => sink.mask.blank(base + s, base + e);
  const braces = jsx ? matchBraces(src, start, end) : undefined;
  const quoteEnd = (q: string, from: number): number => {
    const at = finder.find(q, from, end);
    return at < 0 ? -1 : at + 1;
  };
  /** Index just past the `>` of the tag opening at i, or -1. */
  const tagEnd = (i: number): number => {
    for (let j = i + 1; j < end; ) {
      const c = src[j]!;
      if (c === '"' || c === "'") {
        j = quoteEnd(c, j + 1);
        if (j < 0) return -1;
      } else if (c === '{' && braces) {
        j = braces.get(j) ?? -1;
        if (j < 0) return -1;
      } else if (c === '>') return j + 1;
      else if (c === '<') return -1;
      else if (c === '\n' && blankLineAfter(src, j, end)) return -1;
      else j++;
    }
    return -1;
  };
  for (let i = start; i < end; ) {
    const c = src[i];
    if (c === '<' && src.startsWith('<!--', i)) {
      const close = finder.find('-->', i + 4, end);
      const stop = close < 0 ? end : close + 3;
      if (close >= 0) addDirective(sink, parseDirective(src.slice(i + 4, close), base + i));
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '<') {
      const name = /^<(\/?)([A-Za-z][\w.:-]*|[!?])/.exec(src.slice(i, Math.min(end, i + 64)));
      if (name || (jsx && (src[i + 1] === '>' || src.startsWith('/>', i + 1)))) {
        const stop = tagEnd(i);
        if (stop > 0) {
          let to = stop;
          if (!jsx && name && !name[1] && RAW.test(name[2]!) && src[stop - 2] !== '/') {
            const close = new RegExp(`</${name[2]}\\s*>`, 'i').exec(src.slice(stop, end));
            to = close ? stop + close.index + close[0].length : end;
          }
          blank(i, to);
          i = to;
          continue;
        }
      }
    } else if (c === '{' && braces) {
      const stop = braces.get(i);
      if (stop !== undefined) {
        addDirective(sink, expressionDirective(src.slice(i + 1, stop - 1), base + i));
        blank(i, stop);
        i = stop;
        continue;
      }
    }
    i++;
  }
}

function blankLineAfter(src: string, newline: number, end: number): boolean {
  let k = newline + 1;
  while (k < end && (src[k] === ' ' || src[k] === '\t' || src[k] === '\r')) k++;
  return k >= end || src[k] === '\n';
}

/** For every `{` in src[start, end) that is closed, the index just past its `}`. */
function matchBraces(src: string, start: number, end: number): Map<number, number> {
  const open: number[] = [];
  const match = new Map<number, number>();
  for (let i = start; i < end; i++) {
    const c = src[i];
    if (c === '{') open.push(i);
    else if (c === '}' && open.length) match.set(open.pop()!, i + 1);
  }
  return match;
}

// The linear pre-scan plans the parse.
// - A block (lines between blank lines, outside fenced code, $$ math, HTML comments and front
//   matter) with more than MAX_SPECIALS Markdown punctuation characters, or a line nested deeper
//   than MAX_DEPTH containers, is risky: micromark is super-linear there (thousands of unclosed
//   `[a](` or `x <!--` in one paragraph, hundreds of nested `>`). It is left out of the parse of
//   its chunk and parsed in pieces of at most PIECE_SPECIALS such characters.
// - A document costing more than CHUNK_COST (characters, plus COST_PER_SPECIAL for each special
//   character) is parsed in chunks cut at blank lines before an unindented line, outside fences,
//   comments and (MDX) open JSX elements, which bounds any cost that grows with the document.
//   Smaller documents, that is nearly every real one, are parsed whole.
// Real documents stay far below the limits: the busiest block of the development corpus (a
// README's list of links) has about 400 special characters.
const MAX_SPECIALS = 1000;
const PIECE_SPECIALS = 200;
const MAX_DEPTH = 16;
const CHUNK_COST = 64_000;
const COST_PER_SPECIAL = 8;
const SPECIAL = new Uint8Array(128);
for (const c of '*_~[]<>`${}()!') SPECIAL[c.charCodeAt(0)] = 1;

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** Start of the next line. */
  next: number;
}

function* lines(text: string, from = 0, to = text.length): Generator<Line> {
  for (let start = from; start < to; ) {
    let end = start;
    while (end < to && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    yield { start, end, next: Math.min(next, to) };
    start = next;
  }
}

/** Where a line's content starts after block quote and list markers, and how many there are. */
function containers(text: string, line: Line): { rest: number; depth: number } {
  let i = line.start;
  let depth = 0;
  for (;;) {
    while (i < line.end && (text[i] === ' ' || text[i] === '\t')) i++;
    const c = text[i];
    let marker = 0;
    if (c === '>') marker = 1;
    else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(text[i + 1] ?? '')) marker = 1;
    else {
      let d = i;
      while (d < line.end && d - i < 9 && text[d]! >= '0' && text[d]! <= '9') d++;
      if (d > i && (text[d] === '.' || text[d] === ')') && /[ \t]/.test(text[d + 1] ?? '')) marker = d + 1 - i;
    }
    if (!marker) return { rest: i, depth };
    i += marker;
    depth++;
  }
}

/** Special characters of text[from, line.end). */
function specialsOf(text: string, line: Line, from = line.start): number {
  let n = 0;
  for (let i = from; i < line.end; i++) if (SPECIAL[text.charCodeAt(i)] === 1) n++;
  return n;
}

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;
const TAG = /<(\/?)([A-Za-z][\w.:-]*)[^<>]*?(\/?)>/g;

/** How a line that starts with `<` changes the number of open JSX elements. */
function jsxBalance(line: string): number {
  let balance = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
    if (m[1]) balance--;
    else if (!m[3] && !VOID.test(m[2]!)) balance++;
  }
  return balance;
}

interface Plan {
  /** Ranges parsed on their own; together they cover the text. */
  chunks: Array<[number, number]>;
  /** Blocks left out of their chunk's parse and parsed in pieces. */
  risky: Array<[number, number]>;
  /**
   * Display math written `$$\begin{aligned} … \end{aligned}$$` (d2l and others): micromark
   * takes the opening `$$` for a math fence and the rest of the document for math. Blanked and
   * left out of the parse.
   */
  math: Array<[number, number]>;
}

function plan(text: string, mdx: boolean): Plan {
  const risky: Array<[number, number]> = [];
  const chunks: Array<[number, number]> = [];
  const math: Array<[number, number]> = [];
  let skipUntil = 0;
  let noDollarsFrom = text.length + 1;
  let chunkStart = 0;
  let cost = 0;
  let blockStart = -1;
  let specials = 0;
  let deep = false;
  let jsxDepth = 0;
  let afterBlank = false;
  let closer: ((line: Line, rest: number) => boolean) | undefined; // ends the fence, comment or front matter we are in
  const endBlock = (at: number) => {
    if (blockStart >= 0 && (specials > MAX_SPECIALS || deep)) risky.push([blockStart, at]);
    blockStart = -1;
    specials = 0;
    deep = false;
  };
  for (const line of lines(text)) {
    const { rest, depth } = containers(text, line);
    if (closer || line.start < skipUntil) {
      if (closer?.(line, rest)) closer = undefined;
      cost += line.next - line.start;
      continue;
    }
    const blank = rest >= line.end && depth <= MAX_DEPTH;
    if (!blank && afterBlank && jsxDepth === 0 && rest === line.start && cost > CHUNK_COST) {
      chunks.push([chunkStart, line.start]);
      chunkStart = line.start;
      cost = 0;
    }
    afterBlank = blank;
    const head = text.slice(rest, Math.min(line.end, rest + 10));
    let fence = /^(`{3,}|~{3,})/.exec(head)?.[1];
    if (head.startsWith('$$') && !text.slice(rest + 2, line.end).includes('$')) {
      let close = -1;
      if (/\S/.test(text.slice(rest + 2, line.end)) && rest + 2 < noDollarsFrom) {
        close = text.indexOf('$$', line.end);
        if (close < 0) noDollarsFrom = rest + 2;
      }
      if (close < 0) fence = '$$';
      else {
        math.push([rest, close + 2]);
        skipUntil = close + 2;
        endBlock(line.start);
        cost += line.next - line.start;
        continue;
      }
    }
    if (fence) {
      const mark = fence;
      closer = (l, r) => text.startsWith(mark, r) && (mark === '$$' || /^[`~]*\s*$/.test(text.slice(r, l.end)));
    } else if (head.startsWith('<!--') && !text.slice(rest + 4, line.end).includes('-->')) {
      closer = (l) => text.slice(l.start, l.end).includes('-->');
    } else if (/^<(?:pre|script|style|textarea)\b/i.test(head)) {
      const name = /^<(\w+)/.exec(head)![1]!.toLowerCase();
      const close = new RegExp(`</${name}\\s*>`, 'i');
      if (!close.test(text.slice(rest, line.end))) closer = (l) => close.test(text.slice(l.start, l.end));
    } else if (line.start === 0 && /^(?:---|\+\+\+)\s*$/.test(text.slice(0, line.end))) {
      const mark = text.slice(0, 3);
      closer = (l) => {
        const t = text.slice(l.start, l.end).trim();
        return t === mark || (mark === '---' && t === '...');
      };
    } else if (mdx && head.startsWith('<')) jsxDepth = Math.max(0, jsxDepth + jsxBalance(text.slice(rest, line.end)));
    if (closer || blank) {
      endBlock(line.start);
      cost += line.next - line.start;
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    const n = specialsOf(text, line);
    specials += n;
    cost += line.next - line.start + COST_PER_SPECIAL * n;
    if (depth > MAX_DEPTH) deep = true;
  }
  endBlock(text.length);
  chunks.push([chunkStart, text.length]);
  return { chunks, risky, math };
}

/**
 * Cuts text[start, end) into pieces of at most PIECE_SPECIALS special characters, at line breaks
 * if it can. The container markers of a line nested deeper than MAX_DEPTH are left out (they stay
 * as they are): parsing them costs more than quadratic time.
 */
function pieces(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  let count = 0;
  const cut = (at: number, next: number) => {
    if (from < at) out.push([from, at]);
    from = next;
    count = 0;
  };
  for (const line of lines(text, start, end)) {
    const { rest, depth } = containers(text, line);
    if (depth > MAX_DEPTH) cut(line.start, rest);
    const n = specialsOf(text, line, Math.max(from, line.start));
    if (count + n > PIECE_SPECIALS) cut(Math.max(from, line.start), Math.max(from, line.start));
    if (n > PIECE_SPECIALS) {
      // A long line: cut before every PIECE_SPECIALS-th special character (never inside a surrogate pair).
      for (let i = from; i < line.end; i++) {
        if (SPECIAL[text.charCodeAt(i)] === 1 && ++count > PIECE_SPECIALS) {
          cut(i, i);
          count = 1;
        }
      }
    } else count += n;
  }
  cut(end, end);
  return out;
}

/**
 * text[start, end) with the ranges in it replaced by their fill character, line breaks kept:
 * spaces for whole lines; `x` for display math, which may start or end inside a line, where
 * spaces could turn the rest of the line into indented code.
 */
function without(text: string, start: number, end: number, ranges: Array<[number, number, string]>): string {
  if (!ranges.length) return start === 0 && end === text.length ? text : text.slice(start, end);
  const parts: string[] = [];
  let at = start;
  for (const [s, e, fill] of ranges) {
    parts.push(text.slice(at, s), text.slice(s, e).replace(/[^\r\n]/g, fill));
    at = e;
  }
  parts.push(text.slice(at, end));
  return parts.join('');
}

function read(text: string, syntax: Syntax): ReadResult {
  const sink: Sink = { mask: new Mask(text), directives: [], alts: [] };
  const { chunks, risky, math } = plan(text, syntax === 'mdx');
  for (const [s, e] of math) sink.mask.blank(s, e);
  const inPieces: Array<[number, number]> = [];
  const jsxRanges: Array<[number, number]> = [];
  let r = 0;
  let m = 0;
  for (const [cs, ce] of chunks) {
    const own: Array<[number, number]> = [];
    const left: Array<[number, number]> = [];
    while (r < risky.length && risky[r]![0] < ce) own.push(risky[r++]!);
    while (m < math.length && math[m]![0] < ce) left.push(math[m++]!);
    const out = [...own.map(([s, e]) => [s, e, ' '] as [number, number, string]), ...left.map(([s, e]) => [s, e, 'x'] as [number, number, string])];
    const src = without(text, cs, ce, out.sort((a, b) => a[0] - b[0]));
    let tree = syntax === 'mdx' ? parse(src, 'mdx') : undefined;
    const fallback = syntax === 'mdx' && !tree;
    tree ??= parse(src, fallback ? 'mdx-markdown' : 'markdown');
    if (tree) {
      maskTree(tree, src, cs, sink, fallback);
      inPieces.push(...own);
      if (syntax === 'mdx') jsxRanges.push(...(fallback ? [[cs, ce] as [number, number]] : own));
    } else {
      inPieces.push([cs, ce]);
      if (syntax === 'mdx') jsxRanges.push([cs, ce]);
    }
  }
  for (const [s, e] of inPieces) {
    for (const [ps, pe] of pieces(text, s, e)) {
      const src = text.slice(ps, pe);
      const piece = parse(src, syntax === 'mdx' ? 'mdx-markdown' : 'markdown');
      if (piece) maskTree(piece, src, ps, sink, syntax === 'mdx');
    }
  }
  // Alt texts (each shorter than its image, so this ends).
  for (let alt = sink.alts.pop(); alt; alt = sink.alts.pop()) {
    const src = text.slice(alt[0], alt[1]);
    const tree = parse(src, 'markdown');
    if (tree) maskTree(tree, src, alt[0], sink, false);
  }
  if (jsxRanges.length) {
    const current = sink.mask.toString();
    for (const [s, e] of jsxRanges) scanMarkup(current, s, e, 0, sink, true);
  }
  maskReferenceLabels(sink.mask.toString(), sink.mask);
  maskUrls(sink.mask.toString(), sink.mask);
  sink.directives.sort((a, b) => a.offset - b.offset);
  return { masked: sink.mask.toString(), directives: sink.directives };
}

/**
 * The label of `[text][label]` when the reference is not resolved in the parsed part (its
 * definition is in another chunk, or missing). Linear: a label ends at the next `]` or line break.
 */
function maskReferenceLabels(masked: string, mask: Mask): void {
  for (let i = masked.indexOf('][', 0); i >= 0; i = masked.indexOf('][', i + 1)) {
    let j = i + 2;
    while (j < masked.length && masked[j] !== ']' && masked[j] !== '\n' && masked[j] !== '[') j++;
    if (masked[j] === ']') mask.blank(i + 1, j + 1);
  }
}

export const markdownReader: FormatReader = {
  id: 'markdown',
  extensions: ['.md', '.markdown'],
  read: (text) => read(text, 'markdown'),
};

export const mdxReader: FormatReader = {
  id: 'mdx',
  extensions: ['.mdx'],
  read: (text) => read(text, 'mdx'),
};
