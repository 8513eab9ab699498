// script/conversion — the classic wrong one-to-many Simplified→Traditional conversions in a
// Traditional text (沖突→衝突, 并→並, 于→於, 后→後, 范式→範式, 盡管→儘管, 復雜→複雜, 特征→特徵…),
// decided by the word they occur in, from termlint's own data (src/data/conversions.ts).
// Ignores: Simplified and mixed texts, the words in which the character is right (皇后, 風采),
// character pairs split by a word boundary, and variants Taiwan accepts (台/臺, 周/週).
import { HANT_CHAR_FIXES, HANT_WORD_FIXES, SEMANTIC_GROUPS } from '../../data/conversions';
import { toHant } from '../../text/script';
import { nameAround } from '../../core/names';
import type { Token } from '../../core/match';
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

/** The group of each character that shares its Simplified form with characters of other meaning. */
const GROUP = new Map<string, string>();
for (const g of SEMANTIC_GROUPS) for (const ch of g) GROUP.set(ch, g);

/**
 * One-to-many choices decided by the whole word: each jieba word of the Simplified shadow is
 * converted to Traditional with OpenCC's phrase tables; where the text has another character of
 * the same meaning group (開髮 for 開發, 髮現, 特征), the word says which is right. A character
 * pair split by a word boundary is never compared (控制|作用域 is not 制作).
 */
function wordLevel(ctx: RuleContext): Fix[] {
  const out: Fix[] = [];
  for (const run of ctx.tokens) {
    for (const t of run) {
      if (t.text.length < 2) continue;
      const original = ctx.text.slice(t.offset, t.offset + t.text.length);
      if (![...original].some((ch) => GROUP.has(ch))) continue;
      const right = toHant(t.text);
      if (right.length !== original.length || right === original) continue;
      for (let i = 0; i < original.length; i++) {
        const a = original[i]!;
        const b = right[i]!;
        if (a !== b && GROUP.has(a) && GROUP.get(a) === GROUP.get(b)) {
          // A surname keeps its character (范先生, 余先生說).
          if (!surnameAt(ctx, t.offset + i)) out.push({ offset: t.offset, length: original.length, right });
          break;
        }
      }
    }
  }
  return out;
}

/** The jieba token at each offset of a file's Han runs, with its neighbours. */
function tokenAt(ctx: RuleContext): Map<number, { run: Token[]; index: number }> {
  return sharedResult(ctx, 'script/conversion:tokens', () => {
    const at = new Map<number, { run: Token[]; index: number }>();
    for (const run of ctx.tokens) {
      run.forEach((t, index) => {
        for (let i = 0; i < t.text.length; i++) at.set(t.offset + i, { run, index });
      });
    }
    return at;
  });
}

/**
 * Whether OpenCC's phrase tables keep the character at `offset` as it is in its word: the jieba
 * word that contains it (皇后, 影后), or, when it stands alone, with a neighbouring single character
 * (封|后, 母|后). A neighbour that is part of a longer word never joins it (詞元|后 is 後).
 */
function keptByPhrase(ctx: RuleContext, offset: number): boolean {
  const found = tokenAt(ctx).get(offset);
  if (!found) return false;
  const { run, index } = found;
  const token = run[index]!;
  const candidates: { text: string; at: number }[] = [];
  if (token.text.length > 1) candidates.push({ text: token.text, at: offset - token.offset });
  else {
    const before = run[index - 1];
    const after = run[index + 1];
    if (before?.text.length === 1 && before.offset + 1 === offset) candidates.push({ text: before.text + token.text, at: 1 });
    if (after?.text.length === 1 && after.offset === offset + 1) candidates.push({ text: token.text + after.text, at: 0 });
  }
  return candidates.some((c) => {
    const converted = toHant(c.text);
    return converted.length === c.text.length && converted[c.at] === c.text[c.at];
  });
}

/** Whether the character is the surname of a personal name (于先生, 于敏表示). */
function surnameAt(ctx: RuleContext, offset: number): boolean {
  return nameAround(ctx.shadow, ctx.tokens, offset, () => true)?.start === offset;
}

/** Wrong conversions in a Traditional text; script/mixed leaves these spans to this rule. */
export function findConversions(ctx: RuleContext): Fix[] {
  return sharedResult(ctx, 'script/conversion', () => {
    const fixes: Fix[] = [];
    if (ctx.script !== 'zh-Hant') return fixes;
    // A word of the tables counts only inside one jieba word: 控制|作用域 is not 制作.
    const inner = new Set<number>();
    for (const run of ctx.tokens) for (const t of run) for (let i = 1; i < t.text.length; i++) inner.add(t.offset + i);
    const bounds = new Set<number>();
    for (const run of ctx.tokens) for (const t of run) bounds.add(t.offset);
    const splitByWords = (start: number, length: number) => {
      for (let i = start + 1; i < start + length; i++) if (bounds.has(i) && !inner.has(i)) return true;
      return false;
    };
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(ctx.masked); m; m = PATTERN.exec(ctx.masked)) {
      const found = m[0];
      const word = words.get(found);
      if (word) {
        if (!splitByWords(m.index, found.length)) fixes.push({ offset: m.index, length: found.length, right: word });
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
      if (!excepted && !keptByPhrase(ctx, m.index) && !surnameAt(ctx, m.index)) fixes.push({ offset: m.index, length: 1, right: fix.right });
    }
    // Word-level decisions for what the tables do not cover, one finding per place.
    const covered = (f: Fix) => fixes.some((g) => g.offset < f.offset + f.length && f.offset < g.offset + g.length);
    for (const f of wordLevel(ctx)) if (!covered(f)) fixes.push(f);
    return fixes.sort((a, b) => a.offset - b.offset);
  });
}

export const rule: TextRule = {
  id: 'script/conversion',
  kind: 'text',
  severity: 'warning',
  summary: 'Wrong one-to-many Simplified-to-Traditional conversions: 沖突, 并, 于, 后, 盡管, 復雜',
  fix: 'safe',
  onTargets: true,
  messages: {
    conversion: '"{{text}}" is a wrong Simplified-to-Traditional conversion; write "{{right}}"',
  },
  check(ctx) {
    // Once per wrong form per line: a page converted badly throughout stays readable. The fix of
    // that one finding corrects every occurrence of the form on the line.
    const groups = new Map<string, Fix[]>();
    for (const f of findConversions(ctx)) {
      const key = `${ctx.lines.lineOf(f.offset)}:${ctx.text.slice(f.offset, f.offset + f.length)}:${f.right}`;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    for (const group of groups.values()) {
      const f = group[0]!;
      const last = group[group.length - 1]!;
      let fixed = '';
      let at = f.offset;
      for (const g of group) {
        fixed += ctx.text.slice(at, g.offset) + g.right;
        at = g.offset + g.length;
      }
      ctx.report({
        offset: f.offset,
        length: f.length,
        messageId: 'conversion',
        data: { text: ctx.text.slice(f.offset, f.offset + f.length), right: f.right },
        suggestions: [f.right],
        fix: { offset: f.offset, length: last.offset + last.length - f.offset, text: fixed },
      });
    }
  },
};
