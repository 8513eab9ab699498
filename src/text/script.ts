// Script handling: folding Traditional to Simplified for comparison, and converting
// Simplified to Traditional for suggestions. Uses opencc-js character dictionaries only
// (no regional phrase tables), so it never rewrites vocabulary (互联网 stays 互聯網).
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

const converters = new Map<string, Convert>();
/** An opencc-js character converter, built on first use (each costs its dictionaries' load). */
function converter(from: 'cn' | 't', to: 'cn' | 'tw' | 'hk' | 't'): Convert {
  const key = `${from}>${to}`;
  const known = converters.get(key);
  if (known) return known;
  const convert: Convert = OpenCC.Converter({ from, to });
  converters.set(key, convert);
  return convert;
}

/** Traditional (any region) → Simplified, for comparing forms regardless of script. */
export const foldToHans = (text: string): string => converter('t', 'cn')(text);

/** Simplified → Traditional (Taiwan character standard, no phrase substitution). */
export const toHant = (text: string): string => converter('cn', 'tw')(text);

/** Simplified → Traditional in Hong Kong forms (説, 衞, 着, 税), no phrase substitution. */
export const toHantHK = (text: string): string => converter('cn', 'hk')(text);

/** Simplified → OpenCC's standard Traditional forms, before any regional variant table (着, 污, 裏). */
export const toHantStandard = (text: string): string => converter('cn', 't')(text);

/** The Traditional form of Simplified text for a region: Hong Kong's forms for zh-HK, Taiwan's otherwise. */
export function toHantFor(text: string, region?: string): string {
  return region === 'zh-HK' ? toHantHK(text) : toHant(text);
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Han by code point (CJK unified ideographs and extensions, compatibility ideographs, 〇). */
export function isHanCode(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    cp === 0x3007 ||
    cp === 0x3005
  );
}

const charFolds = new Map<string, string>();

/**
 * Folds to Simplified character by character, so that the result has exactly the length of the
 * input: a character whose conversion would change the length is kept as it is. Used for the
 * shadow text that jieba segments and for every comparison key, so that both agree.
 */
export function foldChars(text: string): string {
  let parts: string[] | undefined;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    const wide = code >= 0xd800 && code < 0xdc00;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    let f = charFolds.get(ch);
    if (f === undefined) {
      f = foldToHans(ch);
      if (f.length !== ch.length) f = ch;
      charFolds.set(ch, f);
    }
    if (f !== ch) {
      parts ??= [];
      parts.push(text.slice(last, i), f);
      last = i + ch.length;
    }
    if (wide) i++;
  }
  if (!parts) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/** The comparison key of a Chinese form: folded to Simplified, white space removed. */
export function chineseKey(text: string): string {
  return foldChars(text.normalize('NFC')).replace(/\s+/gu, '');
}

export type ZhScript = 'zh-Hans' | 'zh-Hant';
export const ZH_SCRIPTS: readonly ZhScript[] = ['zh-Hans', 'zh-Hant'];

/** The form of `text` in `script`: unchanged for zh-Hans input to zh-Hans, converted otherwise. */
export function inScript(text: string, script: ZhScript): string {
  return script === 'zh-Hant' ? toHant(text) : foldToHans(text);
}
