// The segmenter, loaded once per process (per worker thread). Its dictionary is Simplified, so it
// is given the length-preserving Simplified shadow of the text, never the text itself.
// nodejieba is the default; TERMLINT_SEGMENTER=node-rs selects @node-rs/jieba behind the same
// interface, when it is installed (the benchmark measures both).
import fs from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { note, TermlintError } from '../errors';
import { PACKAGE_ROOT } from '../paths';

interface Segmenter {
  insert(words: string[]): void;
  cut(text: string): string[];
  /** Words with jieba's part-of-speech tags (nr person name, x not in the dictionary), where available. */
  tag?(text: string): { word: string; tag: string }[];
}

// jieba's keyword-extraction dictionaries (idf, stop words: 6 MB) are not needed for cutting;
// tiny stand-ins are loaded instead.
const MINIMAL = path.join(PACKAGE_ROOT, 'src', 'data', 'jieba');

function nodejiebaSegmenter(): Segmenter {
  nodejieba.load({ idfDict: path.join(MINIMAL, 'idf.utf8'), stopWordDict: path.join(MINIMAL, 'stop_words.utf8') });
  return {
    insert: (words) => words.forEach((w) => nodejieba.insertWord(w)),
    cut: (text) => nodejieba.cut(text),
    tag: (text) => nodejieba.tag(text),
  };
}

function nodeRsSegmenter(): Segmenter {
  let mod: { Jieba: { withDict(d: Uint8Array): { loadDict(d: Uint8Array): void; cut(s: string, hmm?: boolean): string[] } } };
  let dict: Uint8Array;
  try {
    mod = require('@node-rs/jieba');
    dict = (require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict;
  } catch {
    throw new TermlintError('usage', { detail: note('usage.segmenter') });
  }
  const jieba = mod.Jieba.withDict(dict);
  return {
    // A middling frequency, as nodejieba gives inserted words its median weight.
    insert: (words) => jieba.loadDict(Buffer.from(words.map((w) => `${w} 1000 n`).join('\n'))),
    cut: (text) => jieba.cut(text, true),
  };
}

let segmenter: Segmenter | undefined;
const inserted = new Set<string>();

/** Loads the dictionary on first use and adds words (glossary forms) not yet inserted. */
export function prepareSegmenter(words: Iterable<string>): void {
  segmenter ??= process.env.TERMLINT_SEGMENTER === 'node-rs' ? nodeRsSegmenter() : nodejiebaSegmenter();
  const fresh = [...words].filter((w) => !inserted.has(w));
  for (const w of fresh) inserted.add(w);
  if (fresh.length) segmenter.insert(fresh);
}

/** Tokens of a Simplified string; their concatenation is the string itself. */
export function cut(text: string): string[] {
  const tokens = segmenter!.cut(text);
  let total = 0;
  for (const t of tokens) total += t.length;
  // Should the native side ever normalize a character, fall back to single characters.
  return total === text.length ? tokens : Array.from(text);
}

/** jieba's part-of-speech tags for a short Simplified string; undefined when the segmenter has none. */
export function tag(text: string): { word: string; tag: string }[] | undefined {
  return segmenter?.tag?.(text);
}

let frequencies: Map<string, number> | undefined;

/**
 * How often jieba's dictionary says a word of two or more characters occurs, for the common ones
 * (at least 1,000: 影响 24144; 0 for rarer words and slips such as 编缉). The 5 MB dictionary is
 * scanned on the first question only, keeping about 7,000 words: the rules that ask (term/typo,
 * on a candidate) ask rarely.
 */
export function wordFrequency(word: string): number {
  if (!frequencies) {
    frequencies = new Map();
    const dict = fs.readFileSync((nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT, 'utf8');
    for (const m of dict.matchAll(/^(\S{2,}) (\d{4,}) /gm)) frequencies.set(m[1]!, Number(m[2]));
  }
  return frequencies.get(word) ?? 0;
}
