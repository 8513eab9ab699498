// pair/untranslated — a target value left empty, identical to the source, or without Chinese.
// Why: an English string in a Chinese release is the most visible localization bug.
// Ignores: product names, acronyms and kept-English glossary terms (GitHub, API, LoRA), strings
// without words, and the configuration's `allowUntranslated` list.
import type { Glossary } from '../../glossary/glossary';
import type { PairRule } from '../rule';

const HAN = /\p{Script=Han}/u;

/** What is left of a source string once placeholders, tags, URLs and numbers are removed. */
export function sourceWords(s: string, placeholders: string[]): string {
  let rest = s;
  for (const p of placeholders) rest = rest.split(p).join(' ');
  return rest.replace(/https?:\/\/\S+|\S+@\S+|<[^>]*>|&\w+;|\d+([.,]\d+)*/g, ' ');
}

function allowed(allow: readonly string[], source: string, glossary: Glossary): boolean {
  const s = source.trim();
  for (const a of allow) {
    const m = /^\/(.*)\/([a-z]*)$/.exec(a);
    if (m ? new RegExp(m[1]!, m[2]!.includes('i') ? 'iu' : 'u').test(s) : a === s) return true;
  }
  // Product and brand names (GitHub, iOS, LoRA), acronyms (API, JSON) and kept-English terms.
  if (/^(?:[A-Z]{2,5}s?|[A-Za-z]*[a-z][A-Z][\w]*)$/.test(s)) return true;
  const refs = glossary.en.get(glossary.englishKey(s));
  return Boolean(refs?.some((r) => r.entry.keepEnglish || r.kind === 'abbreviation'));
}

export const shorten = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

export const rule: PairRule = {
  id: 'pair/untranslated',
  kind: 'pair',
  severity: 'warning',
  summary: 'A target value left empty, identical to the source, or without Chinese',
  fix: 'none',
  messages: {
    empty: 'the translation of "{{source}}" is empty',
    same: 'the translation is identical to the source "{{source}}"',
    noChinese: 'the translation of "{{source}}" contains no Chinese',
  },
  check(ctx) {
    // Document pairs: English passages (quotes, names, commands) are common in translated prose.
    if (ctx.bundle.document) return;
    for (const unit of ctx.bundle.units) {
      const data = { source: shorten(unit.source) };
      // A unit without a target is missing (i18next: pair/missing-key) or untranslated (XLIFF).
      if (unit.target === undefined) {
        if (ctx.bundle.bothSides) ctx.report({ unit, messageId: 'empty', data, where: unit.anchor });
        continue;
      }
      if (!unit.target.trim()) {
        if (unit.source.trim()) ctx.report({ unit, messageId: 'empty', data });
        continue;
      }
      const words = sourceWords(unit.source, unit.sourcePlaceholders);
      if (!/\p{L}{2,}/u.test(words) || allowed(ctx.allowUntranslated, unit.source, ctx.glossary)) continue;
      if (unit.target.trim() === unit.source.trim()) ctx.report({ unit, messageId: 'same', data });
      else if (!HAN.test(unit.target) && /[a-z]{2,}/i.test(words)) ctx.report({ unit, messageId: 'noChinese', data });
    }
  },
};
