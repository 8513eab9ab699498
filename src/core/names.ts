// Personal names in running text: a common surname and one or two more characters, next to a
// title, a form of address or a verb of speech (议员李慧琼, 何咏前先生, 杨永杰说), in a list of names,
// or standing alone where jieba finds no word but its tagger reads one name (由李慧琼主持). A name is
// written the way its bearer writes it, so script rules leave its characters alone.
import { BEFORE_NAME, COMPOUND_SURNAMES, HONORIFICS, SPEECH, SURNAMES, TITLES } from '../data/names';
import type { Token } from './match';
import { tag } from './segment';

const SURNAME = new Set(SURNAMES);
const COMPOUND = new Set(COMPOUND_SURNAMES);
const AFTER_ANY = [...TITLES, ...SPEECH, ...HONORIFICS].sort((a, b) => b.length - a.length);
const BEFORE_ANY = [...TITLES, ...BEFORE_NAME];
const HAN = /^\p{Script=Han}+$/u;
/** jieba's tags that a name may carry: x (not in the dictionary), nr/nrfg/nrt (person names). */
const NAME_TAG = /^(?:x|nr\w*)$/;

export interface NameSpan {
  start: number;
  end: number;
}

/** One of `words` as a whole jieba word right after `end` (说, not the 说 of 说明). */
function followedBy(shadow: string, bounds: Set<number>, end: number, words: readonly string[]): boolean {
  // (the word may start inside a jieba word: 范|先生 of 范先生)
  return words.some((w) => shadow.startsWith(w, end) && bounds.has(end + w.length));
}

/** One of `words` as a whole jieba word right before `start`. */
function precededBy(shadow: string, bounds: Set<number>, start: number, words: readonly string[]): boolean {
  return words.some((w) => start >= w.length && shadow.startsWith(w, start - w.length) && bounds.has(start - w.length));
}

/** Whether jieba knows the whole span as one ordinary word (高质量, 何时): then it is no name. */
function dictionaryWord(span: string): boolean {
  const tagged = tag(span);
  return tagged !== undefined && tagged.length === 1 && !NAME_TAG.test(tagged[0]!.tag);
}

/**
 * Whether the span is a run of characters the segmenter found no word in (由|李|慧|琼|主持) that
 * jieba's tagger reads as one unknown word or a person's name: a full name standing alone in
 * running text, with no title or verb of speech beside it.
 */
function unknownName(shadow: string, bounds: Set<number>, start: number, end: number): boolean {
  if (end - start < 3) return false;
  for (let i = start + 1; i < end; i++) if (!bounds.has(i)) return false;
  const tagged = tag(shadow.slice(start, end));
  return tagged !== undefined && tagged.length === 1 && NAME_TAG.test(tagged[0]!.tag);
}

const boundaryCache = new WeakMap<Token[][], Set<number>>();

/** Offsets where a jieba word starts or ends. */
function boundaries(tokens: Token[][]): Set<number> {
  let set = boundaryCache.get(tokens);
  if (!set) {
    set = new Set();
    for (const run of tokens) for (const t of run) set.add(t.offset).add(t.offset + t.text.length);
    boundaryCache.set(tokens, set);
  }
  return set;
}

/**
 * The name-like span of the Simplified shadow that covers offset `at`, if any: a surname (whose
 * written form `surnameOk` accepts) and up to two given-name characters, with a title or 姓 before
 * it, or a title, a form of address or a verb of speech after it. A surname alone or with one
 * character counts only before a form of address (何先生, 王杰先生); a span jieba knows as an ordinary
 * word (高质量, 何时), or one that a word of the text runs into (对于|先生), never.
 */
export function nameAround(
  shadow: string,
  tokens: Token[][],
  at: number,
  surnameOk: (offset: number, length: number) => boolean,
): NameSpan | undefined {
  const bounds = boundaries(tokens);
  for (let start = Math.max(0, at - 3); start <= at; start++) {
    if (!bounds.has(start)) continue;
    for (const surname of [2, 1]) {
      const family = shadow.slice(start, start + surname);
      if (!(surname === 2 ? COMPOUND.has(family) : SURNAME.has(family))) continue;
      for (const given of [2, 1, 0]) {
        const end = start + surname + given;
        // jieba may keep a surname and its form of address as one word (范先生): a name all the same.
        const addressed = given === 0 && HONORIFICS.some((h) => shadow.startsWith(h, end) && bounds.has(end + h.length));
        if (at >= end || (!bounds.has(end) && !addressed)) continue;
        const span = shadow.slice(start, end);
        if (!HAN.test(span) || !surnameOk(start, surname)) continue;
        const named =
          given === 0 || (given === 1 && surname === 1)
            ? followedBy(shadow, bounds, end, HONORIFICS)
            : precededBy(shadow, bounds, start, BEFORE_ANY) ||
              followedBy(shadow, bounds, end, AFTER_ANY) ||
              listed(shadow, start, end) ||
              unknownName(shadow, bounds, start, end);
        if (named && (given === 0 || !dictionaryWord(span))) return { start, end };
      }
    }
  }
  return undefined;
}

/** A full name's shape (a surname and one or two more characters, not a word jieba knows) at [start, end). */
function nameShaped(shadow: string, start: number, end: number): boolean {
  const span = shadow.slice(start, end);
  if (span.length < 2 || span.length > 4 || !HAN.test(span)) return false;
  const surname = COMPOUND.has(span.slice(0, 2)) ? 2 : SURNAME.has(span[0]!) ? 1 : 0;
  return surname > 0 && span.length - surname >= 1 && span.length - surname <= 2 && !dictionaryWord(span);
}

/** The item of a list of names (李慧琼、何咏前、杨永杰): a name-shaped neighbour across 、 makes it one. */
function listed(shadow: string, start: number, end: number): boolean {
  if (!nameShaped(shadow, start, end)) return false;
  const item = (from: number, step: 1 | -1): boolean => {
    for (let len = 2; len <= 4; len++) {
      const [a, b] = step === 1 ? [from, from + len] : [from - len, from];
      if (a < 0 || b > shadow.length) break;
      const edge = step === 1 ? shadow[b] : shadow[a - 1];
      if ((edge === undefined || /[、，,。；;：:\s]/u.test(edge)) && nameShaped(shadow, a, b)) return true;
    }
    return false;
  };
  return (shadow[end] === '、' && item(end + 1, 1)) || (shadow[start - 1] === '、' && item(start - 1, -1));
}

/**
 * Whether the name at `span` appears elsewhere in the text written otherwise (李慧琼 here, 李慧瓊
 * there): then the text itself shows which form is the name's, and the other is a slip.
 */
export function writtenOtherwise(masked: string, shadow: string, span: NameSpan): boolean {
  const key = shadow.slice(span.start, span.end);
  const own = masked.slice(span.start, span.end);
  for (let i = shadow.indexOf(key); i !== -1; i = shadow.indexOf(key, i + 1)) {
    if (i !== span.start && masked.slice(i, i + key.length) !== own) return true;
  }
  return false;
}
