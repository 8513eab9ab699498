// Which script a text is written in, character by character, robust to characters that are
// standard in both scripts (台, 里, 干, 于…) and that naive converters take for Simplified.
import { HANT_VARIANTS, HK_EVIDENCE, SHARED_HANS, SHARED_HANT } from '../data/conversions';
import { foldToHans, isHanCode, toHant, toHantHK, toHantStandard } from '../text/script';
import { countOccurrences } from '../text/strings';
import { HONG_KONG_WORDS, TAIWAN_WORDS } from '../data/region-words';
export { foldChars as shadowOf } from '../text/script';
import type { DocScript } from './types';

export type CharScript = 'hans' | 'hant' | 'both';

const cache = new Map<string, CharScript>();
const SCRIPTS: CharScript[] = ['both', 'hans', 'hant'];
/** Per BMP code point: 0 not yet known, else 1 + index in SCRIPTS. */
const bmp = new Uint8Array(0x10000);
const sharedHant = new Set([...SHARED_HANT, ...HANT_VARIANTS]);
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
    // OpenCC's standard Traditional forms that Taiwan writes otherwise (着/著, 污/汙) are Traditional too.
    else if (toHant(ch) !== ch) s = sharedHant.has(ch) || toHantStandard(ch) === ch ? 'both' : 'hans';
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
  const simplified = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isHanCode(cp)) continue;
    counts.han++;
    const s = codeScript(cp);
    if (s === 'hans') {
      counts.hans++;
      simplified.set(cp, (simplified.get(cp) ?? 0) + 1);
    } else if (s === 'hant') counts.hant++;
  }
  // Hong Kong's forms (税, 卧) are Traditional in a Hong Kong text: they tell neither script. Only a
  // text with Traditional characters can be one (and a Simplified text never loads the tables).
  if (counts.hant > 0) for (const [cp, n] of simplified) if (hongKongCode(cp)) counts.hans -= n;
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


const hkForms = new Map<string, boolean>();
/** Per BMP code point: 0 not yet known, 1 not a Hong Kong form, 2 a Hong Kong form. */
const hkBmp = new Uint8Array(0x10000);

function hongKongCode(cp: number): boolean {
  if (cp > 0xffff) return isHongKongForm(String.fromCodePoint(cp));
  if (!hkBmp[cp]) hkBmp[cp] = isHongKongForm(String.fromCharCode(cp)) ? 2 : 1;
  return hkBmp[cp] === 2;
}

/**
 * A Hong Kong standard form that is also a Simplified character and that Taiwan writes otherwise
 * (税/稅, 卧/臥, 温/溫, 户/戶): right in a Hong Kong-standard text, Simplified in a Taiwan one.
 */
export function isHongKongForm(ch: string): boolean {
  let known = hkForms.get(ch);
  if (known === undefined) {
    known = charScript(ch) === 'hans' && toHantHK(ch) === ch;
    hkForms.set(ch, known);
  }
  return known;
}

const evidence = new Map<string, 'hk' | 'tw'>();
for (const [hk, tw] of HK_EVIDENCE) {
  evidence.set(hk, 'hk');
  evidence.set(tw, 'tw');
}

/**
 * The variant standard a Traditional text follows, from its own characters: zh-HK when it writes
 * Hong Kong's forms (説, 衞, 綫) more often than Taiwan's (說, 衛, 線), zh-TW for the reverse,
 * undefined when it shows neither.
 */
export function variantRegion(text: string): 'zh-HK' | 'zh-TW' | undefined {
  let hk = 0;
  let tw = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x4e00) continue;
    const e = evidence.get(text[i]!);
    if (e === 'hk') hk++;
    else if (e === 'tw') tw++;
  }
  return hk > tw ? 'zh-HK' : tw > hk ? 'zh-TW' : undefined;
}

/**
 * The region a Traditional text's vocabulary shows: zh-HK when it writes several Hong Kong words
 * (的士, 港鐵, 特首, Cantonese particles) and clearly more of them than Taiwan words (捷運, 健保,
 * 軟體), zh-TW for the reverse; undefined when it shows neither.
 */
export function vocabularyRegion(text: string): 'zh-HK' | 'zh-TW' | undefined {
  const count = (words: readonly string[]) => words.reduce((n, w) => n + countOccurrences(text, w), 0);
  const hk = count(HONG_KONG_WORDS);
  const tw = count(TAIWAN_WORDS);
  if (hk >= MIN_REGION_WORDS && hk > 2 * tw) return 'zh-HK';
  if (tw >= MIN_REGION_WORDS && tw > 2 * hk) return 'zh-TW';
  return undefined;
}

/** Region words a text needs before its vocabulary decides. */
const MIN_REGION_WORDS = 3;
