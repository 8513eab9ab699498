// What one Chinese text (a document, or one translation's target) offers as candidate terms:
// (a) glosses 中文（English） whose Chinese and English the glossary does not know, and (b) English
// words and phrases left in Chinese prose that the glossary does not know.
import type { Analysis } from '../core/analyze';
import type { Token } from '../core/match';
import type { Glossary } from '../glossary/glossary';
import { FUNCTION_WORDS } from '../data/function-words';
import { chineseKey } from '../text/script';
import { glossesAfterChinese, glossParts } from '../text/gloss';

/** Words that introduce a term rather than belong to it: 使用梯度累积（…）, 称为…, 一种…. */
export const LEAD_WORDS: ReadonlySet<string> = new Set(
  ('使用 采用 利用 引入 提出 称为 称作 叫做 叫作 被称为 称之为 作为 成为 叫 称 即 如 例如 比如 包括 包含 进行 基于 所谓 ' +
    '用 用于 对于 由于 中 上 下 里 内 后 前 时 有 必须 可能 一下 考虑 理解 设置 执行 许多 很多 一些 所有 各种 不同 每个 多个 若干').split(' '),
);
/** A number or a demonstrative with its measure word (一种, 三个, 该层, 第二): never the start of a term. */
const COUNTED = /^(?:[一二三四五六七八九十百千万两几每各某该本此这那]|第.)[个种类项层次组块条位名件些]?$/;

/** Stop words of English n-grams: never at either edge of a candidate. */
export const ENGLISH_STOP = new Set(
  ('a an the of and or to in on for with by is are was were be been as at from this that these those it its ' +
    'your you our we my me i not no do does can will would should may please all any more new here there than then ' +
    'into about if so up out via vs per each every some such other also only just very how what when where which who why').split(' '),
);

/** A Chinese term in front of a gloss has at most this many characters and tokens. */
const MAX_TERM_CHARS = 12;
const MAX_TERM_TOKENS = 4;
/** A phrase of more words than this is a sentence or a title, not a term. */
export const MAX_PHRASE_WORDS = 4;

export interface Found {
  kind: 'gloss' | 'english';
  /** Offset and length in the analysed text (the one reported for the context). */
  offset: number;
  length: number;
  zh?: string;
  en?: string;
  abbreviation?: string;
}

/** A glossary form in English: a preferred form, a variant, or an abbreviation as written. */
export function knowsEnglish(glossary: Glossary, text: string): boolean {
  const refs = glossary.en.get(glossary.englishKey(text));
  return refs?.some((r) => r.kind !== 'abbreviation' || r.text === text || `${r.text}s` === text) === true;
}

export function knowsChinese(glossary: Glossary, text: string): boolean {
  return glossary.zh.has(chineseKey(text));
}

