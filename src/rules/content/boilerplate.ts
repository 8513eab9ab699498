// content/boilerplate — what a scraper carried over from the page around the text: repost and
// copyright notices, follow and share prompts, paywalls, site footers, "related content" labels
// (patterns: src/data/boilerplate.ts, either script), markup residue (`****`, `** 前言**` unless the
// document writes three or more spaced bold lines as its own style, a bare `//host/path` line),
// keyword spam and promotions scored on structure (call to action + platform, short, off the
// document's topic, repeated). Silent on headings, tables, HTML labels and list
// labels, on prose (function words, figures) and on a paper's own keyword line (关键词：…).
import {
  BOILERPLATE_PATTERNS,
  CALL_TO_ACTION,
  KEYWORD_LINE,
  MAX_PATTERN_LINE,
  PLATFORMS,
  PROMISES,
  SPAM_BAIT,
  URGING,
} from '../../data/boilerplate';
import type { Token } from '../../core/match';
import { foldChars } from '../../text/script';
import { sharedResult, type Report, type TextRule, type RuleContext } from '../rule';
import { FUNCTION_WORDS } from '../../data/function-words';

const PATTERNS = BOILERPLATE_PATTERNS.flatMap((p) => [
  { kind: p.kind, re: p.hans },
  { kind: p.kind, re: new RegExp(foldChars(p.hant.source), p.hant.flags) },
]);

/** A word as a pattern: Latin words whole, case-insensitive. */
const wordSource = (w: string) => (/^[A-Za-z ]+$/.test(w) ? `(?<![A-Za-z])${w}(?![A-Za-z])` : w);

/** Words of a list in both scripts, folded like the shadow. */
function wordList(list: { hans: string[]; hant: string[] }): RegExp {
  const words = [...new Set([...list.hans, ...list.hant.map(foldChars)])].sort((a, b) => b.length - a.length);
  return new RegExp(words.map(wordSource).join('|'), 'gi');
}

/** Distinct words of a list in a text, lower-cased. */
function wordsIn(re: RegExp, text: string): Set<string> {
  return new Set([...text.matchAll(re)].map((m) => m[0].toLowerCase()));
}

/** How often a word occurs in a text. */
function occurrences(word: string, text: string): number {
  return (text.match(new RegExp(wordSource(word), 'gi')) ?? []).length;
}

const CTA = wordList(CALL_TO_ACTION);
const PLATFORM = wordList(PLATFORMS);
const PROMISE = wordList(PROMISES);
const URGE = wordList(URGING);
const BAIT = wordList(SPAM_BAIT);

/** A figure with a unit: prose reports numbers, keyword lists do not. */
const FIGURE = /\d\s*(?:%|％|元|亿|万|倍|个|年|月|日|号|点|名|家|人|次)/;
const SENTENCE_PUNCT = /[。！？；：!?;:“”‘’"「」『』()（）《》【】[\]]/;
const SENTENCE_END = /[。！？；!?;]/;

const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const MARKER = /^\s*(?:(?:[-*+]|\d+[.)])\s+|>\s?)+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
const STAR_RESIDUE = /^(\s*)(\*{4,})(?=[^\s*])[^*]*$/;
/** A whole line in bold markers with white space inside them: `** 前言**`, `** 启用 Vim 的特性 **`. */
const SPACED_BOLD = /^\s*\*\*(\s*)([^*\s](?:[^*]*[^*\s])?)(\s*)\*\*\s*$/;
/** Sentence punctuation: a bold line with it is a sentence someone emphasised, not a stripped label. */
const BOLD_SENTENCE = /[，。；！？：、!?;]/;
/** This many spaced bold lines are the document's own way of writing (a plain-text tutorial's headers). */
const BOLD_STYLE_LINES = 3;
const BARE_URL = /^( {0,3})(\/\/(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?)\s*$/i;

interface Line {
  /** Offset of the content (after list and quote markers, white space trimmed). */
  offset: number;
  /** The content as written. */
  text: string;
  /** The content folded to Simplified (from the shadow: masked parts are blank). */
  folded: string;
  /** A paragraph line of its own: not a list item, quote, HTML label, heading or table row. */
  plain: boolean;
}

/** Per-document context: tokens by offset and how often each word occurs. */
class Document {
  private tokens?: Token[];
  private counts?: Map<string, number>;
  constructor(private readonly ctx: RuleContext) {}

  tokensIn(start: number, end: number): Token[] {
    const all = (this.tokens ??= this.ctx.tokens.flat());
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.offset < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let i = lo; i < all.length && all[i]!.offset < end; i++) out.push(all[i]!);
    return out;
  }

  /** Occurrences of a word (jieba token or substring of the shadow) in the whole document. */
  count(word: string): number {
    if (!this.counts) {
      this.counts = new Map();
      for (const t of this.ctx.tokens.flat()) if (t.text.length > 1) this.counts.set(t.text, (this.counts.get(t.text) ?? 0) + 1);
    }
    return this.counts.get(word) ?? 0;
  }

  /** Occurrences of a word in the whole (folded) document. */
  mentions(word: string): number {
    return occurrences(word, this.ctx.shadow);
  }
}

