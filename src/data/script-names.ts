// Names of a Chinese script or regional standard, written in that script: what a language
// switcher links to ([繁體中文](README-zh-TW.md) in a Simplified README, [简体中文](README-zh-CN.md)
// in a Traditional one) and what a page calls its other edition. They name the other script in its
// own characters on purpose, so script/mixed leaves them alone where they stand as labels. Matched
// as written (overlapping: 正體中文（台灣） is 正體中文 and 中文（台灣）); every bracketed form also
// counts with ASCII brackets.

/** Names in Traditional-only characters, not defects in a Simplified text: Traditional Chinese by its
 * own name, and 日本語 (Japanese in its own script: a switcher lists it beside them). */
export const HANT_NAMES = [
  '繁體中文', '正體中文', '繁體中文版', '正體中文版', '繁體字', '正體字', '繁體版', '正體版', '繁體', '正體',
  '臺灣正體', '台灣正體', '臺灣繁體', '台灣繁體', '香港繁體', '澳門繁體', '港澳繁體',
  '中文（繁體）', '中文（正體）', '中文（臺灣）', '中文（台灣）', '中文（香港）', '中文（澳門）',
  '日本語',
];

/** Names of Simplified Chinese in Simplified characters: not defects in a Traditional text. */
export const HANS_NAMES = [
  '简体中文', '简体中文版', '简体字', '简体版', '简体', '简中', '大陆简体', '中国简体',
  '中文（简体）', '中文（中国大陆）', '中文（中国）', '中文（大陆）',
];

/** A list with each bracketed name also in ASCII brackets: 中文（繁體） and 中文(繁體). */
export function withAsciiBrackets(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.replace('（', '(').replace('）', ')')]))];
}
