// script/conversion — the classic wrong one-to-many Simplified→Traditional conversions in a
// Traditional text (沖突→衝突, 并→並, 于→於, 后→後, 范式→範式, 盡管→儘管, 復雜→複雜, 特征→特徵…),
// decided by the word they occur in, from termlint's own data (src/data/conversions.ts).
// Ignores: Simplified and mixed texts, the words in which the character is right (皇后, 風采), and
// spans that term/avoid already reports as a known-wrong rendering (知識沖突).
import { HANT_CHAR_FIXES, HANT_WORD_FIXES } from '../../data/conversions';
import { sharedResult, type TextRule, type RuleContext } from '../rule';

interface Fix {
  offset: number;
  length: number;
  right: string;
}

const words = new Map<string, string>();
for (const f of HANT_WORD_FIXES) words.set(f.wrong, f.right);
for (const c of HANT_CHAR_FIXES) for (const w of c.words ?? []) words.set(w.wrong, w.right);
const chars = new Map(HANT_CHAR_FIXES.map((c) => [c.char, c]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  [...[...words.keys()].sort((a, b) => b.length - a.length).map(escape), `[${[...chars.keys()].join('')}]`].join('|'),
  'g',
);

/** Wrong conversions in a Traditional text; script/mixed leaves these spans to this rule. */
export function findConversions(ctx: RuleContext): Fix[] {
  return sharedResult(ctx, 'script/conversion', () => {
    const fixes: Fix[] = [];
    if (ctx.script !== 'zh-Hant') return fixes;
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(ctx.masked); m; m = PATTERN.exec(ctx.masked)) {
      const found = m[0];
      const word = words.get(found);
      if (word) {
        fixes.push({ offset: m.index, length: found.length, right: word });
        continue;
      }
      const fix = chars.get(found)!;
      const around = ctx.masked.slice(Math.max(0, m.index - 3), m.index + 4);
      const at = Math.min(3, m.index);
      const excepted = fix.except.some((w) => {
        for (let i = around.indexOf(w); i !== -1; i = around.indexOf(w, i + 1)) {
          if (i <= at && at < i + w.length) return true;
        }
        return false;
      });
      if (!excepted) fixes.push({ offset: m.index, length: 1, right: fix.right });
    }
    return fixes;
  });
}

export const rule: TextRule = {
  id: 'script/conversion',
  kind: 'text',
  severity: 'warning',
  summary: 'Wrong one-to-many Simplified-to-Traditional conversions: 沖突, 并, 于, 后, 盡管, 復雜',
  fix: 'safe',
  defersTo: ['term/avoid'],
  onTargets: true,
  messages: {
    conversion: '"{{text}}" is a wrong Simplified-to-Traditional conversion; write "{{right}}"',
  },
  check(ctx) {
    // Once per wrong form per line: a page converted badly throughout stays readable.
    const seen = new Set<string>();
    for (const f of findConversions(ctx)) {
      const key = `${ctx.lines.lineOf(f.offset)}:${ctx.text.slice(f.offset, f.offset + f.length)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({
        offset: f.offset,
        length: f.length,
        messageId: 'conversion',
        data: { text: ctx.text.slice(f.offset, f.offset + f.length), right: f.right },
        suggestions: [f.right],
      });
    }
  },
};