/**
 * Keyword spam: five or more short items without a sentence in them (no function words, no
 * figures), at least three of them search bait (免费, 下载, 最新 …), mostly off the document's topic.
 */
function isSpam(line: Line, doc: Document): boolean {
  const { text, folded } = line;
  if (KEYWORD_LINE.test(text) || SENTENCE_PUNCT.test(text) || /[，,、]\s*$/.test(text)) return false;
  const commas = /[,，、|｜]/.test(text);
  const separator = commas ? /\s*[,，、|｜]\s*/g : /\s+/g;
  const items: { start: number; text: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(separator)) {
    items.push({ start: last, text: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  items.push({ start: last, text: text.slice(last) });
  if (items.length < 5 || items.some((i) => i.text.length < 2 || i.text.length > 16)) return false;
  if (!commas && !items.every((i) => /\p{Script=Han}/u.test(i.text))) return false;
  const all = doc.tokensIn(line.offset, line.offset + text.length);
  const here = (w: string) => all.filter((t) => t.text === w).length;
  let clauses = 0;
  let bait = 0;
  let onTopic = 0;
  for (const item of items) {
    const start = line.offset + item.start;
    const tokens = all.filter((t) => t.offset >= start && t.offset < start + item.text.length);
    const words = tokens.filter((t) => t.text.length > 1);
    if (tokens.some((t) => FUNCTION_WORDS.has(t.text)) || FIGURE.test(item.text)) clauses++;
    if (wordsIn(BAIT, folded.slice(item.start, item.start + item.text.length)).size) bait++;
    const recurring = words.filter((t) => doc.count(t.text) - here(t.text) >= 2).length;
    if (words.length && recurring * 2 >= words.length) onTopic++;
  }
  return clauses * 5 <= items.length && bait >= 3 && onTopic * 5 < items.length * 3;
}

/**
 * A short line that calls to action (关注, 扫码, 下载 …) and backs it with at least two of: a platform
 * (公众号, 知乎, app) the document is not about, a promise (免费, 资料), a second call, urging
 * (立即, 点我); or with one of them when the line repeats three times. Sentences (two or more
 * function words) need one more.
 */
function isPromotion(line: Line, doc: Document, copies: number): boolean {
  const { folded } = line;
  if (!line.plain || folded.length > 50) return false;
  const cta = wordsIn(CTA, folded);
  if (!cta.size) return false;
  // A document about the platform itself (a mini-program tutorial) names it throughout.
  const platforms = [...wordsIn(PLATFORM, folded)].filter(
    (p) => doc.mentions(p) - occurrences(p, folded) * Math.max(copies, 1) < 2,
  );
  let strength =
    (platforms.length ? 1 : 0) + (wordsIn(PROMISE, folded).size ? 1 : 0) + (cta.size >= 2 ? 1 : 0) + (wordsIn(URGE, folded).size ? 1 : 0);
  const tokens = doc.tokensIn(line.offset, line.offset + line.text.length);
  if (tokens.filter((t) => FUNCTION_WORDS.has(t.text)).length >= 2) strength--;
  return strength >= (copies >= 3 ? 1 : 2);
}

/** A GFM table row: fenced by pipes, or next to the delimiter row of its table. */
function isTableRow(ctx: RuleContext, l: number, raw: string): boolean {
  if (!raw.includes('|')) return false;
  if (/^\s*\||\|\s*$/.test(raw) || TABLE_DELIMITER.test(raw)) return true;
  for (let k = l - 1; k >= 0 && ctx.lines.lineText(k).includes('|'); k--) if (TABLE_DELIMITER.test(ctx.lines.lineText(k))) return true;
  return l + 1 < ctx.lines.lineCount && TABLE_DELIMITER.test(ctx.lines.lineText(l + 1));
}

/**
 * A stripped `<strong>` around a short label (`** 前言**`, `**前言 **`): white space inside the
 * markers on one side only, at most 31 characters, no sentence punctuation.
 */
function isBoldResidue(bold: RegExpExecArray): boolean {
  const oneSided = (bold[1] === '') !== (bold[3] === '');
  return oneSided && bold[1]!.length + bold[2]!.length + bold[3]!.length <= 31 && !BOLD_SENTENCE.test(bold[2]!);
}

/** The lines of the file with what they are. */
function linesOf(ctx: RuleContext): { lines: Line[]; residue: Report[] } {
  const lines: Line[] = [];
  const residue: Report[] = [];
  /** Bold-residue candidates, and the index their line gets in `lines`. */
  const bolds: { report: Report; line: number }[] = [];
  let spacedBold = 0;
  let fence: string | undefined;
  for (let l = 0; l < ctx.lines.lineCount; l++) {
    const start = ctx.lines.lineStart(l);
    const raw = ctx.lines.lineText(l);
    const f = FENCE.exec(raw);
    if (fence) {
      if (f && f[1]!.startsWith(fence) && /^ {0,3}[`~]+\s*$/.test(raw)) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    const url = BARE_URL.exec(raw);
    if (url && ctx.script !== 'none') {
      residue.push({ offset: start + url[1]!.length, length: url[2]!.length, messageId: 'residue', data: { text: url[2]! } });
      continue;
    }
    const masked = ctx.masked.slice(start, start + raw.length);
    const bold = SPACED_BOLD.exec(masked);
    if (bold) spacedBold++;
    if (!/\p{Script=Han}/u.test(masked) || HEADING.test(masked) || isTableRow(ctx, l, raw)) continue;
    const stars = STAR_RESIDUE.exec(masked);
    if (stars) {
      const text = stars[2]!;
      residue.push({ offset: start + stars[1]!.length, length: text.length, messageId: 'residue', data: { text } });
    } else if (bold && isBoldResidue(bold)) {
      const text = masked.trim();
      bolds.push({ report: { offset: start + masked.indexOf(text), length: text.length, messageId: 'residue', data: { text } }, line: lines.length });
    }
    const marker = MARKER.exec(masked)?.[0] ?? '';
    const content = masked.slice(marker.length).trim();
    if (!content) continue;
    const offset = start + masked.indexOf(content, marker.length);
    const html = /^\s*</.test(raw.slice(marker.length));
    lines.push({
      offset,
      text: ctx.text.slice(offset, offset + content.length),
      folded: ctx.shadow.slice(offset, offset + content.length),
      plain: !marker && !html,
    });
  }
  // Residue is the odd stripped label; a document full of spaced bold lines writes them on purpose.
  if (spacedBold < BOLD_STYLE_LINES && bolds.length) {
    residue.push(...bolds.map((b) => b.report));
    const skip = new Set(bolds.map((b) => b.line));
    return { lines: lines.filter((_, i) => !skip.has(i)), residue };
  }
  return { lines, residue };
}

/** Kinds found by data (patterns, markup residue), safe to delete; structural guesses are not. */
const REMOVABLE = new Set(['notice', 'follow', 'share', 'paywall', 'footer', 'related', 'nav', 'residue', 'pattern']);

/** The fix for a finding: its whole line with the line break when the rest of the line is only
 * markers and spaces, else the span itself. */
function removal(ctx: RuleContext, r: Report): Report {
  if (!REMOVABLE.has(r.messageId) || r.fix === false) return { ...r, fix: false };
  const l = ctx.lines.lineOf(r.offset);
  const start = ctx.lines.lineStart(l);
  const line = ctx.lines.lineText(l);
  const rest = line.slice(0, r.offset - start) + line.slice(r.offset - start + r.length);
  if (!/^[\s>*_#+\-.\d]*$/u.test(rest)) return { ...r, fix: { offset: r.offset, length: r.length, text: '' } };
  const next = l + 1 < ctx.lines.lineCount ? ctx.lines.lineStart(l + 1) : start + line.length;
  return { ...r, fix: { offset: start, length: next - start, text: '' } };
}

/** Boilerplate of the file; script/mixed leaves these lines alone while this rule is on. */
export function findBoilerplate(ctx: RuleContext): Report[] {
  return sharedResult(ctx, 'content/boilerplate', () => {
    const extra = (ctx.options.patterns as string[]).map((p) => new RegExp(p, 'u'));
    const { lines, residue } = linesOf(ctx);
    const found: Report[] = [...residue];
    const doc = new Document(ctx);
    const copies = new Map<string, number>();
    for (const line of lines) {
      if (line.plain && line.folded.length <= 20 && !SENTENCE_END.test(line.folded)) {
        copies.set(line.folded, (copies.get(line.folded) ?? 0) + 1);
      }
    }
    for (const line of lines) {
      const { offset, text, folded } = line;
      const at = { offset, length: text.length };
      if (extra.some((re) => re.test(folded) || re.test(text))) {
        found.push({ ...at, messageId: 'pattern', data: { text } });
        continue;
      }
      const hit = text.length <= MAX_PATTERN_LINE && PATTERNS.find((p) => p.re.test(folded));
      if (hit) {
        found.push({ ...at, messageId: hit.kind, data: { text } });
        continue;
      }
      if (!line.plain) continue;
      if (isSpam(line, doc)) {
        found.push({ ...at, messageId: 'spam', data: { text } });
        continue;
      }
      const count = copies.get(folded) ?? 0;
      if (isPromotion(line, doc, count)) {
        found.push(count >= 3 ? { ...at, messageId: 'repeated', data: { text, count } } : { ...at, messageId: 'promo', data: { text } });
      }
    }
    // The site's footer: the page ends on a line that is only a company name.
    const last = lines[lines.length - 1];
    if (last?.plain && COMPANY_LINE.test(last.folded) && !found.some((f) => f.offset === last.offset)) {
      found.push({ offset: last.offset, length: last.text.length, messageId: 'footer', data: { text: last.text }, fix: false });
    }
    return found.sort((a, b) => a.offset - b.offset);
  });
}

/** A company name and nothing else (folded to Simplified): 北京某某科技有限公司. */
const COMPANY_LINE = /^[\p{Script=Han}A-Za-z0-9（）()]{2,30}(?:股份有限公司|有限责任公司|有限公司)$/u;

export const rule: TextRule = {
  id: 'content/boilerplate',
  kind: 'text',
  severity: 'warning',
  summary: 'Scraped boilerplate: repost and copyright notices, follow/share prompts, paywalls, footers, keyword spam',
  fix: 'safe',
  options: {
    type: 'object',
    properties: {
      patterns: { type: 'array', items: { type: 'string', regex: true }, default: [], description: 'extra boilerplate line patterns (regular expressions)' },
    },
  },
  messages: {
    notice: '"{{text}}" is a repost or copyright notice of the page it was copied from',
    follow: '"{{text}}" is a call to follow or scan a code, left over from the source page',
    share: '"{{text}}" is a read-more or share prompt, left over from the source page',
    paywall: '"{{text}}" is a paywall or login prompt, left over from the source page',
    footer: '"{{text}}" is a site footer (platform note, company, licence number)',
    related: '"{{text}}" is a "related content" label, left over from the source page',
    nav: '"{{text}}" is page navigation, left over from the source page',
    residue: '"{{text}}" is markup or link residue of a scraped page',
    pattern: '"{{text}}" is scraped page boilerplate',
    spam: 'this line is a list of search keywords (spam), not prose',
    promo: 'this line is a promotion (a call to follow, join or download), not part of the text',
    repeated: '"{{text}}" repeats {{count}} times in this document: scraped navigation or boilerplate',
  },
  check(ctx) {
    for (const r of findBoilerplate(ctx)) ctx.report(removal(ctx, r));
  },
};
