// script/mixed — Simplified-only characters in a Traditional text (们, 这, 说), or Traditional-only
// characters in a Simplified text; once per distinct character per line, so that a page converted
// halfway does not drown in repeats. Characters standard in both scripts (台, 里, 干) are never
// reported; the one-to-many ones are left to script/conversion, which decides in context.
// Variant forms Taiwan or Hong Kong accept (恒, 涌, 厘, 着, 污) are Traditional; Hong Kong's own
// forms that are also Simplified (税, 卧, 温) are right unless the text follows Taiwan's forms
// (region zh-TW, or it writes 說/衛/線 rather than 説/衞/綫). Characters of a personal name are
// left alone (李慧琼表示) unless the text writes the same name otherwise elsewhere. The name of the
// other script written in its own characters (繁體中文, 正體, 臺灣正體 in a Simplified text; 简体中文,
// 简体, 简中 in a Traditional one: a language switcher's links) is left alone too
// (src/data/script-names.ts) where it stands as a label, with no Han character next to it.
import { HANT_CHAR_FIXES } from '../../data/conversions';
import { HANS_NAMES, HANT_NAMES, withAsciiBrackets } from '../../data/script-names';
import { foldToHans, toHantFor } from '../../text/script';
import { codeScript, isHongKongForm, variantRegion } from '../../core/script';
import { nameAround, writtenOtherwise, type NameSpan } from '../../core/names';
import type { Region } from '../../glossary/model';
import { sharedResult, type RuleContext, type TextRule } from '../rule';
import { findConversions } from './conversion';

const contextual = new Set(HANT_CHAR_FIXES.map((c) => c.char));

/** Names of the other script in its own characters, by the script that is foreign in the text. */
const SCRIPT_NAMES = { hant: withAsciiBrackets(HANT_NAMES), hans: withAsciiBrackets(HANS_NAMES) };

const HAN = /\p{Script=Han}/u;

/**
 * Offsets of the text inside a name of the foreign script written in that script (繁體中文; and
 * 正體中文（台灣）, two overlapping names, as one), where the name stands as a label: no Han
 * character next to it, spaces aside (`[繁體中文](…)`, `| 简体中文`, `其他版本：繁體版`). Inside a
 * sentence (這段文字混入了简体字) it is prose in the wrong script like any other.
 */
function scriptNames(text: string, foreign: 'hans' | 'hant'): Set<number> {
  const inName = new Set<number>();
  for (const name of SCRIPT_NAMES[foreign]) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) for (let k = i; k < i + name.length; k++) inName.add(k);
  }
  const at = new Set<number>();
  const starts = [...inName].filter((i) => !inName.has(i - 1));
  for (const start of starts) {
    let end = start;
    while (inName.has(end)) end++;
    const before = /\S?\s*$/.exec(text.slice(Math.max(0, start - 8), start))![0].trim();
    const after = /^\s*\S?/.exec(text.slice(end, end + 8))![0].trim();
    if (HAN.test(before) || HAN.test(after)) continue;
    for (let k = start; k < end; k++) at.add(k);
  }
  return at;
}

/** The variant standard of a Traditional text: the declared region, else what its own characters show. */
function variantStandard(ctx: RuleContext): Region | undefined {
  if (ctx.region === 'zh-HK' || ctx.region === 'zh-TW') return ctx.region;
  return sharedResult(ctx, 'script/variant-region', () => variantRegion(ctx.masked));
}

/** The personal name around `offset`, if the text writes it one way only. */
function nameAt(ctx: RuleContext, offset: number, foreign: 'hans' | 'hant'): NameSpan | undefined {
  const span = nameAround(ctx.shadow, ctx.tokens, offset, (at, length) => {
    for (let i = at; i < at + length; i++) if (codeScript(ctx.masked.codePointAt(i)!) === foreign) return false;
    return true;
  });
  return span && !writtenOtherwise(ctx.masked, ctx.shadow, span) ? span : undefined;
}

/** Whether `offset` lies inside an occurrence of one of `names` (as written). */
function insideName(text: string, offset: number, names: Set<string>): boolean {
  for (const name of names) {
    const from = Math.max(0, offset - name.length + 1);
    const at = text.slice(from, offset + name.length).indexOf(name);
    if (at !== -1 && from + at <= offset) return true;
  }
  return false;
}

export const rule: TextRule = {
  id: 'script/mixed',
  kind: 'text',
  severity: 'warning',
  summary: 'A character of the other script (Simplified in Traditional text, or the reverse)',
  fix: 'safe',
  defersTo: ['content/boilerplate', 'encoding/mojibake'],
  onTargets: true,
  messages: {
    simplifiedInHant: 'Simplified character "{{text}}" in a Traditional text; write "{{right}}"',
    traditionalInHans: 'Traditional character "{{text}}" in a Simplified text; write "{{right}}"',
    wrongScriptFile: 'this {{locale}} file is written in {{written}} ({{count}} characters of the other script): convert it, or check it with the right --target-locale',
  },
  check(ctx) {
    if (ctx.script !== 'zh-Hant' && ctx.script !== 'zh-Hans') return;
    const foreign = ctx.script === 'zh-Hant' ? 'hans' : 'hant';
    const standard = ctx.script === 'zh-Hant' ? variantStandard(ctx) : undefined;
    const covered = new Set<number>();
    for (const f of findConversions(ctx)) for (let i = 0; i < f.length; i++) covered.add(f.offset + i);
    for (const i of scriptNames(ctx.masked, foreign)) covered.add(i);
    // Candidates first: a name the text introduces once (議員李慧琼) is a name wherever it recurs.
    const candidates: { offset: number; ch: string }[] = [];
    const names = new Set<string>();
    const text = ctx.masked;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x2e80) continue;
      if (codeScript(text.codePointAt(i)!) !== foreign) continue;
      const ch = code >= 0xd800 && code < 0xdc00 ? text.slice(i, i + 2) : text[i]!;
      if (covered.has(i) || contextual.has(ch)) continue;
      if (ctx.script === 'zh-Hant' && standard !== 'zh-TW' && isHongKongForm(ch)) continue;
      const name = nameAt(ctx, i, foreign);
      if (name) names.add(text.slice(name.start, name.end));
      else candidates.push({ offset: i, ch });
    }
    const seen = new Set<string>();
    let line = -1;
    for (const { offset: i, ch } of candidates) {
      if (names.size && insideName(text, i, names)) continue;
      const l = ctx.lines.lineOf(i);
      if (l !== line) {
        line = l;
        seen.clear();
      }
      if (seen.has(ch)) continue;
      seen.add(ch);
      const right = ctx.script === 'zh-Hant' ? toHantFor(ch, standard) : foldToHans(ch);
      ctx.report({
        offset: i,
        length: ch.length,
        messageId: ctx.script === 'zh-Hant' ? 'simplifiedInHant' : 'traditionalInHans',
        data: { text: ch, right },
        suggestions: [right],
      });
    }
  },
};
