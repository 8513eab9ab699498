// (c) Terms of translation pairs: Chinese n-grams of the targets (jieba tokens) that keep company
// with English n-grams of the sources, unit after unit. Score: Dice over units,
// 2·both / (units with the Chinese + units with the English); pairs are then linked greedily, best
// first, and a pair that overlaps one already taken (梯度 inside 梯度累积) is dropped.
import type { Analysis } from '../core/analyze';
import type { Unit } from '../core/bundle';
import type { Glossary } from '../glossary/glossary';
import type { ZhScript } from '../text/script';
import { FUNCTION_WORDS } from '../data/function-words';
import { covered, ENGLISH_STOP, englishWords, knowsChinese, knowsEnglish, LEAD_WORDS } from './candidates';
import type { Candidate, Context } from './types';

/** Lowest Dice coefficient of a proposed pair. */
export const MIN_DICE = 0.5;
const MAX_GRAM = 3;
const MAX_ZH_CHARS = 10;

export interface UnitTerms {
  /** Key → the text as written. */
  zh: Map<string, string>;
  en: Map<string, string>;
  script: ZhScript;
  context: Context;
}

/** Placeholders, tags and format specifiers of a source string, blanked. */
const PLACEHOLDER = /\{\{[^{}]*\}\}|\{[^{}]*\}|<[^<>]*>|%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[sdifuxXeEgGc@]|\$\{[^{}]*\}|&[a-z]+;/g;

function blankPlaceholders(source: string, placeholders: string[]): string {
  let s = source.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
  for (const p of placeholders) if (p) s = s.split(p).join(' '.repeat(p.length));
  return s;
}

/** Stop words and contractions (we'll, don't) never begin or end an English n-gram. */
const isStop = (w: string) => ENGLISH_STOP.has(w.toLowerCase()) || /['’]/.test(w);
const edgeWord = (t: string) => FUNCTION_WORDS.has(t) || LEAD_WORDS.has(t);

/** The n-grams of one unit: of its target's jieba tokens and of its source's words. */
export function unitTerms(unit: Unit, target: Analysis, glossary: Glossary, script: ZhScript, context: Context): UnitTerms {
  const zh = new Map<string, string>();
  for (const tokens of target.tokens) {
    for (let i = 0; i < tokens.length; i++) {
      if (edgeWord(tokens[i]!.text)) continue;
      let key = '';
      for (let j = i; j < tokens.length && j < i + MAX_GRAM; j++) {
        key += tokens[j]!.text;
        if (key.length > MAX_ZH_CHARS) break;
        if (edgeWord(tokens[j]!.text) || key.length < 2) continue;
        const start = tokens[i]!.offset;
        const end = start + key.length;
        // What the glossary knows, as a whole or inside a known term, is no candidate.
        if (knowsChinese(glossary, key) || covered(target.zh, start, end)) continue;
        if (!zh.has(key)) zh.set(key, target.masked.slice(start, end));
      }
    }
  }
  const en = new Map<string, string>();
  const source = blankPlaceholders(unit.source, unit.sourcePlaceholders);
  const words = englishWords(source).filter((w) => !w.code);
  for (let i = 0; i < words.length; i++) {
    if (isStop(words[i]!.word)) continue;
    for (let j = i; j < words.length && j < i + MAX_GRAM; j++) {
      if (j > i && !/^\s+$/.test(source.slice(words[j - 1]!.end, words[j]!.start))) break;
      const last = words[j]!.word;
      if (isStop(last)) continue;
      const surface = source.slice(words[i]!.start, words[j]!.end).replace(/\s+/g, ' ');
      if (surface.length < 2 || knowsEnglish(glossary, surface)) continue;
      const key = glossary.englishKey(surface);
      if (!en.has(key)) en.set(key, surface);
    }
  }
  return { zh, en, script, context };
}

const overlapsZh = (a: string, b: string) => a.includes(b) || b.includes(a);
const overlapsEn = (a: string, b: string) => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

/** Pairs of Chinese and English n-grams found together in at least `minCount` units, best first. */
export function associate(units: UnitTerms[], minCount: number): Candidate[] {
  const zhUnits = new Map<string, number>();
  const enUnits = new Map<string, number>();
  const both = new Map<string, { zh: string; en: string; units: UnitTerms[] }>();
  for (const u of units) {
    for (const z of u.zh.keys()) zhUnits.set(z, (zhUnits.get(z) ?? 0) + 1);
    for (const e of u.en.keys()) enUnits.set(e, (enUnits.get(e) ?? 0) + 1);
  }
  for (const u of units) {
    // Only n-grams that recur can pair: this keeps the product small.
    const zs = [...u.zh.keys()].filter((z) => zhUnits.get(z)! >= minCount);
    const es = [...u.en.keys()].filter((e) => enUnits.get(e)! >= minCount);
    for (const z of zs) {
      for (const e of es) {
        const key = `${z}\u0000${e}`;
        let p = both.get(key);
        if (!p) both.set(key, (p = { zh: z, en: e, units: [] }));
        p.units.push(u);
      }
    }
  }
  const scored = [...both.values()]
    .filter((p) => p.units.length >= minCount)
    .map((p) => ({ ...p, dice: (2 * p.units.length) / (zhUnits.get(p.zh)! + enUnits.get(p.en)!) }))
    .filter((p) => p.dice >= MIN_DICE)
    .sort(
      (a, b) =>
        b.dice - a.dice ||
        b.units.length - a.units.length ||
        // Of equally good pairs, the longer: 梯度累积 / gradient accumulation before 梯度 / gradient.
        b.zh.length + b.en.split(' ').length * 2 - (a.zh.length + a.en.split(' ').length * 2) ||
        a.zh.localeCompare(b.zh) ||
        a.en.localeCompare(b.en),
    );
  // A side whose best partners are several unrelated n-grams (all the words of the same two
  // paragraphs co-occur perfectly) shows no translation: its pairs are dropped.
  const ambiguous = new Set<string>();
  for (const [side, overlaps] of [
    ['zh', overlapsEn],
    ['en', overlapsZh],
  ] as const) {
    const best = new Map<string, typeof scored>();
    for (const p of scored) {
      const own = side === 'zh' ? p.zh : p.en;
      const list = best.get(own);
      if (!list) best.set(own, [p]);
      else if (list[0]!.dice === p.dice && list[0]!.units.length === p.units.length) list.push(p);
    }
    for (const [own, list] of best) {
      const partners = list.map((p) => (side === 'zh' ? p.en : p.zh));
      if (partners.some((a) => partners.some((b) => !overlaps(a, b)))) ambiguous.add(`${side}\u0000${own}`);
    }
  }
  const taken: typeof scored = [];
  for (const p of scored) {
    if (ambiguous.has(`zh\u0000${p.zh}`) || ambiguous.has(`en\u0000${p.en}`)) continue;
    if (taken.some((t) => overlapsZh(t.zh, p.zh) || overlapsEn(t.en, p.en))) continue;
    taken.push(p);
  }
  return taken.map((p) => {
    const first = p.units[0]!;
    return {
      kind: 'aligned' as const,
      en: first.en.get(p.en)!,
      zh: first.zh.get(p.zh)!,
      script: first.script,
      count: p.units.length,
      score: Math.round(p.dice * 100) / 100,
      contexts: p.units.slice(0, 3).map((u) => u.context),
    };
  });
}
