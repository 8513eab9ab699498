// Finds glossary terms in a text: Chinese forms on jieba token boundaries of the Simplified
// shadow, English forms on runs of Latin words. Cost grows with the text, not the glossary:
// every candidate is one map lookup.
import type { Glossary } from '../glossary/glossary';
import type { FormRef } from '../glossary/model';
import { cut } from './segment';
import { isAllCaps } from '../text/english';
import type { DocScript } from './types';

export interface Token {
  offset: number;
  /** Simplified (shadow) text of the token. */
  text: string;
}

export interface Occurrence {
  offset: number;
  length: number;
  lang: 'zh' | 'en';
  key: string;
  /** Every glossary form with this key, across concepts. */
  refs: FormRef[];
}

const HAN_RUN = /[\p{Script=Han}\u3007]+/gu;

/** jieba tokens of every Han run of the shadow, with offsets into the text. */
export function tokenize(shadow: string): Token[][] {
  const runs: { start: number; text: string }[] = [];
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(shadow); m; m = HAN_RUN.exec(shadow)) runs.push({ start: m.index, text: m[0] });
  if (!runs.length) return [];
  // One native call for the whole file: runs joined by line breaks, which jieba keeps as tokens.
  const joined = runs.map((r) => r.text).join('\n');
  const tokens = cut(joined);
  const out: Token[][] = [];
  let run = 0;
  let pos = 0;
  let current: Token[] = [];
  for (const t of tokens) {
    if (t === '\n') {
      out.push(current);
      current = [];
      run++;
      pos = 0;
      continue;
    }
    current.push({ offset: runs[run]!.start + pos, text: t });
    pos += t.length;
  }
  out.push(current);
  return out;
}

export function findChinese(glossary: Glossary, runs: Token[][], maxLength: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const tokens of runs) {
    for (let i = 0; i < tokens.length; ) {
      let acc = '';
      let best: { j: number; key: string; refs: FormRef[] } | undefined;
      for (let j = i; j < tokens.length; j++) {
        acc += tokens[j]!.text;
        if (acc.length > maxLength) break;
        const refs = glossary.zh.get(acc);
        if (refs) best = { j, key: acc, refs };
      }
      if (best) {
        found.push({ offset: tokens[i]!.offset, length: best.key.length, lang: 'zh', key: best.key, refs: best.refs });
        i = best.j + 1;
      } else i++;
    }
  }
  return found;
}

const WORD = /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?/g;

function abbreviationFits(ref: FormRef, surface: string): boolean {
  // Abbreviations are matched as written (LLM, LLMs), never in lower case (it, cl).
  if (ref.kind !== 'abbreviation') return true;
  return surface === ref.text || surface === ref.text + 's';
}

export function findEnglish(glossary: Glossary, masked: string, maxWords: number): Occurrence[] {
  const words: { start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(masked); m; m = WORD.exec(masked)) words.push({ start: m.index, end: m.index + m[0].length });
  const found: Occurrence[] = [];
  for (let i = 0; i < words.length; ) {
    let best: { j: number; key: string; refs: FormRef[] } | undefined;
    for (let j = i; j < words.length && j < i + maxWords; j++) {
      if (j > i) {
        const gap = masked.slice(words[j - 1]!.end, words[j]!.start);
        if (!/^(?:[ \-‐–]|\s-\s)$/.test(gap)) break;
      }
      const surface = masked.slice(words[i]!.start, words[j]!.end);
      const key = glossary.englishKey(surface);
      const refs = glossary.en.get(key)?.filter((r) => abbreviationFits(r, surface));
      if (refs?.length) best = { j, key, refs };
    }
    if (best) {
      const start = words[i]!.start;
      found.push({ offset: start, length: words[best.j]!.end - start, lang: 'en', key: best.key, refs: best.refs });
      i = best.j + 1;
    } else i++;
  }
  return found;
}

/**
 * The refs whose text is exactly what is written (衝突 vs 沖突 share a folded key), else all;
 * where a form is spelt alike in both scripts (云端: right in zh-Hans, a wrong conversion in
 * zh-Hant), those of the document's script.
 */
export function refsAsWritten(occ: Occurrence, text: string, script?: DocScript): FormRef[] {
  const written = text.slice(occ.offset, occ.offset + occ.length);
  const exact = occ.refs.filter((r) => r.text === written);
  if (!exact.length) return occ.refs;
  const mine = exact.filter((r) => r.script === script);
  return mine.length ? mine : exact;
}

/**
 * The refs an English occurrence stands for as written: a word in capitals only (FILENAME, a
 * placeholder in a command line) names a term only where the glossary writes exactly those
 * capitals (GPU, LLM); other English, every ref.
 */
export function refsAsCased(occ: Occurrence, text: string): FormRef[] {
  const written = text.slice(occ.offset, occ.offset + occ.length);
  return isAllCaps(written) ? occ.refs.filter((r) => r.text === written) : occ.refs;
}

/** The concepts an occurrence can stand for. */
export function entriesOf(refs: FormRef[]) {
  return [...new Set(refs.map((r) => r.entry))];
}