const TERM_WORDS = /^[A-Za-z][A-Za-z0-9]*(?:(?:[ \-‐–'’/.]|\s-\s)[A-Za-z0-9]+)*\+*$/;
const ABBREVIATION = /^[A-Za-z][A-Za-z0-9-]{1,11}$/;
const NOT_A_TERM = /^(?:e\.?g|i\.?e|cf|see|etc|et al|vs|fig|figure|table|eq|section|ref)\b/i;
/** Units and sizes in brackets (最大大小（MB）) gloss no term. */
const UNIT = /^(?:[KMGTP]i?B|[kMG]?Hz|ms|px|pt|em|rem|fps|dpi|FLOPS|TFLOPS)$/;

/** An abbreviation as written: two capitals or more, no space (CFT, LoRA, GPT-4, LLMs). */
export function isAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/^[A-Z][a-z]+$/.test(text);
}

/** The English a gloss gives: a term, an abbreviation, or a term and its abbreviation; else undefined. */
export function glossEnglish(gloss: string): { en?: string; abbreviation?: string } | undefined {
  if (NOT_A_TERM.test(gloss) || UNIT.test(gloss)) return undefined;
  const parts = glossParts(gloss);
  if (parts.length > 2 || parts.some((p) => !TERM_WORDS.test(p))) return undefined;
  const [first, second] = parts as [string, string | undefined];
  if (first.split(/\s+/).length > MAX_PHRASE_WORDS + 2) return undefined;
  if (second !== undefined) return isAbbreviation(second) && !isAbbreviation(first) ? { en: first, abbreviation: second } : undefined;
  return isAbbreviation(first) ? { abbreviation: first } : { en: first };
}

/** The Chinese words a gloss glosses: the tokens before `end`, back to a function word or an introducing verb. */
function glossedChinese(runs: Token[][], end: number, english: { en?: string; abbreviation?: string }): { offset: number; length: number } | undefined {
  // About as many tokens as the English has words (an abbreviation: capitals), and one more.
  const words = english.en ? english.en.split(/[\s\-‐]+/).length : (english.abbreviation!.match(/[A-Z]/g)?.length ?? 1);
  const maxTokens = Math.min(MAX_TERM_TOKENS, words + 1);
  for (const tokens of runs) {
    const last = tokens.length - 1;
    const lastToken = tokens[last];
    if (!lastToken || lastToken.offset + lastToken.text.length !== end) continue;
    let i = last;
    let chars = 0;
    while (i >= 0 && last - i < maxTokens) {
      const t = tokens[i]!.text;
      if (FUNCTION_WORDS.has(t) || LEAD_WORDS.has(t) || COUNTED.test(t) || chars + t.length > MAX_TERM_CHARS) break;
      chars += t.length;
      i--;
    }
    if (chars === 0) return undefined;
    const start = tokens[i + 1]!.offset;
    return end - start >= 2 ? { offset: start, length: end - start } : undefined;
  }
  return undefined;
}

const WORD = /[A-Za-z][A-Za-z0-9]*(?:['’\-‐][A-Za-z0-9]+)*/g;
/** Characters that make the word next to them code, a path, a placeholder or a number with a unit. */
const CODE_BEFORE = /[\w.\/\\@#$%{<=&~^`|:)\-]/;
const CODE_AFTER = /[\w\/\\@{(<=>$%`|~^\[]/;

/** English words of a text, each with whether it looks like code rather than prose. */
export function englishWords(text: string): { start: number; end: number; word: string; code: boolean }[] {
  const out: { start: number; end: number; word: string; code: boolean }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const code =
      CODE_BEFORE.test(before) ||
      (before === '(' && text[start - 2] === '%') ||
      CODE_AFTER.test(after) ||
      (after === '.' && /[A-Za-z0-9]/.test(text[end + 1] ?? '')) ||
      /^[a-z]+[A-Z]/.test(m[0]);
    out.push({ start, end, word: m[0], code });
  }
  return out;
}

/** Counts of Han characters and Latin letters of each line of the masked text. */
function chineseLines(a: Analysis): (offset: number) => boolean {
  const memo = new Map<number, boolean>();
  return (offset) => {
    const line0 = a.lines.lineOf(offset);
    let ok = memo.get(line0);
    if (ok === undefined) {
      const start = a.lines.lineStart(line0);
      const line = a.masked.slice(start, a.lines.lineStart(line0 + 1));
      const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
      const latin = line.match(/[A-Za-z]/g)?.length ?? 0;
      ok = han > 0 && han >= latin / 2;
      memo.set(line0, ok);
    }
    return ok;
  };
}

/** Whether an occurrence (sorted by offset, not overlapping) covers [start, end). */
export function covered(occurrences: readonly { offset: number; length: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = occurrences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (occurrences[mid]!.offset <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const o = found >= 0 ? occurrences[found]! : undefined;
  return o !== undefined && o.offset + o.length >= end;
}

/** Candidates of one analysed text. */
export function candidatesIn(a: Analysis, glossary: Glossary, text: string): Found[] {
  const found: Found[] = [];
  const glossSpans: [number, number][] = [];
  for (const g of glossesAfterChinese(a.masked)) {
    glossSpans.push([g.open, g.close]);
    const english = glossEnglish(g.text);
    if (!english) continue;
    if ((english.en && knowsEnglish(glossary, english.en)) || (english.abbreviation && knowsEnglish(glossary, english.abbreviation))) continue;
    const zh = glossedChinese(a.tokens, g.end, english);
    if (!zh) continue;
    const written = text.slice(zh.offset, zh.offset + zh.length);
    // Known when the glossary has the whole span, or a known term covers it.
    if (knowsChinese(glossary, written) || covered(a.zh, zh.offset, g.end)) continue;
    found.push({ kind: 'gloss', offset: zh.offset, length: g.close + 1 - zh.offset, zh: written, ...english });
  }
  found.push(...leftEnglish(a, glossary, text, glossSpans));
  return found;
}

/** English words and phrases in Chinese prose that the glossary does not know (code, URLs, glosses aside). */
function leftEnglish(a: Analysis, glossary: Glossary, text: string, glossSpans: [number, number][]): Found[] {
  const prose = chineseLines(a);
  // Inside a gloss (1) or a known English term (2), by character: one pass, whatever the size.
  const marks = new Uint8Array(a.masked.length + 1);
  for (const [o, c] of glossSpans) marks.fill(1, o + 1, c);
  for (const o of a.en) marks.fill(2, o.offset, o.offset + o.length);
  const inGloss = (offset: number) => marks[offset] === 1;
  const known = (start: number, end: number) => marks.subarray(start, end).includes(2);
  const words = englishWords(a.masked).map((w) => ({ ...w, usable: !w.code && !inGloss(w.start) && !known(w.start, w.end) && prose(w.start) }));
  const found: Found[] = [];
  let phrase: typeof words = [];
  const flush = () => {
    let p = phrase;
    phrase = [];
    while (p.length && ENGLISH_STOP.has(p[0]!.word.toLowerCase())) p = p.slice(1);
    while (p.length && ENGLISH_STOP.has(p[p.length - 1]!.word.toLowerCase())) p = p.slice(0, -1);
    if (!p.length || p.length > MAX_PHRASE_WORDS) return;
    const start = p[0]!.start;
    const end = p[p.length - 1]!.end;
    const en = text.slice(start, end);
    if (en.length < 2 || knowsEnglish(glossary, en)) return;
    found.push({ kind: 'english', offset: start, length: end - start, en });
  };
  for (const w of words) {
    const prev = phrase[phrase.length - 1];
    if (prev && !(w.usable && /^ $/.test(a.masked.slice(prev.end, w.start)))) flush();
    if (w.usable) phrase.push(w);
    else if (phrase.length) flush();
  }
  flush();
  return found;
}
