// Which script a text is written in, character by character, robust to characters that are
// standard in both scripts (台, 里, 干, 于…) and that naive converters take for Simplified.
import { SHARED_HANS, SHARED_HANT } from '../data/conversions';
import { foldToHans, isHanCode, toHant } from '../text/script';
export { foldChars as shadowOf } from '../text/script';
import type { DocScript } from './types';

export type CharScript = 'hans' | 'hant' | 'both';

const cache = new Map<string, CharScript>();
const SCRIPTS: CharScript[] = ['both', 'hans', 'hant'];
/** Per BMP code point: 0 not yet known, else 1 + index in SCRIPTS. */
const bmp = new Uint8Array(0x10000);
const sharedHant = new Set(SHARED_HANT);
const sharedHans = new Set(SHARED_HANS);
const HAN = /\p{Script=Han}/u;

/** charScript by code point, with a flat cache for the Basic Multilingual Plane. */
export function codeScript(cp: number): CharScript {
  if (cp > 0xffff) return charScript(String.fromCodePoint(cp));
  const known = bmp[cp]!;
  if (known) return SCRIPTS[known - 1]!;
  const s = charScript(String.fromCharCode(cp));
  bmp[cp] = SCRIPTS.indexOf(s) + 1;
  return s;
}

/** 'hans' for Simplified-only characters, 'hant' for Traditional-only, 'both' otherwise. */
export function charScript(ch: string): CharScript {
  let s = cache.get(ch);
  if (s === undefined) {
    if (!HAN.test(ch)) s = 'both';
    else if (foldToHans(ch) !== ch) s = sharedHans.has(ch) ? 'both' : 'hant';
    else if (toHant(ch) !== ch) s = sharedHant.has(ch) ? 'both' : 'hans';
    else s = 'both';
    cache.set(ch, s);
  }
  return s;
}

export interface ScriptCounts {
  han: number;
  hans: number;
  hant: number;
}

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, hans: 0, hant: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isHanCode(cp)) continue;
    counts.han++;
    const s = codeScript(cp);
    if (s === 'hans') counts.hans++;
    else if (s === 'hant') counts.hant++;
  }
  return counts;
}

/** A file's script: a clear majority of distinguishing characters decides; text without Han is none. */
export function detectScript(counts: ScriptCounts): DocScript {
  if (counts.han === 0) return 'none';
  const marked = counts.hans + counts.hant;
  if (marked === 0) return 'zh-Hans';
  const hantShare = counts.hant / marked;
  if (hantShare >= 0.75) return 'zh-Hant';
  if (hantShare <= 0.25) return 'zh-Hans';
  return 'mixed';
}

