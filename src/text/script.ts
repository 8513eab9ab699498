// Script handling: folding Traditional to Simplified for comparison, and converting
// Simplified to Traditional for suggestions. Uses opencc-js character dictionaries only
// (no regional phrase tables), so it never rewrites vocabulary (互联网 stays 互聯網).
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let foldConverter: Convert | undefined;
let hantConverter: Convert | undefined;

/** Traditional (any region) → Simplified, for comparing forms regardless of script. */
export function foldToHans(text: string): string {
  const convert = (foldConverter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/** Simplified → Traditional (Taiwan character standard, no phrase substitution). */
export function toHant(text: string): string {
  const convert = (hantConverter ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The comparison key of a Chinese form: folded to Simplified, white space removed. */
export function chineseKey(text: string): string {
  return foldToHans(text.normalize('NFC')).replace(/\s+/gu, '');
}

export type ZhScript = 'zh-Hans' | 'zh-Hant';
export const ZH_SCRIPTS: readonly ZhScript[] = ['zh-Hans', 'zh-Hant'];

/** The form of `text` in `script`: unchanged for zh-Hans input to zh-Hans, converted otherwise. */
export function inScript(text: string, script: ZhScript): string {
  return script === 'zh-Hant' ? toHant(text) : foldToHans(text);
}
